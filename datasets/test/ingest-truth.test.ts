import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCSV } from "@solidata/core/node";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../src/generate.js";
import { MESS_PRESETS } from "../src/mess.js";
import { readTruth } from "./undo-mess.js";

const root = mkdtempSync(join(tmpdir(), "solidata-gen-ingest-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the ground truth, read back with solidata's own ingest", () => {
  it("heavy mess: every record's _line is a truth line, with the true date and hours; short rows are the truth's", async () => {
    const out = join(root, "heavy");
    const result = await generate({
      kind: "volunteers",
      rows: 3000,
      seed: 11,
      out,
      mess: MESS_PRESETS.heavy,
      lang: "fr",
      truth: true,
    });
    const { table, report } = await loadCSV(result.file);
    const truthRows = readTruth(result.truthFiles[0]!);
    const truth = new Map(truthRows.map((t) => [Number(t.line), t]));
    expect(table.numRows()).toBe(3000);
    expect(report.headerLine).toBe(2);
    const rows = table.objects() as Record<string, unknown>[];
    for (const row of rows) {
      const t = truth.get(row._line as number)!;
      expect(t).toBeDefined();
      expect((row["Date de la mission"] as Date).toISOString().slice(0, 10)).toBe(t.activity_date);
      expect(row["Nb d'heures"]).toBe(Number(t.hours));
    }
    // rows with a missing last field are reported; extra empty trailing separators are tolerated
    expect(report.issueCounts["ingest.ragged_row"]).toBe(truthRows.filter((t) => t.ragged === "short").length);
    expect(truthRows.some((t) => t.ragged === "long")).toBe(true);
  });

  it("Windows-1252: the encoding is detected and accented names come back as the truth has them", async () => {
    const out = join(root, "cp1252");
    const mess = { ...MESS_PRESETS.moderate, encoding: "windows-1252", personVariants: 0, caseSpaces: 0 } as const;
    const result = await generate({ kind: "volunteers", rows: 500, seed: 12, out, mess, lang: "fr", truth: true });
    const { table, report } = await loadCSV(result.file);
    expect(report.encoding).toBe("windows-1252");
    const truth = new Map(readTruth(result.truthFiles[0]!).map((t) => [Number(t.line), t]));
    const people = new Map(readTruth(result.truthFiles[1]!).map((p) => [p.person_id, p]));
    let accented = 0;
    for (const row of table.objects() as Record<string, unknown>[]) {
      const person = people.get(truth.get(row._line as number)!.person_id)!;
      expect(row.Prénom).toBe(person.first_name);
      expect(String(row.Nom).toLowerCase()).toBe(person.last_name!.toLowerCase());
      if (/[^\x00-\x7f]/.test(person.first_name!)) accented++;
    }
    expect(accented).toBeGreaterThan(50);
  });
});
