import { readdirSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../src/program.js";
import type { Cell, Figure, ReportModel } from "../src/report/model.js";
import { fakeIo } from "./report/fake-io.js";

const K = 10;
/** Appendix tables count records of the files (nothing lost), not people: they are published exactly. */
const RECORD_TABLES = new Set(["files", "quarantine", "changes", "suppression"]);

/** A small association: 6 volunteers, 7 people visiting 2 services, a follow-up of 12 people in two arms. */
async function smallFiles(dir: string): Promise<string[]> {
  const volunteers = ["N° adhérent;Date de la mission;Mission;Nb d'heures"];
  for (let p = 1; p <= 6; p++)
    for (let m = 1; m <= 3; m++) volunteers.push(`00${p};0${m}/03/2025;${p % 2 ? "Maraude" : "Accueil"};${p + m}`);
  const visits = ["Identifiant;Date de passage;Service"];
  for (let p = 1; p <= 7; p++)
    for (let v = 1; v <= p; v++)
      visits.push(`B${p};${String(v).padStart(2, "0")}/0${(p % 3) + 1}/2025;${p < 4 ? "Colis" : "Vestiaire"}`);
  const outcomes = ["Identifiant;Mesure;Score initial;Date initiale;Score suivi;Date suivi;Vague;Groupe"];
  for (let p = 1; p <= 12; p++) {
    const arm = p <= 8 ? "Programme" : "Témoin";
    if (p === 12) outcomes.push(`B${p};Bien-être (WEMWBS);40;01/01/2025;;;1;${arm}`);
    else outcomes.push(`B${p};Bien-être (WEMWBS);${40 + p};01/01/2025;${45 + p + (p % 3)};01/04/2025;1;${arm}`);
  }
  const files = { "benevoles.csv": volunteers, "passages.csv": visits, "suivi.csv": outcomes };
  const paths: string[] = [];
  for (const [name, lines] of Object.entries(files)) {
    const path = join(dir, name);
    await writeFile(path, `${lines.join("\n")}\n`);
    paths.push(path);
  }
  return paths;
}

const small = (v: unknown): boolean => typeof v === "number" && v > 0 && v < K;

/** Every count of people the model publishes: figures' values and n, count cells of tables and charts. */
function publishedCounts(model: ReportModel): { where: string; value: unknown }[] {
  const out: { where: string; value: unknown }[] = [];
  const isCount = (f: Figure) => f.format === "count" && f.unit !== "group";
  for (const s of model.sections) {
    for (const f of s.figures) {
      if (f.unit !== "group") out.push({ where: `${f.id}.n`, value: f.n });
      if (isCount(f)) out.push({ where: f.id, value: f.value });
    }
    const tables = [...s.tables, ...s.charts.map((c) => c.table)].filter((t) => !RECORD_TABLES.has(t.id));
    for (const t of tables) {
      if (t.id.includes("groups")) continue;
      t.columns.forEach((c, i) => {
        if (c.format !== "count") return;
        for (const row of t.rows) out.push({ where: `${t.id}.${c.name}`, value: (row[i] as Cell).value });
      });
    }
  }
  return out;
}

describe("no published number reveals a count below the threshold", () => {
  it("a small association's report (6 volunteers, 7 visitors, arms of 8 and 4): report.json, charts, Markdown and HTML", async () => {
    const cwd = await mkdtemp(join(tmpdir(), "solidata-small-"));
    const files = await smallFiles(cwd);
    const io = fakeIo(cwd, { lang: "fr" });
    await runCli(["report", ...files, "--out", "out", "--lang", "fr", "--quiet"], io);
    const model = JSON.parse(await readFile(join(cwd, "out", "report.json"), "utf8")) as ReportModel;
    const counts = publishedCounts(model);
    expect(counts.length).toBeGreaterThan(5);
    for (const c of counts) expect(small(c.value), `${c.where} = ${String(c.value)}`).toBe(false);
    // enrolled − followed up is a count of people: never a small difference in clear
    for (const t of model.sections.flatMap((s) => s.tables)) {
      const e = t.columns.findIndex((c) => c.name === "enrolled");
      const p = t.columns.findIndex((c) => c.name === "paired");
      if (e < 0 || p < 0) continue;
      for (const row of t.rows) {
        const a = row[e]?.value;
        const b = row[p]?.value;
        if (typeof a === "number" && typeof b === "number") expect(small(a - b)).toBe(false);
      }
    }
    // warnings: no count parameter below k
    for (const w of model.warnings) {
      for (const [key, v] of Object.entries(w.params ?? {})) {
        if (["n", "count", "missing", "enrolled"].includes(key)) expect(small(v), `${w.code}.${key}`).toBe(false);
      }
    }
    // chart data: no value of a people chart below k
    for (const name of readdirSync(join(cwd, "out", "charts")).filter((f) => f.endsWith(".vl.json"))) {
      const spec = JSON.parse(await readFile(join(cwd, "out", "charts", name), "utf8"));
      const values = (spec.data?.values ?? []) as Record<string, unknown>[];
      if (name.includes("groups") || name.includes("outcomes-change")) continue;
      for (const v of values) expect(small(v.value), `${name}: ${JSON.stringify(v)}`).toBe(false);
    }
    // the texts: no "n = 6" anywhere
    const md = await readFile(join(cwd, "out", "report.md"), "utf8");
    const html = await readFile(join(cwd, "out", "report.html"), "utf8");
    for (const text of [md, html]) expect(text).not.toMatch(/n = [1-9](?![\d\s\u202f\u00a0,.])/);
  });
});
