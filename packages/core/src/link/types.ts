import type { Issue } from "../messages/issue.js";

/** The kinds of identity field the record linkage knows how to compare. */
export const IdentityKind = {
  first_name: "first_name",
  last_name: "last_name",
  full_name: "full_name",
  birth_date: "birth_date",
  email: "email",
  phone: "phone",
  postcode: "postcode",
  commune: "commune",
  address: "address",
  national_id: "national_id",
  text: "text",
} as const;
/**
 * `full_name` is split into a first word and the rest and compared as first and last names (either order);
 * `national_id` is an identifier given to a person once (social security number); `text` any other column.
 */
export type IdentityKind = (typeof IdentityKind)[keyof typeof IdentityKind];

/** Whether a value is one of the {@link IdentityKind}s. */
export function isIdentityKind(value: unknown): value is IdentityKind {
  return typeof value === "string" && Object.hasOwn(IdentityKind, value);
}

/** A column of a table used as an identity field. */
export interface IdentityColumn {
  /** The column's header, as in the table. */
  column: string;
  kind: IdentityKind;
  /** Why it was chosen: `"given"`, `"header"` (its header words) or `"values"` (what its cells look like). */
  reason: "given" | "header" | "values";
}

/** What the linkage reads of a table: its columns by name. An arquero `ColumnTable` fits. */
export interface ColumnSource {
  columnNames(): string[];
  numRows(): number;
  array(name: string): ArrayLike<unknown>;
}

/** One table given to {@link linkRecords}: a name (the file name) and its columns. */
export interface LinkInput {
  /** Name of the table, e.g. its file name; record keys are `name:record`. Unique among the inputs. */
  name: string;
  table: ColumnSource;
  /** Identity columns of this table; chosen by header words and values when left out (see `fields` of the options). */
  fields?: (string | { column: string; kind: IdentityKind })[];
}

/** An accepted or rejected pair from the review list, replayed by the next run. */
export interface ReviewDecision {
  /** Record key `table:record` (1-based record number), as in `LinkPair.a`. */
  a: string;
  b: string;
  decision: "accept" | "reject";
}

/** A blocking rule: records are compared when they have the same key for every part. */
export interface BlockingRule {
  /** Name shown in the report, e.g. `"last_name.phonetic+birth_date.year"`. */
  name: string;
  /** The parts: a field and the key taken from it. */
  parts: { field: string; key: BlockingKey }[];
}

/** The key a blocking rule takes from a field. */
export type BlockingKey = "value" | "phonetic" | "initial" | "year" | "names";

/** Options of {@link linkRecords}; every one has a default. */
export interface LinkOptions {
  /** Columns to use in every table that has them (kinds from their headers and values); default: chosen per table. */
  fields?: (string | { column: string; kind: IdentityKind })[];
  /** Match probability from which a pair is linked, 0.9 by default (0 < P < 1). */
  threshold?: number;
  /** Match probability from which a pair not linked goes to the review list, 0.5 by default (≤ threshold). */
  reviewThreshold?: number;
  /** Compare records of the same table (deduplication); true by default. False links across tables only. */
  within?: boolean;
  /** Compare records of different tables; true by default. */
  across?: boolean;
  /** Blocking rules; default: a set chosen from the fields present (names, birth dates, e-mail, phone, identifiers). */
  blocking?: BlockingRule[];
  /** Largest number of pairs a blocking rule may create, 5 000 000 by default; a rule above is refused. */
  maxPairsPerRule?: number;
  /** Decisions on pairs of earlier review lists, replayed. */
  decisions?: ReviewDecision[];
  /** Random pairs drawn to estimate the u probabilities, 50 000 by default. */
  randomPairs?: number;
  /** Seed of the random pairs, 1 by default (same inputs, same seed: same result). */
  seed?: number;
  /** Iterations of the expectation–maximisation at most, 60 by default. */
  maxIterations?: number;
  /** Adjust the weight of an exact agreement on names and places by the value's frequency (fields of at least 1,000 values); true by default. */
  termFrequency?: boolean;
  /** Pairs kept in `pairs` from this match probability, 0.01 by default (every pair is scored; fewer are listed). */
  minPairProbability?: number;
  /** Called between the steps of a long run, for a progress display. */
  onProgress?: (step: LinkStep, done: number, total: number) => void;
}

/** The steps reported to `onProgress`. */
export type LinkStep = "prepare" | "block" | "compare" | "estimate" | "score" | "cluster";

/** The contribution of one field to a pair's match weight. */
export interface FieldContribution {
  field: string;
  /** Name of the comparison level, e.g. `"exact"`, or `"missing"` when either value is empty. */
  level: string;
  /** Log2 Bayes factor added to the match weight (0 when missing), term-frequency adjustment included. */
  weight: number;
}

/** A scored pair of records. */
export interface LinkPair {
  /** Record key `table:record`. */
  a: string;
  b: string;
  /** Match weight: log2 of the posterior odds (prior included). */
  weight: number;
  /** Match probability, 0 to 1. */
  probability: number;
  /** Every field's level and weight: the explanation of the score. */
  fields: FieldContribution[];
  /**
   * `"linked"` (at least the threshold, or accepted), `"same_values"` (every identity value equal to the
   * first record with these values, which alone reaches the threshold), `"review"` (between the thresholds,
   * or above but joining two records known to be different people), `"rejected"` (by a decision) or `"below"`.
   */
  status: "linked" | "same_values" | "review" | "rejected" | "below";
}

/** A group of records found to be one person. */
export interface LinkCluster {
  /** Stable id: the key of its smallest record (table name, then record number). */
  id: string;
  /** Record keys, sorted. */
  records: string[];
}

/** The comparison levels of a field with their estimated probabilities. */
export interface FieldModel {
  field: string;
  kind: IdentityKind;
  /** The column of each table (null when a table lacks the field). */
  columns: (string | null)[];
  /**
   * `m`: share of the matches at this level (EM); `u`: share of random pairs (what the weights use);
   * `uCompared`: share of the non-matches among the compared pairs (EM, a by-product).
   */
  levels: { level: string; m: number; u: number; uCompared: number }[];
  termFrequency: boolean;
}

/** What {@link linkRecords} did, ready to be written as `link-report.json`. */
export interface LinkReport {
  tables: { name: string; records: number; fields: IdentityColumn[] }[];
  /** Whether the fields were chosen automatically. */
  fieldsChosen: "auto" | "given";
  blocking: { rule: string; pairs: number; newPairs: number; refused: boolean }[];
  maxPairsPerRule: number;
  fields: FieldModel[];
  /** Estimated share of matches among the compared pairs (EM). */
  matchShare: number;
  /** Prior probability that two records match: the matches expected among the compared pairs over all pairs; its log2 odds start every match weight. */
  priorMatchProbability: number;
  iterations: number;
  converged: boolean;
  threshold: number;
  reviewThreshold: number;
  counts: {
    records: number;
    pairsCompared: number;
    pairsLinked: number;
    pairsReview: number;
    pairsListed: number;
    clusters: number;
    clustersWithSeveralRecords: number;
    recordsInSeveralRecordClusters: number;
    decisionsReplayed: number;
    /** Distinct combinations of identity values: only one record of each is compared. */
    profiles: number;
    /** Records joined to a record with exactly the same identity values (listed as pairs with status `same_values`). */
    recordsWithSameValues: number;
  };
  /** Warnings and decisions as data: refused rules, fields chosen, unknown decisions. */
  issues: Issue[];
}

/** What {@link linkRecords} returns. */
export interface LinkResult {
  /** Every record's cluster, singletons included, sorted by id. */
  clusters: LinkCluster[];
  /** Per table (in input order), per record (0-based index, record number minus 1): its cluster id. */
  clusterOf: string[][];
  /** Scored pairs from `minPairProbability`, highest probability first. */
  pairs: LinkPair[];
  /** Pairs between the two thresholds still to decide, highest probability first. */
  review: LinkPair[];
  report: LinkReport;
}
