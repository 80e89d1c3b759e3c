import { unlinkSync } from "node:fs";

/** Temporary files being written right now (internal registry shared by the writer and the signal handlers). */
export const pendingOutputs: Set<string> = new Set();

/**
 * Removes every temporary output file still being written, synchronously.
 *
 * Why: on Ctrl-C (SIGINT, SIGTERM) or a closed stdout the process ends before the writer can
 * clean up; this runs from the signal handler so that no partial file is left behind.
 *
 * @returns how many temporary files were removed
 * @example
 * removePendingOutputs() // => 0
 */
export function removePendingOutputs(): number {
  let removed = 0;
  for (const path of [...pendingOutputs]) {
    try {
      unlinkSync(path);
      removed += 1;
    } catch {
      // already gone
    }
    pendingOutputs.delete(path);
  }
  return removed;
}
