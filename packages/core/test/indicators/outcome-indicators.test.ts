import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { computeIndicators } from "../../src/indicators/compute-indicators.js";
import { prepareCellKeys } from "../../src/indicators/prepare-cell-keys.js";
import type { IndicatorTable } from "../../src/indicators/types.js";
import { fromCSV } from "../../src/ingest/from-csv.js";
import { prepareTable } from "../../src/pipeline/prepare-table.js";
import { importKey } from "../../src/privacy/import-key.js";
import { P_TABLE } from "../../src/privacy/p-table.js";

const K = 10;
/** A fixed test key (not a secret: it protects nothing). */
const TEST_KEY = "3c5e7a9b1d2f4a6c8e0b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c";
const samples = (file: string) => fileURLToPath(new URL(`../../../../datasets/samples/en/${file}`, import.meta.url));

const col = (t: IndicatorTable, name: string) => t.columns.findIndex((c) => c.name === name);
const num = (t: IndicatorTable, row: number, name: string): number | null => {
  const v = t.rows[row]?.[col(t, name)]?.value;
  return typeof v === "number" ? v : null;
};

describe("outcomeIndicators under the cell-key method", () => {
  it("the sample survey's enrolled and followed up are perturbed (±2, never below k), shares are recomputed from the published counts, and no enrolled − followed up is a small count", async () => {
    const bytes = new Uint8Array(readFileSync(samples("outcomes.csv")));
    const files = [await prepareTable(fromCSV(bytes, { file: "outcomes.csv", maxIssuesPerCode: Infinity }))];
    const cellKeys = await prepareCellKeys(files, await importKey(TEST_KEY));
    const exact = computeIndicators(files, { sections: ["outcomes"] });
    const keyed = computeIndicators(files, { sections: ["outcomes"], cellKeys });
    const again = computeIndicators(files, { sections: ["outcomes"], cellKeys });
    expect(JSON.stringify(again.sections)).toBe(JSON.stringify(keyed.sections));
    const tables = (ind: typeof exact) => ind.sections.find((s) => s.id === "outcomes")?.tables ?? [];
    let compared = 0;
    let changed = 0;
    for (const id of ["outcomes-change", "outcomes-attrition"]) {
      const e = tables(exact).find((t) => t.id === id) as IndicatorTable;
      const p = tables(keyed).find((t) => t.id === id) as IndicatorTable;
      expect(p.rows.length).toBe(e.rows.length);
      for (let r = 0; r < e.rows.length; r++) {
        for (const name of ["enrolled", "paired"]) {
          const x = num(e, r, name);
          const y = num(p, r, name);
          if (x === null || y === null) continue;
          compared += 1;
          if (x !== y) changed += 1;
          expect(Math.abs(x - y), `${id} ${r} ${name}`).toBeLessThanOrEqual(P_TABLE.maxNoise);
          expect(y).toBeGreaterThanOrEqual(K);
        }
        const enrolled = num(p, r, "enrolled");
        const paired = num(p, r, "paired");
        const share = num(p, r, "missing_share");
        if (enrolled !== null && paired !== null) {
          const gap = enrolled - paired;
          expect(gap > 0 && gap < K, `${id} ${r}: ${enrolled} − ${paired}`).toBe(false);
          if (share !== null) expect(share).toBeCloseTo(1 - paired / enrolled, 12);
        }
      }
    }
    expect(compared).toBeGreaterThan(8);
    // the p-table changes 112 counts in 256: some of them here
    expect(changed).toBeGreaterThan(0);
    // the headline n is the per-wave table's published paired count of the same people
    const head = tables(keyed).find((t) => t.id === "outcomes-headline") as IndicatorTable;
    const perWave = tables(keyed).find((t) => t.id === "outcomes-change") as IndicatorTable;
    const h = head.rows[0];
    const same = perWave.rows.find(
      (row) =>
        row[col(perWave, "measure")]?.value === h?.[col(head, "measure")]?.value &&
        row[col(perWave, "arm")]?.value === h?.[col(head, "arm")]?.value &&
        row[col(perWave, "horizon_months")]?.value === h?.[col(head, "horizon_months")]?.value,
    );
    expect(h?.[col(head, "n")]).toEqual(same?.[col(perWave, "paired")]);
    expect(keyed.protection.cells).toBeGreaterThanOrEqual(compared);
  });

  it("the positive exits are perturbed too: recorded and positive within ±2 and never below k, the rate and the difference between the arms recomputed from the published counts, the same figures twice", async () => {
    const bytes = new Uint8Array(readFileSync(samples("outcomes.csv")));
    const files = [await prepareTable(fromCSV(bytes, { file: "outcomes.csv", maxIssuesPerCode: Infinity }))];
    const cellKeys = await prepareCellKeys(files, await importKey(TEST_KEY));
    const exact = computeIndicators(files, { sections: ["outcomes"] });
    const keyed = computeIndicators(files, { sections: ["outcomes"], cellKeys });
    const again = computeIndicators(files, { sections: ["outcomes"], cellKeys });
    const tables = (ind: typeof exact) => ind.sections.find((s) => s.id === "outcomes")?.tables ?? [];
    const e = tables(exact).find((t) => t.id === "outcomes-exits") as IndicatorTable;
    const p = tables(keyed).find((t) => t.id === "outcomes-exits") as IndicatorTable;
    expect(JSON.stringify(tables(again).find((t) => t.id === "outcomes-exits"))).toBe(JSON.stringify(p));
    expect(p.rows.length).toBe(e.rows.length);
    let compared = 0;
    let changed = 0;
    const published = new Map<string, { recorded: number; positive: number }>();
    for (let r = 0; r < e.rows.length; r++) {
      for (const name of ["recorded", "positive"]) {
        const x = num(e, r, name);
        const y = num(p, r, name);
        if (x === null || y === null) continue;
        compared += 1;
        if (x !== y) changed += 1;
        expect(Math.abs(x - y), `exits ${r} ${name}`).toBeLessThanOrEqual(P_TABLE.maxNoise);
        expect(y).toBeGreaterThanOrEqual(K);
      }
      const recorded = num(p, r, "recorded");
      const positive = num(p, r, "positive");
      const rate = num(p, r, "rate");
      if (recorded !== null && positive !== null) {
        const gap = recorded - positive;
        expect(gap > 0 && gap < K, `exits ${r}: ${recorded} − ${positive}`).toBe(false);
        if (rate !== null) expect(rate).toBeCloseTo(positive / recorded, 12);
        const arm = p.rows[r]?.[col(p, "arm")]?.value;
        const horizon = p.rows[r]?.[col(p, "horizon_months")]?.value;
        published.set(`${arm}|${horizon}`, { recorded, positive });
      }
    }
    // the sample survey publishes 3 of these counts (the others are hidden as small)
    expect(compared).toBeGreaterThanOrEqual(3);
    // the p-table changes 112 counts in 256: at least one of these counts changed with this key
    expect(changed).toBeGreaterThan(0);
    const diff = tables(keyed).find((t) => t.id === "outcomes-exits-difference");
    for (const row of diff?.rows ?? []) {
      const d = row[col(diff as IndicatorTable, "difference")];
      if (d?.status !== "ok") continue;
      const a = published.get(
        `${row[col(diff as IndicatorTable, "arm_a")]?.value}|${row[col(diff as IndicatorTable, "horizon_months")]?.value}`,
      );
      const b = published.get(
        `${row[col(diff as IndicatorTable, "arm_b")]?.value}|${row[col(diff as IndicatorTable, "horizon_months")]?.value}`,
      );
      expect(a && b).toBeTruthy();
      if (a && b) expect(d.value as number).toBeCloseTo(a.positive / a.recorded - b.positive / b.recorded, 12);
    }
  });
});
