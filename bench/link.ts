/**
 * Record linkage benchmark: a beneficiary register of N registrations generated with the heavy mess
 * (`datasets/src`, seed 1; about 6 % of the people registered twice under a new identifier and typed
 * differently: names swapped, accents dropped, a typo, a new phone), read with `loadCSV`, then
 * deduplicated by `linkRecords` with the identity columns it chooses itself. Reports the time of
 * each step, the peak resident memory, the pair counts and the pairwise precision, recall and F1
 * against the generator's truth (`truth/beneficiaries.csv`: the true person of every line).
 * Run alone: `node --max-old-space-size=4096 --import tsx bench/link.ts [100k|1M]` after
 * `npx tsc -b packages/core` (the input is generated once into `bench/data/link-<size>/`).
 * Targets: 100k people linked in under 60 s, 1M in under 15 min and 2 GiB, on the 2-core machine.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { linkRecords } from "@solidata/core";
import { loadCSV } from "@solidata/core/node";
import { generate } from "../datasets/src/generate.js";
import { MESS_PRESETS } from "../datasets/src/mess.js";
import { BENCH_DATA_DIR } from "./generate.js";

const SIZES: Record<string, number> = { "10k": 10_000, "100k": 100_000, "1M": 1_000_000 };

/** Figures of one run. */
export interface LinkBenchResult {
  size: string;
  records: number;
  truePeople: number;
  clusters: number;
  pairsCompared: number;
  blocking: { rule: string; pairs: number; refused: boolean }[];
  precision: number;
  recall: number;
  f1: number;
  generateSeconds: number | null;
  ingestSeconds: number;
  linkSeconds: number;
  /** CPU time (user + system) of the linkage: what wall time would be on an idle machine */
  linkCpuSeconds: number;
  steps: Record<string, number>;
  peakRssMiB: number;
}

async function input(size: string): Promise<{ file: string; truth: string; seconds: number | null }> {
  const rows = SIZES[size];
  if (rows === undefined) throw new Error(`bench/link: size must be one of ${Object.keys(SIZES).join(", ")}`);
  const out = join(BENCH_DATA_DIR, `link-${size}`);
  const file = join(out, "beneficiaires.csv");
  const truth = join(out, "truth", "beneficiaries.csv");
  const marker = join(out, "done.json");
  if (existsSync(marker) && existsSync(file)) return { file, truth, seconds: null };
  const started = performance.now();
  await generate({
    kind: "beneficiaries",
    rows,
    seed: 1,
    out,
    mess: { ...MESS_PRESETS.heavy, ragged: 0 },
    lang: "fr",
    truth: true,
  });
  const seconds = (performance.now() - started) / 1000;
  writeFileSync(marker, JSON.stringify({ seconds }));
  return { file, truth, seconds };
}

/** Pairwise precision, recall and F1 by counting, without listing pairs. */
function pairwise(predicted: string[], truth: string[]): { precision: number; recall: number; f1: number } {
  const pairs = (counts: Map<string, number>) => {
    let total = 0;
    for (const n of counts.values()) total += (n * (n - 1)) / 2;
    return total;
  };
  const tally = (keys: string[]) => {
    const counts = new Map<string, number>();
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    return counts;
  };
  const p = pairs(tally(predicted));
  const t = pairs(tally(truth));
  const both = pairs(tally(predicted.map((c, i) => `${c}\u0001${truth[i]}`)));
  const precision = p === 0 ? 1 : both / p;
  const recall = t === 0 ? 1 : both / t;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/**
 * Generates (once), reads and links the register of one size.
 *
 * @param size - "10k", "100k" or "1M"
 * @returns the figures of the run
 */
export async function benchLink(size: string): Promise<LinkBenchResult> {
  const { file, truth: truthFile, seconds } = await input(size);
  let started = performance.now();
  const { table } = await loadCSV(file);
  const ingestSeconds = (performance.now() - started) / 1000;
  const [header, ...lines] = readFileSync(truthFile, "utf8").trim().split("\n");
  const columns = (header as string).split(",");
  const line = columns.indexOf("line");
  const person = columns.indexOf("person_id");
  const byLine = new Map<number, string>();
  for (const l of lines) {
    const cells = l.split(",");
    byLine.set(Number(cells[line]), cells[person] as string);
  }
  const truth = Array.from(table.array("_line") as ArrayLike<number>, (l) => byLine.get(l) ?? `?${l}`);

  const steps: Record<string, number> = {};
  let last = performance.now();
  let step = "";
  started = performance.now();
  const cpu = process.cpuUsage();
  const result = linkRecords([{ name: "beneficiaires.csv", table }], {
    onProgress: (next) => {
      if (next === step) return;
      const now = performance.now();
      if (step !== "") steps[step] = Math.round((now - last) / 10) / 100;
      step = next;
      last = now;
    },
  });
  const linkSeconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const linkCpuSeconds = (used.user + used.system) / 1e6;
  steps[step] = Math.round((performance.now() - last) / 10) / 100;
  const scores = pairwise(result.clusterOf.flat(), truth);
  return {
    size,
    records: table.numRows(),
    truePeople: new Set(truth).size,
    clusters: result.report.counts.clusters,
    pairsCompared: result.report.counts.pairsCompared,
    blocking: result.report.blocking.map(({ rule, pairs, refused }) => ({ rule, pairs, refused })),
    ...scores,
    generateSeconds: seconds,
    ingestSeconds,
    linkSeconds,
    linkCpuSeconds,
    steps,
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.slice(2).filter((a) => a in SIZES);
  for (const size of sizes.length > 0 ? sizes : ["100k"]) {
    const r = await benchLink(size);
    process.stdout.write(`${JSON.stringify(r)}\n`);
    process.stdout.write(
      `link ${r.records} records (${r.truePeople} true people) into ${r.clusters} clusters: ingest ${r.ingestSeconds.toFixed(1)} s, link ${r.linkSeconds.toFixed(1)} s (cpu ${r.linkCpuSeconds.toFixed(1)} s), peak ${r.peakRssMiB} MiB; ${r.pairsCompared} pairs compared; pairwise P ${r.precision.toFixed(4)} R ${r.recall.toFixed(4)} F1 ${r.f1.toFixed(4)}\n`,
    );
  }
}
