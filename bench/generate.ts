/**
 * The benchmark's input files: `node --import tsx bench/generate.ts [100k|1M|5M ...]` writes them
 * into `bench/data/<size>/benevoles.csv` (git-ignored) once; `run.ts` calls {@link benchDataFile}.
 */
import { existsSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "../datasets/src/generate.js";
import { MESS_PRESETS } from "../datasets/src/mess.js";

/** Sizes of the benchmark, by label. */
export const BENCH_SIZES: Record<string, number> = {
  "100k": 100_000,
  "1M": 1_000_000,
  "5M": 5_000_000,
  // about 1 GiB (1.08 GB): the size of issue 20's bounded-memory target for the report (`bench/report.ts`)
  "1GiB": 7_450_000,
};

/** Folder of the generated inputs. */
export const BENCH_DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), "data");

/**
 * Path of the volunteer log of one size, generated when missing: seed 1, the heavy mess without
 * ragged rows (which DuckDB's and polars' readers reject), no ground truth.
 *
 * @param size - "100k", "1M", "5M" or "1GiB"
 * @param onStart - called before generating (for a progress line)
 * @returns the path of `benevoles.csv`
 * @throws Error for an unknown size
 */
export async function benchDataFile(size: string, onStart?: (dir: string) => void): Promise<string> {
  const rows = BENCH_SIZES[size];
  if (rows === undefined) throw new Error(`benchDataFile: size must be one of ${Object.keys(BENCH_SIZES).join(", ")}`);
  const out = join(BENCH_DATA_DIR, size);
  const file = join(out, "benevoles.csv");
  const marker = join(out, "done.json");
  if (existsSync(marker) && existsSync(file)) return file;
  onStart?.(out);
  const started = performance.now();
  await generate({
    kind: "volunteers",
    rows,
    seed: 1,
    out,
    mess: { ...MESS_PRESETS.heavy, ragged: 0 },
    lang: "fr",
    truth: false,
  });
  writeFileSync(marker, JSON.stringify({ seconds: (performance.now() - started) / 1000 }));
  return file;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const size of process.argv.slice(2).length > 0 ? process.argv.slice(2) : Object.keys(BENCH_SIZES)) {
    process.stdout.write(`${await benchDataFile(size)}\n`);
  }
}
