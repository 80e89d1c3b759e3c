/**
 * Pairwise precision, recall and F1 of linkRecords against the truth of public fixtures (FEBRL's
 * `rec_id`, splink's `cluster`), beside a baseline that unites exact-match rules. The truth column
 * is removed from what the linker sees; the targets are those of the linkage work: F1 ≥ 0.99 on
 * FEBRL 1 and FEBRL 4a↔4b, ≥ 0.92 on fake_1000, and above the baseline on every set.
 */
import { linkRecords } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { exactRulesBaseline, febrlEntity, loadLabelled, pairwiseScores } from "./evaluate.js";

const FEBRL_BASELINE = [["given_name", "surname", "date_of_birth"], ["soc_sec_id"]];

describe("linkRecords on labelled fixtures", () => {
  it("FEBRL 1 (deduplication of 1,000 records, 500 true pairs): F1 ≥ 0.99 and above the baseline", () => {
    const { input, truth } = loadLabelled("febrl_dataset1.csv", "rec_id", febrlEntity, ["rec_id"]);
    expect(input.table.columnNames()).not.toContain("rec_id");
    const result = linkRecords([input]);
    const linker = pairwiseScores(result.clusterOf.flat(), truth);
    const baseline = pairwiseScores(exactRulesBaseline([input], FEBRL_BASELINE), truth);
    expect(linker.truePairs).toBe(500);
    expect(linker.f1).toBeGreaterThanOrEqual(0.99);
    expect(linker.f1).toBeGreaterThan(baseline.f1);
    // the identity columns were chosen from the headers, never the record key
    const chosen = result.report.tables[0]?.fields.map((f) => `${f.column}:${f.kind}`);
    expect(chosen).toEqual([
      "given_name:first_name",
      "surname:last_name",
      "street_number:address",
      "address_1:address",
      "address_2:address",
      "suburb:commune",
      "postcode:postcode",
      "date_of_birth:birth_date",
      "soc_sec_id:national_id",
    ]);
  });

  it("FEBRL 4a ↔ 4b (linking two files of 5,000 records, 5,000 true pairs): F1 ≥ 0.99 and above the baseline", () => {
    const a = loadLabelled("febrl_dataset4a.csv", "rec_id", febrlEntity, ["rec_id"]);
    const b = loadLabelled("febrl_dataset4b.csv", "rec_id", febrlEntity, ["rec_id"]);
    const result = linkRecords([a.input, b.input], { within: false });
    const truth = [...a.truth, ...b.truth];
    const linker = pairwiseScores(result.clusterOf.flat(), truth);
    const baseline = pairwiseScores(exactRulesBaseline([a.input, b.input], FEBRL_BASELINE), truth);
    expect(linker.truePairs).toBe(5000);
    expect(linker.f1).toBeGreaterThanOrEqual(0.99);
    expect(linker.f1).toBeGreaterThan(baseline.f1);
    // every blocking rule's pair count is known and below the cap
    for (const rule of result.report.blocking) expect(rule.pairs).toBeLessThanOrEqual(result.report.maxPairsPerRule);
  });

  it("splink fake_1000 (1,000 records, 181 people, swapped and scrambled names): F1 ≥ 0.92 and above the baseline", () => {
    const { input, truth } = loadLabelled("splink_fake_1000_from_splink_demos.csv", "cluster", (v) => String(v), [
      "cluster",
      "unique_id",
    ]);
    expect(new Set(truth).size).toBe(181);
    const result = linkRecords([input]);
    const linker = pairwiseScores(result.clusterOf.flat(), truth);
    const baseline = pairwiseScores(exactRulesBaseline([input], [["first_name", "surname", "dob"], ["email"]]), truth);
    expect(linker.f1).toBeGreaterThanOrEqual(0.92);
    expect(linker.f1).toBeGreaterThan(baseline.f1);
  });
});
