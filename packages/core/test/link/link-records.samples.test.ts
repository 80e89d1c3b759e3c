/**
 * linkRecords on the repository's generated samples (datasets/samples/fr) against the generator's
 * ground truth (truth/*.csv: the true person of every line). The register holds 25 people registered
 * twice under a new identifier; the volunteer log repeats each person on many rows, typed
 * differently, with two different people of the same name in the same town.
 */
import { readFileSync } from "node:fs";
import { fromCSV, linkRecords } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { pairwiseScores } from "./evaluate.js";

const samples = new URL("../../../../datasets/samples/fr/", import.meta.url);

function labelled(file: string, truthFile: string, personColumn: string) {
  const { table } = fromCSV(readFileSync(new URL(file, samples)));
  const [header, ...rows] = readFileSync(new URL(`truth/${truthFile}`, samples), "utf8")
    .trim()
    .split("\n");
  const columns = (header as string).split(",");
  const line = columns.indexOf("line");
  const person = columns.indexOf(personColumn);
  const byLine = new Map(rows.map((r) => r.split(",")).map((r) => [Number(r[line]), r[person] as string]));
  const truth = Array.from(table.array("_line") as ArrayLike<number>, (l) => byLine.get(l) as string);
  return { table, truth };
}

describe("linkRecords on the generated samples", () => {
  it("the beneficiary register: 600 registrations are the 575 people of the truth", () => {
    const { table, truth } = labelled("beneficiaires.csv", "beneficiaries.csv", "person_id");
    expect(new Set(truth).size).toBe(575);
    const result = linkRecords([{ name: "beneficiaires.csv", table }]);
    // the registration number changes when a person registers again: it is not an identity column
    expect(result.report.tables[0]?.fields.map((f) => f.column)).not.toContain("Identifiant");
    expect(result.report.counts.clusters).toBe(575);
    expect(pairwiseScores(result.clusterOf.flat(), truth).f1).toBeGreaterThanOrEqual(0.99);
  });

  it("the volunteer log: 2,500 rows are the 118 volunteers of the truth, homonyms kept apart", () => {
    const { table, truth } = labelled("benevoles.csv", "volunteers.csv", "person_id");
    expect(new Set(truth).size).toBe(118);
    const result = linkRecords([{ name: "benevoles.csv", table }]);
    expect(result.report.counts.clusters).toBe(118);
    expect(result.report.counts.profiles).toBeLessThan(table.numRows() / 4);
    const scores = pairwiseScores(result.clusterOf.flat(), truth);
    expect(scores.precision).toBeGreaterThanOrEqual(0.999);
    expect(scores.f1).toBeGreaterThanOrEqual(0.99);
    // every record joined for having the same values is listed as a pair
    const same = result.pairs.filter((p) => p.status === "same_values");
    expect(same.length).toBe(result.report.counts.recordsWithSameValues);
  });
});
