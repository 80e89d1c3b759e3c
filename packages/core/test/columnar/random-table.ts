/** Seeded random columns with the values that trip grouping code: nulls, NaN, -0, dates, "", numeric texts. */
export function seeded(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4_294_967_296;
  };
}

const TEXTS = ["", " ", "a", "A", "a ", "1", "01", "1.0", "-0", "NaN", "null", "é", "e\u0301", "Accueil", "accueil"];

/** One column of `n` values of a kind, drawing from about `cardinality` distinct values. */
export function randomColumn(
  random: () => number,
  kind: "text" | "number" | "date" | "mixed",
  n: number,
  cardinality: number,
): unknown[] {
  const pick = (): unknown => {
    const r = random();
    if (r < 0.05) return null;
    if (r < 0.07 && kind !== "text") return Number.NaN;
    if (r < 0.08) return undefined;
    const k = Math.floor(random() * cardinality);
    switch (kind) {
      case "text":
        return k < TEXTS.length ? TEXTS[k] : `t${k}`;
      case "number":
        return k === 0 ? -0 : k === 1 ? 0 : k % 7 === 0 ? k / 4 : k - cardinality / 2;
      case "date":
        // a new object each time: equal dates are different objects
        return k === 0 ? new Date(Number.NaN) : new Date(Date.UTC(2020, 0, 1 + k));
      default:
        return k % 3 === 0 ? String(k) : k % 3 === 1 ? k : k < TEXTS.length ? TEXTS[k] : `m${k}`;
    }
  };
  return Array.from({ length: n }, pick);
}

/** A value as arquero's keys compare it: dates by time (an invalid one is NaN), `-0` as `0`. */
export function plain(value: unknown): unknown {
  if (value instanceof Date) return value.getTime();
  if (value === 0) return 0;
  return value;
}
