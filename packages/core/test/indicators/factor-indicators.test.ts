import { readFileSync } from "node:fs";
import { factorIndicators, fromCSV, prepareTable } from "@solidata/core";
import { describe, expect, it } from "vitest";

// The English sample list of projects and its truth (datasets/samples/en, generator seed 2025).
const read = (name: string): Uint8Array =>
  readFileSync(new URL(`../../../../datasets/samples/en/${name}`, import.meta.url));
const truth = JSON.parse(new TextDecoder().decode(read("truth/projects-summary.json"))) as {
  projects: number;
  successes: number;
  strongest: string;
};

describe("factorIndicators", () => {
  it("publishes the projects, their success rate, the rates table and the ranked model table", async () => {
    const prepared = await prepareTable(
      fromCSV(read("projects.csv"), { file: "projects.csv", maxIssuesPerCode: Infinity }),
    );
    const labels = Object.fromEntries(
      (prepared.cleaned?.recipe.columns ?? []).map((c) => [c.field ?? c.header, c.header]),
    );
    const part = factorIndicators(prepared.cleaned!.clean, { labels });
    const figure = (id: string) => part.figures.find((f) => f.id === id);
    expect(figure("factors.projects")?.value).toBe(truth.projects);
    expect(figure("factors.success_rate")?.value).toBeCloseTo(truth.successes / truth.projects, 12);
    expect(part.tables.map((t) => t.id)).toEqual(["factors-rates", "factors-model"]);
    // one row per model column: budget, coordinator, partners, volunteers, and two values of the setting
    expect(part.tables[0]?.rows).toHaveLength(6);
    const model = part.tables[1]!;
    expect(model.rows[0]?.[0]?.value).toBe(1);
    expect(model.rows[0]?.[1]?.value).toBe(truth.strongest);
    expect(figure("factors.top_odds_ratio")?.value).toBe(part.analysis.factors.find((f) => f.rank === 1)?.oddsRatio);
  });
});
