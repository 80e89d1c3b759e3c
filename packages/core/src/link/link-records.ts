import type { Issue } from "../messages/issue.js";
import { addPairs, countPairs, defaultRules, PairList, ruleCodes, stricterRule } from "./blocking.js";
import { LEVELS } from "./levels.js";
import { LinkError } from "./link-error.js";
import { compareRecords, estimate, levelCounts, MISSING, randomU, uFromCounts } from "./model.js";
import { collapse, prepare } from "./prepare.js";
import type {
  BlockingRule,
  FieldContribution,
  LinkCluster,
  LinkInput,
  LinkOptions,
  LinkPair,
  LinkReport,
  LinkResult,
  ReviewDecision,
} from "./types.js";

const LOG2 = Math.log(2);

/** Below this match probability a compared pair is surely two people: no cluster may hold both records. */
const CANNOT_LINK = 0.01;

/**
 * Pairs of records (after identical records are collapsed) up to which every pair is compared: a
 * register of a few dozen people is too small for blocking keys to meet (a name typed `MARIE  DUPONT`
 * once and `Marie Dupont` with another phone format elsewhere shares no key with itself), and
 * comparing 5,000 pairs costs nothing.
 */
const ALL_PAIRS_UP_TO = 5000;

/** Values a field needs before the frequency of a name adjusts its weight. */
const TF_MIN_VALUES = 1000;

/**
 * Finds the records that are one person, within one table (deduplication) and across tables
 * (linkage), with a Fellegi–Sunter model. Records with exactly the same identity values are
 * compared once. Blocking rules choose the pairs to compare: each rule's pair count is computed
 * first, and a rule above the cap is refused (a default rule is replaced by a stricter one). Every
 * pair gets a level per identity field: names with accents, case, hyphens and order folded
 * (Jaro–Winkler, French phonetic keys, first and last name swapped, compound names), birth dates
 * exact, day/month swapped or one digit off, e-mail and phone normalised, postcode and commune
 * together as the place. m is estimated by expectation–maximisation over the compared pairs, u from
 * random pairs, and an exact agreement on a common name weighs less than on a rare one; the match
 * weight of a pair is the log2 prior odds plus one weight per field (`pairs[].fields`: the
 * explanation). Pairs from the threshold are linked and clusters are the connected components, except
 * that no cluster may join two records surely different (a compared pair below 1 % or rejected): such
 * a link goes to review, and so does a pair known on two contact fields (e-mail, phone) and different
 * on all of them (namesakes born the same day). A small input (up to 5,000 pairs) has every pair
 * compared (rule `all_pairs`), since a few rows rarely share a blocking key. Pairs between the two
 * thresholds go to the review list; earlier review decisions are replayed.
 * Why: a person registered twice, or found in the register and in the visit log, must count once.
 *
 * @param inputs - the tables, each with a unique name (its file name); record `k` of table `t` has the key `t:k` (1-based)
 * @param options - identity fields (chosen from headers and values when left out), thresholds, blocking rules, cap, decisions; see {@link LinkOptions}
 * @returns clusters (every record in one, with a stable id), the scored pairs with each field's weight, the review list, and a report of every decision and estimate
 * @throws LinkError `link.no_identity_column` when a table has no identity column, `link.field_not_found` for a given
 * column in no table, `link.no_blocking_rule` when every rule is refused or none applies, `link.bad_threshold`
 * @example
 * const people = fromCSV(
 *   "nom;prénom;né le;courriel\nDurand;Marie;03/04/1985;marie.durand@exemple.fr\nMartin;Paul;01/01/1990;\n" +
 *     "DURAND;Marie;04/03/1985;Marie.Durand@exemple.fr\nLefèvre;Jean-Pierre;12/11/1972;jp.lefevre@exemple.fr\n" +
 *     "Lefevre;Jean Pierre;12/11/1972;\nPetit;Louise;08/08/2001;louise@exemple.fr\nMartin;Pauline;01/01/1990;\n",
 * ).table;
 * const { clusters, review } = linkRecords([{ name: "inscrits.csv", table: people }]);
 * clusters.map((c) => c.records.join(" "))
 * // => ["inscrits.csv:1 inscrits.csv:3", "inscrits.csv:2", "inscrits.csv:4 inscrits.csv:5", "inscrits.csv:6", "inscrits.csv:7"]
 * review.map((p) => `${p.a} ${p.b}`) // => ["inscrits.csv:2 inscrits.csv:7"]
 * linkRecords([{ name: "inscrits.csv", table: people }], {
 *   decisions: [{ a: "inscrits.csv:2", b: "inscrits.csv:7", decision: "reject" }],
 * }).review // => []
 */
export function linkRecords(inputs: LinkInput[], options: LinkOptions = {}): LinkResult {
  const threshold = options.threshold ?? 0.9;
  const reviewThreshold = Math.min(options.reviewThreshold ?? 0.5, threshold);
  if (inputs.length === 0) throw new LinkError("link.no_input", [{ code: "link.no_input", severity: "error" }]);
  if (!(threshold > 0 && threshold < 1 && reviewThreshold > 0)) {
    const value = `${reviewThreshold}, ${threshold}`;
    throw new LinkError(`link.bad_threshold: ${value}`, [
      { code: "link.bad_threshold", severity: "error", params: { value } },
    ]);
  }
  const names = new Set<string>();
  for (const input of inputs) {
    if (names.has(input.name)) {
      throw new LinkError(`link.duplicate_table_name: ${input.name}`, [
        { code: "link.duplicate_table_name", severity: "error", params: { table: input.name } },
      ]);
    }
    names.add(input.name);
  }
  const within = options.within ?? true;
  const across = options.across ?? true;
  const cap = options.maxPairsPerRule ?? 5_000_000;
  const progress = options.onProgress ?? (() => {});
  const issues: Issue[] = [];

  progress("prepare", 0, 1);
  const prepared = prepare(inputs, options);
  const { fields, size } = prepared;
  const F = fields.length;
  if (prepared.fieldsChosen === "auto") {
    inputs.forEach((input, t) => {
      const list = (prepared.columns[t] ?? []).map((c) => `${c.column} (${c.kind})`).join(", ");
      issues.push({ code: "link.fields_chosen", severity: "info", params: { table: input.name, fields: list } });
    });
  }

  // records with the same identity values (a log repeats a person on every row) are compared once
  const { reduced, reps, profileOf } = collapse(prepared, !within || !across);

  // blocking: every rule's pair count before any comparison; rules over the cap are refused
  progress("block", 0, 1);
  // default rules over the cap are replaced by a stricter version of themselves; given rules are only refused
  const automatic = options.blocking === undefined;
  const rules = [...(options.blocking ?? defaultRules(fields))];
  // a small input: every pair, after the default rules (which still report their own counts)
  const small = automatic && countPairs(new Int32Array(reduced.size), reduced, within, across) <= ALL_PAIRS_UP_TO;
  if (small) rules.push({ name: "all_pairs", parts: [] });
  const blocking: LinkReport["blocking"] = [];
  const kept: Int32Array[] = [];
  const pairs = new PairList();
  const allCodes: (Int32Array | null)[] = [];
  for (let k = 0; k < rules.length; k++) {
    const rule = rules[k] as BlockingRule;
    const codes = ruleCodes(rule, reduced);
    allCodes.push(codes);
    const count = countPairs(codes, reduced, within, across);
    if (count > cap) {
      allCodes[k] = null;
      blocking.push({ rule: rule.name, pairs: count, newPairs: 0, refused: true });
      const stricter = stricterRule(rule, fields);
      issues.push({
        code: automatic && stricter !== null ? "link.rule_tightened" : "link.rule_refused",
        severity: "warning",
        params: { rule: rule.name, pairs: count, cap, suggestion: stricter?.name ?? `${rule.name}+…` },
      });
      if (automatic && stricter !== null) rules.splice(k + 1, 0, stricter);
      continue;
    }
    blocking.push({ rule: rule.name, pairs: count, newPairs: 0, refused: false });
  }
  const usable = rules.filter((_, k) => blocking[k]?.refused === false);
  if (usable.length === 0 && size > 1) {
    const fieldList = fields.map((f) => f.name).join(", ");
    throw new LinkError(`link.no_blocking_rule: ${fieldList}`, [
      ...issues,
      { code: "link.no_blocking_rule", severity: "error", params: { fields: fieldList } },
    ]);
  }
  let ruleIndex = 0;
  for (let k = 0; k < rules.length; k++) {
    const entry = blocking[k] as LinkReport["blocking"][number];
    if (entry.refused) continue;
    const codes = allCodes[k] as Int32Array;
    entry.newPairs = addPairs(codes, kept, reduced, within, across, pairs);
    kept.push(codes);
    progress("block", ++ruleIndex, usable.length);
  }

  // comparison vectors, counted by distinct pattern
  const P = pairs.length;
  const levels = new Uint8Array(P * F);
  // a pattern's key: its levels in base 8 (missing as 7); at most 17 fields fit exactly in a double
  const patternIndex = new Map<number | string, number>();
  const patternCounts: number[] = [];
  const swapped = new Uint8Array(P);
  const patternList: number[] = [];
  const step = Math.max(1, Math.floor(P / 20));
  for (let p = 0; p < P; p++) {
    if (compareRecords(reduced, pairs.a[p] as number, pairs.b[p] as number, levels, p * F)) swapped[p] = 1;
    let key: number | string = 0;
    if (F <= 17) {
      for (let f = 0; f < F; f++) {
        const l = levels[p * F + f] as number;
        key = (key as number) * 8 + (l === MISSING ? 7 : l);
      }
    } else {
      key = "";
      for (let f = 0; f < F; f++) key += String.fromCharCode(levels[p * F + f] as number);
    }
    let index = patternIndex.get(key);
    if (index === undefined) {
      index = patternCounts.length;
      patternIndex.set(key, index);
      patternCounts.push(0);
      for (let f = 0; f < F; f++) patternList.push(levels[p * F + f] as number);
    }
    patternCounts[index] = (patternCounts[index] as number) + 1;
    if (p % step === 0) progress("compare", p, P);
  }

  // u from random pairs, then m, u and the match share by EM over the patterns
  progress("estimate", 0, 1);
  const sizes = levelCounts(reduced);
  const randomCounts = randomU(reduced, options.randomPairs ?? 50_000, options.seed ?? 1, within, across);
  const est = estimate(
    Uint8Array.from(patternList),
    patternCounts,
    sizes,
    uFromCounts(randomCounts, null, 0),
    options.maxIterations ?? 60,
  );
  if (!est.converged) {
    issues.push({ code: "link.not_converged", severity: "warning", params: { count: est.iterations } });
  }
  // weights: m by EM, u from random pairs; the prior is the share of matches among all pairs
  // (the matches EM expects among the compared pairs over every pair that could be compared)
  let allPairs = 0;
  {
    const perTable = new Array<number>(inputs.length).fill(0);
    for (let q = 0; q < reduced.size; q++) {
      const t = reduced.table[q] as number;
      perTable[t] = (perTable[t] as number) + 1;
    }
    const S = reduced.size;
    const Q = perTable.reduce((a, n) => a + n * n, 0);
    if (within) allPairs += (Q - S) / 2;
    if (across) allPairs += (S * S - Q) / 2;
  }
  // (never 0: with no pair compared, records with the same values must still be able to join)
  const globalShare = Math.min(0.5, Math.max(1e-9, (est.lambda * P) / Math.max(1, allPairs)));
  // (in a small input every pair is compared and the matches EM finds are too few to subtract from u)
  const uRandom = uFromCounts(randomCounts, est.m, small ? 0 : globalShare);
  const weights = sizes.map((n, f) =>
    Array.from(
      { length: n },
      (_, l) => Math.log(est.m[f]?.[l] as number) / LOG2 - Math.log(uRandom[f]?.[l] as number) / LOG2,
    ),
  );
  const prior = Math.log(globalShare / (1 - globalShare)) / LOG2;

  // term-frequency adjustment of exact agreements: log2(average u of an exact agreement / share of this value)
  // (from 1,000 values: in a small table a name seen twice is as often one person registered twice)
  const tfAdjust = fields.map((field, f) => {
    if (!field.termFrequency || field.nonNull < TF_MIN_VALUES) return null;
    const uExact = uRandom[f]?.[0] as number;
    return field.counts.map((c) => Math.log(uExact / (c / field.nonNull)) / LOG2);
  });

  // the adjustment of an exact agreement of pair p on field f; names read the other way round are
  // looked up in the field they agree in (a's first name is b's last name: the frequency of b's last name)
  const firstIndex = prepared.firstName;
  const lastIndex = prepared.lastName;
  const tfOf = (f: number, p: number): number => {
    let field = f;
    let g = pairs.a[p] as number;
    if (swapped[p] === 1 && (f === firstIndex || f === lastIndex)) {
      field = f === firstIndex ? lastIndex : firstIndex;
      g = pairs.b[p] as number;
    }
    const tf = tfAdjust[field];
    if (tf == null) return 0;
    const code = (fields[field] as (typeof fields)[number]).codes[g] as number;
    return code >= 0 ? (tf[code] as number) : 0;
  };

  // from here on, pairs hold global record indices
  for (let p = 0; p < P; p++) {
    pairs.a[p] = reps[pairs.a[p] as number] as number;
    pairs.b[p] = reps[pairs.b[p] as number] as number;
  }

  progress("score", 0, 1);
  const weight = new Float32Array(P);
  for (let p = 0; p < P; p++) {
    let w = prior;
    for (let f = 0; f < F; f++) {
      const l = levels[p * F + f] as number;
      if (l === MISSING) continue;
      w += (weights[f] as number[])[l] as number;
      if (l === 0) w += tfOf(f, p);
    }
    weight[p] = w;
  }

  // record keys, decisions, clusters
  progress("cluster", 0, 1);
  const keyOf = (g: number) => `${inputs[prepared.table[g] as number]?.name}:${(prepared.row[g] as number) + 1}`;
  const globalOf = (key: string): number | null => {
    const colon = key.lastIndexOf(":");
    if (colon < 0) return null;
    const t = inputs.findIndex((x) => x.name === key.slice(0, colon));
    const record = Number(key.slice(colon + 1));
    if (t < 0 || !Number.isInteger(record) || record < 1 || record > (inputs[t]?.table.numRows() ?? 0)) return null;
    return (prepared.offsets[t] as number) + record - 1;
  };
  const pairKey = (i: number, j: number) => (i < j ? `${i},${j}` : `${j},${i}`);
  const decisions = new Map<string, ReviewDecision["decision"]>();
  let decisionsReplayed = 0;
  for (const d of options.decisions ?? []) {
    const i = globalOf(d.a);
    const j = globalOf(d.b);
    if (i === null || j === null) {
      issues.push({ code: "link.decision_unknown_record", severity: "warning", value: i === null ? d.a : d.b });
      continue;
    }
    decisions.set(pairKey(i, j), d.decision);
    decisionsReplayed++;
  }

  const parent = new Int32Array(size);
  for (let g = 0; g < size; g++) parent[g] = g;
  const find = (g: number): number => {
    let r = g;
    while (parent[r] !== r) r = parent[r] as number;
    while (parent[g] !== r) {
      const next = parent[g] as number;
      parent[g] = r;
      g = next;
    }
    return r;
  };
  // members of each cluster, by root (merged small into large)
  const members = new Map<number, number[]>();
  const membersOf = (root: number): number[] => members.get(root) ?? [root];
  const union = (ri: number, rj: number) => {
    const a = membersOf(ri);
    const b = membersOf(rj);
    const [big, small, bigRoot, smallRoot] = a.length >= b.length ? [a, b, ri, rj] : [b, a, rj, ri];
    parent[smallRoot] = bigRoot;
    for (const g of small) big.push(g);
    members.set(bigRoot, big);
    members.delete(smallRoot);
  };

  const status = new Uint8Array(P); // 0 below, 1 linked, 2 review, 3 rejected
  const probabilityOf = (w: number) => 1 / (1 + 2 ** -w);
  const decided = new Set<string>();
  const candidates: number[] = [];
  // cannot-link partners: pairs that are surely two people (or rejected), in compressed rows
  const degree = new Int32Array(size + 1);
  const isApart = new Uint8Array(P);
  for (let p = 0; p < P; p++) {
    const i = pairs.a[p] as number;
    const j = pairs.b[p] as number;
    const probability = probabilityOf(weight[p] as number);
    const decision = decisions.size > 0 ? decisions.get(pairKey(i, j)) : undefined;
    if (decision !== undefined) decided.add(pairKey(i, j));
    if (decision === "reject") status[p] = 3;
    else if (decision === "accept") status[p] = 1;
    else if (probability >= threshold) candidates.push(p);
    else if (probability >= reviewThreshold) status[p] = 2;
    if (status[p] === 3 || (decision === undefined && probability < CANNOT_LINK)) {
      isApart[p] = 1;
      degree[i + 1] = (degree[i + 1] as number) + 1;
      degree[j + 1] = (degree[j + 1] as number) + 1;
    }
  }
  for (let g = 0; g < size; g++) degree[g + 1] = (degree[g + 1] as number) + (degree[g] as number);
  const apart = new Int32Array(degree[size] as number);
  const fill = degree.slice(0, size);
  for (let p = 0; p < P; p++) {
    if (isApart[p] === 0) continue;
    const i = pairs.a[p] as number;
    const j = pairs.b[p] as number;
    apart[fill[i] as number] = j;
    fill[i] = (fill[i] as number) + 1;
    apart[fill[j] as number] = i;
    fill[j] = (fill[j] as number) + 1;
  }
  const conflict = (ri: number, rj: number): boolean => {
    const a = membersOf(ri);
    const b = membersOf(rj);
    const [small, otherRoot] = a.length <= b.length ? [a, rj] : [b, ri];
    for (const g of small) {
      for (let k = degree[g] as number; k < (degree[g + 1] as number); k++) {
        if (find(apart[k] as number) === otherRoot) return true;
      }
    }
    return false;
  };

  // records with the same identity values as their profile's first record join it when that agreement
  // alone reaches the threshold (a profile of a first name only does not)
  const selfWeight = new Float64Array(reps.length);
  for (let q = 0; q < reps.length; q++) {
    const g = reps[q] as number;
    let w = prior;
    for (let f = 0; f < F; f++) {
      const field = fields[f] as (typeof fields)[number];
      const code = field.codes[g] as number;
      if (code < 0 || !field.compared) continue;
      w += (weights[f] as number[])[0] as number;
      const tf = tfAdjust[f];
      if (tf != null) w += tf[code] as number;
    }
    selfWeight[q] = w;
  }
  let recordsWithSameValues = 0;
  for (let g = 0; g < size; g++) {
    const q = profileOf[g] as number;
    const rep = reps[q] as number;
    if (rep === g || probabilityOf(selfWeight[q] as number) < threshold) continue;
    const ri = find(g);
    const rj = find(rep);
    if (ri !== rj) union(ri, rj);
    recordsWithSameValues++;
  }

  // accepted decisions first, then the pairs from the threshold by decreasing weight; a merge that would
  // put two records known to be different people in one cluster is not made: its pair goes to review
  let pairsLinked = 0;
  for (let p = 0; p < P; p++) {
    if (status[p] !== 1) continue;
    const ri = find(pairs.a[p] as number);
    const rj = find(pairs.b[p] as number);
    if (ri !== rj) union(ri, rj);
    pairsLinked++;
  }
  for (const [key, decision] of decisions) {
    if (decision !== "accept" || decided.has(key)) continue;
    const [i, j] = key.split(",").map(Number) as [number, number];
    const ri = find(i);
    const rj = find(j);
    if (ri !== rj) union(ri, rj);
  }
  // contact fields (e-mail, phone): a pair known on two or more of them and different on every one is
  // not linked without a person's look (two namesakes born the same day): it goes to review
  const contacts = fields.flatMap((field, f) =>
    field.compared && (field.comparator === "email" || field.comparator === "phone")
      ? [{ f, different: LEVELS[field.comparator].length - 1 }]
      : [],
  );
  const contactsDisagree = (p: number): boolean => {
    if (contacts.length < 2) return false;
    let known = 0;
    for (const { f, different } of contacts) {
      const l = levels[p * F + f] as number;
      if (l === MISSING) continue;
      if (l !== different) return false;
      known++;
    }
    return known >= 2;
  };
  candidates.sort((x, y) => (weight[y] as number) - (weight[x] as number) || x - y);
  for (const p of candidates) {
    const ri = find(pairs.a[p] as number);
    const rj = find(pairs.b[p] as number);
    if (contactsDisagree(p) || (ri !== rj && conflict(ri, rj))) {
      status[p] = 2;
      continue;
    }
    if (ri !== rj) union(ri, rj);
    status[p] = 1;
    pairsLinked++;
  }
  let pairsReview = 0;
  for (let p = 0; p < P; p++) if (status[p] === 2) pairsReview++;

  // stable cluster ids: the key of the smallest record (table name, then record number)
  const tableRank = inputs
    .map((input, t) => ({ name: input.name, t }))
    .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  const orderedOffsets = new Array<number>(inputs.length);
  let running = 0;
  for (const { t } of tableRank) {
    orderedOffsets[t] = running;
    running += inputs[t]?.table.numRows() ?? 0;
  }
  const rank = (g: number) => (orderedOffsets[prepared.table[g] as number] as number) + (prepared.row[g] as number);
  const smallest = new Int32Array(size).fill(-1);
  for (let g = 0; g < size; g++) {
    const r = find(g);
    const s = smallest[r] as number;
    if (s < 0 || rank(g) < rank(s)) smallest[r] = g;
  }
  const groups = new Map<number, number[]>();
  for (let g = 0; g < size; g++) {
    const r = find(g);
    const list = groups.get(r);
    if (list === undefined) groups.set(r, [g]);
    else list.push(g);
  }
  const clusters: (LinkCluster & { rank: number })[] = [];
  const clusterOf: string[][] = inputs.map((input) => new Array<string>(input.table.numRows()));
  let clustersWithSeveralRecords = 0;
  let recordsInSeveralRecordClusters = 0;
  for (const [root, list] of groups) {
    const s = smallest[root] as number;
    const id = keyOf(s);
    list.sort((x, y) => rank(x) - rank(y));
    for (const g of list) (clusterOf[prepared.table[g] as number] as string[])[prepared.row[g] as number] = id;
    if (list.length > 1) {
      clustersWithSeveralRecords++;
      recordsInSeveralRecordClusters += list.length;
    }
    clusters.push({ id, records: list.map(keyOf), rank: rank(s) });
  }
  clusters.sort((x, y) => x.rank - y.rank);

  // listed pairs with every field's contribution
  const minProbability = options.minPairProbability ?? 0.01;
  const listed: LinkPair[] = [];
  const statusName = ["below", "linked", "review", "rejected"] as const;
  for (let p = 0; p < P; p++) {
    const probability = probabilityOf(weight[p] as number);
    if (probability < minProbability && status[p] === 0) continue;
    const i = pairs.a[p] as number;
    const j = pairs.b[p] as number;
    const contributions: FieldContribution[] = [];
    for (let f = 0; f < F; f++) {
      const field = fields[f] as (typeof fields)[number];
      if (!field.compared) continue;
      const l = levels[p * F + f] as number;
      if (l === MISSING) {
        contributions.push({ field: field.name, level: "missing", weight: 0 });
        continue;
      }
      let w = (weights[f] as number[])[l] as number;
      if (l === 0) w += tfOf(f, p);
      contributions.push({ field: field.name, level: LEVELS[field.comparator][l] as string, weight: round(w) });
    }
    const [a, b] = rank(i) <= rank(j) ? [i, j] : [j, i];
    listed.push({
      a: keyOf(a),
      b: keyOf(b),
      weight: round(weight[p] as number),
      probability,
      fields: contributions,
      status: statusName[status[p] as number] as LinkPair["status"],
    });
  }
  for (let g = 0; g < size; g++) {
    const q = profileOf[g] as number;
    const rep = reps[q] as number;
    if (rep === g || probabilityOf(selfWeight[q] as number) < threshold) continue;
    const contributions: FieldContribution[] = fields.flatMap((field, f) => {
      if (!field.compared) return [];
      const code = field.codes[g] as number;
      if (code < 0) return { field: field.name, level: "missing", weight: 0 };
      const tf = tfAdjust[f];
      const w = ((weights[f] as number[])[0] as number) + (tf != null ? (tf[code] as number) : 0);
      return { field: field.name, level: LEVELS[field.comparator][0] as string, weight: round(w) };
    });
    listed.push({
      a: keyOf(rep),
      b: keyOf(g),
      weight: round(selfWeight[q] as number),
      probability: probabilityOf(selfWeight[q] as number),
      fields: contributions,
      status: "same_values",
    });
  }
  listed.sort((x, y) => y.probability - x.probability || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1));
  const review = listed.filter((pair) => pair.status === "review");

  const report: LinkReport = {
    tables: inputs.map((input, t) => ({
      name: input.name,
      records: input.table.numRows(),
      fields: prepared.columns[t] ?? [],
    })),
    fieldsChosen: prepared.fieldsChosen,
    blocking,
    maxPairsPerRule: cap,
    fields: fields.flatMap((field, f) =>
      !field.compared
        ? []
        : [
            {
              field: field.name,
              kind: field.kind,
              columns: field.columns,
              levels: LEVELS[field.comparator].map((name, l) => ({
                level: name,
                m: est.m[f]?.[l] as number,
                u: uRandom[f]?.[l] as number,
                uCompared: est.u[f]?.[l] as number,
              })),
              termFrequency: field.termFrequency,
            },
          ],
    ),
    matchShare: est.lambda,
    priorMatchProbability: globalShare,
    iterations: est.iterations,
    converged: est.converged,
    threshold,
    reviewThreshold,
    counts: {
      records: size,
      pairsCompared: P,
      pairsLinked,
      pairsReview,
      pairsListed: listed.length,
      clusters: clusters.length,
      clustersWithSeveralRecords,
      recordsInSeveralRecordClusters,
      decisionsReplayed,
      profiles: reps.length,
      recordsWithSameValues,
    },
    issues,
  };
  return {
    clusters: clusters.map(({ id, records }) => ({ id, records })),
    clusterOf,
    pairs: listed,
    review,
    report,
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
