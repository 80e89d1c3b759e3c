/**
 * Ingest benchmark: reads one CSV file in memory (`loadCSV`, the whole table held as columns) and
 * in streaming mode (`scanCSV`, one batch at a time) and reports throughput and peak memory.
 * Run alone after `pnpm build`: `node --import tsx bench/ingest.ts FILE [memory|stream]`.
 * `BENCH_DIST=/other/checkout/packages/core/dist` measures another build of core (to compare two commits).
 *
 * Each measure runs in a child process of plain `node` importing the built package
 * (`packages/core/dist`), so the figures hold no TypeScript loader: peak RSS is the child's
 * high-water mark (`VmHWM`, sampled RSS elsewhere), Node itself included (about 45 MiB).
 *
 * Target (1M-row messy volunteer log, 143.6 MB, `bench/data/1M/benevoles.csv`): in memory, peak
 * at most 4x the file size and under 520 MiB, at 25 MB/s or more.
 *
 * Measured with plain node 20 on the built package (`/usr/bin/time` max RSS and in-process
 * sampling agree within 10 MiB), 2 cores shared with other jobs, so times vary by about 20 %
 * between runs; peaks are stable:
 * - before: memory 5.2–7.2 s (20–28 MB/s), peak 601–638 MiB (4.4–4.7x the file); stream 4.7 s,
 *   246 MiB. (This bench used to measure inside its own tsx process, loader included.)
 * - after: memory 4.9–5.7 s (25–29 MB/s), peak 386–397 MiB (2.8–2.9x the file); stream
 *   5.2 s, 218–249 MiB.
 * What changed: each column's cache of parsed values is kept while values repeat (checked every
 * 65,536 values), so equal identifiers, names, places and dates share one string or `Date`; columns whose
 * sample is mostly unique text skip the cache and copy each value as one exact-size string
 * (a JSON round trip: `(" " + s).slice(1)` leaves a slice plus a new string, 88 bytes instead of
 * 56 for a 25-character e-mail); and in memory each column is allocated once for the rows
 * expected from the file size after the 10,000-row sample, then handed to arquero trimmed,
 * instead of being built in blocks and copied (which held every column twice at the end).
 *
 * 2026-12-01, load average 11-14 (wall times there say little; CPU is user + system of every thread):
 * - before: memory 45.6 s wall, 25.6 s CPU, peak 524 MiB; single 41.8 s, 16.8 s CPU, 404 MiB.
 * - after: memory 40.3 s, 24.3 s CPU, 484 MiB; single 23.2 s, 13.6 s CPU, 401 MiB.
 * What changed: a worker's columns hold codes into a dictionary of values and hand its texts over as
 * one joined string (no lookup per cell to encode, no string per text to deserialize); equal shares
 * of the file between the threads; summary rows told at the first letter; NUL looked for in the bytes.
 *
 * 2026-12-01 22:01-22:12 UTC, load average 7-17 (four people on two cores: wall times say nothing;
 * before = main's build, after = this one, runs alternated, two each):
 * - before: memory 20.7 / 21.1 s CPU, peak 670 / 692 MiB; single 18.2 / 19.1 s CPU, 401 MiB.
 * - after: memory 20.0 / 17.7 s CPU, 651 / 687 MiB; single 14.5 / 13.7 s CPU, 366-368 MiB.
 * What changed: the tokenizer hashes an unquoted field while it looks for its end and looks it up in
 * its column's pool of texts (FieldPool): a text met before makes no string, no copy and no Map
 * lookup; its column finds the parsed value, or that it is missing, by the text's id.
 */
import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** Figures of one run. */
export interface IngestBenchResult {
  mode: "memory" | "single" | "stream";
  file: string;
  megabytes: number;
  rows: number;
  seconds: number;
  /** CPU time of the child over the same span (user + system, every thread): what the work costs on a shared machine. */
  cpuSeconds: number;
  mbPerSecond: number;
  rowsPerSecond: number;
  peakRssMiB: number;
}

const dist = process.env.BENCH_DIST ?? join(dirname(fileURLToPath(import.meta.url)), "..", "packages", "core", "dist");

/** The measure itself, run by plain node: prints `{ rows, seconds, peak }` (peak in bytes). */
const CHILD = `
import { readFileSync, statSync, createReadStream } from "node:fs";
const [file, mode, nodeUrl, indexUrl] = process.argv.slice(1);
const hwm = () => {
  try {
    const m = /VmHWM:\\s+(\\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
    return m ? Number(m[1]) * 1024 : 0;
  } catch { return 0; }
};
const { loadCSV } = await import(nodeUrl);
const { scanCSV } = await import(indexUrl);
globalThis.gc?.();
let peak = process.memoryUsage().rss;
const cpu0 = process.cpuUsage();
const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 20);
const start = performance.now();
let rows = 0;
if (mode === "memory" || mode === "single") {
  const { table } = await loadCSV(file, mode === "single" ? { parallel: false } : {});
  rows = table.numRows();
} else {
  const scan = scanCSV(createReadStream(file, { highWaterMark: 1 << 20 }));
  for await (const batch of scan.batches()) rows += batch.numRows();
  await scan.report;
}
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpu0);
clearInterval(timer);
peak = Math.max(peak, process.memoryUsage().rss, hwm());
process.stdout.write(JSON.stringify({ rows, seconds, cpu: (cpu.user + cpu.system) / 1e6, peak }));
`;

/**
 * Ingests `file` with full detection and typing, in memory or streaming, in a child process of
 * plain node on the built package, and measures it.
 *
 * @param file - path of a CSV file
 * @param mode - `"memory"` builds the whole table (on several threads for a large file); `"single"` the same on one thread; `"stream"` reads batches and drops them
 * @returns wall and CPU seconds, throughput (MB/s, rows/s) and peak RSS in MiB
 * @throws Error when the package is not built (`pnpm build`) or the child fails
 */
export function benchIngest(file: string, mode: "memory" | "single" | "stream"): IngestBenchResult {
  const nodeEntry = join(dist, "node.js");
  const indexEntry = join(dist, "index.js");
  if (!existsSync(nodeEntry) || !existsSync(indexEntry)) throw new Error("benchIngest: run `pnpm build` first");
  const out = execFileSync(
    process.execPath,
    [
      "--expose-gc",
      "--input-type=module",
      "-e",
      CHILD,
      file,
      mode,
      pathToFileURL(nodeEntry).href,
      pathToFileURL(indexEntry).href,
    ],
    { encoding: "utf8", maxBuffer: 1 << 20, stdio: ["ignore", "pipe", "inherit"] },
  );
  const { rows, seconds, cpu, peak } = JSON.parse(out) as { rows: number; seconds: number; cpu: number; peak: number };
  const megabytes = statSync(file).size / 1e6;
  return {
    mode,
    file,
    megabytes: round(megabytes),
    rows,
    seconds: round(seconds),
    cpuSeconds: round(cpu),
    mbPerSecond: round(megabytes / seconds),
    rowsPerSecond: Math.round(rows / seconds),
    peakRssMiB: round(peak / 2 ** 20),
  };
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write("usage: node --import tsx bench/ingest.ts FILE [memory|stream]\n");
    process.exit(2);
  }
  const modes = process.argv[3]
    ? [process.argv[3] as "memory" | "single" | "stream"]
    : (["memory", "single", "stream"] as const);
  for (const mode of modes) process.stdout.write(`${JSON.stringify(benchIngest(file, mode))}\n`);
}
