/**
 * Test helpers of the record linkage: the fixtures with their truth column removed, pairwise
 * precision, recall and F1 against that truth, and a baseline (union of exact-match rules).
 */
import { readFileSync } from "node:fs";
import { fromCSV, type LinkInput } from "@solidata/core";
import * as aq from "arquero";

const DIR = new URL("../fixtures/dedup/", import.meta.url);

/** A fixture without its truth column, and the truth (an entity label per record). */
export interface Labelled {
  input: LinkInput;
  truth: string[];
}

/** Reads a fixture, takes the truth out of `truthColumn` (through `entityOf`) and drops it with `drop`. */
export function loadLabelled(
  file: string,
  truthColumn: string,
  entityOf: (value: unknown) => string,
  drop: string[],
): Labelled {
  const { table } = fromCSV(readFileSync(new URL(file, DIR)));
  const truth = Array.from(table.array(truthColumn) as ArrayLike<unknown>, entityOf);
  const seen = table.select(aq.not(...drop, "_line"));
  if (seen.columnNames().some((c) => drop.includes(c))) throw new Error("truth column left in the input");
  return { input: { name: file, table: seen }, truth };
}

/** FEBRL `rec_id`: `rec-<entity>-org` or `rec-<entity>-dup-<k>` → the entity. */
export function febrlEntity(value: unknown): string {
  const match = /^\s*rec-(\d+)-(?:org|dup-\d+)\s*$/.exec(String(value));
  if (match === null) throw new Error(`not a FEBRL rec_id: ${String(value)}`);
  return match[1] as string;
}

/** Pairwise precision, recall and F1 of predicted groups against true groups (all pairs inside each group). */
export function pairwiseScores(
  predicted: string[],
  truth: string[],
): { precision: number; recall: number; f1: number; truePairs: number; predictedPairs: number } {
  const pairsOf = (labels: string[]) => {
    const groups = new Map<string, number[]>();
    labels.forEach((label, i) => {
      const g = groups.get(label);
      if (g === undefined) groups.set(label, [i]);
      else g.push(i);
    });
    const out = new Set<string>();
    for (const g of groups.values())
      for (let x = 0; x < g.length; x++) for (let y = x + 1; y < g.length; y++) out.add(`${g[x]},${g[y]}`);
    return out;
  };
  const p = pairsOf(predicted);
  const t = pairsOf(truth);
  let hit = 0;
  for (const pair of p) if (t.has(pair)) hit++;
  const precision = p.size === 0 ? 1 : hit / p.size;
  const recall = t.size === 0 ? 1 : hit / t.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePairs: t.size, predictedPairs: p.size };
}

const fold = (v: unknown): string =>
  v === null || v === undefined
    ? ""
    : (v instanceof Date ? v.toISOString().slice(0, 10) : String(v))
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase()
        .replace(/[^a-z0-9@.]+/g, " ")
        .trim();

/**
 * The baseline: records are one entity when they agree exactly (after folding case, accents and
 * spaces) on every column of at least one rule; groups are the connected components.
 */
export function exactRulesBaseline(tables: LinkInput[], rules: string[][]): string[] {
  const rows: Record<string, unknown>[] = [];
  for (const { table } of tables) {
    const columns = table.columnNames().map((n) => [n, table.array(n)] as const);
    for (let i = 0; i < table.numRows(); i++) {
      const row: Record<string, unknown> = {};
      for (const [n, values] of columns) row[n] = values[i];
      rows.push(row);
    }
  }
  const parent = rows.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    return r;
  };
  for (const rule of rules) {
    const first = new Map<string, number>();
    rows.forEach((row, i) => {
      const parts = rule.map((c) => fold(row[c]));
      if (parts.some((x) => x === "")) return;
      const key = parts.join("|");
      const j = first.get(key);
      if (j === undefined) first.set(key, i);
      else parent[find(i)] = find(j);
    });
  }
  return rows.map((_, i) => String(find(i)));
}

/** The cluster of every record of the inputs, in input order. */
export function flatClusters(clusterOf: string[][]): string[] {
  return clusterOf.flat();
}
