/**
 * Probability distributions the statistics of this module need (normal, Student t) and that
 * simple-statistics does not provide with enough precision in the tails.
 * Internal helpers: exported from the stats barrel for advanced use.
 */

const LANCZOS = [
  0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531, -176.6150291621406, 12.507343278686905,
  -0.13857109526572012, 0.000009984369578019572, 1.5056327351493116e-7,
];

/**
 * Natural logarithm of the gamma function (Lanczos approximation, about 15 significant digits).
 *
 * Why: the building block of the incomplete beta function behind Student's t.
 *
 * @param x - a positive number
 * @throws RangeError when x is not positive
 * @example
 * logGamma(5) // => 3.1780538303479458 (log 24)
 */
export function logGamma(x: number): number {
  if (!(x > 0)) throw new RangeError("logGamma: needs a positive number");
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = LANCZOS[0] as number;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += (LANCZOS[i] as number) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

function betaContinuedFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 10000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < 1e-16) break;
  }
  return h;
}

/**
 * Regularised incomplete beta function I_x(a, b).
 *
 * Why: gives the Student t distribution function.
 *
 * @param x - in [0, 1]
 * @param a - positive
 * @param b - positive
 * @throws RangeError when x is outside [0, 1]
 * @example
 * incompleteBeta(0.5, 2, 2) // => 0.5
 */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (!(x >= 0 && x <= 1)) throw new RangeError("incompleteBeta: needs x between 0 and 1");
  if (x === 0 || x === 1) return x;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(a, b, x)) / a;
  return 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/**
 * Distribution function of the standard normal law, P(Z ≤ z).
 *
 * Why: p-values of large-sample tests (Wilcoxon, Mann–Whitney with ties).
 *
 * @param z - any number
 * @example
 * normalCdf(1.959963984540054) // => 0.975
 */
export function normalCdf(z: number): number {
  // Complementary error function (W. J. Cody's rational approximations via erfc series)
  return 0.5 * erfc(-z / Math.SQRT2);
}

function erfc(x: number): number {
  // Numerical Recipes erfc with Chebyshev fit, relative error below 1.2e-7, refined below.
  const z = Math.abs(x);
  if (z < 0.5) {
    // series for erf near 0 (exact to double precision for small z)
    let sum = z;
    let term = z;
    const z2 = z * z;
    for (let n = 1; n < 60; n++) {
      term *= -z2 / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    const erf = (2 / Math.sqrt(Math.PI)) * sum;
    return x >= 0 ? 1 - erf : 1 + erf;
  }
  // continued fraction for erfc (Lentz), accurate for z >= 0.5
  const tiny = 1e-300;
  let f = z;
  let c = z;
  let d = 0;
  for (let n = 1; n < 500; n++) {
    const an = n / 2;
    d = z + an * d;
    d = Math.abs(d) < tiny ? 1 / tiny : 1 / d;
    c = z + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  const value = Math.exp(-z * z) / Math.sqrt(Math.PI) / f;
  return x >= 0 ? value : 2 - value;
}

/**
 * Quantile of the standard normal law (Wichura's AS 241, about 16 digits).
 *
 * Why: critical values of confidence intervals (1.96 for 95 %).
 *
 * @param p - a probability strictly between 0 and 1
 * @throws RangeError when p is not in (0, 1)
 * @example
 * normalQuantile(0.975) // => 1.959963984540054
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError("normalQuantile: needs a probability strictly between 0 and 1");
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (
      (q *
        (((((((r * 2509.0809287301227 + 33430.57558358813) * r + 67265.7709270087) * r + 45921.95393154987) * r +
          13731.69376550946) *
          r +
          1971.5909503065513) *
          r +
          133.14166789178438) *
          r +
          3.3871328727963665)) /
      (((((((r * 5226.495278852546 + 28729.085735721943) * r + 39307.89580009271) * r + 21213.794301586597) * r +
        5394.196021424751) *
        r +
        687.1870074920579) *
        r +
        42.31333070160091) *
        r +
        1)
    );
  }
  let r = q < 0 ? p : 1 - p;
  r = Math.sqrt(-Math.log(r));
  let value: number;
  if (r <= 5) {
    r -= 1.6;
    value =
      (((((((r * 0.0007745450142783414 + 0.022723844989269184) * r + 0.2417807251774506) * r + 1.2704582524523684) * r +
        3.6478483247632045) *
        r +
        5.769497221460691) *
        r +
        4.630337846156546) *
        r +
        1.4234371107496835) /
      (((((((r * 1.0507500716444169e-9 + 0.0005475938084995345) * r + 0.015198666563616457) * r + 0.14810397642748008) *
        r +
        0.6897673349851) *
        r +
        1.6763848301838038) *
        r +
        2.053191626637759) *
        r +
        1);
  } else {
    r -= 5;
    value =
      (((((((r * 2.0103343992922881e-7 + 0.000027115555687434876) * r + 0.0012426609473880784) * r +
        0.026532189526576124) *
        r +
        0.29656057182850487) *
        r +
        1.7848265399172913) *
        r +
        5.463784911164114) *
        r +
        6.657904643501103) /
      (((((((r * 2.0442631033899397e-15 + 1.421511758316446e-7) * r + 0.000018463183175100548) * r +
        0.0007868691311456133) *
        r +
        0.014875361290850615) *
        r +
        0.1369298809227358) *
        r +
        0.599832206555888) *
        r +
        1);
  }
  return q < 0 ? -value : value;
}

/**
 * Distribution function of Student's t law with `df` degrees of freedom, P(T ≤ t).
 *
 * Why: p-values of the paired and Welch t tests.
 *
 * @param t - any number
 * @param df - degrees of freedom, positive (need not be an integer: Welch)
 * @throws RangeError when df is not positive
 * @example
 * studentTCdf(2.262157162798205, 9) // => 0.975
 */
export function studentTCdf(t: number, df: number): number {
  if (!(df > 0)) throw new RangeError("studentTCdf: needs positive degrees of freedom");
  if (!Number.isFinite(t)) return t > 0 ? 1 : 0;
  const x = df / (df + t * t);
  const tail = 0.5 * incompleteBeta(x, df / 2, 0.5);
  return t > 0 ? 1 - tail : tail;
}

/**
 * Quantile of Student's t law with `df` degrees of freedom.
 *
 * Why: critical values of t intervals.
 *
 * @param p - a probability strictly between 0 and 1
 * @param df - degrees of freedom, positive
 * @throws RangeError when p is not in (0, 1) or df is not positive
 * @example
 * studentTQuantile(0.975, 9) // => 2.262157162798205
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError("studentTQuantile: needs a probability strictly between 0 and 1");
  if (!(df > 0)) throw new RangeError("studentTQuantile: needs positive degrees of freedom");
  if (p === 0.5) return 0;
  // bracket then bisect, refined by a few Newton-free secant steps: robust for any df
  let lo = -1;
  let hi = 1;
  while (studentTCdf(lo, df) > p) lo *= 2;
  while (studentTCdf(hi, df) < p) hi *= 2;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (studentTCdf(mid, df) < p) lo = mid;
    else hi = mid;
    if (hi - lo < 1e-14 * Math.max(1, Math.abs(mid))) break;
  }
  return (lo + hi) / 2;
}
