import { readFileSync } from "node:fs";
import { cleanTable, detectSchema, fromCSV, prePost, type SchemaName } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { realReference } from "./reference.js";

/**
 * Golden check on the generated samples of the repository (datasets/samples, with their ground truth
 * in truth/): the schema is recognised, every row is clean or quarantined, and the clean values
 * equal the truth the generator wrote.
 */
const samples = new URL("../../../../datasets/samples/", import.meta.url);
// after the samples' last follow-up (2026-01-03): a later date would be a future date, set aside
const now = new Date("2027-01-01T00:00:00Z");
const reference = realReference();

const files: [string, SchemaName, string][] = [
  ["fr/benevoles.csv", "volunteers", "volunteers"],
  ["fr/beneficiaires.csv", "beneficiaries", "beneficiaries"],
  ["fr/passages.csv", "visits", "visits"],
  ["fr/groupes.csv", "groups", "groups"],
  ["fr/suivi.csv", "outcomes", "outcomes"],
  ["en/volunteers.csv", "volunteers", "volunteers"],
  ["en/beneficiaries.csv", "beneficiaries", "beneficiaries"],
  ["en/visits.csv", "visits", "visits"],
  ["en/groups.csv", "groups", "groups"],
  ["en/outcomes.csv", "outcomes", "outcomes"],
];

function readTruth(path: URL): Record<string, string>[] {
  const [head, ...lines] = readFileSync(path, "utf8").trim().split("\n");
  const names = (head ?? "").split(",");
  // truth files hold no quoted commas in the columns compared here
  return lines.map((line) => Object.fromEntries(line.split(",").map((v, i) => [names[i] as string, v])));
}

const text = (v: unknown): string =>
  v === null || v === undefined ? "" : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);

describe("cleaning the repository's generated samples", () => {
  for (const [file, schema, truthName] of files) {
    it(`${file}: recognised as ${schema}, rows reconciled, values equal to the ground truth`, async () => {
      const { table, report: ingest } = fromCSV(readFileSync(new URL(file, samples)), { file });
      expect(detectSchema(table.columnNames().filter((c) => c !== "_line")).schema).toBe(schema);
      const { clean, quarantine, duplicates, report } = await cleanTable(table, {
        now,
        reference,
        ingestIssues: ingest.issues,
      });
      expect(report.schema).toBe(schema);
      expect(report.rowsClean + report.rowsQuarantined + report.rowsMerged).toBe(table.numRows());
      expect(report.mapping.filter((m) => m.field === null).map((m) => m.header)).toEqual([]);
      const truth = readTruth(new URL(`${file.slice(0, 3)}truth/${truthName}.csv`, samples));
      const byLine = new Map((clean.objects() as Record<string, unknown>[]).map((row) => [row._line as number, row]));
      const quarantined = new Set(quarantine.array("line") as number[]);
      const merged = new Set(duplicates.array("line") as number[]);
      const compared = ["activity_date", "hours", "visit_date", "quantity", "household_size", "first_contact_date"];
      let checked = 0;
      let missing = 0;
      for (const t of truth) {
        const line = Number(t.line);
        if (t.ragged) continue;
        const row = byLine.get(line);
        if (row === undefined) {
          expect(
            quarantined.has(line) || merged.has(line),
            `line ${line} is neither clean, quarantined nor merged`,
          ).toBe(true);
          continue;
        }
        for (const field of compared) {
          if (!(field in t) || !(field in row)) continue;
          // a value the file hides ("-", "?", blank) cannot be recovered: it must be missing, not invented
          if (row[field] === null && t[field] !== "") {
            missing++;
            continue;
          }
          expect(text(row[field]), `${file} line ${line} ${field}`).toBe(t[field]);
          checked++;
        }
      }
      if (schema !== "groups" && schema !== "outcomes") {
        expect(checked).toBeGreaterThan(truth.length / 2);
        expect(missing).toBeLessThan(checked / 20);
      }
    });
  }

  for (const lang of ["fr", "en"]) {
    it(`${lang} volunteers: people's fields equal the generator's truth (names, e-mail, phone, postcode codes, gender)`, async () => {
      const file = lang === "fr" ? "fr/benevoles.csv" : "en/volunteers.csv";
      const { table, report: ingest } = fromCSV(readFileSync(new URL(file, samples)), { file });
      const { clean } = await cleanTable(table, { now, reference, ingestIssues: ingest.issues });
      const people = new Map(
        readTruth(new URL(`${lang}/truth/volunteers-people.csv`, samples)).map((p) => [p.person_id, p]),
      );
      const lines = new Map(
        readTruth(new URL(`${lang}/truth/volunteers.csv`, samples)).map((t) => [Number(t.line), t]),
      );
      const fields = [
        "first_name",
        "last_name",
        "email",
        "phone",
        "postcode",
        "commune_code",
        "departement",
        "region",
        "gender",
      ];
      const agree: Record<string, number> = {};
      const seen: Record<string, number> = {};
      for (const row of clean.objects() as Record<string, unknown>[]) {
        const t = lines.get(row._line as number);
        const person = t && people.get(t.person_id as string);
        // rows whose person was deliberately varied (typo, new phone, swapped names) differ by design
        if (!t || !person || t.person_variant || t.ragged) continue;
        for (const f of fields) {
          if (row[f] === null || row[f] === undefined) continue;
          seen[f] = (seen[f] ?? 0) + 1;
          if (text(row[f]) === person[f]) agree[f] = (agree[f] ?? 0) + 1;
        }
      }
      for (const f of fields) {
        expect(seen[f] ?? 0, f).toBeGreaterThan(1000);
        // the commune code is given only when the postcode or the commune name decides it
        expect((agree[f] ?? 0) / (seen[f] ?? 1), f).toBeGreaterThan(0.99);
      }
    });
  }

  it("fr/benevoles.csv: member numbers that lost their zeros count as one volunteer, as in the truth", async () => {
    const file = "fr/benevoles.csv";
    const { table, report: ingest } = fromCSV(readFileSync(new URL(file, samples)), { file });
    const out = await cleanTable(table, { now, reference, ingestIssues: ingest.issues });
    const truthIds = new Set(readTruth(new URL("fr/truth/volunteers.csv", samples)).map((t) => t.person_id));
    const distinct = (t: typeof out.clean) =>
      new Set((t.array("person_id") as unknown[]).filter((v): v is string => typeof v === "string"));
    const cleaned = distinct(out.clean);
    // every cleaned identifier is a true one, and every true person is there: rows whose number was
    // left blank stay blank (not invented) and the 3 quarantined rows belong to people seen elsewhere
    expect(out.recipe.fields.person_id?.padWidth).toBe(6);
    expect([...cleaned].filter((id) => !truthIds.has(id))).toEqual([]);
    expect(cleaned.size).toBe(truthIds.size);
    // without the padding, "65" and "000065" were two volunteers
    const { padWidth: _width, ...unpadded } = out.recipe.fields.person_id ?? { kind: "id" };
    const recipe = { ...out.recipe, fields: { ...out.recipe.fields, person_id: unpadded } };
    const before = await cleanTable(table, { now, reference, ingestIssues: ingest.issues, recipe });
    expect(distinct(before.clean).size).toBeGreaterThan(truthIds.size);
  });

  for (const file of ["fr/suivi.csv", "en/outcomes.csv"]) {
    it(`${file}: follow-up waves written 1, V1 or W1 are one wave, as in the truth`, async () => {
      const { table, report: ingest } = fromCSV(readFileSync(new URL(file, samples)), { file });
      const { clean } = await cleanTable(table, { now, reference, ingestIssues: ingest.issues });
      const truth = new Map(
        readTruth(new URL(`${file.slice(0, 3)}truth/outcomes.csv`, samples)).map((t) => [Number(t.line), t]),
      );
      const waves = clean.array("followup_wave") as unknown[];
      const lines = clean.array("_line") as number[];
      expect(new Set(waves)).toEqual(new Set(["1", "2", "3"]));
      lines.forEach((line, i) => {
        expect(waves[i], `line ${line}`).toBe(truth.get(line)?.followup_wave);
      });
    });
  }

  it("fr/suivi.csv: prePost on the cleaned waves finds the generator's follow-ups per arm and wave", async () => {
    const file = "fr/suivi.csv";
    const { table, report: ingest } = fromCSV(readFileSync(new URL(file, samples)), { file });
    const { clean } = await cleanTable(table, { now, reference, ingestIssues: ingest.issues });
    const summary = JSON.parse(readFileSync(new URL("fr/truth/outcomes-summary.json", samples), "utf8"));
    let checked = 0;
    for (const wave of ["1", "2", "3"]) {
      const r = prePost(clean, { arm: "arm", wave, privacy: { profile: "internal" } });
      for (const row of r.tables.change.objects() as Record<string, unknown>[]) {
        if (row.arm === "Total") continue;
        expect(row.paired, `${String(row.arm)} wave ${wave}`).toBe(summary.followups_by_arm_wave[`${row.arm}|${wave}`]);
        checked++;
      }
    }
    expect(checked).toBe(6);
  });
});
