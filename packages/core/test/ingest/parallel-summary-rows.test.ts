import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { IngestResult } from "@solidata/core";
import { loadCSV } from "@solidata/core/node";
import { afterAll, describe, expect, it } from "vitest";
import { type Plan, snapshot } from "./ingest-snapshot.js";

// loadCSV's parallel path on a file over its 8 MiB threshold (default `minBytes`) whose total rows
// and notes lie in the ranges the worker threads parse: total rows ("Total", "Ensemble") are flagged
// `ingest.total_row` wherever they are, notes under the table ("Source :", "Lecture :") are flagged
// `ingest.trailing_note` only when no data follows them, and the result is the single-thread one.
// The truth is the writer's: the lines it put each summary row on.

const dir = mkdtempSync(join(tmpdir(), "solidata-parallel-summary-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Written {
  path: string;
  totals: number[];
  trailingNotes: number[];
  blank: number;
}

/** A register of visits by town (360 000 records: about 8.8 MiB), with summary rows at given shares of its records. */
function write(rows: number): Written {
  const lines = ["Commune;Inscrits;Présents;Code"];
  const totals: number[] = [];
  const trailingNotes: number[] = [];
  let blank = 0;
  const at = (share: number): number => Math.floor(rows * share);
  const totalAt = new Map([
    [at(0.45), "Total;1200;980;"],
    [at(0.72), "Ensemble;2400;1990;"],
    [at(0.9), "Total général;3600;2970;"],
  ]);
  // a note in the middle of the data is not under the table: it stays a row like any other
  const midNotes = new Set([at(0.6), at(0.85)]);
  for (let i = 0; i < rows; i++) {
    const total = totalAt.get(i);
    if (total !== undefined) {
      lines.push(total);
      totals.push(lines.length);
    }
    if (midNotes.has(i)) lines.push("Note : chiffres provisoires;;;");
    if (i % 1013 === 500) {
      lines.push("");
      blank++;
    }
    lines.push(`Commune ${i % 3571};${10 + (i % 37)};${i % 29};${String(i % 977).padStart(5, "0")}`);
  }
  // the table ends with its overall total, then its notes with a blank line between them
  lines.push("Ensemble;9999;8888;");
  totals.push(lines.length);
  lines.push("Source : enquête interne 2024;;;");
  trailingNotes.push(lines.length);
  lines.push("");
  blank++;
  lines.push("Lecture : 980 des 1200 inscrits sont venus;;;");
  trailingNotes.push(lines.length);
  const path = join(dir, "visites.csv");
  writeFileSync(path, `${lines.join("\n")}\n`);
  return { path, totals, trailingNotes, blank };
}

/** The lines flagged with a code, in order. */
function flagged(result: IngestResult, code: string): number[] {
  return [...(result.rowFlags ?? new Map<number, { code: string }[]>())]
    .filter(([, flags]) => flags.some((f) => f.code === code))
    .map(([line]) => line)
    .sort((a, b) => a - b);
}

describe("loadCSV on several threads, with total rows and notes in the later ranges", () => {
  it("sets aside the same total rows and trailing notes as on one thread", async () => {
    const records = 360_000;
    const written = write(records);
    const size = statSync(written.path).size;
    expect(size).toBeGreaterThanOrEqual(8 << 20);
    const single = await loadCSV(written.path, { parallel: false });
    let plan: Plan | undefined;
    const parallel = await loadCSV(written.path, { parallel: { workers: 2, onPlan: (p) => (plan = p) } });
    // it really ran on worker threads: the main thread's range and one per worker, none read again
    expect(plan).toEqual({ ranges: 3, workers: 2, fellBack: null });
    // the writer's truth, on one thread first
    expect(flagged(single, "ingest.total_row")).toEqual(written.totals);
    expect(flagged(single, "ingest.trailing_note")).toEqual(written.trailingNotes);
    expect(single.report.issueCounts["ingest.total_row"]).toBe(4);
    expect(single.report.issueCounts["ingest.trailing_note"]).toBe(2);
    expect(single.report.blankRows).toBe(written.blank);
    // the records, 3 + 1 totals, 2 notes in the data, 2 notes under it
    expect(single.report.rows).toBe(records + 4 + 2 + 2);
    // the summary rows lie past the main thread's share (about a third of the bytes)
    const lines = single.table.array("_line") as ArrayLike<number>;
    const firstTotal = written.totals[0] as number;
    expect(firstTotal / (lines[lines.length - 1] as number)).toBeGreaterThan(0.4);
    // on several threads: the same lines flagged, the same cells, report and flags
    expect(flagged(parallel, "ingest.total_row")).toEqual(written.totals);
    expect(flagged(parallel, "ingest.trailing_note")).toEqual(written.trailingNotes);
    expect(parallel.report.issueCounts).toEqual(single.report.issueCounts);
    expect(snapshot(parallel)).toBe(snapshot(single));
  }, 60_000);
});
