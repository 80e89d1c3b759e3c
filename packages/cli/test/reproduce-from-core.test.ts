import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { computeIndicators, type Figure, type SectionIndicators } from "@solidata/core";
import { prepareFile } from "@solidata/core/node";
import { describe, expect, it } from "vitest";
import { buildReport } from "../src/report/build-report.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const samples = (lang: string): string[] => {
  const dir = join(root, "datasets", "samples", lang);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".csv"))
    .sort()
    .map((f) => join(dir, f));
};
const fixture = (path: string): string => join(root, "packages", "core", "test", "fixtures", path);

const SETS: Record<string, string[]> = {
  "demo fr": samples("fr"),
  "demo en": samples("en"),
  "person registers": [fixture("dedup/febrl_dataset1.csv"), fixture("dedup/splink_fake_1000_from_splink_demos.csv")],
  "HXL 3W": [fixture("hxl/unhcr-3w.csv")],
  "workbook and open data": [
    fixture("excel/csvkit_ne_1033_data.xlsx"),
    fixture("fr/dataforgood_cnaf_demo_2020_qpv.csv"),
  ],
};

const NOW = new Date("2026-06-30T12:00:00Z");

/** What a reader can check of a published figure. */
const facts = (f: Pick<Figure, "id" | "value" | "n" | "status">) => ({
  id: f.id,
  value: f.value,
  n: f.n,
  status: f.status,
});

/** The notebook's way: core's pipeline on each file, then core's indicators, nothing else (once per set, for both languages). */
const fromCoreAlone = new Map<string, ReturnType<typeof computeIndicators>>();
async function coreIndicators(name: string, files: string[]): Promise<ReturnType<typeof computeIndicators>> {
  const known = fromCoreAlone.get(name);
  if (known) return known;
  const prepared = await Promise.all(files.map((f) => prepareFile(f, { mergeLabels: true, now: NOW })));
  const indicators = computeIndicators(prepared, { privacy: "public", now: NOW });
  fromCoreAlone.set(name, indicators);
  return indicators;
}

describe("every figure of report.json is computed by @solidata/core alone", () => {
  for (const [name, files] of Object.entries(SETS)) {
    for (const lang of ["fr", "en"] as const) {
      it(`${name} (${lang})`, async () => {
        const model = await buildReport(files, { lang }, { now: NOW });
        const indicators = await coreIndicators(name, files);
        const fromCore = indicators.sections.flatMap((s: SectionIndicators) => s.figures.map(facts));
        const fromReport = model.sections.filter((s) => s.id !== "summary").flatMap((s) => s.figures.map(facts));
        if (name.startsWith("demo")) expect(fromReport.length).toBeGreaterThanOrEqual(11);
        const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
        expect(fromCore.sort(byId)).toEqual(fromReport.sort(byId));
        // and every chart's values
        const seriesCore = indicators.sections.flatMap((s) => s.series.map((x) => x.points.map((p) => p.value)));
        const chartValues = model.sections.flatMap((s) =>
          s.charts
            .filter((c) => c.id !== "territory-map" && c.table.columns.length === 2)
            .map((c) => c.table.rows.map((r) => (r[1] ? r[1].value : null))),
        );
        for (const values of chartValues.filter((v) => v.every((x) => typeof x === "number" || x === null))) {
          expect(seriesCore).toContainEqual(values);
        }
      });
    }
  }
});
