import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as aq from "arquero";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../../../datasets/src/generate.js";
import { MESS_PRESETS } from "../../../../datasets/src/mess.js";
import { activeWindowStart, groupCensusIndicators } from "../../src/indicators/group-census-indicators.js";
import type { SectionIndicators } from "../../src/indicators/types.js";
import { prepareFile } from "../../src/pipeline/node.js";

const root = fileURLToPath(new URL("../../../../", import.meta.url));
const LOG = { from: "2024-01-01", to: "2025-12-31" };

interface Census {
  total: number;
  active: number;
  inactive: number;
  reported_in_period: number;
  countries: number;
  communes: number;
  window_start: string;
  by_country_code: Record<string, { groups: number; active: number }>;
  new_by_year: Record<string, number>;
  closed_by_year: Record<string, number>;
}

const figure = (s: SectionIndicators, id: string) => s.figures.find((f) => f.id === id)?.value;
const tableOf = (s: SectionIndicators, id: string) =>
  (s.tables.find((t) => t.id === id)?.rows ?? []).map((r) => r.map((c) => c.value));

/** Every census number against the generator's truth. */
function expectTruth(census: SectionIndicators, truth: Census): void {
  expect(figure(census, "groups.total")).toBe(truth.total);
  expect(figure(census, "groups.active")).toBe(truth.active);
  expect(figure(census, "groups.inactive")).toBe(truth.inactive);
  expect(figure(census, "groups.reported_share")).toBeCloseTo(truth.reported_in_period / truth.total, 12);
  expect(figure(census, "groups.countries")).toBe(truth.countries);
  expect(figure(census, "groups.communes")).toBe(truth.communes);
  const byCountry = Object.fromEntries(
    tableOf(census, "groups-by-country").map(([code, groups, active]) => [code, { groups, active }]),
  );
  expect(byCountry).toEqual(truth.by_country_code);
  const years = tableOf(census, "groups-by-year");
  expect(Object.fromEntries(years.filter((r) => r[1] !== 0).map((r) => [r[0], r[1]]))).toEqual(truth.new_by_year);
  expect(Object.fromEntries(years.filter((r) => r[2] !== 0).map((r) => [r[0], r[2]]))).toEqual(truth.closed_by_year);
  expect(census.methods[0]?.params?.from).toBe(truth.window_start);
  // groups are organisations: nothing is hidden
  expect(census.suppressed).toEqual([]);
  expect(census.figures.every((f) => f.status === "ok")).toBe(true);
}

describe("groupCensusIndicators on 500 generated groups in 25 countries (truth from the generator)", () => {
  let dir = "";
  let truth: Census;
  let census: SectionIndicators;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "solidata-census-"));
    // messes that cleaning undoes (date formats, case and spaces, country names as codes); no blank or ragged cell
    const mess = {
      ...MESS_PRESETS.none,
      delimiter: ";" as const,
      mixedDates: 0.1,
      caseSpaces: 0.1,
      labelVariants: 0.2,
    };
    const result = await generate({
      kind: "groups",
      rows: 500,
      seed: 17,
      out: dir,
      mess,
      lang: "fr",
      truth: true,
      countries: 25,
    });
    truth = result.summary.census as Census;
    const prepared = await prepareFile(result.file, { kind: "groups", now: new Date("2026-06-30T00:00:00Z") });
    census = groupCensusIndicators(prepared.cleaned?.clean as aq.ColumnTable, { period: LOG, communeRows: 1000 });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("has what the brief asks of the data: 25 countries and hundreds of communes", () => {
    expect(truth.countries).toBe(25);
    expect(truth.communes).toBeGreaterThan(200);
    expect(truth.active).toBeGreaterThan(0);
    expect(truth.inactive).toBeGreaterThan(0);
  });
  it("counts active, inactive, reported, by country, by commune and by year exactly as the truth", () => {
    expectTruth(census, truth);
    const communes = tableOf(census, "groups-by-commune");
    expect(communes.length).toBe(truth.communes);
    expect(communes.reduce((s, r) => s + Number(r[2]), 0)).toBe(500);
  });
  it("puts the communes past communeRows on one line, keeping the sum", async () => {
    const prepared = await prepareFile(join(dir, "groupes.csv"), { kind: "groups", now: new Date("2026-06-30") });
    const short = groupCensusIndicators(prepared.cleaned?.clean as aq.ColumnTable, { period: LOG, communeRows: 10 });
    const rows = tableOf(short, "groups-by-commune");
    expect(rows.length).toBe(11);
    expect(rows[10]?.[0]).toBe("other");
    expect(rows.reduce((s, r) => s + Number(r[2]), 0)).toBe(500);
    expect(rows.reduce((s, r) => s + Number(r[3]), 0)).toBe(truth.active);
  });
});

describe("groupCensusIndicators on the demo samples (datasets/samples/*/truth/groups-summary.json)", () => {
  for (const [lang, file] of [
    ["fr", "groupes.csv"],
    ["en", "groups.csv"],
  ] as const) {
    it(`${lang}: the census equals the truth`, async () => {
      const summary = JSON.parse(
        readFileSync(join(root, "datasets", "samples", lang, "truth", "groups-summary.json"), "utf8"),
      );
      const prepared = await prepareFile(join(root, "datasets", "samples", lang, file), {
        now: new Date("2026-06-30T00:00:00Z"),
      });
      expect(prepared.kind).toBe("groups");
      const census = groupCensusIndicators(prepared.cleaned?.clean as aq.ColumnTable, { period: LOG });
      expectTruth(census, summary.census as Census);
    });
  }
});

describe("groupCensusIndicators: the rule", () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  it("starts the window the day after the period's end minus the months, clamping short months", () => {
    expect(activeWindowStart("2025-12-31", 12)).toBe("2025-01-01");
    expect(activeWindowStart("2025-03-31", 1)).toBe("2025-03-01"); // 28 Feb + 1 day
    expect(activeWindowStart("2024-02-29", 12)).toBe("2023-03-01");
    expect(activeWindowStart("2025-06-15", 6)).toBe("2024-12-16");
  });
  it("uses the date first, the status when there is no date, and counts later actions as active", () => {
    const groups = aq.table({
      name: ["A", "B", "C", "D", "E"],
      last_activity_date: [day("2025-06-01"), day("2024-12-31"), null, null, day("2026-02-01")],
      status: ["Fermé", "Actif", "Actif", null, "Closed"],
      created_date: [day("2020-01-01"), day("2020-05-05"), null, day("2021-01-01"), day("2025-03-01")],
    });
    const census = groupCensusIndicators(groups, { period: { from: "2025-01-01", to: "2025-12-31" } });
    expect(figure(census, "groups.active")).toBe(3); // A, C (status), E (after the period)
    expect(figure(census, "groups.inactive")).toBe(2);
    expect(figure(census, "groups.reported_share")).toBeCloseTo(2 / 5, 12); // A and E
    // closed: the status says closed (A in 2025, E in 2026), whatever the date says
    expect(tableOf(census, "groups-by-year")).toEqual([
      ["2020", 2, 0],
      ["2021", 1, 0],
      ["2025", 1, 1],
      ["2026", 0, 1],
    ]);
  });
  it("without a status column, an inactive group is closed in the year of its last action; months are configurable", () => {
    const groups = aq.table({
      name: ["A", "B"],
      last_activity_date: [day("2025-06-01"), day("2023-03-01")],
    });
    const twelve = groupCensusIndicators(groups, { period: { from: "2025-01-01", to: "2025-12-31" } });
    expect(tableOf(twelve, "groups-by-year")).toEqual([["2023", 0, 1]]);
    const long = groupCensusIndicators(groups, {
      period: { from: "2025-01-01", to: "2025-12-31" },
      activeWithinMonths: 36,
    });
    expect(figure(long, "groups.active")).toBe(2);
    expect(() => groupCensusIndicators(groups, { activeWithinMonths: 0 })).toThrow(RangeError);
  });
});
