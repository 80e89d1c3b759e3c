import {
  demographics,
  engagementSegments,
  outcomeRate,
  prePost,
  reach,
  retentionCohorts,
  volunteerActivity,
  volunteerHours,
  volunteerValue,
} from "@solidata/core";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import { volunteerLog } from "./helpers.js";

describe("analyses on a table without usable rows", () => {
  const log = volunteerLog([[null, null]]);
  it.each([
    ["volunteerActivity", () => volunteerActivity(log)],
    ["volunteerHours", () => volunteerHours(log)],
    ["volunteerValue", () => volunteerValue(log)],
    ["retentionCohorts", () => retentionCohorts(log)],
    ["engagementSegments", () => engagementSegments(log)],
    ["reach", () => reach(aq.table({ person_id: [null], visit_date: [null], service: [null] }) as aq.ColumnTable)],
    ["demographics", () => demographics(aq.table({ person_id: [] as string[] }))],
    ["outcomeRate", () => outcomeRate(aq.table({ person_id: [] as string[], outcome: [] as boolean[] }))],
    [
      "prePost",
      () =>
        prePost(
          aq.table({ person_id: [] as string[], baseline_value: [] as number[], followup_value: [] as number[] }),
        ),
    ],
  ])("%s returns n = 0 with the small-n warning instead of failing", (_name, run) => {
    const r = run();
    expect(r.n).toBe(0);
    expect(r.warnings.some((w) => w.code === "analyses.small_n")).toBe(true);
  });
});
