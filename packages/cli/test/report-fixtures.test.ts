import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadTable } from "@solidata/core/node";
import { beforeAll, describe, expect, it } from "vitest";
import { findLeaks } from "../../core/test/privacy/find-leaks.js";
import { ExitCode } from "../src/exit-codes.js";
import { runCli } from "../src/program.js";
import { formatCell } from "../src/report/format-value.js";
import type { Figure, ReportModel } from "../src/report/model.js";
import { fakeIo } from "./report/fake-io.js";

/**
 * A report built from public files written by others (the repository's test fixtures, see
 * packages/core/test/fixtures/SOURCES.md): two person registers full of names, addresses, birth dates,
 * e-mails and social-security-like numbers, an Excel workbook, and a French open-data CSV with decimal
 * commas. Whatever the report makes of them, none of their personal values may reach an output.
 */
const fixture = (path: string): string => fileURLToPath(new URL(`../../core/test/fixtures/${path}`, import.meta.url));

const FEBRL = fixture("dedup/febrl_dataset1.csv");
const SPLINK = fixture("dedup/splink_fake_1000_from_splink_demos.csv");
const NE_1033 = fixture("excel/csvkit_ne_1033_data.xlsx");
const INPUTS = [FEBRL, SPLINK, NE_1033, fixture("fr/dataforgood_cnaf_demo_2020_qpv.csv")];

/** Values of the named columns of a comma-separated fixture without quoted fields. */
function valuesOf(path: string, columns: string[]): string[] {
  const [head = "", ...rows] = readFileSync(path, "utf8").split(/\r?\n/).filter(Boolean);
  const header = head.split(",").map((h) => h.trim());
  const indices = columns.map((c) => header.indexOf(c));
  expect(indices).not.toContain(-1);
  return rows.flatMap((row) => {
    const cells = row.split(",");
    return indices.map((i) => (cells[i] ?? "").trim()).filter((v) => v.length >= 4);
  });
}

/** Every output text of a report folder: HTML, Markdown, JSON, chart specs and SVGs. */
function outputs(dir: string): string[] {
  const texts = ["report.html", "report.md", "report.json"].map((f) => readFileSync(join(dir, f), "utf8"));
  for (const f of readdirSync(join(dir, "charts"))) texts.push(readFileSync(join(dir, "charts", f), "utf8"));
  return texts;
}

/**
 * Words of the report itself (month names, CSS keywords, ARIA attributes) that are also someone's name
 * in the fixtures ("April", "White", "Block", "Aria"): found in a report built from the demo samples,
 * which share no person with the fixtures, so finding them is not a leak.
 */
function reportVocabulary(lang: "fr" | "en", secrets: string[]): Set<string> {
  const demo = built[`demo-${lang}`] as Built;
  return new Set(findLeaks(outputs(demo.dir), secrets).map((l) => l.secret));
}

interface Built {
  dir: string;
  code: number;
  model: ReportModel;
}
const built: Partial<Record<string, Built>> = {};

beforeAll(async () => {
  for (const lang of ["fr", "en"] as const) {
    const cwd = await mkdtemp(join(tmpdir(), `solidata-fixtures-${lang}-`));
    const code = await runCli(["report", ...INPUTS, "--out", "out", "--lang", lang, "--quiet"], fakeIo(cwd, { lang }));
    const dir = join(cwd, "out");
    const model = JSON.parse(await readFile(join(dir, "report.json"), "utf8")) as ReportModel;
    built[lang] = { dir, code, model };
    const demoCwd = await mkdtemp(join(tmpdir(), `solidata-demo-${lang}-`));
    const demoCode = await runCli(["demo", "--out", "out", "--lang", lang, "--quiet"], fakeIo(demoCwd, { lang }));
    built[`demo-${lang}`] = { dir: join(demoCwd, "out"), code: demoCode, model };
  }
}, 240_000);

describe("solidata report on public fixtures", () => {
  for (const lang of ["fr", "en"] as const) {
    it(`writes the report and reconciles every file's rows (${lang})`, () => {
      const b = built[lang] as Built;
      expect(b.code).toBe(ExitCode.ok);
      expect(existsSync(join(b.dir, "report.html"))).toBe(true);
      expect(b.model.files.length).toBe(INPUTS.length);
      for (const f of b.model.files) {
        expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
        // A file whose kind is not recognised is listed in the appendix as not used, with its rows read.
        if (f.kind === null) expect(f.rowsClean + f.rowsQuarantined + f.rowsMerged).toBe(0);
        else expect(f.rowsClean + f.rowsQuarantined + f.rowsMerged).toBe(f.rowsRead);
      }
      expect(b.model.files.find((f) => f.name === "dataforgood_cnaf_demo_2020_qpv.csv")?.kind).toBeNull();
      // febrl_dataset1.csv has 1,000 records, the splink file 1,000 (counted with Python's csv module).
      const rows = Object.fromEntries(b.model.files.map((f) => [f.name, f.rowsRead]));
      expect(rows["febrl_dataset1.csv"]).toBe(1000);
      expect(rows["splink_fake_1000_from_splink_demos.csv"]).toBe(1000);
    });

    it(`shows every figure of report.json in the HTML (${lang})`, () => {
      const b = built[lang] as Built;
      const html = readFileSync(join(b.dir, "report.html"), "utf8");
      const figures: Figure[] = b.model.sections.flatMap((s) => s.figures);
      expect(figures.length).toBeGreaterThan(0);
      for (const f of figures) {
        const shown = formatCell(f, f.format, lang).replace("<", "&lt;");
        expect(html).toContain(`<dd data-figure="${f.id}">${shown}<span`);
      }
    });

    it(`leaks no name, address, birth date, e-mail or identity number of the input (${lang})`, async () => {
      const b = built[lang] as Built;
      // The workbook is read as a list of local groups: its counties (DOUGLAS, DAKOTA, RED WILLOW) are
      // published places, as a census of groups shows them; the same words as a surname are not a leak.
      const { table } = await loadTable(NE_1033);
      const places = new Set(
        (table.array("county") as string[]).flatMap((c) => [
          String(c).toLowerCase(),
          ...String(c).toLowerCase().split(/\s+/),
        ]),
      );
      const secrets = [
        ...valuesOf(FEBRL, ["given_name", "surname", "address_1", "date_of_birth", "soc_sec_id"]),
        ...valuesOf(SPLINK, ["first_name", "surname", "email", "dob"]),
      ];
      expect(secrets.length).toBeGreaterThan(5000);
      const vocabulary = reportVocabulary(lang, secrets);
      expect(vocabulary.size).toBeLessThan(20);
      const leaks = findLeaks(outputs(b.dir), secrets).filter(
        (l) => !vocabulary.has(l.secret) && !places.has(l.secret.toLowerCase()),
      );
      expect(leaks).toEqual([]);
      // Control: a report that printed one surname would be caught.
      const surname = secrets.find((s) => /^[a-z]{6,}$/.test(s) && !vocabulary.has(s)) as string;
      expect(findLeaks([...outputs(b.dir), `<td>${surname}</td>`], secrets).length).toBeGreaterThan(0);
    });
  }
});
