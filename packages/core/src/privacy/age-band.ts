/**
 * The age bands of public outputs: 0-17, 18-24, 25-34, 35-44, 45-54, 55-64, 65-74, 75+.
 * They follow the usual survey cut-offs (INSEE, Eurostat) with one band for minors.
 */
export const AGE_BANDS = ["0-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75+"] as const;
/** One of {@link AGE_BANDS}. */
export type AgeBand = (typeof AGE_BANDS)[number];

const LOWER = [0, 18, 25, 35, 45, 55, 65, 75];

/**
 * The age band an age falls in.
 *
 * Why: an exact age, with a gender and a commune, can single a person out; a ten-year band rarely
 * does. Used by {@link minimise} and by analyses that tabulate age.
 *
 * @param age - age in whole or decimal years; from 0 to 130
 * @returns the band label, or `null` for a missing, negative, non-numeric or implausible (> 130) age
 * @example
 * ageBand(17) // => "0-17"
 * ageBand(34.9) // => "25-34"
 * ageBand(80) // => "75+"
 */
export function ageBand(age: number | null | undefined): AgeBand | null {
  if (typeof age !== "number" || !Number.isFinite(age) || age < 0 || age > 130) return null;
  for (let i = LOWER.length - 1; i >= 0; i -= 1) {
    if (age >= (LOWER[i] as number)) return AGE_BANDS[i] as AgeBand;
  }
  return null;
}
