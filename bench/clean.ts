/**
 * Cleaning benchmark: reads one CSV file, cleans it with `cleanTable` (mapping, every normaliser,
 * postcode lookups, label clustering, validation) and writes clean.csv and quarantine.csv with the
 * streaming writer, then reports the time of each step and the peak memory.
 * Run alone: `node --expose-gc --max-old-space-size=4096 --max-semi-space-size=64 --import tsx bench/clean.ts FILE`
 * (a larger young generation keeps short-lived strings out of the old one: about a third faster).
 * Target: the 1M-row generated volunteer log in at most 15 s (clean + write) under 1 GiB peak.
 * Measured on the shared 2-core machine (load about 7): clean 8.1 s + write 6.9 s = 15.0 s, peak 1262 MiB,
 * of which the ingest alone holds about 670 MiB (see bench/ingest.ts); 100k distinct labels clustered in about 5 s.
 */
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cleanTable, clusterCounts, loadPostcodeReference, toCSVChunks } from "@solidata/core";
import { loadCSV } from "@solidata/core/node";
import type { ColumnTable } from "arquero";

/** Figures of one run. */
export interface CleanBenchResult {
  file: string;
  rows: number;
  rowsClean: number;
  rowsQuarantined: number;
  ingestSeconds: number;
  cleanSeconds: number;
  writeSeconds: number;
  /** clean + write: what the target bounds (ingest is measured by bench/ingest.ts) */
  targetSeconds: number;
  peakRssMiB: number;
}

function writeCsv(path: string, table: ColumnTable): Promise<void> {
  return new Promise((done, fail) => {
    const stream = createWriteStream(path);
    stream.on("error", fail);
    const chunks = toCSVChunks(table);
    const pump = (): void => {
      for (;;) {
        const next = chunks.next();
        if (next.done) {
          stream.end(() => done());
          return;
        }
        if (!stream.write(next.value)) {
          stream.once("drain", pump);
          return;
        }
      }
    };
    pump();
  });
}

/**
 * Ingests, cleans and writes `file`, measuring each step and the peak resident memory.
 *
 * @param file - path of a CSV file (e.g. `pnpm gen --kind volunteers --rows 1000000 --seed 1 --out DIR`)
 * @returns seconds per step and peak RSS in MiB
 */
export async function benchClean(file: string): Promise<CleanBenchResult> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 25);
  const out = await mkdtemp(join(tmpdir(), "solidata-bench-clean-"));
  try {
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = performance.now();
    const { table, report } = await loadCSV(file, { maxIssuesPerCode: Number.POSITIVE_INFINITY });
    const t1 = performance.now();
    const reference = await loadPostcodeReference();
    const t1b = performance.now();
    const result = await cleanTable(table, { ingestIssues: report.issues, reference });
    const t2 = performance.now();
    await writeCsv(join(out, "clean.csv"), result.clean);
    await writeCsv(join(out, "quarantine.csv"), result.quarantine);
    const t3 = performance.now();
    peak = Math.max(peak, process.memoryUsage().rss);
    const s = (ms: number): number => Math.round(ms / 100) / 10;
    return {
      file,
      rows: result.report.rowsIn,
      rowsClean: result.report.rowsClean,
      rowsQuarantined: result.report.rowsQuarantined,
      ingestSeconds: s(t1 - t0),
      cleanSeconds: s(t2 - t1b + (t1b - t1)),
      writeSeconds: s(t3 - t2),
      targetSeconds: s(t3 - t1),
      peakRssMiB: Math.round(peak / 2 ** 20),
    };
  } finally {
    clearInterval(timer);
    await rm(out, { recursive: true, force: true });
  }
}

/**
 * Times label clustering (`clusterCounts`: keys, abbreviations, typos, proposals; no vocabulary) on
 * `distinct` generated labels built from French words with case, accent, spacing and abbreviation
 * variants. `bench/labels.ts` measures the clustering's time and precision on its own.
 *
 * @param distinct - number of distinct labels, 100 000 by default
 * @returns the seconds taken and the number of clusters proposed
 */
export function benchClusters(distinct = 100_000): { distinct: number; seconds: number; clusters: number } {
  const words = [
    "distribution",
    "alimentaire",
    "accueil",
    "orientation",
    "atelier",
    "cuisine",
    "maraude",
    "collecte",
    "épicerie",
    "solidaire",
  ];
  const counts = new Map<string, number>();
  let i = 0;
  while (counts.size < distinct) {
    const a = words[i % words.length] as string;
    const b = words[Math.floor(i / words.length) % words.length] as string;
    const label = `${a} ${b} ${Math.floor(i / 100).toString(36)}`;
    const variant =
      i % 4 === 0 ? label.toUpperCase() : i % 4 === 1 ? ` ${label}` : i % 4 === 2 ? label.slice(0, 7) : label;
    counts.set(variant, (counts.get(variant) ?? 0) + 1);
    i++;
  }
  const start = performance.now();
  const clusters = clusterCounts(counts);
  return {
    distinct: counts.size,
    seconds: Math.round((performance.now() - start) / 100) / 10,
    clusters: clusters.length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write("usage: node --expose-gc --import tsx bench/clean.ts FILE\n");
    process.exit(2);
  }
  const c = benchClusters();
  process.stdout.write(`${JSON.stringify(c)}\n`);
  const r = await benchClean(file);
  process.stdout.write(`${JSON.stringify(r)}\n`);
  process.stdout.write(
    `clean ${r.rows} rows (${r.rowsQuarantined} quarantined): ingest ${r.ingestSeconds} s, clean ${r.cleanSeconds} s, write ${r.writeSeconds} s; clean + write ${r.targetSeconds} s, peak ${r.peakRssMiB} MiB; label clusters of ${c.distinct} distinct labels in ${c.seconds} s\n`,
  );
}
