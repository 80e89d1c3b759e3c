import type { LabelCluster, LabelRule } from "@solidata/core";

/** One line of the label review: one label of one cluster, with the decision a person can change. */
export interface LabelReviewRow {
  field: string;
  /** number of the cluster within the review, from 1 */
  cluster: number;
  label: string;
  /** rows with this label */
  count: number;
  /** the label the cluster becomes */
  proposed: string;
  /** the rule that puts this label in the cluster (`same` for the proposed label itself) */
  rule: LabelRule;
  score: number;
  /** merged without review (a confident cluster) */
  confident: boolean;
  /** `merge` (become the proposed label), `keep` (stay as is) or another label to use */
  decision: string;
}

/**
 * The rows of a label review from the clusters of a clean report: confident clusters first (decision
 * `merge`, what `clean` does by default), then proposals (decision `keep`), optionally for one field.
 *
 * @param clusters - `report.clusters` of `cleanTable`, by field
 * @param field - only this field, when given
 * @returns one row per label of each cluster
 * @example
 * labelReviewRows({ activity: [] }) // => []
 */
export function labelReviewRows(
  clusters: Readonly<Record<string, readonly LabelCluster[]>>,
  field?: string,
): LabelReviewRow[] {
  const rows: LabelReviewRow[] = [];
  let number = 0;
  for (const [name, list] of Object.entries(clusters)) {
    if (field !== undefined && name !== field) continue;
    for (const cluster of list) {
      number++;
      for (const value of cluster.values) {
        rows.push({
          field: name,
          cluster: number,
          label: value.value,
          count: value.count,
          proposed: cluster.suggestion,
          rule: value.rule,
          score: value.score,
          confident: cluster.confident,
          decision: cluster.confident ? "merge" : "keep",
        });
      }
    }
  }
  return rows;
}
