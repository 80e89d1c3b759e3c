import { volunteerActivity } from "@solidata/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { plus, volunteerLog } from "./helpers.js";

describe("volunteerActivity: properties", () => {
  it("active = new + returning, every volunteer is new once, and lapsed never exceeds the previous period's active", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 400 })), {
          minLength: 1,
          maxLength: 300,
        }),
        fc.constantFrom("week" as const, "month" as const, "quarter" as const),
        (rows, period) => {
          const log = volunteerLog(rows.map(([p, d]) => [`v${p}`, plus("2024-01-01", d)]));
          // k = 5 with internal profile, but a threshold is always applied: compare on unsuppressed rows only
          const r = volunteerActivity(log, { period, privacy: { profile: "internal" } });
          const t = r.tables.activity.objects() as Record<string, number | null | string>[];
          let previousActive: number | null = null;
          for (const row of t) {
            const {
              active = null,
              new: fresh = null,
              returning = null,
              lapsed = null,
            } = row as Record<string, number | null>;
            if (active !== null && fresh !== null && returning !== null) expect(active).toBe(fresh + returning);
            if (lapsed !== null && previousActive !== null) expect(lapsed).toBeLessThanOrEqual(previousActive);
            previousActive = active ?? null;
          }
          expect(r.n).toBe(new Set(rows.map(([p]) => p)).size);
        },
      ),
      { numRuns: 60 },
    );
  });
});
