/**
 * Label clustering measure: `node --import tsx bench/labels.ts [DISTINCT]` (100 000 by default).
 *
 * Builds DISTINCT distinct labels from base labels (activity words, a complement and a made-up
 * place name, as an association's workshops and rounds are named) with the variants people type:
 * capitals, plurals, a stop word added, a dotted abbreviation, accents dropped, one typo. Clusters
 * them with `clusterCounts` (the activity vocabulary and near matches on, as `cleanTable` does) and
 * prints the time, the peak memory and the pairwise precision and recall of the confident clusters
 * against the base labels the variants came from.
 */
import { activityVocabulary, clusterCounts } from "@solidata/core";

const NOUNS = ["Atelier", "Permanence", "Sortie", "Cours", "Réunion", "Visite", "Animation", "Tournée", "Stage"];
const COMPLEMENTS = [
  "cuisine",
  "numérique",
  "jardinage",
  "couture",
  "théâtre",
  "musique",
  "informatique",
  "écriture",
  "mobilité",
  "santé",
  "budget",
  "emploi",
];
const SYLLABLES = ["ba", "be", "lo", "ri", "ta", "mon", "vel", "cor", "nu", "pré", "sa", "gné", "ville", "lan", "dor"];

/** A seeded generator (mulberry32), so every run measures the same labels. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function variants(base: string, complement: string, next: () => number): string[] {
  const words = base.split(" ");
  const plain = base.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  const place = words[words.length - 1] as string;
  const i = 1 + Math.floor(next() * (place.length - 2));
  const typo = `${words.slice(0, -1).join(" ")} ${place.slice(0, i)}${place[i + 1] ?? ""}${place[i] ?? ""}${place.slice(i + 2)}`;
  return [
    base,
    base.toUpperCase(),
    `${words[0]}s ${complement}s ${place}`,
    `${words[0]} de ${complement} ${place}`,
    `${words[0]} ${complement.slice(0, 4)}. ${place}`,
    plain,
    typo,
  ];
}

/**
 * Clusters `distinct` generated labels and measures time, memory and pairwise precision and recall.
 *
 * @param distinct - number of distinct labels
 * @returns the measure
 */
export function benchLabels(distinct = 100_000): {
  distinct: number;
  seconds: number;
  cpuSeconds: number;
  clusters: number;
  confident: number;
  precision: number;
  recall: number;
  peakRssMiB: number;
} {
  const next = random(7);
  const counts = new Map<string, number>();
  const truth = new Map<string, number>();
  let base = 0;
  while (counts.size < distinct) {
    const noun = NOUNS[Math.floor(next() * NOUNS.length)] as string;
    const complement = COMPLEMENTS[Math.floor(next() * COMPLEMENTS.length)] as string;
    let place = "";
    const n = 2 + Math.floor(next() * 3);
    for (let s = 0; s < n; s++) place += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    place = place[0]?.toUpperCase() + place.slice(1);
    const label = `${noun} ${complement} ${place}`;
    if (truth.has(label)) continue;
    for (const v of variants(label, complement, next)) {
      if (counts.size >= distinct) break;
      if (truth.has(v)) continue;
      counts.set(v, 1 + Math.floor(next() * 20));
      truth.set(v, base);
    }
    base++;
  }
  const start = performance.now();
  const cpu = process.cpuUsage();
  const clusters = clusterCounts(counts, { vocabularies: [activityVocabulary] });
  const used = process.cpuUsage(cpu);
  const seconds = Math.round((performance.now() - start) / 100) / 10;
  const cpuSeconds = Math.round((used.user + used.system) / 100_000) / 10;
  if (process.env.BENCH_LABELS_SHOW) {
    let shown = 0;
    for (const c of clusters) {
      if (!c.confident || new Set(c.values.map((v) => truth.get(v.value))).size < 2 || shown++ > 15) continue;
      process.stderr.write(`${JSON.stringify(c.values.map((v) => `${v.value} (${v.rule})`))}\n`);
    }
  }
  // pairwise precision and recall of the confident clusters against the base labels
  const found = new Map<string, number>();
  clusters.forEach((c, i) => {
    if (c.confident) for (const v of c.values) found.set(v.value, i);
  });
  const pairs = (groups: Map<string, number>): Map<number, string[]> => {
    const by = new Map<number, string[]>();
    for (const [value, group] of groups) {
      const list = by.get(group);
      if (list) list.push(value);
      else by.set(group, [value]);
    }
    return by;
  };
  let truePairs = 0;
  let foundPairs = 0;
  let bothPairs = 0;
  for (const list of pairs(truth).values()) truePairs += (list.length * (list.length - 1)) / 2;
  for (const list of pairs(found).values()) {
    foundPairs += (list.length * (list.length - 1)) / 2;
    const byBase = new Map<number, number>();
    for (const v of list) byBase.set(truth.get(v) as number, (byBase.get(truth.get(v) as number) ?? 0) + 1);
    for (const k of byBase.values()) bothPairs += (k * (k - 1)) / 2;
  }
  return {
    distinct: counts.size,
    seconds,
    cpuSeconds,
    clusters: clusters.length,
    confident: clusters.filter((c) => c.confident).length,
    precision: Math.round((bothPairs / Math.max(1, foundPairs)) * 1000) / 1000,
    recall: Math.round((bothPairs / Math.max(1, truePairs)) * 1000) / 1000,
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const distinct = Number(process.argv[2] ?? 100_000);
  const r = benchLabels(distinct);
  process.stdout.write(`${JSON.stringify(r)}\n`);
  process.stdout.write(
    `clustered ${r.distinct} distinct labels in ${r.seconds} s wall, ${r.cpuSeconds} s CPU (${r.confident} confident clusters, ${r.clusters - r.confident} proposals); pairwise precision ${r.precision}, recall ${r.recall}; peak ${r.peakRssMiB} MiB\n`,
  );
}
