import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { computeIndicators, fromCSV, prepareTable, type Signal } from "@solidata/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../src/generate.js";
import { MESS_PRESETS } from "../src/mess.js";
import type { InjectedSignal } from "../src/visit-signals.js";

// Three years of visits at five sites (seasonal Poisson counts, moderate mess) with five injected anomalies, for
// eight seeds; the generator's truth (visits-signals-summary.json) lists what was injected. Each must be flagged,
// and every other signal counts as a false alarm, unless it is the same change seen in another breakdown (a site's
// spike also raises a service that month) — an echo, counted apart.
const root = mkdtempSync(join(tmpdir(), "solidata-signals-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
/** The stated false-alarm rate: at most 1 shown monthly cell in 50 raises a signal nothing explains. */
const FALSE_ALARM_RATE = 0.02;

const monthIndex = (p: string): number => Number(p.slice(0, 4)) * 12 + Number(p.slice(5, 7));
const sameWhere = (a: Record<string, string>, b: Record<string, string>): boolean =>
  JSON.stringify(a) === JSON.stringify(b);
/** A signal reports an injection: same place and direction, the same month (a shift: found up to two months late, or as an unusual first month). */
function reports(signal: Signal, injected: InjectedSignal): boolean {
  if (!sameWhere(signal.where, injected.where) || signal.direction !== injected.direction) return false;
  const lag = monthIndex(signal.period) - monthIndex(injected.period);
  if (injected.codes.includes("shift")) return lag >= 0 && lag <= 2;
  return lag === 0 && injected.codes.includes(signal.code);
}
/** The same change seen in another breakdown (or the whole association) in the same months. */
function echoes(signal: Signal, injected: InjectedSignal): boolean {
  if (sameWhere(signal.where, injected.where) || signal.direction !== injected.direction) return false;
  const lag = monthIndex(signal.period) - monthIndex(injected.period);
  return lag >= 0 && lag <= 2;
}

interface Run {
  signals: Signal[];
  injected: InjectedSignal[];
  tested: number;
}
const runs: Run[] = [];

beforeAll(async () => {
  for (const seed of SEEDS) {
    const result = await generate({
      kind: "visits-signals",
      rows: 12000,
      seed,
      out: join(root, `seed${seed}`),
      mess: MESS_PRESETS.moderate,
      lang: seed % 2 ? "fr" : "en",
      truth: true,
    });
    const truth = JSON.parse(readFileSync(result.truthFiles[0] as string, "utf8")) as { injected: InjectedSignal[] };
    const prepared = await prepareTable(
      fromCSV(readFileSync(result.file), { file: "visits.csv", maxIssuesPerCode: Infinity }),
    );
    const indicators = computeIndicators([prepared], { sections: ["signals"], now: new Date("2026-01-15T00:00:00Z") });
    const section = indicators.sections.find((s) => s.id === "signals") as unknown as { tested: number };
    runs.push({ signals: indicators.signals, injected: truth.injected, tested: section.tested });
  }
}, 120_000);

describe("weak signals on generated visits with injected anomalies", () => {
  it("flag every injected anomaly, for every seed (a drop, a spike, a silent site, a new service, a lasting rise)", () => {
    for (const run of runs)
      for (const injected of run.injected) {
        const found = run.signals.filter((s) => s.measure === "visits" && reports(s, injected));
        expect(found.length, `${JSON.stringify(injected.where)} ${injected.period}`).toBeGreaterThan(0);
      }
  });

  it(`raise nothing else above the stated false-alarm rate (${FALSE_ALARM_RATE * 100} % of the shown cells)`, () => {
    let false_ = 0;
    let tested = 0;
    for (const run of runs) {
      tested += run.tested;
      false_ += run.signals.filter(
        (s) =>
          !run.injected.some(
            (i) => reports(s, i) || echoes(s, i) || (s.measure === "people" && sameWhere(s.where, i.where)),
          ),
      ).length;
    }
    // figure of the report: printed by the assertion's message when it fails
    expect(false_ / tested, `${false_} false alarms over ${tested} cells`).toBeLessThanOrEqual(FALSE_ALARM_RATE);
  });

  it("never show a count from 1 to k − 1 (k = 10, public profile)", () => {
    for (const run of runs)
      for (const s of run.signals) {
        for (const v of [s.observed, s.expected]) expect(v === 0 || v >= 10, JSON.stringify(s)).toBe(true);
      }
  });
});
