import { fromCSV, scanCSV } from "@solidata/core";
import { describe, expect, it } from "vitest";

function chunks(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  return {
    async *[Symbol.asyncIterator]() {
      for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
    },
  };
}

const record = (i: number): string =>
  `${String(i).padStart(5, "0")};"Accueil; orientation\nsuite";${i % 7},5;0${i % 9}/03/2024\n`;
const text = `id;mission;heures;date\n${Array.from({ length: 300 }, (_, i) => record(i)).join("")}`;
const bytes = new TextEncoder().encode(text);

describe("scanCSV", () => {
  it("hands each batch the flags of its own rows, which add up to fromCSV's rowFlags", async () => {
    // short and long rows, and a value that is not a number in a number column, on known lines
    const rows = Array.from({ length: 40 }, (_, i) => `${i};${i % 3},5`);
    rows[4] = "4"; // line 6: short
    rows[17] = "17;2,5;extra"; // line 19: long
    rows[33] = "33;beaucoup"; // line 35: not a number
    const csv = new TextEncoder().encode(`id;heures\n${rows.join("\n")}\n`);
    const whole = fromCSV(csv, { sampleRows: 10 });
    const scan = scanCSV(chunks(csv, 50), { batchSize: 8, sampleRows: 10 });
    const flags = new Map<number, string[]>();
    for await (const batch of scan.batches()) {
      const lines = new Set(batch.array("_line") as number[]);
      for (const [line, issues] of scan.flagsOf(batch)) {
        expect(lines.has(line)).toBe(true);
        flags.set(
          line,
          issues.map((f) => f.code),
        );
      }
    }
    const expected = new Map([...(whole.rowFlags ?? [])].map(([line, issues]) => [line, issues.map((f) => f.code)]));
    expect(flags).toEqual(expected);
    expect([...flags.keys()].sort((a, b) => a - b)).toEqual([6, 19, 35]);
  });

  it("yields batches that add up to the table fromCSV builds, and the same report", async () => {
    const whole = fromCSV(bytes);
    const scan = scanCSV(chunks(bytes, 777), { batchSize: 64 });
    const batches = [];
    for await (const batch of scan.batches()) batches.push(batch);
    expect(batches.map((b) => b.numRows())).toEqual([64, 64, 64, 64, 44]);
    const report = await scan.report;
    expect(report.rows).toBe(300);
    expect(report.columns).toEqual(whole.report.columns);
    const all = batches.flatMap((b) => b.objects());
    expect(all).toEqual(whole.table.objects());
    expect(all[1]).toMatchObject({ id: "00001", mission: "Accueil; orientation\nsuite", heures: 1.5, _line: 4 });
  });

  it("rejects the report when the input cannot be read", async () => {
    const scan = scanCSV(chunks(new TextEncoder().encode('a\n"open'), 3));
    await expect(async () => {
      for await (const _ of scan.batches());
    }).rejects.toThrow(/ingest.unterminated_quote/);
    await expect(scan.report).rejects.toThrow(/ingest.unterminated_quote/);
  });
});
