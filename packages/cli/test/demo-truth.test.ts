import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildReport } from "../src/report/build-report.js";
import type { ReportModel } from "../src/report/model.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const NOW = new Date("2026-06-30T12:00:00Z");
const truth = (lang: string, kind: string) =>
  JSON.parse(readFileSync(join(root, "datasets", "samples", lang, "truth", `${kind}-summary.json`), "utf8"));

const figure = (model: ReportModel, id: string) =>
  model.sections
    .filter((s) => s.id !== "summary")
    .flatMap((s) => s.figures)
    .find((f) => f.id === id);
const categories = (model: ReportModel, chart: string, lang: "fr" | "en") =>
  new Set(
    model.sections
      .flatMap((s) => s.charts)
      .find((c) => c.id === chart)
      ?.table.rows.map((r) => {
        const v = r[0]?.value;
        return typeof v === "object" && v !== null ? v[lang] : v;
      }),
  );

describe("the demo report against the generator's truth (datasets/samples/*/truth)", () => {
  for (const lang of ["fr", "en"] as const) {
    it(`${lang}: headline figures, categories and outcome changes per arm and wave`, async () => {
      const dir = join(root, "datasets", "samples", lang);
      const files = readdirSync(dir)
        .filter((f) => f.endsWith(".csv"))
        .map((f) => join(dir, f));
      const model = await buildReport(files, { lang }, { now: NOW });
      const v = truth(lang, "volunteers");
      const b = truth(lang, "beneficiaries");
      const p = truth(lang, "visits");
      const o = truth(lang, "outcomes");
      const g = truth(lang, "groups");
      const within = (id: string, want: number) => {
        const got = figure(model, id)?.value;
        expect(typeof got, id).toBe("number");
        expect(Math.abs((got as number) - want) / want, `${id}: ${got} vs ${want}`).toBeLessThanOrEqual(0.005);
      };
      expect(figure(model, "volunteers.people")?.value).toBe(v.distinct_volunteers);
      within("volunteers.hours", v.hours_total);
      within("beneficiaries.registered", b.distinct_beneficiaries);
      within("beneficiaries.reached", p.distinct_beneficiaries);
      within("beneficiaries.visits", p.visits);
      expect(figure(model, "territory.groups")?.value).toBe(g.rows);
      // one label per meaning: exactly the truth's categories
      expect(categories(model, "volunteers-hours-by-activity", lang)).toEqual(
        new Set(Object.keys(v.hours_by_activity)),
      );
      expect(categories(model, "beneficiaries-by-service", lang)).toEqual(new Set(Object.keys(p.visits_by_service)));
      expect(categories(model, "beneficiaries-by-situation", lang)).toEqual(new Set(Object.keys(b.by_situation)));
      expect(categories(model, "territory-groups-by-status", lang)).toEqual(new Set(Object.keys(g.by_status)));
      // outcomes: the change per arm and wave, never pooled, and the people followed where shown
      const table = model.sections.flatMap((s) => s.tables).find((t) => t.id === "outcomes-change");
      expect(table).toBeDefined();
      const col = (name: string) => table?.columns.findIndex((c) => c.name === name) ?? -1;
      const waves = [...new Set(table?.rows.map((r) => r[col("horizon_months")]?.value as number))].sort(
        (a, b) => a - b,
      );
      let compared = 0;
      for (const row of table?.rows ?? []) {
        const arm = row[col("arm")]?.value as string;
        const wave = waves.indexOf(row[col("horizon_months")]?.value as number) + 1;
        const key = `${arm}|${wave}`;
        expect(row[col("change")]?.value as number, key).toBeCloseTo(o.mean_change_by_arm_wave[key], 4);
        const paired = row[col("paired")];
        if (paired?.status === "ok") expect(paired.value, key).toBe(o.followups_by_arm_wave[key]);
        compared++;
      }
      expect(compared).toBe(Object.keys(o.mean_change_by_arm_wave).length);
    });
  }
});
