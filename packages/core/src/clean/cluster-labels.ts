import { fingerprintKey, ngramKey, phoneticKey, prefixKey } from "./label-keys.js";

/** Key-collision methods: labels whose keys are equal are proposed as one. */
export type ClusterMethod = "fingerprint" | "ngram" | "phonetic" | "prefix";

/** A group of label variants that are probably the same label, for review. */
export interface LabelCluster {
  /** the variants with their row counts, most frequent first */
  values: { value: string; count: number }[];
  /** the proposed label: the most frequent variant (ties: the longest, as abbreviations are shorter; then the first in code-point order, capitals first) */
  suggestion: string;
  /** the methods whose keys joined these variants */
  methods: ClusterMethod[];
}

const KEYS: Record<ClusterMethod, (label: string) => string> = {
  fingerprint: fingerprintKey,
  ngram: (label) => ngramKey(label, 2),
  phonetic: phoneticKey,
  prefix: (label) => prefixKey(label, 5),
};

/**
 * Groups label variants such as "Distribution alimentaire", "distribution alimentaire " and
 * "Distrib. alimentaire" with key-collision methods, for a person to review before anything is
 * merged: this function merges nothing. Each method computes one key per distinct value, so the
 * cost grows linearly with the number of distinct labels.
 *
 * @param values - the cells of a column (`null` and empty cells are ignored)
 * @param methods - which keys to use; variants joined by any of them end in one cluster. All four by default
 * @returns clusters of at least two distinct variants, largest first
 * @example
 * clusterLabels(["Distribution alimentaire", "distribution alimentaire ", "Distrib. alimentaire"])[0]?.suggestion
 * // => "Distribution alimentaire"
 */
export function clusterLabels(
  values: Iterable<unknown>,
  methods: readonly ClusterMethod[] = ["fingerprint", "ngram", "phonetic", "prefix"],
): LabelCluster[] {
  const counts = new Map<string, number>();
  for (const v of values) {
    if (v === null || v === undefined) continue;
    const text = String(v);
    if (text.trim() === "") continue;
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return clusterCounts(counts, methods);
}

/**
 * {@link clusterLabels} from counts already made: each distinct label with its number of rows.
 *
 * @param counts - rows per distinct label
 * @param methods - as for {@link clusterLabels}
 * @example
 * clusterCounts(new Map([["Accueil", 3], ["accueil", 1]]))[0]?.suggestion // => "Accueil"
 */
export function clusterCounts(
  counts: ReadonlyMap<string, number>,
  methods: readonly ClusterMethod[] = ["fingerprint", "ngram", "phonetic", "prefix"],
): LabelCluster[] {
  const distinct = [...counts.keys()];
  const parent = distinct.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    while (parent[i] !== r) {
      const next = parent[i] as number;
      parent[i] = r;
      i = next;
    }
    return r;
  };
  for (const method of methods) {
    const firstWithKey = new Map<string, number>();
    distinct.forEach((value, i) => {
      const key = KEYS[method](value);
      if (key === "") return;
      const j = firstWithKey.get(key);
      if (j === undefined) {
        firstWithKey.set(key, i);
        return;
      }
      const a = find(i);
      const b = find(j);
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    });
  }
  const groups = new Map<number, number[]>();
  distinct.forEach((_, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  });
  const clusters: LabelCluster[] = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const list = members
      .map((i) => ({ value: distinct[i] as string, count: counts.get(distinct[i] as string) ?? 0 }))
      .sort(
        (a, b) =>
          b.count - a.count || b.value.length - a.value.length || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0),
      );
    clusters.push({
      values: list,
      suggestion: (list[0] as { value: string }).value,
      methods: methods.filter((m) => new Set(list.map((v) => KEYS[m](v.value))).size < list.length),
    });
  }
  return clusters.sort((a, b) => b.values.length - a.values.length || (a.suggestion < b.suggestion ? -1 : 1));
}
