import { normalCdf, normalQuantile } from "./distributions.js";

/** Options of {@link firthLogistic}. */
export interface FirthLogisticOptions {
  /** add an intercept column of 1s first, default true */
  intercept?: boolean;
  /** names of the columns of `x` (without the intercept), default `x1`, `x2`… */
  names?: readonly string[];
  /** confidence level of the intervals, default 0.95 */
  level?: number;
  /** largest number of Newton steps per fit, default 100 */
  maxIterations?: number;
  /** convergence: largest change of a coefficient and largest score, default 1e-8 */
  tolerance?: number;
}

/** One coefficient of a Firth logistic regression. */
export interface FirthCoefficient {
  name: string;
  /** log odds ratio */
  estimate: number;
  /** standard error from the inverse Fisher information at the estimate (Wald) */
  se: number;
  /** profile penalised likelihood interval of the log odds ratio (as R logistf) */
  lower: number;
  upper: number;
  /** penalised likelihood ratio test of estimate = 0 (as R logistf) */
  pValue: number;
  /** exp(estimate), exp(lower), exp(upper) */
  oddsRatio: number;
  oddsLower: number;
  oddsUpper: number;
}

/** A Firth logistic regression fit. */
export interface FirthLogistic {
  coefficients: FirthCoefficient[];
  /** penalised log-likelihood at the estimate: log L + ½ log det I */
  logLikelihood: number;
  n: number;
  iterations: number;
  converged: boolean;
  level: number;
}

/** Cholesky factor of a symmetric positive definite matrix (lower), or null (internal). */
function cholesky(a: number[][]): number[][] | null {
  const n = a.length;
  const l = a.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = (a[i] as number[])[j] as number;
      for (let k = 0; k < j; k++) s -= ((l[i] as number[])[k] as number) * ((l[j] as number[])[k] as number);
      if (i === j) {
        if (!(s > 0)) return null;
        (l[i] as number[])[i] = Math.sqrt(s);
      } else (l[i] as number[])[j] = s / ((l[j] as number[])[j] as number);
    }
  }
  return l;
}

/** Inverse of a symmetric positive definite matrix from its Cholesky factor (internal). */
function inverseOf(l: number[][]): number[][] {
  const n = l.length;
  const inv = l.map(() => new Array<number>(n).fill(0));
  for (let c = 0; c < n; c++) {
    // solve L z = e_c, then Lᵀ x = z
    const z = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i++) {
      let s = i === c ? 1 : 0;
      for (let k = 0; k < i; k++) s -= ((l[i] as number[])[k] as number) * (z[k] as number);
      z[i] = s / ((l[i] as number[])[i] as number);
    }
    for (let i = n - 1; i >= 0; i--) {
      let s = z[i] as number;
      for (let k = i + 1; k < n; k++) s -= ((l[k] as number[])[i] as number) * ((inv[k] as number[])[c] as number);
      (inv[i] as number[])[c] = s / ((l[i] as number[])[i] as number);
    }
  }
  return inv;
}

interface State {
  beta: number[];
  loglik: number;
  score: number[];
  fisher: number[][];
  inverse: number[][];
}

/** Penalised log-likelihood, modified score and Fisher information at beta (internal). */
function evaluate(x: number[][], y: number[], beta: number[]): State | null {
  const n = x.length;
  const p = beta.length;
  const pi = new Array<number>(n);
  const w = new Array<number>(n);
  let loglik = 0;
  const fisher = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let i = 0; i < n; i++) {
    const row = x[i] as number[];
    let eta = 0;
    for (let j = 0; j < p; j++) eta += (row[j] as number) * (beta[j] as number);
    const prob = 1 / (1 + Math.exp(-eta));
    pi[i] = prob;
    w[i] = prob * (1 - prob);
    // log π = −log(1 + e^−η), log(1 − π) = −log(1 + e^η), stable for large |η|
    const logP = eta >= 0 ? -Math.log1p(Math.exp(-eta)) : eta - Math.log1p(Math.exp(eta));
    const logQ = eta >= 0 ? -eta - Math.log1p(Math.exp(-eta)) : -Math.log1p(Math.exp(eta));
    loglik += (y[i] as number) * logP + (1 - (y[i] as number)) * logQ;
    for (let a = 0; a < p; a++)
      for (let b = 0; b <= a; b++)
        (fisher[a] as number[])[b] =
          ((fisher[a] as number[])[b] as number) + (w[i] as number) * (row[a] as number) * (row[b] as number);
  }
  for (let a = 0; a < p; a++)
    for (let b = 0; b < a; b++) (fisher[b] as number[])[a] = (fisher[a] as number[])[b] as number;
  const l = cholesky(fisher);
  if (l === null) return null;
  let logDet = 0;
  for (let j = 0; j < p; j++) logDet += 2 * Math.log((l[j] as number[])[j] as number);
  const inverse = inverseOf(l);
  const score = new Array<number>(p).fill(0);
  for (let i = 0; i < n; i++) {
    const row = x[i] as number[];
    let h = 0;
    for (let a = 0; a < p; a++) {
      let s = 0;
      for (let b = 0; b < p; b++) s += ((inverse[a] as number[])[b] as number) * (row[b] as number);
      h += (row[a] as number) * s;
    }
    h *= w[i] as number;
    const r = (y[i] as number) - (pi[i] as number) + h * (0.5 - (pi[i] as number));
    for (let a = 0; a < p; a++) score[a] = (score[a] as number) + (row[a] as number) * r;
  }
  return { beta, loglik: loglik + 0.5 * logDet, score, fisher, inverse };
}

/** Maximises the penalised likelihood over the free coefficients, the others held at their start values (internal). */
function fit(
  x: number[][],
  y: number[],
  start: number[],
  free: number[],
  maxIterations: number,
  tolerance: number,
): { state: State; iterations: number; converged: boolean } {
  let state = evaluate(x, y, start);
  if (state === null)
    throw new RangeError("firthLogistic: the Fisher information is singular (a constant or duplicated column?)");
  for (let it = 1; it <= maxIterations; it++) {
    // Newton step on the free coefficients: δ = I_ff⁻¹ U*_f
    const sub = free.map((a) => free.map((b) => ((state as State).fisher[a] as number[])[b] as number));
    const l = cholesky(sub);
    if (l === null) break;
    const subInverse = inverseOf(l);
    const delta = free.map((_, a) =>
      free.reduce(
        (s, b, k) => s + ((subInverse[a] as number[])[k] as number) * ((state as State).score[b] as number),
        0,
      ),
    );
    // at most 5 on the log-odds scale per step (as logistf's maxstep), then halve until the penalised likelihood rises
    const largest = Math.max(...delta.map(Math.abs));
    let factor = largest > 5 ? 5 / largest : 1;
    let next: State | null = null;
    for (let half = 0; half < 30; half++) {
      const beta = [...(state as State).beta];
      free.forEach((j, k) => {
        beta[j] = (beta[j] as number) + factor * (delta[k] as number);
      });
      const candidate = evaluate(x, y, beta);
      if (candidate !== null && candidate.loglik >= (state as State).loglik - 1e-12) {
        next = candidate;
        break;
      }
      factor /= 2;
    }
    if (next === null) return { state, iterations: it, converged: false };
    const moved = Math.max(...delta.map((d) => Math.abs(d * factor)));
    state = next;
    const grad = Math.max(...free.map((j) => Math.abs((next as State).score[j] as number)));
    if (moved < tolerance && grad < tolerance * 100) return { state, iterations: it, converged: true };
  }
  return { state, iterations: maxIterations, converged: false };
}

/**
 * Logistic regression with Firth's penalty (Jeffreys prior): odds ratios with profile penalised
 * likelihood intervals and penalised likelihood ratio p-values, as R `logistf`.
 *
 * Why: the success factors of a few dozen projects often separate perfectly (every project with a
 * paid coordinator succeeded): ordinary maximum likelihood then runs to infinite odds ratios, Firth's
 * penalty keeps finite, less biased estimates on small samples (Heinze & Schemper 2002).
 *
 * @param x - one row per observation, one column per factor (numbers; yes/no as 1/0), no missing value
 * @param y - outcome per row: 1 (or true) for success, 0 (or false) for failure
 * @param options - intercept (default true), names, level, maxIterations, tolerance
 * @throws RangeError when rows and outcomes differ in length, a value is not finite, y is not 0/1, or the design is singular
 * @example
 * const fit = firthLogistic([[1], [1], [1], [0], [0], [0], [1], [0]], [1, 1, 1, 0, 0, 1, 1, 0]);
 * fit.coefficients[1].oddsRatio // => 21.000000 (finite although every x = 1 is a success: (4.5 × 3.5) / (0.5 × 1.5))
 */
export function firthLogistic(
  x: readonly (readonly number[])[],
  y: ArrayLike<number | boolean>,
  options: FirthLogisticOptions = {},
): FirthLogistic {
  const intercept = options.intercept ?? true;
  const level = options.level ?? 0.95;
  const maxIterations = options.maxIterations ?? 100;
  const tolerance = options.tolerance ?? 1e-8;
  if (x.length !== y.length) throw new RangeError("firthLogistic: needs as many outcomes as rows");
  if (x.length === 0) throw new RangeError("firthLogistic: needs at least one row");
  if (!(level > 0 && level < 1)) throw new RangeError("firthLogistic: needs a level between 0 and 1");
  const width = (x[0] as readonly number[]).length;
  const design: number[][] = x.map((row) => {
    if (row.length !== width || row.some((v) => !Number.isFinite(v)))
      throw new RangeError("firthLogistic: needs rows of finite numbers of the same length");
    return intercept ? [1, ...row] : [...row];
  });
  const outcome = Array.from({ length: y.length }, (_, i) => {
    const v = y[i];
    if (v === 1 || v === true) return 1;
    if (v === 0 || v === false) return 0;
    throw new RangeError("firthLogistic: needs outcomes of 0 or 1");
  });
  const p = design[0]?.length ?? 0;
  const names = [
    ...(intercept ? ["(Intercept)"] : []),
    ...Array.from({ length: width }, (_, j) => options.names?.[j] ?? `x${j + 1}`),
  ];
  const all = Array.from({ length: p }, (_, j) => j);
  const full = fit(design, outcome, new Array<number>(p).fill(0), all, maxIterations, tolerance);
  const best = full.state;
  const chi = normalQuantile(1 - (1 - level) / 2) ** 2;
  /** Penalised log-likelihood with coefficient j held at b, the others maximised (internal). */
  const profile = (j: number, b: number, start: number[]): number => {
    const s = [...start];
    s[j] = b;
    return fit(
      design,
      outcome,
      s,
      all.filter((k) => k !== j),
      maxIterations,
      tolerance,
    ).state.loglik;
  };
  const coefficients = all.map((j): FirthCoefficient => {
    const estimate = best.beta[j] as number;
    const se = Math.sqrt((best.inverse[j] as number[])[j] as number);
    const lr = Math.max(0, 2 * (best.loglik - profile(j, 0, best.beta)));
    const pValue = 2 * (1 - normalCdf(Math.sqrt(lr)));
    // the interval's ends: where 2 (l*max − l*(b)) = χ²₁(level), found by bracketing then bisection
    const bound = (direction: 1 | -1): number => {
      const g = (b: number): number => 2 * (best.loglik - profile(j, b, best.beta)) - chi;
      let near = estimate;
      let step = Math.max(se, 0.1);
      let far = estimate + direction * step;
      let tries = 0;
      while (g(far) < 0 && tries < 60) {
        near = far;
        step *= 2;
        far = estimate + direction * step;
        tries++;
      }
      if (tries === 60) return direction * Number.POSITIVE_INFINITY;
      for (let k = 0; k < 200 && Math.abs(far - near) > 1e-10 * Math.max(1, Math.abs(near)); k++) {
        const mid = (near + far) / 2;
        if (g(mid) < 0) near = mid;
        else far = mid;
      }
      return (near + far) / 2;
    };
    const lower = bound(-1);
    const upper = bound(1);
    return {
      name: names[j] as string,
      estimate,
      se,
      lower,
      upper,
      pValue,
      oddsRatio: Math.exp(estimate),
      oddsLower: Math.exp(lower),
      oddsUpper: Math.exp(upper),
    };
  });
  return {
    coefficients,
    logLikelihood: best.loglik,
    n: design.length,
    iterations: full.iterations,
    converged: full.converged,
    level,
  };
}
