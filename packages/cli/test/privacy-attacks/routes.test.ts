/**
 * The routes of issue #15 re-checked on the demo report built with a key: rate × denominator,
 * totals minus arms and parts, label differences, chart geometry. The core
 * attack suite (packages/core/test/privacy/attacks) tries each route on generated data, minimum
 * contributors included (minimum-contributors.test.ts); here the published report itself is searched.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { importKey } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/report/build-report.js";
import type { Cell, DataTable, ReportModel } from "../../src/report/model.js";
import { renderJSON } from "../../src/report/render-json.js";
import { renderMarkdown } from "../../src/report/render-markdown.js";

const root = fileURLToPath(new URL("../../../../", import.meta.url));
const K = 10;
/** A fixed test key (not a secret: it protects nothing). */
const TEST_KEY = "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9";
const small = (v: number): boolean => v > 0 && v < K;
const num = (c: Cell | undefined): number | null => (typeof c?.value === "number" ? c.value : null);

function column(t: DataTable, name: string): number {
  return t.columns.findIndex((c) => c.name === name);
}

describe("routes of attack on the demo report with a key", () => {
  it("no rate × base, no total − part, no label and no chart mark gives back a count below k", async () => {
    const dir = join(root, "datasets", "samples", "en");
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".csv"))
      .map((f) => join(dir, f));
    const model: ReportModel = await buildReport(
      files,
      { lang: "en" },
      { now: new Date("2026-06-30T12:00:00Z"), key: await importKey(TEST_KEY) },
    );
    const tables = model.sections.flatMap((s) => [...s.tables, ...s.charts.map((c) => c.table)]);
    let checked = 0;
    for (const t of tables) {
      // rate × denominator: the share missing × enrolled, the rate × recorded
      for (const [rate, base] of [
        ["missing_share", "enrolled"],
        ["rate", "recorded"],
        ["rate", "size"],
      ] as const) {
        const r = column(t, rate);
        const b = column(t, base);
        if (r < 0 || b < 0) continue;
        for (const row of t.rows) {
          const x = num(row[r]);
          const n = num(row[b]);
          if (x === null || n === null) continue;
          checked += 1;
          expect(small(Math.round(x * n)), `${t.id}: ${rate} ${x} × ${base} ${n}`).toBe(false);
          expect(small(Math.round((1 - x) * n)), `${t.id}: (1 − ${rate}) × ${base}`).toBe(false);
        }
      }
      // a whole minus its part (enrolled − paired, recorded − positive, size − retained)
      for (const [whole, part] of [
        ["enrolled", "paired"],
        ["recorded", "positive"],
        ["size", "retained"],
      ] as const) {
        const w = column(t, whole);
        const p = column(t, part);
        if (w < 0 || p < 0) continue;
        for (const row of t.rows) {
          const a = num(row[w]);
          const b = num(row[p]);
          if (a === null || b === null) continue;
          checked += 1;
          expect(small(a - b), `${t.id}: ${whole} ${a} − ${part} ${b}`).toBe(false);
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
    // totals minus the other cells of a people chart: where one band is hidden, another is hidden with it
    for (const chart of model.sections.flatMap((s) => s.charts)) {
      const hidden = chart.table.rows.filter((row) => row.some((c) => c.status && c.status !== "ok"));
      if (chart.id.includes("groups")) continue;
      expect(hidden.length === 1, `${chart.id}: a single hidden cell beside a total`).toBe(false);
    }
    // one label: every hidden cell of report.json is "suppressed", no rule named, no "< 10" in the texts
    const json = renderJSON(model);
    for (const rule of ["primary", "complementary", "dominance", "small-base", "derived", "contributors"])
      expect(json.includes(`"status": "${rule}"`), rule).toBe(false);
    const md = renderMarkdown(model, "en");
    expect(md).not.toMatch(/< ?10\b/);
    // chart geometry: every hidden mark has the same value and label, so no bar length tells it
    for (const chart of model.sections.flatMap((s) => s.charts)) {
      // a map's data is its geometry (an object); its marks come from a lookup and are checked as tables
      const data = (chart.spec.en as { data?: { values?: unknown } }).data?.values;
      const values = (Array.isArray(data) ? (data as Record<string, unknown>[]) : []).filter(
        (v) => v.suppressed === true,
      );
      const shapes = new Set(values.map((v) => JSON.stringify([v.value ?? null, v.label ?? null])));
      expect(shapes.size, chart.id).toBeLessThanOrEqual(1);
    }
    expect(model.protection.method).toBe("cell-key");
  }, 240_000);
});
