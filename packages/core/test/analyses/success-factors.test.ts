import { readFileSync } from "node:fs";
import { fromCSV, prepareTable, successFactors } from "@solidata/core";
import { table } from "arquero";
import { describe, expect, it } from "vitest";

// The sample list of projects (datasets/samples/<lang>/projets.csv, projects.csv; generator seed 2025): 160
// projects whose success follows a known logistic model (truth/projects-summary.json): a paid coordinator
// (log-odds 2.0, the strongest), partners (0.9), and no effect at all for the setting, the volunteers and the budget.
const sample = (lang: "fr" | "en", name: string): Uint8Array =>
  readFileSync(new URL(`../../../../datasets/samples/${lang}/${name}`, import.meta.url));
const truth = (lang: "fr" | "en") =>
  JSON.parse(new TextDecoder().decode(sample(lang, "truth/projects-summary.json"))) as {
    successes: number;
    strongest: string;
    moderate: string;
    no_effect: string[];
  };
async function analyse(lang: "fr" | "en") {
  const file = lang === "fr" ? "projets.csv" : "projects.csv";
  const prepared = await prepareTable(fromCSV(sample(lang, file), { file, maxIssuesPerCode: Infinity }));
  expect(prepared.kind).toBe("projects");
  const labels = Object.fromEntries(
    (prepared.cleaned?.recipe.columns ?? []).map((c) => [c.field ?? c.header, c.header] as const),
  );
  return successFactors(prepared.cleaned!.clean, { labels });
}

// R 4.2.2 (logistf is not installed here): the Firth-penalised likelihood written out and maximised with optim, profile
// intervals by uniroot, LR p-values, on the truth file (truth/projects.csv). The file leaves one budget blank (its
// mess): complete cases, as solidata.
// > d <- read.csv("truth/projects.csv"); d$budget[30] <- NA; d <- d[!is.na(d$budget), ]
// > X <- cbind(1, scale(d$budget), d$coordinator, d$partners, d$setting == "Urbain", d$setting == "Périurbain", scale(d$volunteers))
// > y <- d$success
// > pl <- function(b) { eta <- X %*% b; p <- 1 / (1 + exp(-eta)); w <- as.vector(p * (1 - p))
// +   sum(y * eta - log1p(exp(eta))) + 0.5 * determinant(crossprod(X * sqrt(w)))$modulus[1] }
// > fit <- optim(rep(0, ncol(X)), function(b) -pl(b), method = "BFGS", control = list(reltol = 1e-14, maxit = 1000))
// > b <- fit$par; lmax <- -fit$value
// > prof <- function(j, v) { f <- function(o) { bb <- numeric(ncol(X)); bb[j] <- v; bb[-j] <- o; -pl(bb) }
// +   -optim(b[-j], f, method = "BFGS", control = list(reltol = 1e-14, maxit = 1000))$value }
// > for (j in 2:ncol(X)) { g <- function(v) 2 * (lmax - prof(j, v)) - qchisq(0.95, 1)
// +   lo <- uniroot(g, c(b[j] - 5, b[j]), tol = 1e-10)$root; hi <- uniroot(g, c(b[j], b[j] + 5), tol = 1e-10)$root
// +   cat(exp(b[j]), exp(lo), exp(hi), pchisq(2 * (lmax - prof(j, 0)), 1, lower.tail = FALSE), "\n") }
// > p.adjust(p, "BH")
const R: Record<string, { or: number; lower: number; upper: number; p: number; adjusted: number }> = {
  "Budget (€)": { or: 0.858652, lower: 0.587525, upper: 1.236342, p: 0.415734, adjusted: 0.552864 },
  "Coordinateur salarié": { or: 6.153072, lower: 3.022954, upper: 13.152131, p: 2.30007e-7, adjusted: 1.38004e-6 },
  "Partenaires associés": { or: 2.659016, lower: 1.321797, upper: 5.494655, p: 0.00592651, adjusted: 0.0177795 },
  "Milieu=Urbain": { or: 0.66909, lower: 0.284041, upper: 1.55457, p: 0.35034, adjusted: 0.552864 },
  "Milieu=Périurbain": { or: 1.099815, lower: 0.451797, upper: 2.676812, p: 0.833147, adjusted: 0.833147 },
  "Bénévoles mobilisés": { or: 1.144037, lower: 0.801245, upper: 1.650821, p: 0.46072, adjusted: 0.552864 },
};

describe("successFactors", () => {
  it("gives the odds ratios, profile intervals, p-values and adjusted p-values of R on the French sample", async () => {
    const result = await analyse("fr");
    expect(result.projects).toBe(truth("fr").successes + (160 - truth("fr").successes));
    expect(result.successes).toBe(truth("fr").successes);
    expect(result.modelled).toBe(159);
    expect(result.converged).toBe(true);
    for (const f of result.factors) {
      const r = R[f.kind === "category" ? `${f.label}=${f.level}` : f.label];
      expect(r, f.label).toBeDefined();
      expect(f.oddsRatio).toBeCloseTo(r!.or, 4);
      expect(f.lower).toBeCloseTo(r!.lower, 3);
      expect(f.upper).toBeCloseTo(r!.upper, 3);
      expect((f.pValue as number) / r!.p).toBeCloseTo(1, 3);
      expect((f.adjusted as number) / r!.adjusted).toBeCloseTo(1, 3);
    }
  });

  for (const lang of ["fr", "en"] as const)
    it(`${lang}: ranks the strongest true factor first with an interval above 1; no factor without effect is clear`, async () => {
      const result = await analyse(lang);
      const t = truth(lang);
      const top = result.factors.find((f) => f.rank === 1);
      expect(top?.label).toBe(t.strongest);
      expect(top?.lower).toBeGreaterThan(1);
      for (const f of result.factors.filter((x) => t.no_effect.includes(x.label))) {
        expect(f.lower as number, f.label).toBeLessThan(1);
        expect(f.upper as number, f.label).toBeGreaterThan(1);
        expect(f.adjusted as number).toBeGreaterThan(0.05);
      }
      // ten of the rarer outcome (79 failures of 160) per model column (6)
      expect(result.needed).toBe(Math.ceil((10 * 6) / (79 / 160)));
    });

  it("gives the success rate with and without a factor, with Wilson intervals (SciPy)", async () => {
    const coordinator = (await analyse("fr")).factors.find((f) => f.label === "Coordinateur salarié")!;
    // from truth/projects.csv: 50 of 66 projects with a coordinator succeeded, 31 of 94 without
    // >>> from scipy.stats import norm; z = norm.ppf(0.975); wilson(50, 66), wilson(31, 94)
    expect([coordinator.with.successes, coordinator.with.n]).toEqual([50, 66]);
    expect([coordinator.without.successes, coordinator.without.n]).toEqual([31, 94]);
    expect(coordinator.with.lower).toBeCloseTo(0.6419087139865022, 10);
    expect(coordinator.with.upper).toBeCloseTo(0.8449081505822794, 10);
    expect(coordinator.without.lower).toBeCloseTo(0.2430749357574976, 10);
    expect(coordinator.without.upper).toBeCloseTo(0.42986534553324096, 10);
  });

  it("keeps a finite odds ratio when a factor separates the outcomes, and reads a score against half its scale", () => {
    const separated = table({
      project_id: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"],
      score: [9, 8, 7, 9, 6, 2, 3, 7, 1, 4],
      coordinator: ["oui", "oui", "oui", "oui", "oui", "non", "non", "non", "non", "non"],
    });
    const result = successFactors(separated);
    expect(result.outcome).toEqual({ from: "score", threshold: 5 });
    expect(result.successes).toBe(6);
    const f = result.factors[0]!;
    expect(f.with.estimate).toBe(1);
    // Firth on a 2×2 table is the ½-corrected odds ratio: (5.5 × 4.5) / (0.5 × 1.5) = 33
    expect(f.oddsRatio).toBeCloseTo(33, 4);
  });

  it("refuses a table without an outcome or a score", () => {
    expect(() => successFactors(table({ project_id: ["1"], budget: [3] }))).toThrow(RangeError);
  });
});
