import { readFileSync } from "node:fs";
import { cleanTable, fromCSV } from "@solidata/core";
import { describe, expect, it } from "vitest";

/**
 * The generated samples cleaned with the defaults (fromCSV + cleanTable): every category column holds
 * exactly the generator's true labels (truth/*.csv, line by line) and the truth's category sets
 * (truth/*-summary.json); sums by category equal the truth's once the rows the truth counts but the
 * cleaning quarantined (ragged or unreadable rows, listed in the quarantine) are taken out.
 */
const samples = new URL("../../../../datasets/samples/", import.meta.url);
// after the samples' last follow-up (2026-01-03): a later date would be a future date, set aside
const now = new Date("2027-01-01T00:00:00Z");

const cases = [
  { file: "benevoles.csv", truth: "volunteers", field: "activity", measure: "hours", summary: "hours_by_activity" },
  { file: "passages.csv", truth: "visits", field: "service", measure: null, summary: "visits_by_service" },
  { file: "beneficiaires.csv", truth: "beneficiaries", field: "situation", measure: null, summary: "by_situation" },
  { file: "groupes.csv", truth: "groups", field: "status", measure: null, summary: "by_status" },
] as const;
const english: Record<string, string> = {
  "benevoles.csv": "volunteers.csv",
  "passages.csv": "visits.csv",
  "beneficiaires.csv": "beneficiaries.csv",
  "groupes.csv": "groups.csv",
};

function readTruth(path: URL): Map<number, Record<string, string>> {
  const [head, ...lines] = readFileSync(path, "utf8").trim().split("\n");
  const names = (head ?? "").split(",");
  // the columns read here (line, labels, hours, duplicate_of) hold no commas
  const rows = lines.map((line) => Object.fromEntries(line.split(",").map((v, i) => [names[i] as string, v])));
  return new Map(rows.map((row) => [Number(row.line), row]));
}

const add = (sums: Record<string, number>, key: string, value: number): void => {
  sums[key] = Math.round(((sums[key] ?? 0) + value) * 100) / 100;
};

describe("labels of the generated samples after cleaning with the defaults", () => {
  for (const lang of ["fr", "en"] as const) {
    for (const c of cases) {
      const file = `${lang}/${lang === "fr" ? c.file : english[c.file]}`;
      it(`${file}: the ${c.field} labels are the truth's, row by row, and so are the sums by ${c.field}`, async () => {
        const { table, report: ingest } = fromCSV(readFileSync(new URL(file, samples)), { file });
        // duplicate rows are another test's subject (generator-truth-people): kept here, as the truth lists them
        const { clean, quarantine } = await cleanTable(table, {
          now,
          ingestIssues: ingest.issues,
          mergeDuplicates: false,
        });
        const truth = readTruth(new URL(`${lang}/truth/${c.truth}.csv`, samples));
        const summary = JSON.parse(readFileSync(new URL(`${lang}/truth/${c.truth}-summary.json`, samples), "utf8"));
        const expected = summary[c.summary] as Record<string, number>;

        const labels = clean.array(c.field) as (string | null)[];
        expect(new Set(labels.filter((v) => v !== null))).toEqual(new Set(Object.keys(expected)));

        const lines = clean.array("_line") as number[];
        const measure = c.measure === null ? null : (clean.array(c.measure) as (number | null)[]);
        const sums: Record<string, number> = {};
        // a row short of its last cells is kept without them: its true label is not in the file
        const lost = new Set<number>();
        lines.forEach((line, i) => {
          const t = truth.get(line) as Record<string, string>;
          if (labels[i] === null && t[c.field] !== "") {
            lost.add(line);
            return;
          }
          expect(labels[i], `${file} line ${line}`).toBe(t[c.field]);
          if (t.duplicate_of) return; // the truth counts each record once
          add(sums, labels[i] as string, measure === null ? 1 : (measure[i] ?? 0));
        });
        // the truth counts the quarantined rows too: take their true values out
        const gap: Record<string, number> = {};
        for (const line of new Set([...(quarantine.array("line") as number[]), ...lost])) {
          const t = truth.get(line) as Record<string, string>;
          if (t.duplicate_of) continue;
          add(gap, t[c.field] as string, c.measure === null ? 1 : Number(t[c.measure] || 0));
        }
        const wanted: Record<string, number> = {};
        for (const [label, value] of Object.entries(expected)) {
          const rest = Math.round((value - (gap[label] ?? 0)) * 100) / 100;
          if (rest !== 0) wanted[label] = rest;
        }
        expect(sums).toEqual(wanted);
      });
    }
    const outcomes = lang === "fr" ? "fr/suivi.csv" : "en/outcomes.csv";
    it(`${outcomes}: exits and arms are the truth's, row by row, and the exits' counts are the truth's`, async () => {
      const { table, report: ingest } = fromCSV(readFileSync(new URL(outcomes, samples)), { file: outcomes });
      const { clean } = await cleanTable(table, { now, ingestIssues: ingest.issues });
      const truth = readTruth(new URL(`${lang}/truth/outcomes.csv`, samples));
      const summary = JSON.parse(readFileSync(new URL(`${lang}/truth/outcomes-summary.json`, samples), "utf8"));
      const lines = clean.array("_line") as number[];
      const exits: Record<string, number> = {};
      for (const field of ["outcome", "arm"]) {
        const values = clean.array(field) as (string | null)[];
        lines.forEach((line, i) => {
          const t = truth.get(line) as Record<string, string>;
          expect(values[i] ?? "", `${outcomes} line ${line} ${field}`).toBe(t[field]);
          if (field === "outcome" && values[i]) add(exits, values[i] as string, 1);
        });
      }
      expect(exits).toEqual(summary.exits);
    });
  }
});
