import { suppressSmallCells } from "@solidata/core";
import { table } from "arquero";
import { describe, expect, it } from "vitest";

describe("suppressSmallCells: parts and complements of derived figures", () => {
  // control arm: 45 enrolled, 43 responded (2 lost), 30 successes; treatment arm: 40, 30, 8
  const t = () =>
    table({
      arm: ["control", "treatment"],
      enrolled: [45, 40],
      responded: [43, 30],
      successes: [30, 8],
      rate: [30 / 43, 8 / 30],
      response_rate: [43 / 45, 30 / 40],
      attrition: [2 / 45, 10 / 40],
    });
  const options = {
    name: "rates",
    counts: ["enrolled", "responded", "successes"],
    complements: { responded: "enrolled", successes: "responded" },
    parts: {
      rate: ["successes", "responded"] as [string, string],
      response_rate: ["responded", "enrolled"] as [string, string],
      attrition: ["responded", "enrolled"] as [string, string],
    },
  };

  it("hides the followed-up count and the attrition when enrolled − followed-up is small", () => {
    const rows = suppressSmallCells(t(), options).table.objects() as Record<string, unknown>[];
    const control = rows[0] as Record<string, unknown>;
    expect(control.enrolled).toBe(45);
    expect(control.responded).toBeNull();
    expect(control.attrition).toBeNull();
    expect(control.response_rate).toBeNull();
    // 43 − 30 = 13 and 30 are both at least 10, but 43 is hidden, so the rate is hidden with it
    expect(control.rate).toBeNull();
  });

  it("hides a rate whose numerator is hidden (8 successes of 30)", () => {
    const rows = suppressSmallCells(t(), options).table.objects() as Record<string, unknown>[];
    const treatment = rows[1] as Record<string, unknown>;
    expect(treatment.successes).toBeNull();
    expect(treatment.rate).toBeNull();
    expect(treatment.rate_status).not.toBe("ok");
    // the table is one line (the arms add up to a known whole): the control's hidden 43 takes the
    // treatment's 30 with it, so that 43 is not the whole minus 30
    expect(treatment.responded_status).toBe("complementary");
    expect(treatment.enrolled).toBe(40);
  });

  it("never leaves a published pair of counts whose difference is from 1 to 9", () => {
    const rows = suppressSmallCells(t(), options).table.objects() as Record<string, number | null>[];
    for (const r of rows) {
      for (const [part, whole] of Object.entries(options.complements)) {
        const a = r[part];
        const b = r[whole];
        if (a !== null && a !== undefined && b !== null && b !== undefined) {
          expect(b - a === 0 || b - a >= 10).toBe(true);
        }
      }
    }
  });
});
