import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { importKey, measurePerturbation, pTableRow, recordKeys } from "@solidata/core";
import { describe, expect, it } from "vitest";

const HEX = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

/** Distinct people per (service, site, month) in the generator's truth of the demo visits. */
function demoCells(): Map<string, Set<string>> {
  const path = fileURLToPath(new URL("../../../../datasets/samples/en/truth/visits.csv", import.meta.url));
  const [header, ...rows] = readFileSync(path, "utf8").trim().split("\n");
  const cols = (header as string).split(",");
  const at = (c: string) => cols.indexOf(c);
  const cells = new Map<string, Set<string>>();
  for (const row of rows) {
    const v = row.split(",");
    if (v[at("duplicate_of")]) continue;
    const person = v[at("person_id")] as string;
    for (const key of [
      `${v[at("service")]}|${v[at("site")]}|${(v[at("visit_date")] as string).slice(0, 7)}`,
      `${v[at("service")]}|${v[at("site")]}`,
      `${v[at("site")]}|${(v[at("visit_date")] as string).slice(0, 7)}`,
      `${v[at("service")]}`,
    ]) {
      const set = cells.get(key) ?? new Set<string>();
      cells.set(key, set);
      set.add(person);
    }
  }
  return cells;
}

describe("measurePerturbation", () => {
  it("changes the demo counts by the mean absolute deviation the p-table predicts", async () => {
    const cells = demoCells();
    const keys = await recordKeys(
      [...cells.values()].flatMap((s) => [...s]),
      await importKey(HEX),
    );
    const measured = [...cells.values()].map((people) => ({
      value: people.size,
      recordKeys: [...people].map((p) => keys.get(p) as number),
    }));
    const effect = measurePerturbation(measured, 10);
    // expected from the p-table alone, cell by cell: sum |change| · share / 256
    const published = measured.filter((c) => c.value >= 10);
    const expected =
      published.reduce((sum, c) => {
        const row = pTableRow(c.value, 10);
        return sum + row.perturbations.reduce((s, p, i) => s + Math.abs(p) * (row.shares[i] as number), 0) / 256;
      }, 0) / published.length;
    expect(effect.cells).toBe(published.length);
    expect(effect.cells).toBeGreaterThan(100);
    // standard deviation of |change| on the general row is about 0.7: 4 standard errors of tolerance
    expect(Math.abs(effect.meanAbsoluteDeviation - expected)).toBeLessThan((4 * 0.7) / Math.sqrt(effect.cells));
    expect(effect.maxAbsoluteDeviation).toBeLessThanOrEqual(2);
    expect(Math.abs(effect.meanDeviation)).toBeLessThan(0.25);
  });
  it("leaves out suppressed counts and zeros", () => {
    expect(measurePerturbation([{ recordKeys: [1, 2], value: 2 }]).cells).toBe(0);
    expect(
      measurePerturbation([
        { recordKeys: [5], value: 50 },
        { recordKeys: [100], value: 50 },
      ]),
    ).toMatchObject({
      cells: 2,
      meanAbsoluteDeviation: 1,
      maxAbsoluteDeviation: 2,
    });
  });
});
