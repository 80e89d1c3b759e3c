/**
 * Attack: two reports over nested periods (January–June, then January–July) are subtracted to find
 * the few people seen only in July (103 − 100 = 3). With the association's key the report perturbs
 * every count of people and visits by the cell-key method, so the difference of the published
 * values no longer tells the small count.
 *
 * The rule checked: for a cell of at least k + 2 people in both reports whose exact difference d is
 * from 1 to k − 1, the two cells hold different people, so their cell keys are independent and
 * uniform (the added people's record keys are uniform and secret) and their perturbations e₁, e₂
 * are independent draws of the p-table row (−2..+2 with 16, 40, 144, 40, 16 out of 256). The
 * published difference is d + e₂ − e₁ and equals d with probability
 * Σ pᵢ² = (16² + 40² + 144² + 40² + 16²) / 256² = 24448 / 65536 ≈ 0.373 (instead of 1 for exact
 * counts). Over many cells the share of exact recoveries must stay within 3 standard errors of
 * 0.373; cells of the same people (months January–June) must publish the same value in both.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  computeIndicators,
  fromCSV,
  type Indicators,
  importKey,
  P_TABLE,
  prepareCellKeys,
  prepareTable,
} from "@solidata/core";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/program.js";
import type { ReportModel } from "../../src/report/model.js";
import { fakeIo } from "../report/fake-io.js";

const K = 10;
const SERVICES = ["Food parcel", "Clothing", "Social advice"];

/** mulberry32: deterministic pseudo-random numbers in [0, 1). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A visit log: 40 to 80 people visiting from January to June, a few of them (1 to 6) also in July,
 * and 1 to 6 people seen only in July. Returns the CSV and the true counts of the July-only people.
 */
function visitLog(seed: number): { csv: string; julyOnly: number } {
  const next = random(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const lines = ["ID,Visit date,Service"];
  const people = int(40, 80);
  const day = () => String(int(1, 28)).padStart(2, "0");
  for (let p = 1; p <= people; p++) {
    const id = `B${String(seed).padStart(3, "0")}${String(p).padStart(4, "0")}`;
    const visits = int(1, 6);
    for (let v = 0; v < visits; v++)
      lines.push(`${id},${day()}/0${int(1, 6)}/2025,${SERVICES[int(0, SERVICES.length - 1)]}`);
  }
  const julyOnly = int(1, 6);
  for (let p = 1; p <= julyOnly; p++)
    lines.push(`J${String(seed).padStart(3, "0")}${String(p).padStart(4, "0")},${day()}/07/2025,${SERVICES[0]}`);
  return { csv: `${lines.join("\n")}\n`, julyOnly };
}

/**
 * An outcome survey: two arms of 25 to 50 people, baseline in January, follow-up at wave 1 in April
 * and, for about half, at wave 2 in June; then 1 to 6 people per arm enrolled in April and followed up
 * in July. Two reports over January–June and January–July differ by those few people.
 */
function outcomeSurvey(seed: number): string {
  const next = random(seed * 7919);
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const day = () => String(int(1, 28)).padStart(2, "0");
  const lines = ["ID,Measure,Baseline score,Baseline date,Follow-up score,Follow-up date,Wave,Arm"];
  for (const arm of ["Programme", "Control"]) {
    const people = int(25, 50);
    const late = int(1, 6);
    for (let p = 1; p <= people + late; p++) {
      const id = `${arm[0]}${String(seed).padStart(3, "0")}${String(p).padStart(4, "0")}`;
      const base = int(30, 50);
      const lateOne = p > people;
      const b = lateOne ? `${day()}/04/2025` : `${day()}/01/2025`;
      lines.push(
        `${id},Wellbeing (WEMWBS),${base},${b},${base + int(-3, 10)},${day()}/${lateOne ? "07" : "04"}/2025,1,${arm}`,
      );
      if (!lateOne && next() < 0.5)
        lines.push(`${id},Wellbeing (WEMWBS),${base},${b},${base + int(-3, 12)},${day()}/06/2025,2,${arm}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/** The people reached and the visits of a report. */
function reachedAndVisits(ind: Indicators): { reached: number | null; visits: number | null } {
  const figures = ind.sections.find((s) => s.id === "beneficiaries")?.figures ?? [];
  return {
    reached: figures.find((f) => f.id === "beneficiaries.reached")?.value ?? null,
    visits: figures.find((f) => f.id === "beneficiaries.visits")?.value ?? null,
  };
}

function months(ind: Indicators): Map<string, number | null> {
  const points = ind.sections.flatMap((s) => s.series).find((x) => x.id === "beneficiaries-by-month")?.points ?? [];
  return new Map(points.map((p) => [p.category, p.value]));
}

/**
 * Every published count of people or visits of a report, by table, row label and column (figures by
 * id). The quality appendix (rows read, cells changed, cells hidden) and the count of signals count
 * rows, cells and signals, not people: left out.
 */
function publishedCounts(model: ReportModel): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of model.sections) {
    if (s.id === "quality" || s.id === "signals") continue;
    for (const f of s.figures)
      if (f.format === "count" && f.id !== "signals.count" && typeof f.value === "number") out.set(f.id, f.value);
    for (const t of [...s.tables, ...s.charts.map((c) => c.table)]) {
      if (t.id === "signals") continue;
      for (const row of t.rows) {
        // the label of a row: its text and date columns, and its horizon or offset (dimensions written as numbers)
        const dimension = (i: number) =>
          ["text", "date"].includes(t.columns[i]?.format ?? "") ||
          ["horizon_months", "offset"].includes(t.columns[i]?.name ?? "");
        const label = row
          .filter((_, i) => dimension(i))
          .map((c) => (typeof c.value === "object" ? JSON.stringify(c.value) : String(c.value)))
          .join("|");
        t.columns.forEach((col, i) => {
          const v = row[i]?.value;
          if (col.format === "count" && !dimension(i) && typeof v === "number")
            out.set(`${t.id}/${label}/${col.name}`, v);
        });
      }
    }
  }
  return out;
}

describe("attack: two reports over nested periods", () => {
  it("through the command's default (no --key, no --exact): the differences of every published count equal a true small count no more often than the p-table allows, and the same people publish the same value", async ({
    annotate,
  }) => {
    const cwd = await mkdtemp(join(tmpdir(), "solidata-nested-default-"));
    const home = join(cwd, "home");
    const q = P_TABLE.above.shares.reduce((a, s) => a + (s / 256) ** 2, 0);
    const run = async (file: string, period: string, out: string, exact: boolean): Promise<Map<string, number>> => {
      const io = fakeIo(cwd);
      io.env = { ...io.env, SOLIDATA_HOME: home };
      const args = ["report", file, "--period", period, "--out", out, "--format", "json", "--lang", "en", "--quiet"];
      expect(await runCli(exact ? [...args, "--exact"] : args, io)).toBe(0);
      const model = JSON.parse(await readFile(join(cwd, out, "report.json"), "utf8")) as ReportModel;
      expect(model.protection.method).toBe(exact ? "exact" : "cell-key");
      if (!exact) expect(model.protection.release).toBe("local");
      return publishedCounts(model);
    };
    let cells = 0;
    let recovered = 0;
    let exactRecovered = 0;
    let same = 0;
    let sameEqual = 0;
    for (let seed = 101; seed <= 116; seed++) {
      const file = `visits-${seed}.csv`;
      await writeFile(join(cwd, file), visitLog(seed).csv);
      const june = "2025-01-01..2025-06-30";
      const july = "2025-01-01..2025-07-31";
      const [a, b, ta, tb] = [
        await run(file, june, `a${seed}`, false),
        await run(file, july, `b${seed}`, false),
        await run(file, june, `ta${seed}`, true),
        await run(file, july, `tb${seed}`, true),
      ];
      for (const [where, trueJuly] of tb) {
        const trueJune = ta.get(where);
        const pa = a.get(where);
        const pb = b.get(where);
        if (trueJune === undefined || pa === undefined || pb === undefined) continue;
        const d = trueJuly - trueJune;
        if (d >= 1 && d <= K - 1) {
          cells += 1;
          if (pb - pa === d) recovered += 1;
          exactRecovered += 1;
        }
        // months January–June: the same people, the same published value
        if (/^beneficiaries-by-month\/.*(Jan|Feb|Mar|Apr|May|Jun) 2025/.test(where) && d === 0) {
          same += 1;
          if (pa === pb) sameEqual += 1;
        }
      }
    }
    // control: exact figures give every small difference away
    expect(exactRecovered).toBe(cells);
    expect(cells).toBeGreaterThanOrEqual(32);
    const share = recovered / cells;
    const se = Math.sqrt((q * (1 - q)) / cells);
    // measured (16 logs, one run): 16 of 55 small differences recovered (29.1 %; p-table 37.3 %), exact 55 of 55
    expect(share, `recovered ${recovered} of ${cells} small differences`).toBeLessThanOrEqual(q + 3 * se);
    expect(same).toBeGreaterThan(0);
    expect(sameEqual).toBe(same);
    await annotate(
      `default release key: ${recovered} of ${cells} small differences recovered (${(share * 100).toFixed(1)}%, p-table ${(q * 100).toFixed(1)}%); exact: ${exactRecovered} of ${cells}; ${sameEqual} of ${same} same-people months equal`,
    );
    // the release key was kept in SOLIDATA_HOME, readable by its owner only
    const { stat } = await import("node:fs/promises");
    expect((await stat(join(home, "release.key"))).mode & 0o777).toBe(0o600);
  }, 600_000);

  it("through the command's default on the outcome tables: enrolled and followed up of two nested reports do not difference to the few people followed up in July more often than the p-table allows", async ({
    annotate,
  }) => {
    const cwd = await mkdtemp(join(tmpdir(), "solidata-nested-outcomes-"));
    const home = join(cwd, "home");
    const q = P_TABLE.above.shares.reduce((a, s) => a + (s / 256) ** 2, 0);
    const run = async (file: string, period: string, out: string, exact: boolean): Promise<Map<string, number>> => {
      const io = fakeIo(cwd);
      io.env = { ...io.env, SOLIDATA_HOME: home };
      const args = ["report", file, "--period", period, "--out", out, "--format", "json", "--lang", "en", "--quiet"];
      expect(await runCli(exact ? [...args, "--exact"] : args, io)).toBe(0);
      const model = JSON.parse(await readFile(join(cwd, out, "report.json"), "utf8")) as ReportModel;
      return new Map(
        [...publishedCounts({ ...model, sections: model.sections.filter((s) => s.id === "outcomes") })].filter(
          ([where]) => where.startsWith("outcomes-"),
        ),
      );
    };
    let cells = 0;
    let recovered = 0;
    let exactRecovered = 0;
    let rateBase = 0;
    for (let seed = 1; seed <= 12; seed++) {
      const file = `outcomes-${seed}.csv`;
      await writeFile(join(cwd, file), outcomeSurvey(seed));
      const june = "2025-01-01..2025-06-30";
      const july = "2025-01-01..2025-07-31";
      const a = await run(file, june, `a${seed}`, false);
      const b = await run(file, july, `b${seed}`, false);
      const ta = await run(file, june, `ta${seed}`, true);
      const tb = await run(file, july, `tb${seed}`, true);
      for (const [where, trueJuly] of tb) {
        const trueJune = ta.get(where);
        const pa = a.get(where);
        const pb = b.get(where);
        if (trueJune === undefined || pa === undefined || pb === undefined) continue;
        const d = trueJuly - trueJune;
        if (d >= 1 && d <= K - 1) {
          cells += 1;
          if (pb - pa === d) recovered += 1;
          exactRecovered += 1;
        }
      }
      // within one published report, enrolled − followed up is never a small count
      for (const m of [a, b]) {
        for (const [where, enrolled] of m) {
          if (!where.endsWith("/enrolled")) continue;
          const paired = m.get(where.replace(/\/enrolled$/, "/paired"));
          if (paired === undefined) continue;
          rateBase += 1;
          expect(enrolled - paired > 0 && enrolled - paired < K, `${where}: ${enrolled} − ${paired}`).toBe(false);
        }
      }
    }
    expect(exactRecovered).toBe(cells);
    expect(cells).toBeGreaterThanOrEqual(24);
    expect(rateBase).toBeGreaterThan(24);
    const share = recovered / cells;
    const se = Math.sqrt((q * (1 - q)) / cells);
    expect(share, `recovered ${recovered} of ${cells} small differences`).toBeLessThanOrEqual(q + 3 * se);
    await annotate(
      `outcome tables, default release key: ${recovered} of ${cells} small differences recovered (${(share * 100).toFixed(1)}%); exact: ${exactRecovered} of ${cells}; ${rateBase} enrolled − followed up checked`,
    );
  }, 600_000);

  it("with a key, the difference of published counts equals the July-only people no more often than the p-table allows (≈ 0.373), and months of the same people agree", async () => {
    const seeds = 60;
    const q = P_TABLE.above.shares.reduce((a, s) => a + (s / 256) ** 2, 0);
    expect(q).toBeCloseTo(24448 / 65536, 12);
    let cells = 0;
    let recovered = 0;
    let exactCells = 0;
    let exactRecovered = 0;
    let sameMonths = 0;
    for (let seed = 1; seed <= seeds; seed++) {
      const { csv, julyOnly } = visitLog(seed);
      const prepared = [
        await prepareTable(fromCSV(new TextEncoder().encode(csv), { file: "visits.csv", maxIssuesPerCode: Infinity })),
      ];
      const key = await importKey(randomBytes(32).toString("hex"));
      const cellKeys = await prepareCellKeys(prepared, key);
      const june = { from: "2025-01-01", to: "2025-06-30" };
      const july = { from: "2025-01-01", to: "2025-07-31" };
      const a = computeIndicators(prepared, { period: june, cellKeys, sections: ["beneficiaries"] });
      const b = computeIndicators(prepared, { period: july, cellKeys, sections: ["beneficiaries"] });
      const ea = computeIndicators(prepared, { period: june, sections: ["beneficiaries"] });
      const eb = computeIndicators(prepared, { period: july, sections: ["beneficiaries"] });
      expect(a.protection.method).toBe("cell-key");
      expect(ea.protection.method).toBe("exact");
      // people reached: the July-only people are the difference; visits: one visit each
      for (const field of ["reached", "visits"] as const) {
        const pa = reachedAndVisits(a)[field];
        const pb = reachedAndVisits(b)[field];
        const xa = reachedAndVisits(ea)[field] as number;
        const xb = reachedAndVisits(eb)[field] as number;
        expect(xb - xa).toBe(julyOnly);
        expect(Math.abs((pa as number) - xa)).toBeLessThanOrEqual(P_TABLE.maxNoise);
        cells += 1;
        if ((pb as number) - (pa as number) === julyOnly) recovered += 1;
        exactCells += 1;
        if (xb - xa === julyOnly) exactRecovered += 1;
      }
      // January–June: the same people in both reports give the same published value (where both
      // publish it: July's small count may hide a month of the second report as a complement)
      const ma = months(a);
      const mb = months(b);
      for (const [month, value] of ma) {
        const other = mb.get(month);
        if (value === null || other === null || other === undefined) continue;
        expect(other, month).toBe(value);
        sameMonths += 1;
      }
    }
    // control: exact counts give the small count away every time
    expect(exactRecovered).toBe(exactCells);
    const share = recovered / cells;
    const se = Math.sqrt((q * (1 - q)) / cells);
    expect(share).toBeLessThanOrEqual(q + 3 * se);
    expect(share).toBeGreaterThanOrEqual(q - 3 * se);
    expect(sameMonths).toBeGreaterThanOrEqual(seeds * 4);
  }, 300_000);

  it("through the command: --period 2025-01-01..2025-06-30 and ..2025-07-31 with --key publish perturbed counts, the same report twice is identical, and the method says so", async () => {
    const cwd = await mkdtemp(join(tmpdir(), "solidata-nested-"));
    const { csv } = visitLog(7);
    await writeFile(join(cwd, "visits.csv"), csv);
    await writeFile(join(cwd, "solidata.key"), `${randomBytes(32).toString("hex")}\n`, { mode: 0o600 });
    const run = async (period: string, out: string): Promise<ReportModel> => {
      const io = fakeIo(cwd);
      await runCli(
        ["report", "visits.csv", "--key", "solidata.key", "--period", period, "--out", out, "--format", "json,md"],
        io,
      );
      const text = await readFile(join(cwd, out, "report.json"), "utf8");
      // the key never reaches an output
      const key = (await readFile(join(cwd, "solidata.key"), "utf8")).trim();
      expect(text.includes(key)).toBe(false);
      expect([...io.out, ...io.err].join("").includes(key)).toBe(false);
      return JSON.parse(text) as ReportModel;
    };
    const a = await run("2025-01-01..2025-06-30", "june");
    const again = await run("2025-01-01..2025-06-30", "june-again");
    const b = await run("2025-01-01..2025-07-31", "july");
    const strip = (m: ReportModel) => JSON.stringify({ ...m, generatedAt: "" });
    expect(strip(again)).toBe(strip(a));
    expect(a.protection).toMatchObject({ method: "cell-key", k: K, maxChange: 2, label: "suppressed" });
    expect(a.protection.cells).toBeGreaterThan(5);
    expect(b.protection.meanAbsoluteChange).toBeLessThanOrEqual(2);
    const md = await readFile(join(cwd, "june", "report.md"), "utf8");
    expect(md).toContain("cell-key method");
  }, 300_000);

  it("a key shorter than 32 bytes is refused with exit 5 and a message that does not print it", async () => {
    const cwd = await mkdtemp(join(tmpdir(), "solidata-weak-"));
    await writeFile(join(cwd, "visits.csv"), visitLog(3).csv);
    const short = randomBytes(16).toString("hex");
    await writeFile(join(cwd, "short.key"), `${short}\n`);
    const io = fakeIo(cwd);
    const code = await runCli(["report", "visits.csv", "--key", "short.key", "--out", "out"], io);
    expect(code).toBe(5);
    const said = [...io.out, ...io.err].join("");
    expect(said).toContain("exit 5");
    expect(said.includes(short)).toBe(false);
  });

  it("finds the key in privacy.key of the configuration (relative to it) and in SOLIDATA_KEY; without any, the release key of this computer; exact only with --exact or privacy.method: exact", async () => {
    const cwd = await mkdtemp(join(tmpdir(), "solidata-keyconfig-"));
    await writeFile(join(cwd, "visits.csv"), visitLog(5).csv);
    await writeFile(join(cwd, "solidata.key"), `${randomBytes(32).toString("hex")}\n`, { mode: 0o600 });
    await writeFile(
      join(cwd, "solidata.config.json"),
      JSON.stringify({ lang: "en", privacy: { profile: "public", key: "solidata.key" }, formats: ["json"] }),
    );
    const method = async (out: string, env: Record<string, string> = {}, args: string[] = []) => {
      const io = fakeIo(cwd);
      io.env = { ...io.env, ...env };
      expect(await runCli(["report", "visits.csv", "--out", out, ...args], io)).toBe(0);
      return (JSON.parse(await readFile(join(cwd, out, "report.json"), "utf8")) as ReportModel).protection.method;
    };
    expect(await method("from-config")).toBe("cell-key");
    await writeFile(join(cwd, "plain.json"), JSON.stringify({ lang: "en", formats: ["json"] }));
    expect(await method("plain", {}, ["--config", "plain.json"])).toBe("cell-key");
    const release = async (out: string) =>
      (JSON.parse(await readFile(join(cwd, out, "report.json"), "utf8")) as ReportModel).protection.release;
    expect(await release("plain")).toBe("local");
    expect(await release("from-config")).toBe("key");
    expect(await method("exact", {}, ["--config", "plain.json", "--exact"])).toBe("exact");
    expect(await release("exact")).toBe("exact");
    await writeFile(
      join(cwd, "exact.json"),
      JSON.stringify({ lang: "en", privacy: { profile: "public", method: "exact" }, formats: ["json"] }),
    );
    expect(await method("exact-config", {}, ["--config", "exact.json"])).toBe("exact");
    // --exact wins over privacy.key of the configuration; --key with --exact is a usage error
    expect(await method("exact-over-config", {}, ["--exact"])).toBe("exact");
    const io = fakeIo(cwd);
    expect(await runCli(["report", "visits.csv", "--exact", "--key", "solidata.key", "--out", "x"], io)).toBe(2);
    expect(await method("from-env", { SOLIDATA_KEY: "solidata.key" }, ["--config", "plain.json"])).toBe("cell-key");
  }, 300_000);
});
