import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DEMO_INDICATORS } from "../src/commands/demo.js";
import { buildReport } from "../src/report/build-report.js";
import { drawCharts } from "../src/report/draw-charts.js";
import { indicatorsSection } from "../src/report/indicators-section.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const NOW = new Date("2026-06-30T12:00:00Z");

const indicators = [...DEMO_INDICATORS];

describe("the demo's census of local groups and its logframe against the generator's truth", () => {
  for (const lang of ["fr", "en"] as const) {
    it(`${lang}: groups total, active, inactive, reported share, countries, by year, and the world map`, async () => {
      const dir = join(root, "datasets", "samples", lang);
      const files = readdirSync(dir)
        .filter((f) => f.endsWith(".csv"))
        .map((f) => join(dir, f));
      const census = JSON.parse(readFileSync(join(dir, "truth", "groups-summary.json"), "utf8")).census;
      const model = await buildReport(files, { lang, indicators }, { now: NOW });
      // the rule's period is the demo's: the span of the logs, which the truth's census used
      expect(model.period).toEqual({ from: census.period_from, to: census.reference_end });
      const section = model.sections.find((s) => s.id === "groups");
      expect(section?.title[lang]).toBe(lang === "fr" ? "Groupes locaux" : "Local groups");
      const value = (id: string) => section?.figures.find((f) => f.id === id)?.value;
      expect(value("groups.total")).toBe(census.total);
      expect(value("groups.active")).toBe(census.active);
      expect(value("groups.inactive")).toBe(census.inactive);
      expect(value("groups.reported_share")).toBeCloseTo(census.reported_in_period / census.total, 12);
      expect(value("groups.countries")).toBe(census.countries);
      const byYear = section?.tables.find((t) => t.id === "groups-by-year");
      const closed = Object.fromEntries(
        (byYear?.rows ?? []).filter((r) => r[2]?.value !== 0).map((r) => [r[0]?.value, r[2]?.value]),
      );
      expect(closed).toEqual(census.closed_by_year);
      const world = section?.charts.find((c) => c.id === "groups-world-map");
      if (!section || !world) throw new Error("the groups section has a world map");
      // drawn alone, as a report draws it: the other charts are not what this test is about
      const drawn = await drawCharts({ ...model, sections: [{ ...section, charts: [world] }] }, lang);
      expect(drawn.sections[0]?.charts[0]?.svg?.[lang]).toMatch(/^<svg/);
      // countries named in the reader's language
      const names = section?.tables
        .find((t) => t.id === "groups-by-country")
        ?.rows.map((r) => (r[0]?.value as { fr: string; en: string } | undefined)?.[lang]);
      expect(names).toEqual(lang === "fr" ? ["France", "Sénégal"] : ["France", "Senegal"]);

      // the logframe: progress = (value − baseline) / (target − baseline) on the truth's figures
      const v = JSON.parse(readFileSync(join(dir, "truth", "volunteers-summary.json"), "utf8"));
      const p = JSON.parse(readFileSync(join(dir, "truth", "visits-summary.json"), "utf8"));
      const frame = model.sections.find((s) => s.id === "indicators");
      expect(model.sections.map((s) => s.id).slice(0, 2)).toEqual(["summary", "indicators"]);
      const target = (id: string) => frame?.targets?.find((t) => t.id === id);
      expect(target("volunteer-hours")?.value).toBe(v.hours_total);
      expect(target("volunteer-hours")?.progress).toBeCloseTo((v.hours_total - 6000) / (10000 - 6000), 12);
      expect(target("volunteer-hours")?.status).toBe(v.hours_total >= 7000 ? "on_track" : "behind");
      expect(target("people-reached")?.progress).toBeCloseTo((p.distinct_beneficiaries - 400) / (600 - 400), 12);
      expect(target("people-reached")?.status).toBe(p.distinct_beneficiaries >= 550 ? "on_track" : "behind");
      expect(target("active-groups")).toMatchObject({ value: census.active, status: "achieved" });
      expect(frame?.charts.map((c) => c.id)).toEqual([
        "indicator-volunteer-hours",
        "indicator-people-reached",
        "indicator-active-groups",
      ]);
      expect(frame?.tables[0]?.rows.length).toBe(3);
    });
  }
});

describe("indicatorsSection", () => {
  it("keeps a hidden figure hidden: no value, no progress, anywhere", () => {
    const section = indicatorsSection(
      [
        {
          id: "jobs",
          label: { fr: "Emploi", en: "Jobs" },
          figure: "outcomes.change",
          format: "count",
          unit: "person",
          value: null,
          n: null,
          baseline: 10,
          target: 40,
          direction: "increase",
          progress: null,
          status: "hidden",
          milestone: null,
        },
      ],
      10,
    );
    expect(section.figures[0]).toMatchObject({ value: null, status: "suppressed" });
    expect(section.targets[0]).toMatchObject({ value: null, progress: null, status: "hidden" });
    const row = section.tables[0]?.rows[0];
    expect(row?.[1]).toEqual({ value: null, status: "suppressed", k: 10 });
    expect(row?.[5]).toEqual({ value: null, status: "suppressed", k: 10 });
    expect(section.charts[0]?.spec.en.description).toContain("value hidden");
  });
});
