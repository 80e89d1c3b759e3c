import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { IngestResult, ParallelIngestOptions } from "@solidata/core";
import { loadCSV } from "@solidata/core/node";
import { afterAll, describe, expect, it } from "vitest";
import { type Plan, snapshot } from "./ingest-snapshot.js";

// Differential test of loadCSV's parallel path: for many range sizes (so many boundaries, some
// inside quoted fields with newlines) the result must equal the single-thread one exactly. Small
// files and small reads (64 KiB) keep it fast; the ranges go to real worker threads.

const dir = mkdtempSync(join(tmpdir(), "solidata-parallel-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ACTIVITIES = [
  "Accueil",
  "accueil ",
  "Aide aux devoirs",
  "Distribution; colis",
  "Maraude\nnuit",
  'Tri "vêtements"',
];
const DATES = ["03/02/2024", "2024-02-03", "3/2/24", "03.02.2024", "N/A", "", "31/13/2024"];

interface Written {
  path: string;
  /** Data records written (after the title and header lines), ragged and blank ones included. */
  records: number;
  blank: number;
}

/** Writes a messy volunteer log of `rows` records; each option adds one kind of mess. */
function write(
  name: string,
  rows: number,
  o: { crlf?: boolean; bom?: boolean; latin1?: boolean; ragged?: boolean; longRow?: boolean; stray?: boolean },
): Written {
  const eol = o.crlf ? "\r\n" : "\n";
  const quote = (v: string): string => (/[;"\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const lines = ["Journal des bénévoles 2024;;;;", "N° bénévole;Date;Activité;Heures;Commentaire"];
  let blank = 0;
  for (let i = 0; i < rows; i++) {
    if (i % 97 === 50) {
      lines.push("");
      blank++;
      continue;
    }
    const id = i % 13 === 0 ? "NA" : String(i % 400).padStart(i % 2 ? 6 : 1, "0");
    const date = DATES[i % DATES.length] as string;
    const activity = ACTIVITIES[i % ACTIVITIES.length] as string;
    // integers in the sample, a fraction late (the column becomes decimal) and a value not parsed
    const hours = i === rows - 40 ? "2,5" : i % 211 === 7 ? "deux" : String(1 + (i % 5));
    let comment = i % 7 === 0 ? `Note ${i}\nsuite; "citée"` : i % 3 === 0 ? "élève accompagné" : "";
    if (o.stray && i % 501 === 3) comment = 'un "mot" ici';
    const cells = [id, date, quote(activity), hours, o.stray && i % 501 === 3 ? comment : quote(comment)];
    if (o.ragged && i % 89 === 11) cells.length = 3;
    if (o.longRow && i === Math.floor(rows * 0.7)) cells.push("en trop");
    lines.push(cells.join(";"));
  }
  const text = lines.join(eol) + eol;
  let bytes = o.latin1 ? Buffer.from(text, "latin1") : Buffer.from(text, "utf8");
  if (o.bom) bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
  const path = join(dir, `${name}.csv`);
  writeFileSync(path, bytes);
  return { path, records: rows, blank };
}

const READ = 1 << 16;
const base = { sampleRows: 200, maxIssuesPerCode: 20 } as const;

async function single(path: string): Promise<IngestResult> {
  return loadCSV(path, { ...base, parallel: false });
}

async function parallel(path: string, settings: ParallelIngestOptions): Promise<{ result: IngestResult; plan: Plan }> {
  let plan: Plan = { ranges: 0, workers: 0, fellBack: "not told" };
  const result = await loadCSV(path, {
    ...base,
    parallel: { minBytes: 0, readBytes: READ, workers: 2, ...settings, onPlan: (p) => (plan = p) },
  });
  return { result, plan };
}

const files: [string, Parameters<typeof write>[2]][] = [
  ["utf8-bom-crlf", { bom: true, crlf: true, ragged: true }],
  ["windows-1252-lf", { latin1: true }],
  ["stray-quotes", { stray: true, crlf: true }],
  ["long-row", { longRow: true }],
];
const RANGES = [1_009, 4_096, 17_000];

describe("loadCSV on several threads", () => {
  for (const [name, mess] of files) {
    it(`gives the single-thread result exactly: ${name}, ranges of ${RANGES.join(", ")} bytes`, async () => {
      const written = write(name, 3_000, mess);
      // the single path reads with the same reads as the parallel one (the head decides the delimiter)
      const reference = await loadCSV(written.path, {
        ...base,
        parallel: { minBytes: 0, readBytes: READ, workers: 0 },
      });
      const expected = snapshot(reference);
      expect(snapshot(await single(written.path))).toBe(expected);
      // truth from the writer: every data record is a row or a blank line
      expect(reference.report.rows + reference.report.blankRows).toBe(written.records);
      expect(reference.report.blankRows).toBe(written.blank);
      const plans: Plan[] = [];
      for (const rangeBytes of RANGES) {
        const { result, plan } = await parallel(written.path, { rangeBytes });
        plans.push(plan);
        expect(snapshot(result), `ranges of ${rangeBytes} bytes`).toBe(expected);
      }
      // unchecked boundaries fall inside quoted fields: proven wrong, then read on one thread
      const { result } = await parallel(written.path, { rangeBytes: 2_003, checkBoundaries: false });
      expect(snapshot(result)).toBe(expected);
      if (name === "long-row") expect(plans.every((p) => p.fellBack === "a long row adds a column")).toBe(true);
      else expect(plans.filter((p) => p.fellBack === null && p.ranges > 2).length).toBeGreaterThanOrEqual(3);
    });
  }

  it("reads a small file on one thread unless told otherwise", async () => {
    const written = write("small", 50, {});
    let plan: Plan | undefined;
    const { report } = await loadCSV(written.path, { parallel: { onPlan: (p) => (plan = p) } });
    expect(report.rows).toBe(50);
    expect(plan).toBeUndefined();
  });
});
