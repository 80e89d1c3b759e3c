import { describe, expect, it } from "vitest";
import type { ReportModel } from "../../src/report/model.js";
import { renderJSON } from "../../src/report/render-json.js";
import { drawnSampleModel } from "./sample-model.js";

describe("renderJSON", () => {
  it("keeps every figure with its n, method and status, and charts without their SVG and spec", async () => {
    const model = await drawnSampleModel();
    expect(model.sections[1]?.charts[0]?.svg?.en).toMatch(/^<svg/);
    const json = JSON.parse(renderJSON(model)) as ReportModel;
    expect(json.version).toBe(1);
    const rare = json.sections[0]?.figures.find((f) => f.id === "beneficiaries.rare");
    expect(rare).toEqual({
      id: "beneficiaries.rare",
      label: { fr: "Personnes d'un petit groupe", en: "People of a small group" },
      value: null,
      format: "count",
      n: 3,
      unit: "person",
      method: "count-distinct",
      status: "primary",
      k: 10,
    });
    const chart = json.sections[1]?.charts[0] as unknown as Record<string, unknown>;
    expect(chart.svg).toBeUndefined();
    expect(chart.spec).toBeUndefined();
    expect(chart.alt).toEqual({
      fr: "Barres : nombre de bénévoles par site",
      en: "Bars: number of volunteers by site",
    });
    expect((chart.table as { rows: unknown[] }).rows).toHaveLength(3);
  });
});
