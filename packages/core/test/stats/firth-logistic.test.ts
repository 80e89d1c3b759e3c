import { firthLogistic } from "@solidata/core";
import { describe, expect, it } from "vitest";

// 24 projects: x1 (a yes/no factor) separates the outcomes — every project with x1 = 1 succeeded — and x2 is a number.
const y = [1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 1, 0, 0, 1, 0, 1, 0, 0, 1];
const x1 = [1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0];
const x2 = [
  0.5, 2.1, 0.9, 1.7, 3.2, 0.4, 2.8, 1.1, 1.9, 0.2, 0.7, 2.5, 0.3, 3.1, 1.4, 0.8, 2.2, 1.6, 0.1, 2.9, 1.2, 2.4, 0.6,
  2.7,
];

// R 4.2 (logistf is not packaged here: the penalised likelihood written out and maximised with optim, a different
// algorithm from the modified-score Newton steps of the implementation):
// > X <- cbind(1, x1, x2)
// > pl <- function(b) { eta <- X %*% b; p <- 1/(1+exp(-eta)); w <- as.vector(p*(1-p))
// +   sum(y*log(p) + (1-y)*log(1-p)) + 0.5*log(det(t(X) %*% (X*w))) }
// > fitb <- function(fixed=NULL, value=0, start=c(0,0,0)) { free <- setdiff(1:3, fixed)
// +   f <- function(bf) { b <- numeric(3); b[free] <- bf; if (!is.null(fixed)) b[fixed] <- value; -pl(b) }
// +   o <- optim(start[free], f, method="BFGS", control=list(reltol=1e-15, maxit=10000))
// +   o <- optim(o$par, f, method="Nelder-Mead", control=list(reltol=1e-15, maxit=20000))
// +   o <- optim(o$par, f, method="BFGS", control=list(reltol=1e-15, maxit=10000)); list(par=o$par, value=-o$value) }
// > m <- fitb(); m$par; m$value                                  # estimates, penalised log-likelihood
// > sqrt(diag(solve(t(X) %*% (X*w))))                           # w at m$par: standard errors
// > for (j in 1:3) { r <- fitb(j, 0); lr <- 2*(m$value - r$value); pchisq(lr, 1, lower.tail=FALSE) }   # LR p-values
// > g <- function(v) 2*(m$value - fitb(j, v, m$par)$value) - qchisq(0.95, 1); uniroot(g, ..., tol=1e-12)   # profile CI
// > coef(glm(y ~ x1 + x2, family=binomial))["x1"]               # 20.7: maximum likelihood runs away
const R = {
  estimate: [0.0787030401979573, 3.7211081765674416, -0.6747057638791476],
  loglik: -7.96672481595351,
  se: [1.008119223587468, 1.643964609697278, 0.571454583514528],
  p: [0.93548800742621674, 8.97393866064717e-4, 0.217142589611959],
  lower: [-1.94478121404204, 1.30821268116053, -1.980861616555089],
  upper: [2.07074207476832, 8.70406303667058, 0.391394317027009],
};

describe("firthLogistic", () => {
  const fit = firthLogistic(
    x1.map((v, i) => [v, x2[i] as number]),
    y,
    { names: ["x1", "x2"] },
  );

  it("matches the penalised likelihood maximised in R: estimates, standard errors, LR p-values, profile intervals", () => {
    expect(fit.converged).toBe(true);
    expect(fit.coefficients.map((c) => c.name)).toEqual(["(Intercept)", "x1", "x2"]);
    expect(fit.logLikelihood).toBeCloseTo(R.loglik, 8);
    fit.coefficients.forEach((c, j) => {
      expect(c.estimate).toBeCloseTo(R.estimate[j] as number, 6);
      expect(c.se).toBeCloseTo(R.se[j] as number, 6);
      expect(c.pValue).toBeCloseTo(R.p[j] as number, 6);
      expect(c.lower).toBeCloseTo(R.lower[j] as number, 5);
      expect(c.upper).toBeCloseTo(R.upper[j] as number, 5);
      expect(c.oddsRatio).toBeCloseTo(Math.exp(R.estimate[j] as number), 5);
    });
  });

  it("keeps a finite odds ratio under separation, with an interval that excludes no effect", () => {
    const x = fit.coefficients[1];
    expect(Number.isFinite(x?.oddsRatio)).toBe(true);
    expect(x?.oddsLower).toBeGreaterThan(1);
    // x2 has no clear effect: its interval spans 1
    expect(fit.coefficients[2]?.oddsLower).toBeLessThan(1);
    expect(fit.coefficients[2]?.oddsUpper).toBeGreaterThan(1);
  });

  it("gives, for one yes/no factor, the odds ratio of the table with ½ added to each cell (a known property)", () => {
    // x = 1: 4 successes, 0 failures; x = 0: 1 success, 3 failures → (4.5 × 3.5) / (0.5 × 1.5) = 21
    const one = firthLogistic([[1], [1], [1], [0], [0], [0], [1], [0]], [1, 1, 1, 0, 0, 1, 1, 0]);
    expect(one.coefficients[1]?.oddsRatio).toBeCloseTo(21, 6);
  });

  it("refuses outcomes that are not 0/1 and rows of uneven length", () => {
    expect(() => firthLogistic([[1], [0]], [1, 2])).toThrow(RangeError);
    expect(() => firthLogistic([[1], [0, 1]], [1, 0])).toThrow(RangeError);
    expect(() => firthLogistic([[1], [1]], [1, 0])).toThrow(/singular/);
  });
});
