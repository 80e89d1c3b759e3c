/**
 * Ingest benchmark: reads one CSV file in memory (`loadCSV`, the whole table held as columns) and
 * in streaming mode (`scanCSV`, one batch at a time) and reports throughput and peak memory.
 * Run alone: `node --expose-gc --import tsx bench/ingest.ts FILE [memory|stream]`.
 */
import { createReadStream, statSync } from "node:fs";
import { loadCSV } from "@solidata/core/node";

/** Figures of one run. */
export interface IngestBenchResult {
  mode: "memory" | "stream";
  file: string;
  megabytes: number;
  rows: number;
  seconds: number;
  mbPerSecond: number;
  rowsPerSecond: number;
  peakRssMiB: number;
}

/** Samples the resident set size every 50 ms while `work` runs. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ value: T; peak: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, peak };
  } finally {
    clearInterval(timer);
  }
}

/**
 * Ingests `file` with full detection and typing, in memory or streaming, and measures it.
 *
 * @param file - path of a CSV file
 * @param mode - `"memory"` builds the whole table; `"stream"` reads batches and drops them
 * @returns throughput (MB/s, rows/s) and peak RSS in MiB
 */
export async function benchIngest(file: string, mode: "memory" | "stream"): Promise<IngestBenchResult> {
  const bytes = statSync(file).size;
  (globalThis as { gc?: () => void }).gc?.();
  const start = performance.now();
  const { value: rows, peak } = await withPeakRss(async () => {
    if (mode === "memory") {
      const { table } = await loadCSV(file);
      return table.numRows();
    }
    // imported here: the main entry loads every module of core (geography tables included)
    const { scanCSV } = await import("@solidata/core");
    const scan = scanCSV(createReadStream(file, { highWaterMark: 1 << 20 }));
    let n = 0;
    for await (const batch of scan.batches()) n += batch.numRows();
    await scan.report;
    return n;
  });
  const seconds = (performance.now() - start) / 1000;
  const megabytes = bytes / 1e6;
  return {
    mode,
    file,
    megabytes: round(megabytes),
    rows,
    seconds: round(seconds),
    mbPerSecond: round(megabytes / seconds),
    rowsPerSecond: Math.round(rows / seconds),
    peakRssMiB: round(peak / 2 ** 20),
  };
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write("usage: node --import tsx bench/ingest.ts FILE [memory|stream]\n");
    process.exit(2);
  }
  const modes = process.argv[3] ? [process.argv[3] as "memory" | "stream"] : (["memory", "stream"] as const);
  for (const mode of modes) process.stdout.write(`${JSON.stringify(await benchIngest(file, mode))}\n`);
}
