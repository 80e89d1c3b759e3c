/**
 * Accuracy of the cell-key perturbation on the demo counts: distinct people per service × site ×
 * month (and their margins) in `datasets/samples/{en,fr}/truth/visits.csv`, volunteers per
 * activity × site × month in `volunteers.csv`, perturbed with a fixed demonstration key, compared
 * with the exact counts. Also what rounding to 5 would cost on the same counts.
 * Run: `pnpm --filter @solidata/core build && node --import tsx bench/privacy.ts`.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { importKey, measurePerturbation, recordKeys } from "@solidata/core";

const HEX = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

function cells(file: string, person: string, dims: string[][]): Map<string, Set<string>> {
  const path = fileURLToPath(new URL(`../datasets/samples/en/truth/${file}`, import.meta.url));
  const [header, ...rows] = readFileSync(path, "utf8").trim().split("\n");
  const cols = (header as string).split(",");
  const out = new Map<string, Set<string>>();
  for (const row of rows) {
    const v = row.split(",");
    if (v[cols.indexOf("duplicate_of")]) continue;
    for (const d of dims) {
      const key = d
        .map((c) => (c.endsWith(":month") ? v[cols.indexOf(c.slice(0, -6))]?.slice(0, 7) : v[cols.indexOf(c)]))
        .join("|");
      const name = `${file}:${d.join(",")}:${key}`;
      const set = out.get(name) ?? new Set<string>();
      out.set(name, set);
      set.add(v[cols.indexOf(person)] as string);
    }
  }
  return out;
}

const all = new Map([
  ...cells("visits.csv", "person_id", [
    ["service", "site", "visit_date:month"],
    ["service", "site"],
    ["site", "visit_date:month"],
    ["service"],
    ["site"],
  ]),
  ...cells("volunteers.csv", "person_id", [
    ["activity", "site", "activity_date:month"],
    ["activity", "site"],
    ["site"],
    ["activity"],
  ]),
]);
const keys = await recordKeys(
  [...all.values()].flatMap((s) => [...s]),
  await importKey(HEX),
);
const measured = [...all.values()].map((people) => ({
  value: people.size,
  recordKeys: [...people].map((p) => keys.get(p) as number),
}));
const effect = measurePerturbation(measured, 10);
const published = measured.filter((c) => c.value >= 10);
const rounding = published.reduce((s, c) => s + Math.abs(Math.round(c.value / 5) * 5 - c.value), 0) / published.length;
process.stdout.write(
  `${JSON.stringify(
    {
      counts: measured.length,
      published: effect.cells,
      suppressed: measured.filter((c) => c.value > 0 && c.value < 10).length,
      cellKey: {
        meanAbsoluteDeviation: Number(effect.meanAbsoluteDeviation.toFixed(3)),
        meanDeviation: Number(effect.meanDeviation.toFixed(3)),
        maxAbsoluteDeviation: effect.maxAbsoluteDeviation,
        meanRelativeDeviation: Number(effect.meanRelativeDeviation.toFixed(4)),
      },
      roundTo5: { meanAbsoluteDeviation: Number(rounding.toFixed(3)) },
    },
    null,
    2,
  )}\n`,
);
