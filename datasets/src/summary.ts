import { writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Writes a kind's summary truths to `<truthDir>/<kind>-summary.json` (when truth is on).
 *
 * @param truthDir - truth folder, or undefined when truth is off
 * @param kind - kind name
 * @param summary - the summary truths
 * @returns the path written, or undefined
 */
export function writeSummary(
  truthDir: string | undefined,
  kind: string,
  summary: Record<string, unknown>,
): string | undefined {
  if (!truthDir) return undefined;
  const path = join(truthDir, `${kind}-summary.json`);
  writeFileSync(path, `${JSON.stringify(summary, null, 2)}\n`);
  return path;
}

/** Adds `amount` to the tally of `key`. */
export function tally(map: Map<string, number>, key: string, amount = 1): void {
  map.set(key, (map.get(key) ?? 0) + amount);
}

/** A tally as a plain object with sorted keys, values rounded to 1e-6 (no float noise). */
export function sortedTally(map: Map<string, number>): Record<string, number> {
  return Object.fromEntries(
    [...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, Math.round(v * 1e6) / 1e6]),
  );
}
