import { detectSignals, type MonthlyCell, type MonthlySeries, seededRandom } from "@solidata/core";
import { describe, expect, it } from "vitest";

const months = (from: number, count: number): string[] =>
  Array.from({ length: count }, (_, i) => {
    const m = from + i;
    return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
  });
const START = 2023 * 12; // January 2023
const cells = (values: readonly (number | null)[], hidden: readonly number[] = []): MonthlyCell[] =>
  months(START, values.length).map((period, i) => ({
    period,
    value: hidden.includes(i) ? null : (values[i] ?? null),
    status: hidden.includes(i) ? "suppressed" : "ok",
  }));
const flat = [30, 31, 29, 30, 32, 28, 30, 31, 29, 30, 31, 30];

describe("detectSignals", () => {
  it("flags a month far from its neighbours, with the median of the neighbours as expected value", () => {
    const values = flat.map((v) => v * 2);
    values[8] = 20;
    const [signal, ...rest] = detectSignals([{ measure: "visits", where: { site: "Nord" }, cells: cells(values) }]);
    expect(rest).toEqual([]);
    // neighbours of month 8 (indexes 2..11 but 8): 58 60 64 56 60 62 60 62 60 → median 60, MAD 2 (scale 2.97)
    // below the noise of a count, √60: z = (20 − 60) / √60 = −5.16
    expect(signal).toMatchObject({
      code: "anomaly.neighbours",
      period: "2023-09",
      direction: "down",
      observed: 20,
      expected: 60,
    });
    expect(signal?.score).toBeCloseTo((20 - 60) / Math.sqrt(60), 2);
  });

  it("computes nothing on a hidden month, and uses no hidden month as a comparison", () => {
    const values = flat.map((v) => v * 2);
    values[8] = 20;
    expect(detectSignals([{ measure: "visits", where: {}, cells: cells(values) }])).toHaveLength(1);
    expect(detectSignals([{ measure: "visits", where: {}, cells: cells(values, [8]) }])).toEqual([]);
    // the neighbours that are hidden are left out: 2 shown neighbours only, too few to judge
    const sparse = detectSignals([{ measure: "visits", where: {}, cells: cells(values, [2, 3, 4, 5, 6, 7, 10]) }]);
    expect(sparse).toEqual([]);
  });

  it("never shows a count from 1 to k − 1, even on a cell given as shown", () => {
    const values = flat.map((v) => v * 2);
    values[8] = 8;
    expect(detectSignals([{ measure: "visits", where: {}, cells: cells(values) }], { k: 10 })).toEqual([]);
    expect(detectSignals([{ measure: "visits", where: {}, cells: cells(values) }], { k: 5 })).toHaveLength(1);
  });

  it("is season-aware: a December peak every year is no signal, a December twice as busy as the others is", () => {
    const season = [1.1, 1.05, 1, 1, 0.95, 0.9, 0.8, 0.6, 1, 1.05, 1.1, 1.6];
    const values = Array.from({ length: 36 }, (_, i) =>
      Math.round(50 * (season[i % 12] as number) + ((i * 7) % 5) - 2),
    );
    const calm = detectSignals([{ measure: "visits", where: {}, cells: cells(values) }]);
    expect(calm).toEqual([]);
    const busy = [...values];
    busy[23] = 160; // December 2024
    const found = detectSignals([{ measure: "visits", where: {}, cells: cells(busy) }]);
    expect(found.map((s) => [s.code, s.period, s.direction])).toEqual([["anomaly.seasonal", "2024-12", "up"]]);
  });

  it("finds a lasting change of level, once, at the month it starts", () => {
    const values = Array.from({ length: 18 }, (_, i) => (i < 9 ? 40 : 90) + ((i * 3) % 4));
    const found = detectSignals([{ measure: "visits", where: { site: "Vallée" }, cells: cells(values) }]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: "shift", period: "2023-10", direction: "up", expected: 41 });
  });

  it("says when a site stops reporting and when a category appears, and not as drops or rises", () => {
    const values = [...flat, ...flat];
    const stop = values.map((v, i) => (i >= 15 ? 0 : v));
    const present = new Set(months(START, 15));
    const silent = detectSignals([
      { measure: "visits", where: { site: "Est" }, cells: cells(stop), presence: true, present },
    ]);
    expect(silent).toEqual([
      {
        code: "site.silent",
        measure: "visits",
        where: { site: "Est" },
        period: "2024-04",
        direction: "down",
        observed: 0,
        expected: 30,
        score: null,
      },
    ]);
    const start = values.map((v, i) => (i < 5 ? 0 : v));
    const appeared = detectSignals([
      {
        measure: "visits",
        where: { service: "Atelier" },
        cells: cells(start),
        presence: true,
        present: new Set(months(START + 5, 19)),
      },
    ]);
    expect(appeared.map((s) => [s.code, s.period, s.observed])).toEqual([["category.appeared", "2023-06", 28]]);
  });

  it("raises few false alarms on plain Poisson counts (under 1 % of 200 series × 36 months)", () => {
    const random = seededRandom(17);
    const poisson = (lambda: number): number => {
      const limit = Math.exp(-lambda);
      let k = 0;
      let p = random();
      while (p > limit) {
        k++;
        p *= random();
      }
      return k;
    };
    const series: MonthlySeries[] = Array.from({ length: 200 }, (_, s) => ({
      measure: "visits",
      where: { site: `S${s}` },
      cells: cells(Array.from({ length: 36 }, () => poisson(20 + (s % 5) * 10))),
    }));
    const found = detectSignals(series);
    expect(found.length / (200 * 36)).toBeLessThan(0.01);
  });
});
