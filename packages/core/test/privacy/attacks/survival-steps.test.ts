/**
 * Attack: a survival curve with one step per exact time says that one person left on that day
 * (one event, and an at-risk count that drops by one). Curves go through `survival`, which groups
 * steps with `protectSurvivalSteps`; the attacker reads events and at-risk differences.
 */
import { survival } from "@solidata/core";
import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { integer, random } from "./helpers.js";

describe("attack: survival steps", () => {
  it("publishes no step with 1 to k − 1 departures, directly or by difference of at-risk counts", () => {
    const next = random(213);
    let publishedSteps = 0;
    for (let run = 0; run < 40; run += 1) {
      const people = integer(next, 20, 150);
      const person: string[] = [];
      const date: Date[] = [];
      for (let p = 0; p < people; p += 1) {
        const start = Date.UTC(2023, 0, 1) + integer(next, 0, 500) * 86_400_000;
        const stay = integer(next, 0, 700) * 86_400_000;
        for (const d of [start, start + stay]) {
          person.push(`p${p}`);
          date.push(new Date(Math.min(d, Date.UTC(2025, 0, 1))));
        }
      }
      const result = survival(table({ person_id: person, activity_date: date }), { unit: "day" });
      const rows = result.tables.curve.objects() as Record<string, number | null>[];
      for (const row of rows) {
        const events = row.events;
        if (events !== null && events !== undefined) expect(events === 0 || events >= 10).toBe(true);
        if (events !== null && events !== undefined && events > 0) publishedSteps += 1;
      }
      for (let i = 1; i + 1 < rows.length; i += 1) {
        const a = rows[i] as Record<string, number | null>;
        const b = rows[i + 1] as Record<string, number | null>;
        if (a.at_risk != null && b.at_risk != null && a.censored != null) {
          const left = a.at_risk - b.at_risk - a.censored;
          expect(left === 0 || left >= 10).toBe(true);
        }
      }
    }
    // the curves are not simply hidden: many grouped steps are published
    expect(publishedSteps).toBeGreaterThan(100);
  });
});
