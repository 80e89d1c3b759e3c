import { plausibilityChecks, seededRandom } from "@solidata/core";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";

const d = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const now = d("2026-01-15");

describe("plausibilityChecks", () => {
  // lines 2–9 of a volunteers file; by hand: a logs 10 + 9 = 19 h on 3 March (over 16), b a negative entry,
  // c a date in the future and a birth date giving 126 years, e a date before 1900; d is plausible.
  const log = aq.table({
    _line: [2, 3, 4, 5, 6, 7, 8, 9],
    person_id: ["a", "a", "a", "b", "c", "d", "e", "d"],
    activity_date: [
      d("2025-03-03"),
      d("2025-03-03"),
      d("2025-03-04"),
      d("2025-03-03"),
      d("2026-02-01"),
      d("2025-03-03"),
      d("1899-12-31"),
      d("2025-03-05"),
    ],
    hours: [10, 9, 8, -2, 3, 16, 1, 4],
    birth_date: [null, null, null, null, d("1899-06-01"), d("1980-01-01"), null, d("1980-01-01")],
  });

  it("flags each rule with its line, value and limit, and the share of hours resting on flagged rows", () => {
    const r = plausibilityChecks(log, { now });
    const flags = r.tables.flags.objects() as Record<string, unknown>[];
    expect(flags.map((f) => [f.line, f.rule, f.column, f.value, f.limit])).toEqual([
      [2, "hours-per-day", "hours", 19, 16],
      [3, "hours-per-day", "hours", 19, 16],
      [5, "negative-quantity", "hours", -2, 0],
      [6, "age-over-max", "birth_date", 126, 110],
      [6, "date-before-1900", "birth_date", "1899-06-01", "1900-01-01"],
      [6, "future-date", "activity_date", "2026-02-01", "2026-01-15"],
      [8, "date-before-1900", "activity_date", "1899-12-31", "1900-01-01"],
    ]);
    // 16 h in a day is plausible (the rule is "over 16"); a's 8 h on 4 March are not flagged
    // hours: total 10 + 9 + 8 − 2 + 3 + 16 + 1 + 4 = 49; on flagged rows 10 + 9 − 2 + 3 + 1 = 21
    expect(r.tables.share.objects()[0]).toEqual({
      measure: "hours",
      total: 49,
      flagged_total: 21,
      share: 21 / 49,
      rows: 8,
      flagged_rows: 5,
      excluded: false,
    });
    const rules = Object.fromEntries(
      (r.tables.rules.objects() as { rule: string; rows: number }[]).map((x) => [x.rule, x.rows]),
    );
    expect(rules).toEqual({
      "hours-per-day": 2,
      "future-date": 1,
      "date-before-1900": 2,
      "negative-quantity": 1,
      "age-over-max": 1,
      "visits-per-day": 0,
    });
    expect(r.warnings[0]).toMatchObject({
      code: "analyses.implausible_rows",
      params: { count: 5, share: "42.9 %", excluded: "no" },
    });
    expect(r.tables.kept).toBeUndefined();
  });

  it("leaves flagged rows out only when asked", () => {
    const r = plausibilityChecks(log, { now, exclude: true });
    expect(r.tables.kept.array("_line")).toEqual([4, 7, 9]);
    expect(r.tables.share.get("excluded", 0)).toBe(true);
    const loose = plausibilityChecks(log, { now, maxHoursPerDay: 24, maxAge: 130 });
    expect(loose.tables.flags.array("rule")).toEqual([
      "negative-quantity",
      "date-before-1900",
      "future-date",
      "date-before-1900",
    ]);
  });

  it("counts visits per person per day in a visit log without hours", () => {
    const visits = aq.table({
      person_id: ["x", "x", "x", "x", "x", "y"],
      visit_date: Array(6).fill(d("2025-05-02")),
      quantity: [1, 1, 1, 1, 1, 2],
    });
    const r = plausibilityChecks(visits, { now, maxVisitsPerDay: 4 });
    expect(r.tables.flags.array("rule")).toEqual(Array(5).fill("visits-per-day"));
    expect(r.tables.flags.array("line")).toEqual(Array(5).fill(null));
    expect(r.tables.share.objects()[0]).toMatchObject({ measure: "quantity", total: 7, flagged_total: 5 });
    expect(() => plausibilityChecks(visits, { maxVisitsPerDay: 0 })).toThrow(/maxVisitsPerDay/);
    expect(() => plausibilityChecks(visits, { hours: "nope" })).toThrow(/nope/);
  });

  it("flags exactly the person-days over the limit on a shuffled log, and nothing on a log without dates", () => {
    // 600 rows of 30 people over 10 days in a seeded order; by definition a row is flagged when its
    // person's hours that day (people compared trimmed) add up to more than 16
    const r = seededRandom(3);
    const people = Array.from({ length: 600 }, () => `P${Math.floor(r() * 30)}${r() < 0.1 ? " " : ""}`);
    const days = Array.from({ length: 600 }, () =>
      r() < 0.05 ? null : d(`2025-03-${String(1 + Math.floor(r() * 10)).padStart(2, "0")}`),
    );
    const hours = Array.from({ length: 600 }, () => (r() < 0.05 ? null : Math.floor(r() * 20) / 2));
    const totals = new Map<string, number>();
    people.forEach((p, i) => {
      const day = days[i];
      if (day)
        totals.set(`${p.trim()}|${day.getTime()}`, (totals.get(`${p.trim()}|${day.getTime()}`) ?? 0) + (hours[i] ?? 0));
    });
    const expected = people
      .map((_, i) => i)
      .filter((i) => days[i] !== null && (totals.get(`${people[i]?.trim()}|${days[i]?.getTime()}`) ?? 0) > 16);
    expect(expected.length).toBeGreaterThan(20);
    const got = plausibilityChecks(aq.table({ person_id: people, activity_date: days, hours }), { now });
    const flagged = (got.tables.flags.objects() as { row: number; rule: string }[])
      .filter((f) => f.rule === "hours-per-day")
      .map((f) => f.row);
    expect(flagged).toEqual(expected);
    const none = plausibilityChecks(aq.table({ person_id: ["a", "b"], activity_date: [null, null], hours: [20, 30] }), {
      now,
    });
    expect(none.tables.flags.numRows()).toBe(0);
  });
  it("tells the same person-days over the limit whether the identifiers are text or numbers, many rows a day included", () => {
    // text identifiers go through the people's shared codes (sorted once per column), numbers through
    // codes of their own: both must flag the same rows, in the same order
    const random = seededRandom(20);
    const n = 4000;
    const ids: number[] = [];
    const dates: (Date | null)[] = [];
    const hours: (number | null)[] = [];
    for (let i = 0; i < n; i++) {
      // person 0 works 60 short shifts a day on a few days (over 32 rows: the sorted path)
      const heavy = i % 5 === 0;
      ids.push(heavy ? 0 : 1 + Math.floor(random() * 150));
      const day = heavy ? Math.floor(random() * 3) : Math.floor(random() * 40);
      dates.push(random() < 0.03 ? null : new Date(Date.UTC(2025, 0, 1 + day)));
      hours.push(random() < 0.05 ? null : Math.round(random() * 40) / 4);
    }
    const lines = ids.map((_, i) => i + 2);
    const asText = aq.table({ _line: lines, person_id: ids.map((id) => `p${id}`), activity_date: dates, hours });
    const asNumbers = aq.table({ _line: lines, person_id: ids, activity_date: dates, hours });
    const rulesOf = (t: aq.ColumnTable): unknown[][] =>
      (plausibilityChecks(t, { now }).tables.flags.objects() as Record<string, unknown>[])
        .filter((f) => f.rule === "hours-per-day")
        .map((f) => [f.line, f.value]);
    const text = rulesOf(asText);
    expect(text).toEqual(rulesOf(asNumbers));
    // by hand: each person-day whose hours add up past 16 has all its dated rows flagged with that sum
    const sums = new Map<string, number>();
    ids.forEach((id, i) => {
      const date = dates[i];
      if (date) sums.set(`${id}|${date.getTime()}`, (sums.get(`${id}|${date.getTime()}`) ?? 0) + (hours[i] ?? 0));
    });
    const expected = ids.flatMap((id, i) => {
      const date = dates[i];
      const sum = date ? (sums.get(`${id}|${date.getTime()}`) as number) : 0;
      return sum > 16 ? [lines[i] as number] : [];
    });
    expect(text.map((f) => f[0]).sort((a, b) => Number(a) - Number(b))).toEqual(expected);
    expect(expected.length).toBeGreaterThan(500);
  });
});
