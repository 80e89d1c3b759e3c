import { stat } from "node:fs/promises";
import { getHeapStatistics } from "node:v8";
import type { Lang } from "@solidata/core";
import { CliError } from "../cli-error.js";
import { ExitCode } from "../exit-codes.js";
import { t } from "../messages.js";

/**
 * Memory a whole-table command needs per byte of CSV: measured 13–17× (one object per row) and
 * 12.8× for `loadCSV` + arquero on the 1M-row benchmark file (1754 MiB for 137 MiB).
 */
export const BYTES_OF_MEMORY_PER_BYTE = 12;

/**
 * Refuses, before reading, a CSV file that a whole-table command (`clean`, `report`, `link`) cannot hold
 * in this process's heap, with a message that names the size and the limit and does not blame the file.
 *
 * Why: V8 running out of memory kills the process with a native stack trace and no word of what to
 * do; a 1 GiB file under `--max-old-space-size=256` did exactly that.
 *
 * @param path - the input file
 * @param given - the path as the user typed it (for the message)
 * @param lang - the message language
 * @param heapLimit - the heap limit in bytes (default: this process's)
 * @throws CliError (exit 4) when the estimate exceeds the limit
 * @example
 * await checkFitsInMemory("visits.csv", "visits.csv", "en") // => undefined (it fits)
 */
export async function checkFitsInMemory(
  path: string,
  given: string,
  lang: Lang,
  heapLimit = getHeapStatistics().heap_size_limit,
): Promise<void> {
  if (/\.(xlsx|xlsm|xls|ods)$/i.test(path)) return;
  const size = await stat(path).then(
    (s) => (s.isFile() ? s.size : 0),
    () => 0,
  );
  const needed = size * BYTES_OF_MEMORY_PER_BYTE;
  if (needed <= heapLimit) return;
  const mib = (n: number): string => String(Math.ceil(n / 2 ** 20));
  throw new CliError(
    t(lang, "cli.too_large_for_memory", { file: given, size: mib(size), needed: mib(needed), limit: mib(heapLimit) }),
    ExitCode.badData,
  );
}
