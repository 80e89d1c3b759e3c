/**
 * Analyses benchmark: times each volunteer analysis (activity, hours, valuation, cohorts, survival,
 * segments) and the beneficiary analysis (reach) on cleaned tables of N rows built in memory, and
 * shows how the cost grows with N (time per million rows).
 * Run alone: `node --expose-gc --max-old-space-size=4096 --import tsx bench/analyses.ts [100k 1M 5M]`.
 * Arguments that are not sizes (e.g. the CSV path `bench/run.ts` passes) are ignored; with no size,
 * it runs 100k, 1M and 5M when alone and 1M when called with a file.
 */

import {
  engagementSegments,
  reach,
  retentionCohorts,
  survival,
  volunteerActivity,
  volunteerHours,
  volunteerValue,
} from "@solidata/core";
import * as aq from "arquero";

/** Time of one analysis at one size. */
export interface AnalysisTiming {
  analysis: string;
  rows: number;
  seconds: number;
  /** CPU time (user + system) of the process during the analysis: what wall time would be on an idle machine */
  cpuSeconds: number;
  /** peak resident memory of the process so far, MiB */
  peakRssMiB: number;
}

const DAY = 86_400_000;
const ACTIVITIES = ["Accueil", "Distribution alimentaire", "Collecte", "Aide aux devoirs", "Maraude", "Administratif"];
const SITES = ["Marseille", "Nice", "Bourg-en-Bresse", "Ajaccio", "Pointe-à-Pitre"];

/** A deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A cleaned volunteers log of `rows` rows over two years, about 20 activities per volunteer,
 * with the canonical columns. Dates and identifiers are shared objects, as after cleaning.
 */
export function syntheticVolunteerLog(rows: number, seed = 1): aq.ColumnTable {
  const next = random(seed);
  const people = Math.max(10, Math.round(rows / 20));
  const start = Date.UTC(2024, 0, 1) / DAY;
  const days = Array.from({ length: 731 }, (_, d) => new Date((start + d) * DAY));
  const ids = Array.from({ length: people }, (_, p) => `V${String(p).padStart(7, "0")}`);
  const joined = Array.from({ length: people }, () => Math.floor(next() * 600));
  const signups = joined.map((d) => days[d] as Date);
  const person = new Array<string>(rows);
  const date = new Array<Date>(rows);
  const signup = new Array<Date>(rows);
  const hours = new Float64Array(rows);
  const activity = new Array<string>(rows);
  const site = new Array<string>(rows);
  for (let i = 0; i < rows; i++) {
    const p = Math.floor(next() * people);
    const first = joined[p] as number;
    const d = Math.min(730, first + Math.floor(next() * next() * (731 - first)));
    person[i] = ids[p] as string;
    date[i] = days[d] as Date;
    signup[i] = signups[p] as Date;
    hours[i] = 1 + Math.floor(next() * 14) / 2;
    activity[i] = ACTIVITIES[Math.floor(next() * ACTIVITIES.length)] as string;
    site[i] = SITES[p % SITES.length] as string;
  }
  return aq.table({ person_id: person, activity_date: date, signup_date: signup, hours, activity, site });
}

/** A cleaned visits table derived from a volunteers-shaped log (same sizes, renamed columns). */
function syntheticVisits(log: aq.ColumnTable): aq.ColumnTable {
  return aq.table({
    person_id: log.array("person_id") as string[],
    visit_date: log.array("activity_date") as Date[],
    service: log.array("activity") as string[],
    site: log.array("site") as string[],
  });
}

const ANALYSES: [string, (t: aq.ColumnTable) => unknown][] = [
  ["volunteerActivity (month)", (t) => volunteerActivity(t, { period: "month" })],
  ["volunteerActivity (week, 90-day window)", (t) => volunteerActivity(t, { period: "week", windowDays: 90 })],
  ["volunteerHours (activity, site, month)", (t) => volunteerHours(t, { period: "month" })],
  ["volunteerValue (SMIC)", (t) => volunteerValue(t, { preset: "fr-smic-gross" })],
  ["retentionCohorts (month)", (t) => retentionCohorts(t, { period: "month" })],
  ["survival (Kaplan–Meier)", (t) => survival(t)],
  ["engagementSegments", (t) => engagementSegments(t)],
];

function peakRssMiB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

/**
 * Times every analysis on a synthetic cleaned table of each size.
 *
 * @param sizes - numbers of rows, e.g. `[100_000, 1_000_000, 5_000_000]`
 * @returns one timing per analysis and size, plus a `"all volunteer analyses"` line per size
 */
export function benchAnalyses(sizes: number[]): AnalysisTiming[] {
  const out: AnalysisTiming[] = [];
  for (const rows of sizes) {
    let log: aq.ColumnTable | null = syntheticVolunteerLog(rows);
    (globalThis as { gc?: () => void }).gc?.();
    let all = 0;
    let allCpu = 0;
    for (const [analysis, run] of ANALYSES) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      run(log);
      const c1 = process.cpuUsage(c0);
      const seconds = (performance.now() - t0) / 1000;
      const cpuSeconds = (c1.user + c1.system) / 1e6;
      all += seconds;
      allCpu += cpuSeconds;
      out.push({ analysis, rows, seconds, cpuSeconds, peakRssMiB: peakRssMiB() });
    }
    out.push({ analysis: "all volunteer analyses", rows, seconds: all, cpuSeconds: allCpu, peakRssMiB: peakRssMiB() });
    const visits = syntheticVisits(log);
    log = null;
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    reach(visits, { period: "month" });
    const c1 = process.cpuUsage(c0);
    out.push({
      analysis: "reach (visits)",
      rows,
      seconds: (performance.now() - t0) / 1000,
      cpuSeconds: (c1.user + c1.system) / 1e6,
      peakRssMiB: peakRssMiB(),
    });
  }
  return out;
}

function parseSize(text: string): number | null {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text);
  if (!m) return null;
  const unit = m[2]?.toLowerCase() === "k" ? 1e3 : m[2]?.toLowerCase() === "m" ? 1e6 : 1;
  return Math.round(Number(m[1]) * unit);
}

/** Prints a table of timings and the growth of each analysis' cost (seconds per million rows). */
function report(timings: AnalysisTiming[]): string {
  const sizes = [...new Set(timings.map((t) => t.rows))];
  const names = [...new Set(timings.map((t) => t.analysis))];
  const label = (n: number): string => (n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}k`);
  const lines = [
    `| analysis | ${sizes.map((s) => `${label(s)} rows`).join(" | ")} | cpu s per 1M rows |`,
    `|---|${sizes.map(() => "---:").join("|")}|---|`,
  ];
  for (const name of names) {
    const cells = sizes.map((s) => {
      const t = timings.find((x) => x.analysis === name && x.rows === s);
      return t ? `${t.seconds.toFixed(2)} s (cpu ${t.cpuSeconds.toFixed(2)} s)` : "";
    });
    const growth = sizes
      .map((s) => timings.find((x) => x.analysis === name && x.rows === s))
      .map((t) => (t ? ((t.cpuSeconds / t.rows) * 1e6).toFixed(2) : ""))
      .join(" → ");
    lines.push(`| ${name} | ${cells.join(" | ")} | ${growth} |`);
  }
  const last = sizes[sizes.length - 1] as number;
  const all = timings.find((t) => t.analysis === "all volunteer analyses" && t.rows === last);
  lines.push("");
  lines.push(`peak RSS ${Math.max(...timings.map((t) => t.peakRssMiB))} MiB (including the synthetic tables)`);
  lines.push(
    `all volunteer analyses on ${label(last)} rows: ${all?.seconds.toFixed(2)} s wall, ${all?.cpuSeconds.toFixed(2)} s cpu (target ≤ 5 s at 1M)`,
  );
  return lines.join("\n");
}

const isMain = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ""));
if (isMain) {
  const args = process.argv.slice(2);
  const sizes = args.map(parseSize).filter((n): n is number => n !== null);
  const calledWithFile = args.some((a) => parseSize(a) === null);
  const chosen = sizes.length > 0 ? sizes : calledWithFile ? [1_000_000] : [100_000, 1_000_000, 5_000_000];
  process.stdout.write(`${report(benchAnalyses(chosen))}\n`);
}
