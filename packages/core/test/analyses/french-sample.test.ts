import { readFileSync } from "node:fs";
import {
  cleanTable,
  fromCSV,
  outcomeChange,
  plausibilityChecks,
  positiveExits,
  retentionCohorts,
  survival,
  volunteerValue,
} from "@solidata/core";
import type { ColumnTable } from "arquero";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";

// The French sample (datasets/samples/fr, generator seed 2025) read as a user's files are: ingest, then cleaning.
// Every figure is checked against the generator's truth files (datasets/samples/fr/truth) or R run on those files.
const sample = (name: string): Uint8Array =>
  readFileSync(new URL(`../../../../datasets/samples/fr/${name}`, import.meta.url));
const truthRows = (name: string): Record<string, string>[] =>
  Papa.parse<Record<string, string>>(
    readFileSync(new URL(`../../../../datasets/samples/fr/truth/${name}`, import.meta.url), "utf8"),
    { header: true, skipEmptyLines: true },
  ).data;
const now = new Date("2026-01-15T00:00:00Z");
const internal = { privacy: { profile: "internal" as const } };

async function cleaned(file: string, schema: "volunteers" | "outcomes"): Promise<ColumnTable> {
  const read = fromCSV(sample(file), { file });
  return (await cleanTable(read.table, { schema, mergeLabels: true, now })).clean;
}

let volunteers: ColumnTable;
let outcomes: ColumnTable;
beforeAll(async () => {
  volunteers = await cleaned("benevoles.csv", "volunteers");
  outcomes = await cleaned("suivi.csv", "outcomes");
});

describe("French sample: observation windows and delayed entry", () => {
  it("gives no number to a retention cell outside the span the log covers", () => {
    const truth = truthRows("volunteers.csv").map((r) => r.activity_date as string);
    const firstYear = Number([...truth].sort()[0]?.slice(0, 4));
    const lastYear = Number([...truth].sort().at(-1)?.slice(0, 4));
    expect([firstYear, lastYear]).toEqual([2024, 2025]);
    const r = retentionCohorts(volunteers, { period: "year", maxOffset: 5, ...internal });
    const cells = r.tables.cohorts.objects() as Record<string, unknown>[];
    for (const cell of cells) {
      const year = Number(cell.period);
      if (year < firstYear || year > lastYear) {
        expect(cell.rate, `${cell.cohort}+${cell.offset}`).toBeNull();
        expect(cell.retained).toBeNull();
        expect(cell.rate_status).toBe("not-observed");
      } else expect(cell.observation).toBe("observed");
    }
    // the 2019 cohort was shown as 0 % for 2019–2023: those five cells are not observed, 2024 is
    const c2019 = cells.filter((c) => c.cohort === "2019");
    expect(c2019.map((c) => c.observation)).toEqual([...Array(5).fill("not-observed"), "observed"]);
    expect(r.parameters.window).toEqual({ from: "2024-01-01", to: "2025-12-31" });
  });

  // R 4.2, survival 3.x, on the truth files:
  // > t <- read.csv("truth/volunteers.csv", colClasses="character"); t <- t[t$duplicate_of == "", ]
  // > p <- read.csv("truth/volunteers-people.csv", colClasses="character")
  // > d <- as.numeric(as.Date(t$activity_date))
  // > first <- tapply(d, t$person_id, min); last <- tapply(d, t$person_id, max)
  // > signup <- as.numeric(as.Date(p$start_date))[match(names(first), p$person_id)]
  // > start <- pmin(signup, first, na.rm=TRUE); from <- min(d); end <- max(d); u <- 365.25/12
  // > left <- (end - last) > 90; exit <- ifelse(left, last - start, end - start)/u
  // > entry <- ifelse(start < from, (from - start)/u, 0)
  // > summary(survfit(Surv(entry, exit, as.numeric(left)) ~ 1, conf.type="log-log"))$table[c("median","0.95LCL","0.95UCL")]
  // #   54.9322381930185 31.1786447638604 86.1437371663244
  // > summary(survfit(Surv(exit, as.numeric(left)) ~ 1, conf.type="log-log"))$table[c("median","0.95LCL","0.95UCL")]
  // #   107.761806981520 105.560574948665 112.722792607803
  it("gives the tenure with delayed entry as R survfit(Surv(entry, exit, event) ~ 1)", () => {
    const r = survival(volunteers, internal);
    const s = r.tables.summary.objects()[0] as Record<string, number>;
    expect(s.volunteers).toBe(118);
    expect(s.left).toBe(32);
    expect(s.median).toBeCloseTo(54.9322381930185, 10);
    expect(s.median_lower).toBeCloseTo(31.1786447638604, 10);
    expect(s.median_upper).toBeCloseTo(86.1437371663244, 10);
    const naive = survival(volunteers, { ...internal, delayedEntry: false }).tables.summary.objects()[0] as Record<
      string,
      number
    >;
    expect(naive.median).toBeCloseTo(107.76180698152, 10);
    expect(naive.median_lower).toBeCloseTo(105.560574948665, 10);
  });
});

// R 4.2 on truth/outcomes.csv:
// > o <- read.csv("truth/outcomes.csv", colClasses="character"); w3 <- o[o$followup_wave == "3" & o$followup_value != "", ]
// > s <- w3[w3$arm == "Accompagné", ]; t.test(as.numeric(s$followup_value), as.numeric(s$baseline_value), paired=TRUE)
// #   n 47, mean 8.42553191489362, CI 6.98356605975142 9.86749777003581, p 1.82857886221686e-15
// > (same for "Témoin")   # n 20, mean 2.45, CI 0.490830862153771 4.40916913784623, p 0.0169440343870713
// > t.test(dp, dc)        # Welch on the changes: 5.97553191489362, CI 3.59653434529824 8.35452948448899, p 8.56215929630915e-06
// > ex <- o[o$outcome != "", ]; x <- sum(ex$outcome[ex$arm == a] %in% c("Emploi","Formation","Logement"))
// > prop.test(34, 47, correct=FALSE)$conf.int   # 0.582414363751211 0.830634366303174
// > prop.test(13, 20, correct=FALSE)$conf.int   # 0.432854276685236 0.818808175898918
describe("French sample: outcomes per arm and horizon", () => {
  it("headlines the programme arm at 12 months with its interval and n, the control arm beside it", () => {
    const r = outcomeChange(outcomes, internal);
    const summary = JSON.parse(
      readFileSync(new URL("../../../../datasets/samples/fr/truth/outcomes-summary.json", import.meta.url), "utf8"),
    );
    for (const row of r.tables.change.objects() as Record<string, unknown>[]) {
      const key = `${row.arm}|${row.wave}`;
      if (row.n !== null) expect(row.n, key).toBe(summary.followups_by_arm_wave[key]);
      expect(row.change as number, key).toBeCloseTo(summary.mean_change_by_arm_wave[key], 5);
    }
    const head = r.tables.headline.objects()[0] as Record<string, number | string>;
    expect(head).toMatchObject({
      arm: "Accompagné",
      wave: "3",
      horizon_months: 12,
      n: 47,
      control_arm: "Témoin",
      control_n: 20,
      direction: "higher",
      reading: "improved",
    });
    expect(head.change).toBeCloseTo(8.42553191489362, 10);
    expect(head.lower).toBeCloseTo(6.98356605975142, 10);
    expect(head.upper).toBeCloseTo(9.86749777003581, 10);
    expect(head.p_value).toBeCloseTo(1.82857886221686e-15, 25);
    expect(head.control_change).toBeCloseTo(2.45, 10);
    expect(head.control_lower).toBeCloseTo(0.490830862153771, 10);
    expect(head.control_upper).toBeCloseTo(4.40916913784623, 10);
    expect(head.control_small_n).toBe(true);
    expect(head.difference).toBeCloseTo(5.97553191489362, 10);
    expect(head.difference_lower).toBeCloseTo(3.59653434529824, 8);
    expect(head.difference_upper).toBeCloseTo(8.35452948448899, 8);
    expect(head.difference_p).toBeCloseTo(8.56215929630915e-6, 14);
  });

  it("gives positive exits per arm with Wilson intervals, matching the truth's exits", () => {
    const truth = truthRows("outcomes.csv").filter((r) => r.outcome !== "");
    const positive = (arm: string) =>
      truth.filter((r) => r.arm === arm && ["Emploi", "Formation", "Logement"].includes(r.outcome as string)).length;
    const r = positiveExits(outcomes, internal);
    const rows = r.tables.exits.objects() as Record<string, number | string>[];
    const programme = rows.find((x) => x.arm === "Accompagné") as Record<string, number>;
    const control = rows.find((x) => x.arm === "Témoin") as Record<string, number>;
    expect([programme.positive, programme.recorded]).toEqual([
      positive("Accompagné"),
      truth.filter((x) => x.arm === "Accompagné").length,
    ]);
    expect([control.positive, control.recorded]).toEqual([
      positive("Témoin"),
      truth.filter((x) => x.arm === "Témoin").length,
    ]);
    expect([programme.positive, programme.recorded, control.positive, control.recorded]).toEqual([34, 47, 13, 20]);
    expect(programme.lower).toBeCloseTo(0.582414363751211, 12);
    expect(programme.upper).toBeCloseTo(0.830634366303174, 12);
    expect(control.lower).toBeCloseTo(0.432854276685236, 12);
    expect(control.upper).toBeCloseTo(0.818808175898918, 12);
    expect(r.tables.comparison.get("difference", 0)).toBeCloseTo(34 / 47 - 13 / 20, 12);
  });
});

describe("French sample: plausibility and valuation", () => {
  it("flags the volunteer who logged 1,984 hours in 23 days, and says how much of the hours rest on flagged rows", () => {
    // truth: person-days over 16 hours, duplicates removed
    const days = new Map<string, number>();
    for (const r of truthRows("volunteers.csv")) {
      if (r.duplicate_of !== "" || r.hours === "") continue;
      const key = `${r.person_id}|${r.activity_date}`;
      days.set(key, (days.get(key) ?? 0) + Number(r.hours));
    }
    const over = [...days].filter(([, h]) => h > 16).map(([k]) => k);
    const truthPeople = new Set(over.map((k) => k.split("|")[0]));
    expect(truthPeople).toEqual(new Set(["000059", "000065"]));
    const r = plausibilityChecks(volunteers, { now });
    const persons = volunteers.array("person_id") as unknown as (string | null)[];
    const dates = volunteers.array("activity_date") as unknown as Date[];
    const flagged = (r.tables.flags.objects() as { row: number; rule: string }[]).filter(
      (f) => f.rule === "hours-per-day",
    );
    expect(new Set(flagged.map((f) => persons[f.row]))).toEqual(truthPeople);
    const days65 = new Set(
      flagged.filter((f) => persons[f.row] === "000065").map((f) => dates[f.row]?.toISOString().slice(0, 10)),
    );
    expect(days65.size).toBe(over.filter((k) => k.startsWith("000065|")).length);
    expect(days65.size).toBe(23);
    const share = r.tables.share.objects()[0] as Record<string, number>;
    expect(share.share).toBeGreaterThan(0.2);
    expect(share.share).toBeLessThan(0.3);
    expect(r.warnings[0]?.code).toBe("analyses.implausible_rows");
  });

  it("values the hours one rate period at a time, the lines adding up to the total", () => {
    const r = volunteerValue(volunteers, internal);
    const lines = r.tables.periods.objects() as { hours: number; rate: number; value: number }[];
    expect(lines.map((l) => l.rate)).toEqual([11.65, 11.88]);
    for (const l of lines) expect(l.value).toBeCloseTo(Math.round(l.hours * l.rate * 100) / 100, 9);
    const total = lines.reduce((a, l) => a + l.value, 0);
    expect(r.tables.valuation.get("value", 0)).toBeCloseTo(total, 9);
    expect(r.tables.valuation.get("hours", 0)).toBeCloseTo(
      lines.reduce((a, l) => a + l.hours, 0),
      9,
    );
  });
});
