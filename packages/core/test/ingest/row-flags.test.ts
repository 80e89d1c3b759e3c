import { fromCSV, prepareTable } from "@solidata/core";
import { describe, expect, it } from "vitest";

// The truth here is the file itself: it is built so that the lines of its ragged rows are known
// before anything reads it. Every ragged row must carry its flag, however many there are, and the
// flag must reach the row's quarantine entry (or, for a row kept clean, the clean result).

const now = new Date(Date.UTC(2025, 0, 1));
const RAGGED = 5_000;

/** A volunteer log with `RAGGED` rows holding one value too many (every other row), and their lines. */
function raggedLog(): { text: string; raggedLines: number[]; rows: number } {
  const lines = ["person_id;activity_date;activity;hours"];
  const raggedLines: number[] = [];
  for (let i = 0; i < 2 * RAGGED; i++) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    const row = `${String(i + 1).padStart(5, "0")};2024-03-${day};Accueil;${1 + (i % 4)}`;
    if (i % 2 === 1) {
      lines.push(`${row};extra`);
      raggedLines.push(lines.length); // 1-based physical line of the row just written
    } else lines.push(row);
  }
  return { text: `${lines.join("\n")}\n`, raggedLines, rows: 2 * RAGGED };
}

describe("per-row ingest flags", () => {
  it("flags every ragged row, while report.issues keeps its cap of 100 per code", () => {
    const { text, raggedLines } = raggedLog();
    const { table, report, rowFlags } = fromCSV(text);
    expect(report.issueCounts["ingest.ragged_row"]).toBe(RAGGED);
    expect(report.issues.filter((i) => i.code === "ingest.ragged_row")).toHaveLength(100);
    expect(rowFlags?.size).toBe(RAGGED);
    expect([...(rowFlags?.keys() ?? [])].sort((a, b) => a - b)).toEqual(raggedLines);
    // the flags are read with the row's own _line
    const lines = table.array("_line") as ArrayLike<number>;
    let flaggedRows = 0;
    for (let i = 0; i < lines.length; i++) {
      const flags = rowFlags?.get(lines[i] as number);
      if (flags === undefined) continue;
      flaggedRows++;
      expect(flags.map((f) => f.code)).toEqual(["ingest.ragged_row"]);
      expect(flags[0]?.params).toEqual({ found: 5, expected: 4 });
    }
    expect(flaggedRows).toBe(RAGGED);
  });

  it("sends each of 5,000 ragged rows to the quarantine with its flag, without lifting any cap", async () => {
    const { text, raggedLines, rows } = raggedLog();
    const prepared = await prepareTable(fromCSV(text, { file: "log.csv" }), { kind: "volunteers", now });
    const cleaned = prepared.cleaned;
    if (cleaned === null) throw new Error("the log was not cleaned");
    const q = cleaned.quarantine;
    expect(q.numRows()).toBe(RAGGED);
    expect(q.array("line")).toEqual(raggedLines);
    expect(new Set(q.array("code"))).toEqual(new Set(["clean.ragged_row"]));
    expect(new Set(q.array("flags"))).toEqual(new Set(["ingest.ragged_row"]));
    expect(cleaned.report.rowsIn).toBe(rows);
    expect(cleaned.report.rowsClean + cleaned.report.rowsQuarantined + cleaned.report.rowsMerged).toBe(rows);
    expect(cleaned.rowFlags.size).toBe(0);
  });

  it("keeps the flag of a short row kept clean, and names the column of an unreadable value", async () => {
    const text = [
      "person_id;activity_date;activity;hours;site",
      "00001;2024-03-01;Accueil;2;Lyon",
      "00002;2024-03-02;Accueil;3", // lacks only its optional last cell: kept, with a warning
      "00003;2024-03-03;Accueil;4;Lyon",
      "00004;mardi;Accueil;1;Lyon", // a date the ingest cannot read: quarantined
      "00005;2024-03-05;Accueil;1;Lyon",
    ].join("\n");
    const ingested = fromCSV(text, { file: "short.csv", types: { activity_date: "date" } });
    expect(ingested.rowFlags?.get(3)?.map((f) => f.code)).toEqual(["ingest.ragged_row"]);
    expect(ingested.rowFlags?.get(5)?.map((f) => [f.code, f.column])).toEqual([
      ["ingest.value_not_parsed", "activity_date"],
    ]);
    const prepared = await prepareTable(ingested, { kind: "volunteers", now });
    const cleaned = prepared.cleaned;
    if (cleaned === null) throw new Error("the log was not cleaned");
    expect(cleaned.rowFlags.get(3)?.map((f) => f.code)).toEqual(["ingest.ragged_row"]);
    expect(cleaned.report.warnings.filter((w) => w.code === "clean.short_row").map((w) => w.line)).toEqual([3]);
    // the emptied date is first a missing required value, then the unreadable value the flag tells
    expect(
      (cleaned.quarantine.objects() as Record<string, unknown>[]).map((r) => [r.line, r.code, r.other_codes, r.flags]),
    ).toEqual([
      [5, "clean.invalid_date", "clean.value_not_parsed:activity_date", "ingest.value_not_parsed:activity_date"],
    ]);
  });

  it("still reads the flags from report.issues when a result carries none", async () => {
    const { text } = raggedLog();
    const { table, report } = fromCSV(text, { maxIssuesPerCode: Number.POSITIVE_INFINITY });
    const prepared = await prepareTable({ table, report }, { kind: "volunteers", now });
    expect(prepared.cleaned?.quarantine.numRows()).toBe(RAGGED);
  });
});
