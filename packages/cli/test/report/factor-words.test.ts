import { readFileSync } from "node:fs";
import { type FactorSection, factorIndicators, fromCSV, prepareTable } from "@solidata/core";
import { beforeAll, describe, expect, it } from "vitest";
import { factorWords } from "../../src/report/factor-words.js";

// The French sample list of projects (datasets/samples/fr/projets.csv): its strongest true factor is the paid
// coordinator (truth/projects-summary.json); R gives its odds ratio 6.153 (95% CI 3.023 to 13.152) on 159 projects
// (see packages/core/test/analyses/success-factors.test.ts).
let part: FactorSection;
beforeAll(async () => {
  const bytes = readFileSync(new URL("../../../../datasets/samples/fr/projets.csv", import.meta.url));
  const prepared = await prepareTable(fromCSV(bytes, { file: "projets.csv", maxIssuesPerCode: Infinity }));
  const labels = Object.fromEntries(
    (prepared.cleaned?.recipe.columns ?? []).map((c) => [c.field ?? c.header, c.header]),
  );
  part = factorIndicators(prepared.cleaned!.clean, { labels });
});

describe("factorWords", () => {
  it("names the factor with the strongest evidence, its odds ratio and interval", () => {
    const [top] = factorWords(part);
    expect(top?.fr).toBe(
      "Le facteur le mieux étayé est « Coordinateur salarié » : les chances de succès sont 6,15 fois celles des projets qui ne l'ont pas (IC à 95 % de 3,02 à 13,15), les autres facteurs égaux par ailleurs.",
    );
    expect(top?.en).toContain("“Coordinateur salarié”: the odds of success are 6.15 times");
  });

  it("says what the analysis does not show, with the projects it rests on and how many a firmer answer needs", () => {
    const limits = factorWords(part).at(-1);
    // ten of the rarer outcome (79 failures of 160) for each of the 6 model columns: ⌈60 / 0.49375⌉ = 122
    expect(limits?.en).toContain("an association is not a cause");
    expect(limits?.en).toContain("rest on 159 projects; a firmer answer would need about 122 projects");
    expect(limits?.fr).toContain("reposent sur 159 projets ; une réponse plus solide demanderait environ 122 projets");
  });
});
