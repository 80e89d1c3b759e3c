import { readFileSync } from "node:fs";
import {
  applyPersonIds,
  type CleanResult,
  cleanTable,
  fromCSV,
  resolvePersonIds,
  volunteerHours,
} from "@solidata/core";
import type { ColumnTable } from "arquero";
import { describe, expect, it } from "vitest";
import { realReference } from "./reference.js";

/**
 * The demo's headline figures, counted on people and rows once, against the generator's ground truth
 * (datasets/samples/<lang>/truth/): each within 0.5 %. Before identifiers were case-folded, duplicate
 * rows merged, short rows kept, missing member numbers filled and re-registrations resolved, the French
 * sample gave 599 registered (truth 575), 547 reached (515), 2,992 visits (2,969), 8,402 volunteer
 * hours (8,431.5) and 133 / 121 outcome persons (128 / 116).
 */
const samples = new URL("../../../../datasets/samples/", import.meta.url);
const now = new Date("2026-01-01T00:00:00Z");
const reference = realReference();

const FILES = {
  fr: { volunteers: "benevoles", beneficiaries: "beneficiaires", visits: "passages", outcomes: "suivi" },
  en: { volunteers: "volunteers", beneficiaries: "beneficiaries", visits: "visits", outcomes: "outcomes" },
} as const;

function readTruth(path: URL): Record<string, string>[] {
  const [head, ...lines] = readFileSync(path, "utf8").trim().split("\n");
  const names = (head ?? "").split(",");
  // the truth columns read here hold no quoted commas
  return lines.map((line) => Object.fromEntries(line.split(",").map((v, i) => [names[i] as string, v])));
}

const summary = (lang: string, name: string): Record<string, number> =>
  JSON.parse(readFileSync(new URL(`${lang}/truth/${name}-summary.json`, samples), "utf8"));

async function clean(lang: "fr" | "en", kind: keyof (typeof FILES)["fr"]): Promise<CleanResult> {
  const file = `${lang}/${FILES[lang][kind]}.csv`;
  const { table, report } = fromCSV(readFileSync(new URL(file, samples)), { file, maxIssuesPerCode: Infinity });
  return cleanTable(table, { now, reference, ingestIssues: report.issues, mergeLabels: true });
}

const distinct = (table: ColumnTable, keep: (row: Record<string, unknown>) => boolean = () => true): number =>
  new Set(
    (table.objects() as Record<string, unknown>[])
      .filter((row) => typeof row.person_id === "string" && keep(row))
      .map((row) => row.person_id),
  ).size;

const within = (value: number, truth: number, label: string): void => {
  expect(Math.abs(value - truth), `${label}: ${value} against the truth ${truth}`).toBeLessThanOrEqual(0.005 * truth);
};

describe("headline figures of the samples, people and rows counted once, against the generator's truth", () => {
  for (const lang of ["fr", "en"] as const) {
    it(`${lang}: volunteers, hours, visits, people reached and registered, outcome persons within 0.5 %`, async () => {
      const [volunteers, register, visits, outcomes] = await Promise.all([
        clean(lang, "volunteers"),
        clean(lang, "beneficiaries"),
        clean(lang, "visits"),
        clean(lang, "outcomes"),
      ]);
      // people registered twice under a new number: one identifier for each, in every file
      const { mapping } = resolvePersonIds(register.clean);
      const people = (t: ColumnTable): ColumnTable => applyPersonIds(t, mapping).table;

      const v = summary(lang, "volunteers");
      within(distinct(volunteers.clean), v.distinct_volunteers as number, "distinct volunteers");
      const hours = volunteerHours(volunteers.clean, { privacy: { profile: "internal" } });
      within(hours.tables.summary.get("hours", 0) as number, v.hours_total as number, "volunteer hours");

      const visitsTruth = summary(lang, "visits");
      within(visits.clean.numRows(), visitsTruth.visits as number, "visits");
      within(distinct(people(visits.clean)), visitsTruth.distinct_beneficiaries as number, "people reached");

      within(
        distinct(people(register.clean)),
        summary(lang, "beneficiaries").distinct_beneficiaries as number,
        "people registered",
      );

      const outcomeTruth = readTruth(new URL(`${lang}/truth/outcomes.csv`, samples));
      const enrolled = new Set(outcomeTruth.map((t) => t.person_id)).size;
      const followed = new Set(outcomeTruth.filter((t) => t.followup_value !== "").map((t) => t.person_id)).size;
      const o = people(outcomes.clean);
      within(
        distinct(o, (row) => typeof row.baseline_value === "number"),
        enrolled,
        "outcome persons enrolled",
      );
      within(
        distinct(o, (row) => typeof row.followup_value === "number"),
        followed,
        "outcome persons followed up",
      );

      // every row is accounted for: clean, quarantined or merged into a row that is kept
      for (const r of [volunteers, register, visits, outcomes]) {
        expect(r.report.rowsClean + r.report.rowsQuarantined + r.report.rowsMerged).toBe(r.report.rowsIn);
      }
    });
  }
});
