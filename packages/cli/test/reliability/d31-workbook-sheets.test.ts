import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toXLSX } from "@solidata/core";
import * as aq from "arquero";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unzipEntries } from "../../../core/test/format/unzip-entries.js";
import { zip } from "../../../core/test/reliability/zip.js";
import { ExitCode } from "../../src/exit-codes.js";
import { runCli } from "../../src/program.js";
import { fakeIo } from "../report/fake-io.js";

// RELIABILITY.md #31 through the commands: the sheet is chosen explicitly. A workbook with several
// visible sheets of data and no --sheet stops clean, report and link with exit 2 before anything is
// written, naming the file and listing its sheets by position and name (a hidden sheet by its
// position only, #52); --sheet takes a name or a position, 1 for the first; inspect lists every sheet.
let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "solidata-cli-d31-"));
  await writeFile(join(dir, "registre.xlsx"), await register());
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIo(dir);
  const code = await runCli(args, io);
  return { code, out: io.out.join(""), err: io.err.join("") };
}

/** A volunteer log of `n` rows for one year (member numbers with their zeros). */
function year(y: number, n: number) {
  const ids = Array.from({ length: n }, (_, i) => String(i + 1).padStart(5, "0"));
  return aq.table({
    "N° adhérent": ids,
    "Date de la mission": ids.map((_, i) => `${String((i % 28) + 1).padStart(2, "0")}/03/${y}`),
    Mission: ids.map((_, i) => (i % 2 ? "Accueil" : "Distribution alimentaire")),
    "Nb d'heures": ids.map((_, i) => 1 + (i % 3)),
  });
}

/** Sheets "2024" (12 rows), "2025" (7 rows), and a third, hidden, named after a person. */
async function register(): Promise<Buffer> {
  const bytes = await toXLSX([
    { name: "2024", table: year(2024, 12) },
    { name: "2025", table: year(2025, 7) },
    { name: "salaires Dupont", table: year(2023, 3) },
  ]);
  const entries = unzipEntries(bytes);
  const book = entries.get("xl/workbook.xml") ?? "";
  entries.set("xl/workbook.xml", book.replace(/(<sheet name="salaires Dupont")/, '$1 state="hidden"'));
  const enc = new TextEncoder();
  return zip([...entries].map(([name, text]) => ({ name, data: enc.encode(text) })));
}

const SHEETS = '1 "2024", 2 "2025", #3';

function expectSheetError(result: { code: number; out: string; err: string }): void {
  expect(result.code).toBe(ExitCode.usage);
  expect(result.err).toContain("registre.xlsx has 2 sheets with data");
  expect(result.err).toContain(`Its sheets are: ${SHEETS}.`);
  expect(result.err).toContain("--sheet NAME|N");
  // the hidden sheet's name never shows; one message, no stack trace
  expect(result.err).not.toContain("Dupont");
  expect(result.err).not.toMatch(/\n\s+at /);
  expect(result.out).toBe("");
}

describe("#31 a workbook with several sheets of data", () => {
  it("clean exits 2 without --sheet, naming the file and its sheets, and writes nothing", async () => {
    expect((await run(["inspect", "registre.xlsx", "--json"])).code).toBe(ExitCode.ok);
    const result = await run(["clean", "registre.xlsx", "--out", "cleaned", "--lang", "en"]);
    expectSheetError(result);
    expect(existsSync(join(dir, "cleaned"))).toBe(false);
    const fr = await run(["clean", "registre.xlsx", "--out", "cleaned", "--lang", "fr"]);
    expect(fr.code).toBe(ExitCode.usage);
    expect(fr.err).toContain(
      `registre.xlsx a 2 feuilles avec des données : choisissez celle à lire avec --sheet NOM|N`,
    );
    expect(fr.err).toContain(`Ses feuilles sont : ${SHEETS}.`);
  });

  it("report and link exit 2 the same way, and write nothing", async () => {
    const report = await run(["report", "registre.xlsx", "--exact", "--out", "rapport", "--lang", "en"]);
    expectSheetError(report);
    expect(report.err).toContain("sheet: for this file in the configuration");
    expect(existsSync(join(dir, "rapport"))).toBe(false);
    await writeFile(join(dir, "autre.csv"), "N° adhérent;Nom\n00001;Martin\n00002;Durand\n");
    const link = await run(["link", "registre.xlsx", "autre.csv", "--out", "liens", "--lang", "en"]);
    expectSheetError(link);
    expect(existsSync(join(dir, "liens"))).toBe(false);
  });

  it("clean reads the sheet given by name or by its position, 1 for the first", async () => {
    const rowsOf = async (out: string): Promise<number> =>
      JSON.parse(await readFile(join(dir, out, "clean-report.json"), "utf8")).rowsIn;
    expect((await run(["clean", "registre.xlsx", "--sheet", "2025", "--out", "by-name"])).code).toBe(ExitCode.ok);
    // the 2025 sheet holds 7 rows, the 2024 sheet 12 (as written above)
    expect(await rowsOf("by-name")).toBe(7);
    expect((await run(["clean", "registre.xlsx", "--sheet", "1", "--out", "by-position"])).code).toBe(ExitCode.ok);
    expect(await rowsOf("by-position")).toBe(12);
    const unknown = await run(["clean", "registre.xlsx", "--sheet", "2026", "--out", "nope", "--lang", "en"]);
    expect(unknown.code).toBe(ExitCode.usage);
    expect(unknown.err).toContain("registre.xlsx has no sheet 2026");
    expect(existsSync(join(dir, "nope"))).toBe(false);
  });

  it("inspect still lists every sheet, the hidden one by its position", async () => {
    const { code, out } = await run(["inspect", "registre.xlsx", "--json"]);
    expect(code).toBe(ExitCode.ok);
    const report = JSON.parse(out) as { sheets: { name: string; rows: number; hidden?: boolean }[] };
    expect(report.sheets).toEqual([
      { name: "2024", rows: 13 },
      { name: "2025", rows: 8 },
      { name: "#3", rows: 4, hidden: true },
    ]);
    expect(out).not.toContain("Dupont");
  });
});
