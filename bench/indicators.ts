/**
 * The indicators alone at scale: `node --import tsx bench/indicators.ts [ROWS]` builds, in memory, a
 * clean volunteer log of ROWS rows (default 1,000,000; seeded: 2% of the rows' people among 40,000
 * volunteers, three years of days, 8 activities, 12 sites, hours in quarter hours, sign-up and birth
 * dates) as the DuckDB engine gives it back, then runs what `solidata report` runs on it after the
 * preparation: the record keys (`prepareCellKeys`) and `computeIndicators` with the cell-key method.
 * Prints one JSON line: seconds of each step, CPU seconds, and the heap and RSS after each step.
 * Build first (`pnpm build`). Not part of the test suite; the figures go in bench/README.md.
 */
import { table } from "arquero";
import {
  computeIndicators,
  importKey,
  type PreparedTable,
  prepareCellKeys,
  seededRandom,
} from "../packages/core/dist/index.js";

const rows = Number(process.argv[2] ?? 1_000_000);
const random = seededRandom(1);
const DAY = 86_400_000;
const start = Date.UTC(2023, 0, 1) / DAY;
const people = Math.max(100, Math.round(rows / 25));
const ids = Array.from({ length: people }, (_, i) => `B${String(i).padStart(6, "0")}`);
const days = Array.from({ length: 3 * 365 }, (_, i) => new Date((start + i) * DAY));
const activities = ["accueil", "distribution", "collecte", "tri", "maraude", "cuisine", "transport", "administratif"];
const sites = Array.from({ length: 12 }, (_, i) => `Antenne ${i + 1}`);
const signup = ids.map(() => new Date((start - Math.floor(random() * 1500)) * DAY));
const birth = ids.map(() => new Date(Date.UTC(1950 + Math.floor(random() * 55), Math.floor(random() * 12), 1)));
const person = new Array<string>(rows);
const who = new Int32Array(rows);
const date = new Array<Date>(rows);
const activity = new Array<string>(rows);
const site = new Array<string>(rows);
const hours = new Float64Array(rows);
const line = new Float64Array(rows);
for (let i = 0; i < rows; i++) {
  const p = Math.floor(random() ** 2 * people);
  who[i] = p;
  person[i] = ids[p] as string;
  date[i] = days[Math.floor(random() * days.length)] as Date;
  activity[i] = activities[Math.floor(random() * activities.length)] as string;
  site[i] = sites[p % sites.length] as string;
  hours[i] = (1 + Math.floor(random() * 24)) / 4;
  line[i] = i + 2;
}
const clean = table({
  person_id: person,
  activity_date: date,
  activity,
  site,
  hours,
  signup_date: Array.from(who, (p) => signup[p]),
  birth_date: Array.from(who, (p) => birth[p]),
  _line: line,
});
const empty = table({ line: [], code: [] });
const file = {
  file: "benevoles.csv",
  kind: "volunteers",
  issues: [],
  cleaned: { schema: "volunteers", clean, quarantine: empty, duplicates: empty, rowFlags: new Map(), report: {} },
} as unknown as PreparedTable;
const mib = (n: number): number => Math.round(n / 2 ** 20);
const memory = () => ({ heapMiB: mib(process.memoryUsage().heapUsed), rssMiB: mib(process.memoryUsage().rss) });
const built = memory();
const cpu0 = process.cpuUsage();
let t = performance.now();
const key = await importKey("3c5e7a9b1d2f4a6c8e0b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a3c");
const cellKeys = await prepareCellKeys([file], key);
const keysSeconds = (performance.now() - t) / 1000;
const afterKeys = memory();
t = performance.now();
const indicators = computeIndicators([file], { cellKeys, now: new Date("2026-06-01") });
const indicatorSeconds = (performance.now() - t) / 1000;
const cpu = process.cpuUsage(cpu0);
const people_ = indicators.sections
  .find((s) => s.id === "volunteers")
  ?.figures.find((f) => f.id === "volunteers.people");
process.stdout.write(
  `${JSON.stringify({
    rows,
    people,
    keysSeconds: Math.round(keysSeconds * 10) / 10,
    indicatorSeconds: Math.round(indicatorSeconds * 10) / 10,
    cpuSeconds: Math.round((cpu.user + cpu.system) / 1e5) / 10,
    built,
    afterKeys,
    after: memory(),
    sections: indicators.sections.map((s) => s.id),
    volunteers: people_?.value ?? null,
  })}\n`,
);
