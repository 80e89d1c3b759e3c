import { describe, expect, it } from "vitest";
import { drawCharts } from "../../src/report/draw-charts.js";
import type { Chart, ReportModel } from "../../src/report/model.js";
import { sampleModel } from "./sample-model.js";

const charts = (model: ReportModel): Chart[] => model.sections.flatMap((s) => s.charts);

describe("drawCharts", () => {
  it("draws every chart in the language asked only, from that language's spec", async () => {
    const model = sampleModel();
    expect(charts(model).map((c) => c.svg)).toEqual([undefined, undefined]);
    const drawn = await drawCharts(model, "fr");
    expect(charts(drawn).map((c) => c.id)).toEqual(["volunteers-by-site", "hours-by-month"]);
    for (const chart of charts(drawn)) {
      expect(chart.svg?.fr).toMatch(/^<svg/);
      expect(chart.svg?.en).toBeUndefined();
    }
    // the French title and axis, not the English ones (the words of the sample model)
    const [sites, hours] = charts(drawn).map((c) => c.svg?.fr ?? "");
    expect(sites).toContain("Bénévoles par site");
    expect(sites).not.toContain("Volunteers by site");
    expect(hours).toContain("Heures par mois");
    expect(hours).not.toContain("Hours by month");
    // a hostile label of the data is drawn as text
    expect(sites).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(sites).not.toContain("<img");
  });

  it("leaves the model given unchanged and keeps what is drawn already", async () => {
    const model = sampleModel();
    const french = await drawCharts(model, "fr");
    expect(charts(model).every((c) => c.svg === undefined)).toBe(true);
    const both = await drawCharts(french, "en");
    charts(both).forEach((chart, i) => {
      expect(chart.svg?.fr).toBe(charts(french)[i]?.svg?.fr);
      expect(chart.svg?.en).toContain(["Volunteers by site", "Hours by month"][i]);
    });
    // nothing left to draw: the same charts come back
    const again = await drawCharts(both, "en");
    charts(again).forEach((chart, i) => {
      expect(chart).toBe(charts(both)[i]);
    });
    expect(again.sections.map((s) => s.id)).toEqual(model.sections.map((s) => s.id));
  });
});
