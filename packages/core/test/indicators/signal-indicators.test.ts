import { signalIndicators } from "@solidata/core";
import { table } from "arquero";
import { describe, expect, it } from "vitest";

// A visit log built by hand: site A has 40 visits by 40 people every month of 2025 but 12 in June (the truth:
// one drop, in June, at A); site B has `small` visits a month. With 4 (below k = 10) every B cell is hidden, and so
// is every A cell, since A = the whole association − B: only the whole association's drop can be said. With 15,
// A's drop is said too.
function log(small = 4): ReturnType<typeof table> {
  const person: string[] = [];
  const date: Date[] = [];
  const site: string[] = [];
  for (let m = 0; m < 12; m++) {
    const a = m === 5 ? 12 : 40;
    const b = m === 5 ? Math.max(1, small - 3) : small;
    for (let i = 0; i < a; i++) {
      person.push(`A${m}-${i}`);
      date.push(new Date(Date.UTC(2025, m, 1 + (i % 28))));
      site.push("A");
    }
    for (let i = 0; i < b; i++) {
      person.push(`B${i}`);
      date.push(new Date(Date.UTC(2025, m, 2 + i)));
      site.push("B");
    }
  }
  return table({ person_id: person, visit_date: date, site });
}

describe("signalIndicators", () => {
  const part = signalIndicators(log(), null, { privacy: { profile: "public", k: 10 } });

  it("finds the drop of the whole association in June (44 visits by 44 people a month, 13 in June)", () => {
    const all = part.signals.filter((s) => Object.keys(s.where).length === 0);
    expect(all.map((s) => [s.measure, s.period, s.observed, s.expected])).toEqual([
      ["visits", "2025-06", 13, 44],
      ["people", "2025-06", 13, 44],
    ]);
  });

  it("says nothing about site B, whose every month is below k, nor about A, which would give B back", () => {
    expect(part.signals.filter((s) => s.where.site !== undefined)).toEqual([]);
  });

  it("finds the drop at site A once B is large enough to be shown", () => {
    const shown = signalIndicators(log(15), null, { privacy: { profile: "public", k: 10 } });
    const atA = shown.signals.filter((s) => s.where.site === "A");
    expect(atA.map((s) => [s.measure, s.period, s.direction, s.observed, s.expected])).toEqual([
      ["visits", "2025-06", "down", 12, 40],
      ["people", "2025-06", "down", 12, 40],
    ]);
    expect(shown.signals.filter((s) => s.where.site === "B")).toEqual([]);
  });

  it("publishes the count of signals and the months looked at", () => {
    expect(part.figures[0]).toMatchObject({ id: "signals.count", value: part.signals.length });
    expect(part.window).toEqual({ from: "2025-01", to: "2025-12" });
  });

  it("counts a volunteer log's active volunteers per month: each person once, whatever their rows", () => {
    // 30 volunteers a month in 2025, each on three days, 90 in October (the truth: one rise, 90 against 30);
    // every row has hours, so the hours measure reads the same person column as the volunteers measure
    const person: string[] = [];
    const date: Date[] = [];
    const hours: number[] = [];
    for (let m = 0; m < 12; m++) {
      const people = m === 9 ? 90 : 30;
      for (let i = 0; i < people; i++)
        for (let d = 0; d < 3; d++) {
          person.push(`V${m}-${i}`);
          date.push(new Date(Date.UTC(2025, m, 1 + ((i + d * 9) % 28))));
          hours.push(2);
        }
    }
    const volunteers = table({ person_id: person, activity_date: date, hours });
    const found = signalIndicators(null, volunteers, { privacy: { profile: "public", k: 10 } }).signals;
    expect(found.map((s) => [s.measure, s.period, s.observed, s.expected])).toEqual([
      ["volunteers", "2025-10", 90, 30],
      ["hours", "2025-10", 540, 180],
    ]);
  });
});
