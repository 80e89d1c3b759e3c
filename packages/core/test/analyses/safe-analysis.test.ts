import { formatIssue, safeAnalysis, survival, volunteerActivity } from "@solidata/core";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import { day, ids, volunteerLog } from "./helpers.js";

describe("safeAnalysis", () => {
  it("returns the analysis' value when it runs", () => {
    const r = safeAnalysis(volunteerActivity, volunteerLog(ids(1, 5).map((p) => [p, day("2025-01-02")])), {
      privacy: { profile: "internal" },
    });
    expect(r.ok && r.value.tables.activity.get("active", 0)).toBe(5);
  });

  it("returns issues instead of throwing on a missing column, no usable row or a weak threshold", () => {
    const missing = safeAnalysis(volunteerActivity, aq.table({ x: [1] }));
    expect(missing).toEqual({
      ok: false,
      issues: [
        {
          code: "analyses.missing_column",
          severity: "error",
          params: { function: "volunteerActivity", column: "person_id" },
        },
      ],
    });
    if (!missing.ok)
      expect(formatIssue(missing.issues[0]!, "fr")).toBe("volunteerActivity : il faut une colonne person_id");
    const empty = safeAnalysis(survival, volunteerLog([["a", null]]));
    expect(!empty.ok && empty.issues[0]?.code).toBe("analyses.no_rows");
    const weak = safeAnalysis(volunteerActivity, volunteerLog([["a", day("2025-01-02")]]), { privacy: { k: 2 } });
    expect(!weak.ok && weak.issues[0]?.code).toBe("privacy.k_below_floor");
  });

  it("still throws programming errors", () => {
    const broken = (): never => {
      throw new TypeError("boom");
    };
    expect(() => safeAnalysis(broken)).toThrow("boom");
  });
});
