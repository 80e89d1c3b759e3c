import { KNOWN_PREFIXES } from "../locales/recognition/vocabularies/abbreviations.js";
import type { Lang } from "../messages/lang.js";
import { type LabelToken, labelTokens, plainText } from "./label-tokens.js";
import { editDistance, jaroWinkler } from "./string-similarity.js";
import type { UserVocabulary, Vocabulary } from "./vocabularies/vocabulary.js";

/**
 * Why labels are in one cluster. Merged by default (confident): `key` (same {@link labelKey}),
 * `vocabulary` (one entry of a vocabulary), `abbreviation` (a dotted, known or confirmed short form:
 * "alim." ~ "alimentaire"), `typo` (one slip in one word of five letters or more). Proposed only:
 * `prefix` (a lone word that starts another: "Art" ~ "Artisanat"), `near` (similar keys),
 * `extra_words` (one label has one or two more words: "Maraude" ~ "Maraude de nuit"), `ambiguous`
 * (a short form that fits several labels), `different_entries` (joined by spelling but kept apart by
 * the vocabulary). `same` marks the suggested label itself.
 *
 * @example
 * clusterLabels(["Maraude", "Maraude", "Maraude de nuit"])[0]?.rule // => "extra_words"
 */
export const LabelRule = {
  same: "same",
  key: "key",
  vocabulary: "vocabulary",
  abbreviation: "abbreviation",
  typo: "typo",
  prefix: "prefix",
  near: "near",
  extra_words: "extra_words",
  ambiguous: "ambiguous",
  different_entries: "different_entries",
} as const;
/** See {@link LabelRule}. */
export type LabelRule = (typeof LabelRule)[keyof typeof LabelRule];

/**
 * Links scoring at least this are merged by default; the others are proposed for review. Same key and
 * vocabulary score 1, dotted or known abbreviations 0.95, confirmed plain ones 0.9, typos their
 * Jaro–Winkler similarity (at least 0.9); lone prefixes 0.6, ambiguous short forms 0.5.
 *
 * @example
 * MERGE_CONFIDENCE // => 0.9
 */
export const MERGE_CONFIDENCE = 0.9;

/** One variant of a {@link LabelCluster}. */
export interface LabelClusterValue {
  value: string;
  /** rows with this value */
  count: number;
  /** how it joins the suggestion */
  rule: LabelRule;
  /** confidence of that link, 0 to 1 (a Jaro–Winkler similarity of the keys for typos and near matches) */
  score: number;
}

/** A group of label variants that are, or may be, one label. */
export interface LabelCluster {
  /** the proposed label: the vocabulary's canonical label, else the most complete spelling */
  suggestion: string;
  /** merged by default (every link at least {@link MERGE_CONFIDENCE}); otherwise proposed for review */
  confident: boolean;
  /** the weakest link of the cluster (for a proposal, the reason it is only proposed) */
  rule: LabelRule;
  /** the lowest score of its links */
  score: number;
  /** the variants, the suggestion first, then by rows */
  values: LabelClusterValue[];
  /** the vocabulary entry of the suggestion (`user` for a user's vocabulary) */
  entry?: string;
  /** the meaning of that entry, e.g. `active` or `inactive` for a group status */
  meaning?: string;
  /** for `extra_words`: the words one label has and the other lacks */
  words?: string[];
}

/** Options of {@link clusterLabels}. */
export interface ClusterOptions {
  /** vocabularies of the field (e.g. the built-in {@link activityVocabulary}); none by default */
  vocabularies?: readonly Vocabulary[];
  /** the user's vocabulary of the field, canonical label → variants; it wins over built-in ones */
  userVocabulary?: UserVocabulary;
  /** language of the canonical labels; by default the language most of the labels are written in (French on a tie) */
  lang?: Lang;
  /** look for typos and near matches (default true) */
  nearMatches?: boolean;
}

/**
 * Groups label variants such as "Distribution alimentaire", "distributions alimentaires",
 * "Distrib. alim." and "Distribution alimentiare" and proposes one label for each group, with the rule
 * and the confidence of every link. Confident clusters (same {@link labelKey}, one vocabulary entry,
 * an abbreviation, a typo) are what {@link cleanTable} merges by default; the others are proposed:
 * labels that differ by a meaningful word ("Maraude", "Maraude de nuit") are never merged unless a
 * vocabulary joins them, and labels of different vocabulary entries never are.
 *
 * Near matches are found by nearest neighbours with blocking (sorted neighbourhoods of the keys, read
 * forwards and backwards), scored with the edit distance and Jaro–Winkler similarity of the keys;
 * 100,000 distinct labels take seconds.
 *
 * @param values - the cells of a column (`null` and blank cells are ignored)
 * @param options - vocabularies, language, near matches
 * @returns confident clusters then proposals, each with at least two variants or one variant that a vocabulary renames
 * @example
 * clusterLabels(["Distribution alimentaire", "Distributions alimentaires", "distribution alim."])[0]?.suggestion
 * // => "Distributions alimentaires"
 */
export function clusterLabels(values: Iterable<unknown>, options: ClusterOptions = {}): LabelCluster[] {
  const counts = new Map<string, number>();
  for (const v of values) {
    if (v === null || v === undefined) continue;
    const text = String(v);
    if (text.trim() === "") continue;
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return clusterCounts(counts, options);
}

interface Unit {
  key: string;
  /** the digits of the key, in order: labels with different numbers are never near matches */
  digits: string;
  tokens: LabelToken[];
  /** real labels with this key */
  members: string[];
  count: number;
  concept: string | null;
  /** written as a short form: never the suggested label when a full spelling exists */
  abbreviated: boolean;
  /** the strongest confident link that joined it */
  rule: LabelRule;
  score: number;
}

interface Link {
  a: number;
  b: number;
  rule: LabelRule;
  score: number;
  confident: boolean;
  words?: string[];
}

interface Concept {
  canonical: { fr: string; en: string };
  entry: string;
  meaning?: string;
}

/**
 * {@link clusterLabels} from counts already made: each distinct label with its number of rows.
 *
 * @param counts - rows per distinct label
 * @param options - as for {@link clusterLabels}
 * @example
 * clusterCounts(new Map([["Accueil", 3], ["accueil", 1]]))[0]?.suggestion // => "Accueil"
 */
export function clusterCounts(counts: ReadonlyMap<string, number>, options: ClusterOptions = {}): LabelCluster[] {
  // 1. concepts of the vocabularies, by key; the user's first
  const concepts = new Map<string, Concept>();
  const conceptOfKey = new Map<string, { concept: string | null; lang: "fr" | "en" | "both" | "user" }>();
  const terms: { text: string; key: string }[] = [];
  const addTerm = (text: string, concept: string, lang: "fr" | "en" | "user"): void => {
    const key = keyOf(text);
    if (key === "") return;
    const known = conceptOfKey.get(key);
    if (known === undefined) {
      conceptOfKey.set(key, { concept, lang });
      terms.push({ text, key });
    } else if (known.lang === "user") return;
    else if (known.concept !== concept) known.concept = null;
    else if (known.lang !== lang) known.lang = "both";
  };
  for (const [canonical, variants] of Object.entries(options.userVocabulary ?? {})) {
    const id = `user:${canonical}`;
    concepts.set(id, { canonical: { fr: canonical, en: canonical }, entry: "user" });
    addTerm(canonical, id, "user");
    for (const v of variants) addTerm(v, id, "user");
  }
  // a built-in entry that shares a spelling with a user's entry becomes part of it (the user names it)
  const absorbed = new Map<string, string>();
  for (const vocabulary of options.vocabularies ?? []) {
    for (const entry of vocabulary.entries) {
      for (const term of [entry.label.fr, entry.label.en, ...entry.variants.fr, ...entry.variants.en]) {
        const known = conceptOfKey.get(keyOf(term));
        if (known?.lang === "user" && known.concept !== null) {
          absorbed.set(`${vocabulary.field}:${entry.id}`, known.concept);
          break;
        }
      }
    }
  }
  for (const vocabulary of options.vocabularies ?? []) {
    for (const entry of vocabulary.entries) {
      const own = `${vocabulary.field}:${entry.id}`;
      const user = absorbed.get(own);
      if (user !== undefined) {
        for (const term of [entry.label.fr, entry.label.en, ...entry.variants.fr, ...entry.variants.en])
          addTerm(term, user, "user");
        continue;
      }
      const id = own;
      concepts.set(id, {
        canonical: entry.label,
        entry: entry.id,
        ...(entry.meaning ? { meaning: entry.meaning } : {}),
      });
      addTerm(entry.label.fr, id, "fr");
      addTerm(entry.label.en, id, "en");
      for (const v of entry.variants.fr) addTerm(v, id, "fr");
      for (const v of entry.variants.en) addTerm(v, id, "en");
    }
  }

  // 2. units: the labels of one key (real ones, then the vocabulary's terms not in the data)
  const units: Unit[] = [];
  const unitOfKey = new Map<string, number>();
  const addUnit = (key: string, tokens: LabelToken[]): Unit => {
    const unit: Unit = {
      key,
      digits: digitsOf(key),
      tokens: tokens.map((t) => ({ ...t })),
      members: [],
      count: 0,
      concept: conceptOfKey.get(key)?.concept ?? null,
      abbreviated: false,
      rule: LabelRule.key,
      score: 1,
    };
    unitOfKey.set(key, units.length);
    units.push(unit);
    return unit;
  };
  const sorted = [...counts.entries()]
    .filter(([text]) => text.trim() !== "")
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  const keyOfLabel = new Map<string, string>();
  for (const [text, count] of sorted) {
    const tokens = labelTokens(text);
    const key = keyOfTokens(tokens);
    keyOfLabel.set(text, key);
    const index = unitOfKey.get(key);
    const unit = index === undefined ? addUnit(key, tokens) : (units[index] as Unit);
    unit.members.push(text);
    unit.count += count;
    if (tokens.some((t) => t.dotted)) {
      unit.abbreviated = true;
      for (const t of tokens) if (t.dotted) for (const u of unit.tokens) if (u.plain === t.plain) u.dotted = true;
    }
  }
  const realUnits = units.length;
  for (const term of terms) if (!unitOfKey.has(term.key)) addUnit(term.key, labelTokens(term.text));
  const isReal = (i: number): boolean => i < realUnits;

  // 3. links
  const links: Link[] = [];
  // words glued or split ("Aidesauxdevoirs", "Mono-parentale"): the same letters without spaces
  const byLetters = new Map<string, number>();
  const glue = (text: string, i: number): void => {
    const letters = plainText(text).replace(/[^a-z0-9]/g, "");
    if (letters.length < 6) return;
    const j = byLetters.get(letters);
    if (j === undefined) byLetters.set(letters, i);
    else if (j !== i) links.push({ a: j, b: i, rule: LabelRule.key, score: 1, confident: true });
  };
  units.forEach((unit, i) => {
    if (isReal(i)) for (const member of unit.members) glue(member, i);
  });
  for (const term of terms) glue(term.text, unitOfKey.get(term.key) as number);
  const byConcept = new Map<string, number>();
  units.forEach((unit, i) => {
    if (unit.concept === null) return;
    const first = byConcept.get(unit.concept);
    if (first === undefined) byConcept.set(unit.concept, i);
    else links.push({ a: first, b: i, rule: LabelRule.vocabulary, score: 1, confident: true });
  });
  abbreviationLinks(units, isReal, links);
  if (options.nearMatches !== false) nearLinks(units, isReal, links);
  extensionLinks(units, isReal, links);

  // 4. confident links joined, strongest first, never across two vocabulary entries
  const parent = units.map((_, i) => i);
  const conceptOfRoot: (string | null)[] = units.map((u) => u.concept);
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
  const proposals: Link[] = [];
  const order = links.map((_, i) => i).sort((x, y) => (links[y] as Link).score - (links[x] as Link).score || x - y);
  for (const index of order) {
    const link = links[index] as Link;
    if (!link.confident) {
      proposals.push(link);
      continue;
    }
    const ra = find(link.a);
    const rb = find(link.b);
    if (ra === rb) continue;
    const ca = conceptOfRoot[ra] ?? null;
    const cb = conceptOfRoot[rb] ?? null;
    if (ca !== null && cb !== null && ca !== cb) {
      proposals.push({ ...link, rule: LabelRule.different_entries, confident: false });
      continue;
    }
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    parent[child] = root;
    conceptOfRoot[root] = ca ?? cb;
    for (const end of [link.a, link.b]) {
      const unit = units[end] as Unit;
      if (unit.rule === LabelRule.key && unit.score === 1 && link.rule !== LabelRule.vocabulary) {
        unit.rule = link.rule;
        unit.score = link.score;
      } else if (link.rule === LabelRule.vocabulary && unit.rule === LabelRule.key) unit.rule = LabelRule.vocabulary;
    }
  }

  // 5. language of the canonical labels
  let lang = options.lang;
  if (lang === undefined) {
    let fr = 0;
    let en = 0;
    for (let i = 0; i < realUnits; i++) {
      const known = conceptOfKey.get((units[i] as Unit).key);
      if (known?.lang === "fr") fr += (units[i] as Unit).count;
      else if (known?.lang === "en") en += (units[i] as Unit).count;
    }
    lang = en > fr ? "en" : "fr";
  }

  // 6. confident clusters: one per component with real labels
  const components = new Map<number, number[]>();
  for (let i = 0; i < realUnits; i++) {
    const r = find(i);
    const list = components.get(r);
    if (list) list.push(i);
    else components.set(r, [i]);
  }
  const suggestionOfRoot = new Map<number, string>();
  const countOfRoot = new Map<number, number>();
  const clusters: LabelCluster[] = [];
  for (const [root, members] of components) {
    const conceptId = conceptOfRoot[root] ?? null;
    const concept = conceptId === null ? undefined : concepts.get(conceptId);
    const suggestion = concept
      ? concept.canonical[lang]
      : completeSpelling(
          members.map((i) => units[i] as Unit),
          counts,
        );
    const suggestionKey = keyOfLabel.get(suggestion) ?? keyOf(suggestion);
    suggestionOfRoot.set(root, suggestion);
    const values: LabelClusterValue[] = [];
    let total = 0;
    for (const i of members) {
      const unit = units[i] as Unit;
      for (const value of unit.members) {
        const count = counts.get(value) ?? 0;
        total += count;
        const rule = value === suggestion ? LabelRule.same : unit.key === suggestionKey ? LabelRule.key : unit.rule;
        values.push({ value, count, rule, score: rule === LabelRule.same || rule === LabelRule.key ? 1 : unit.score });
      }
    }
    countOfRoot.set(root, total);
    if (values.length < 2 && values[0]?.value === suggestion) continue;
    clusters.push(makeCluster(suggestion, true, values, concept));
  }

  // 7. proposals: confident clusters (or single labels) joined by weaker links
  const pParent = new Map<number, number>();
  const pFind = (i: number): number => {
    let r = i;
    while ((pParent.get(r) ?? r) !== r) r = pParent.get(r) as number;
    while (i !== r) {
      const next = pParent.get(i) as number;
      pParent.set(i, r);
      i = next;
    }
    return r;
  };
  const linkOf = new Map<number, Link>();
  const wordsOf = new Map<number, string[]>();
  const involved = new Set<number>();
  for (const link of proposals) {
    const ra = find(link.a);
    const rb = find(link.b);
    if (ra === rb || !suggestionOfRoot.has(ra) || !suggestionOfRoot.has(rb)) continue;
    // two entries of a vocabulary are two meanings: nothing to review
    const ca = conceptOfRoot[ra] ?? null;
    const cb = conceptOfRoot[rb] ?? null;
    if (ca !== null && cb !== null && ca !== cb) continue;
    const pa = pFind(ra);
    const pb = pFind(rb);
    if (pa === pb) continue;
    // the larger group absorbs the smaller; the link explains how the smaller one joins
    const [keep, join] = (countOfRoot.get(pa) ?? 0) >= (countOfRoot.get(pb) ?? 0) ? [pa, pb] : [pb, pa];
    pParent.set(join, keep);
    involved.add(ra);
    involved.add(rb);
    const joined = join === pa ? ra : rb;
    linkOf.set(joined, link);
    if (link.words) wordsOf.set(joined, link.words);
  }
  const groups = new Map<number, number[]>();
  for (const root of involved) {
    const top = pFind(root);
    const list = groups.get(top);
    if (list) list.push(root);
    else groups.set(top, [root]);
  }
  for (const [top, roots] of groups) {
    if (roots.length < 2) continue;
    const suggestion = suggestionOfRoot.get(top) as string;
    const conceptId = conceptOfRoot[top] ?? null;
    const values: LabelClusterValue[] = roots.map((root) => {
      const link = linkOf.get(root);
      return {
        value: suggestionOfRoot.get(root) as string,
        count: countOfRoot.get(root) ?? 0,
        rule: root === top || link === undefined ? LabelRule.same : link.rule,
        score: root === top || link === undefined ? 1 : link.score,
      };
    });
    const cluster = makeCluster(suggestion, false, values, conceptId === null ? undefined : concepts.get(conceptId));
    const words = roots.flatMap((r) => wordsOf.get(r) ?? []);
    if (words.length > 0) cluster.words = [...new Set(words)];
    clusters.push(cluster);
  }
  const total = (c: LabelCluster): number => c.values.reduce((s, v) => s + v.count, 0);
  return clusters.sort(
    (x, y) =>
      Number(y.confident) - Number(x.confident) ||
      total(y) - total(x) ||
      (x.suggestion < y.suggestion ? -1 : x.suggestion > y.suggestion ? 1 : 0),
  );
}

function keyOf(text: string): string {
  return keyOfTokens(labelTokens(text));
}

function keyOfTokens(tokens: readonly LabelToken[]): string {
  return [...new Set(tokens.map((t) => t.stem))].sort().join(" ");
}

function makeCluster(
  suggestion: string,
  confident: boolean,
  values: LabelClusterValue[],
  concept: Concept | undefined,
): LabelCluster {
  values.sort(
    (x, y) =>
      Number(y.rule === LabelRule.same) - Number(x.rule === LabelRule.same) ||
      y.count - x.count ||
      (x.value < y.value ? -1 : x.value > y.value ? 1 : 0),
  );
  let weakest: LabelClusterValue | undefined;
  for (const v of values)
    if (v.rule !== LabelRule.same && (weakest === undefined || v.score < weakest.score)) weakest = v;
  return {
    suggestion,
    confident,
    rule: weakest?.rule ?? LabelRule.key,
    score: weakest?.score ?? 1,
    values,
    ...(concept ? { entry: concept.entry } : {}),
    ...(concept?.meaning ? { meaning: concept.meaning } : {}),
  };
}

/**
 * The most complete spelling among the labels of a cluster: no abbreviation, accents kept, not all in
 * capitals, then the most rows, a capital first, the longest, the first in code-point order.
 */
function completeSpelling(members: Unit[], counts: ReadonlyMap<string, number>): string {
  const full = members.filter((u) => !u.abbreviated);
  const labels = (full.length > 0 ? full : members).flatMap((u) => u.members);
  if (labels.length === 1) return labels[0] as string;
  const accentCount = new Map(labels.map((v) => [v, v.normalize("NFD").length - v.normalize("NFC").length]));
  const accents = (v: string): number => accentCount.get(v) ?? 0;
  // all in capitals with a long word ("ACCUEIL"): the accents are lost; acronyms ("SDF") are not shouting
  const capitals = (v: string): number => (v === v.toUpperCase() && /\p{L}{5}/u.test(v) ? 0 : 1);
  const initial = (v: string): number => (/^\p{Lu}/u.test(v) ? 1 : 0);
  return labels.reduce((best, v) => {
    const by =
      accents(v) - accents(best) ||
      capitals(v) - capitals(best) ||
      (counts.get(v) ?? 0) - (counts.get(best) ?? 0) ||
      initial(v) - initial(best) ||
      v.length - best.length ||
      (v < best ? 1 : 0);
    return by > 0 ? v : best;
  });
}

/**
 * Abbreviations word by word: labels with as many words, each word of one equal to (same stem) or
 * the start of the word of the other. A dotted or known short form is confident; a plain short form
 * of four letters or more is confident when another word of the label confirms it; a lone plain
 * prefix is only proposed. A short form that fits several labels is only proposed.
 */
function abbreviationLinks(units: Unit[], isReal: (i: number) => boolean, links: Link[]): void {
  // a label can only abbreviate another if one of its words starts a longer word of some label
  const words = [...new Set(units.flatMap((u) => u.tokens.map((t) => t.plain)))].sort();
  const startsLonger = new Map<string, boolean>();
  const shortens = (t: LabelToken): boolean => {
    if (!t.dotted && !KNOWN_PREFIXES.has(t.plain) && t.plain.length < 4) return false;
    let known = startsLonger.get(t.plain);
    if (known === undefined) {
      known = false;
      let lo = 0;
      let hi = words.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((words[mid] as string) < t.plain) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < words.length && (words[k] as string).startsWith(t.plain); k++) {
        if ((words[k] as string).length >= t.plain.length + 2) {
          known = true;
          break;
        }
      }
      startsLonger.set(t.plain, known);
    }
    return known;
  };
  const buckets = new Map<string, number[]>();
  units.forEach((unit, i) => {
    if (unit.tokens.length === 0) return;
    const signature = unit.tokens.map((t) => t.plain.slice(0, 2)).join(" ");
    const list = buckets.get(signature);
    if (list) list.push(i);
    else buckets.set(signature, [i]);
  });
  for (const list of buckets.values()) {
    if (list.length < 2 || list.length > 2000) continue;
    for (const i of list) {
      if (!isReal(i) || !(units[i] as Unit).tokens.some(shortens)) continue;
      const found: { j: number; score: number; rule: LabelRule }[] = [];
      for (const j of list) {
        if (j === i) continue;
        const match = abbreviates(units[i] as Unit, units[j] as Unit);
        if (match) found.push({ j, ...match });
      }
      if (found.length === 0) continue;
      // "Distrib. alim." fits "Distribution alimentaire" and its own short forms ("Distrib alimentaire"):
      // only the fullest spellings count
      if (found.length > 1) {
        const fullest = found.filter(
          (f) => !found.some((g) => g.j !== f.j && abbreviates(units[f.j] as Unit, units[g.j] as Unit) !== null),
        );
        found.length = 0;
        found.push(...fullest);
      }
      const concepts = new Set(found.map((f) => (units[f.j] as Unit).concept));
      const ambiguous = found.length > 1 && (concepts.size > 1 || concepts.has(null));
      for (const f of found) {
        if (ambiguous) links.push({ a: i, b: f.j, rule: LabelRule.ambiguous, score: 0.5, confident: false });
        else {
          const confident = f.score >= MERGE_CONFIDENCE;
          if (confident) (units[i] as Unit).abbreviated = true;
          links.push({ a: i, b: f.j, rule: f.rule, score: f.score, confident });
        }
      }
    }
  }
}

/** Whether the words of `short` abbreviate those of `long`, and how surely. */
function abbreviates(short: Unit, long: Unit): { score: number; rule: LabelRule } | null {
  const a = short.tokens;
  const b = long.tokens;
  if (a.length !== b.length) return null;
  let dotted = false;
  let known = false;
  let plain = false;
  let confirmed = 0;
  for (let i = 0; i < a.length; i++) {
    const s = a[i] as LabelToken;
    const l = b[i] as LabelToken;
    if (s.stem === l.stem) {
      if (!s.dotted && !l.dotted) confirmed++;
      continue;
    }
    if (l.dotted || s.plain.length < 2 || l.plain.length - s.plain.length < 2 || !l.plain.startsWith(s.plain))
      return null;
    if (s.dotted) dotted = true;
    else if (KNOWN_PREFIXES.has(s.plain)) known = true;
    // a plain short form drops a good part of the word: "Distrib" (7 of 12 letters), "mono" (4 of 13)
    else if (s.plain.length >= 4 && s.plain.length <= 0.6 * l.plain.length) plain = true;
    else return null;
  }
  if (!dotted && !known && !plain) return null;
  if (plain && confirmed === 0) return { score: 0.6, rule: LabelRule.prefix };
  return { score: plain ? 0.9 : 0.95, rule: LabelRule.abbreviation };
}

/**
 * Typos and near matches: each key is compared with its neighbours in the sorted list of keys, read
 * forwards and backwards (so that a slip at the start or at the end of a label is caught). A single
 * slip (one letter added, dropped, changed or two swapped) in one word of five letters or more, with
 * the same first letter, no digits, and a Jaro–Winkler similarity of the keys of at least 0.9, is
 * confident; other pairs within two edits and a similarity of at least 0.85 are proposed.
 */
function nearLinks(units: Unit[], isReal: (i: number) => boolean, links: Link[]): void {
  const WINDOW = 6;
  const reversed = units.map((u) => [...u.key].reverse().join(""));
  for (const view of [(i: number) => (units[i] as Unit).key, (i: number) => reversed[i] as string]) {
    const order = units
      .map((_, i) => i)
      .filter((i) => (units[i] as Unit).key.length >= 4)
      .sort((x, y) => {
        const a = view(x);
        const b = view(y);
        return a < b ? -1 : a > b ? 1 : 0;
      });
    for (let p = 0; p < order.length; p++) {
      const i = order[p] as number;
      for (let q = p + 1; q <= p + WINDOW && q < order.length; q++) {
        const j = order[q] as number;
        if (!isReal(i) && !isReal(j)) continue;
        const link = nearLink(units[i] as Unit, units[j] as Unit);
        // a vocabulary's own spellings are matched when confident only
        if (link && (link.confident || (isReal(i) && isReal(j)))) links.push({ a: i, b: j, ...link });
      }
    }
  }
}

/** Whether two words of one length differ by two neighbouring letters swapped ("alimentiare"). */
function isTransposition(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

function digitsOf(key: string): string {
  return /\d/.test(key) ? key.replace(/\D/g, "") : "";
}

function nearLink(u: Unit, v: Unit): { rule: LabelRule; score: number; confident: boolean } | null {
  const ku = u.key;
  const kv = v.key;
  if (Math.abs(ku.length - kv.length) > 2) return null;
  const distance = editDistance(ku, kv, 2);
  if (distance > 2) return null;
  if (u.digits !== v.digits) return null; // "Atelier 1" and "Atelier 2" are two workshops
  const score = Math.round(jaroWinkler(ku, kv) * 1000) / 1000;
  if (score < 0.85) return null;
  const su = u.key.split(" ");
  const sv = v.key.split(" ");
  if (su.length === sv.length) {
    const onlyU = su.filter((w) => !sv.includes(w));
    const onlyV = sv.filter((w) => !su.includes(w));
    if (onlyU.length === 1 && onlyV.length === 1) {
      const a = onlyU[0] as string;
      const b = onlyV[0] as string;
      // a letter changed in a short word often makes another word ("Tador", "Tacor"): from 8 letters only
      const slip = a.length === b.length && Math.min(a.length, b.length) < 8 ? isTransposition(a, b) : true;
      if (
        Math.min(a.length, b.length) >= 5 &&
        a[0] === b[0] &&
        !/\d/.test(a + b) &&
        slip &&
        editDistance(a, b, 1) === 1 &&
        score >= MERGE_CONFIDENCE
      )
        return { rule: LabelRule.typo, score, confident: true };
    }
  }
  return { rule: LabelRule.near, score: Math.min(score, 0.89), confident: false };
}

/**
 * Labels whose words are all in a longer label ("Maraude" in "Maraude de nuit", "Collecte" in
 * "Collecte magasin"): one or two more words can change the meaning, so they are only proposed.
 */
function extensionLinks(units: Unit[], isReal: (i: number) => boolean, links: Link[]): void {
  const postings = new Map<string, number[]>();
  const stemSets = units.map((unit) => new Set(unit.tokens.map((t) => t.stem)));
  stemSets.forEach((set, i) => {
    if (!isReal(i)) return;
    for (const stem of set) {
      const list = postings.get(stem);
      if (list) list.push(i);
      else postings.set(stem, [i]);
    }
  });
  units.forEach((_unit, i) => {
    if (!isReal(i)) return;
    const stems = [...(stemSets[i] as Set<string>)];
    if (stems.length === 0) return;
    let rarest: number[] | undefined;
    for (const s of stems) {
      const list = postings.get(s) as number[];
      if (rarest === undefined || list.length < rarest.length) rarest = list;
    }
    if (rarest === undefined || rarest.length > 2000) return;
    for (const j of rarest) {
      const otherStems = stemSets[j] as Set<string>;
      const extra = otherStems.size - stems.length;
      if (j === i || extra < 1 || extra > 2 || !stems.every((s) => otherStems.has(s))) continue;
      const other = units[j] as Unit;
      const words = other.tokens.filter((t) => !stems.includes(t.stem)).map((t) => t.plain);
      links.push({
        a: i,
        b: j,
        rule: LabelRule.extra_words,
        score: Math.round((stems.length / otherStems.size) * 100) / 200,
        confident: false,
        words,
      });
    }
  });
}
