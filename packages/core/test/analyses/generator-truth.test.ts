import { readFileSync } from "node:fs";
import { prePost, reach, volunteerHours } from "@solidata/core";
import * as aq from "arquero";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";

// Reconciliation with the ground truth of the seeded generator (datasets/samples/en/truth, seed 2025):
// the true rows (duplicates removed) are turned into cleaned tables, and the analyses must give back
// the totals the generator recorded in its summaries.
const truth = (name: string): string =>
  readFileSync(new URL(`../../../../datasets/samples/en/truth/${name}`, import.meta.url), "utf8");
const rowsOf = (name: string): Record<string, string>[] =>
  Papa.parse<Record<string, string>>(truth(name), { header: true, skipEmptyLines: true }).data;
const date = (iso: string): Date | null => (iso === "" ? null : new Date(`${iso}T00:00:00Z`));
const num = (text: string): number | null => (text === "" ? null : Number(text));
const internal = { privacy: { profile: "internal" as const } };

describe("analyses reconcile with the generator's ground truth", () => {
  it("volunteer hours: total, by month, by activity, distinct volunteers", () => {
    const summary = JSON.parse(truth("volunteers-summary.json"));
    const rows = rowsOf("volunteers.csv").filter((r) => r.duplicate_of === "");
    const log = aq.table({
      person_id: rows.map((r) => r.person_id),
      activity_date: rows.map((r) => date(r.activity_date as string)),
      activity: rows.map((r) => r.activity),
      hours: rows.map((r) => num(r.hours as string)),
      site: rows.map((r) => r.site),
    });
    const r = volunteerHours(log, { by: ["activity"], period: "month", ...internal });
    expect(r.tables.summary.get("hours", 0)).toBeCloseTo(summary.hours_total, 6);
    expect(r.tables.summary.get("volunteers", 0)).toBe(summary.distinct_volunteers);
    const byMonth = Object.fromEntries(
      (r.tables.by_period!.objects() as { period: string; hours: number | null }[]).map((x) => [x.period, x.hours]),
    );
    // the dominance rule may hide a month; nearly all must be published and equal
    expect(Object.values(byMonth).filter((h) => h !== null).length).toBeGreaterThan(20);
    for (const [month, hours] of Object.entries(summary.hours_by_month as Record<string, number>)) {
      if (byMonth[month] !== null) expect(byMonth[month]).toBeCloseTo(hours, 6);
    }
    const byActivity = r.tables.by_activity?.objects() as { activity: string; hours: number | null }[];
    expect(byActivity.every((x) => x.hours !== null)).toBe(true);
    for (const [activity, hours] of Object.entries(summary.hours_by_activity as Record<string, number>)) {
      const published = byActivity.find((x) => x.activity === activity)?.hours;
      if (published !== null) expect(published).toBeCloseTo(hours, 6);
    }
  });

  it("reach: distinct people, visits by month and by service", () => {
    const summary = JSON.parse(truth("visits-summary.json"));
    const rows = rowsOf("visits.csv").filter((r) => r.duplicate_of === "");
    const visits = aq.table({
      person_id: rows.map((r) => r.person_id),
      visit_date: rows.map((r) => date(r.visit_date as string)),
      service: rows.map((r) => r.service),
      site: rows.map((r) => r.site),
    });
    const r = reach(visits, { period: "month", ...internal });
    expect(r.tables.total.get("people", 0)).toBe(summary.distinct_beneficiaries);
    expect(r.tables.total.get("visits", 0)).toBe(summary.visits);
    const byMonth = r.tables.by_period.objects() as { period: string; visits: number | null }[];
    expect(Object.fromEntries(byMonth.map((x) => [x.period, x.visits]))).toEqual(summary.visits_by_month);
    const byService = r.tables.by_service?.objects() as { service: string; visits: number | null }[];
    expect(Object.fromEntries(byService.map((x) => [x.service, x.visits]))).toEqual(summary.visits_by_service);
  });

  it("prePost: follow-ups and mean change per arm and wave", () => {
    const summary = JSON.parse(truth("outcomes-summary.json"));
    const rows = rowsOf("outcomes.csv");
    const outcomes = aq.table({
      person_id: rows.map((r) => r.person_id),
      baseline_value: rows.map((r) => num(r.baseline_value as string)),
      followup_value: rows.map((r) => num(r.followup_value as string)),
      followup_wave: rows.map((r) => r.followup_wave),
      arm: rows.map((r) => r.arm),
    });
    for (const wave of ["1", "2", "3"]) {
      const r = prePost(outcomes, { arm: "arm", wave, ...internal });
      for (const row of r.tables.change.objects() as Record<string, unknown>[]) {
        if (row.arm === "Total") continue;
        const key = `${row.arm}|${wave}`;
        expect(row.paired).toBe(summary.followups_by_arm_wave[key]);
        expect(row.change).toBeCloseTo(summary.mean_change_by_arm_wave[key], 5);
      }
    }
  });
});
