/**
 * Hourly rates used to value volunteer time, with their sources.
 *
 * - `fr-smic-gross`: the French minimum wage (SMIC horaire brut, metropolitan France), in euros,
 *   by date of effect (decrees published in the Journal officiel; service-public.fr "Smic"):
 *   2021-01-01 10,25; 2021-10-01 10,48; 2022-01-01 10,57; 2022-05-01 10,85; 2022-08-01 11,07;
 *   2023-01-01 11,27; 2023-05-01 11,52; 2024-01-01 11,65; 2024-11-01 11,88; 2026-01-01 12,02.
 *   Each hour is valued at the rate in force on the day of the activity.
 * - `fr-smic-charged`: the same rate plus employer contributions, `gross × (1 + employerRate)`.
 *   There is no official coefficient: it depends on the reductions an employer would get. The
 *   default `employerRate` of 0.45 is a convention many associations use for a full-rate employer
 *   cost; pass your payroll's rate with `employerRate` and the method text says which one was used.
 * - `us-independent-sector`: the Independent Sector "Value of Volunteer Time" (United States, US dollars,
 *   average hourly earnings of production and non-supervisory workers plus 12 % for fringe benefits),
 *   by calendar year of the activity: 2020 28.54; 2021 29.95; 2022 31.80; 2023 33.49; 2024 34.79
 *   (Independent Sector press releases, independentsector.org "Value of Volunteer Time"; a new year is
 *   published each April: add it here).
 */
export const ValuationPreset = {
  frSmicGross: "fr-smic-gross",
  frSmicCharged: "fr-smic-charged",
  usIndependentSector: "us-independent-sector",
} as const;
export type ValuationPreset = (typeof ValuationPreset)[keyof typeof ValuationPreset];

/** Whether a value names a valuation preset. */
export function isValuationPreset(value: unknown): value is ValuationPreset {
  return value === "fr-smic-gross" || value === "fr-smic-charged" || value === "us-independent-sector";
}

/** SMIC horaire brut (metropolitan France), € per hour, by date of effect (ISO date). */
export const SMIC_HOURLY_GROSS: readonly (readonly [string, number])[] = [
  ["2021-01-01", 10.25],
  ["2021-10-01", 10.48],
  ["2022-01-01", 10.57],
  ["2022-05-01", 10.85],
  ["2022-08-01", 11.07],
  ["2023-01-01", 11.27],
  ["2023-05-01", 11.52],
  ["2024-01-01", 11.65],
  ["2024-11-01", 11.88],
  ["2026-01-01", 12.02],
];

/** Independent Sector value of a volunteer hour (United States), $ per hour, by year. */
export const INDEPENDENT_SECTOR_HOURLY: readonly (readonly [number, number])[] = [
  [2020, 28.54],
  [2021, 29.95],
  [2022, 31.8],
  [2023, 33.49],
  [2024, 34.79],
];

/** Default employer contribution rate of the `fr-smic-charged` preset (a convention, see {@link ValuationPreset}). */
export const DEFAULT_EMPLOYER_RATE = 0.45;

/** The rate of a preset on a day (days since epoch), and whether the day was outside the known range (internal). */
export function presetRate(
  preset: ValuationPreset,
  day: number,
  employerRate: number,
): { rate: number; outside: boolean; year: number; usedYear: number } {
  const date = new Date(day * 86_400_000);
  const year = date.getUTCFullYear();
  if (preset === "us-independent-sector") {
    const first = INDEPENDENT_SECTOR_HOURLY[0] as readonly [number, number];
    const last = INDEPENDENT_SECTOR_HOURLY[INDEPENDENT_SECTOR_HOURLY.length - 1] as readonly [number, number];
    const found = INDEPENDENT_SECTOR_HOURLY.find(([y]) => y === year);
    if (found) return { rate: found[1], outside: false, year, usedYear: year };
    const nearest = year < first[0] ? first : last;
    return { rate: nearest[1], outside: true, year, usedYear: nearest[0] };
  }
  const iso = date.toISOString().slice(0, 10);
  let rate: number | null = null;
  for (const [from, value] of SMIC_HOURLY_GROSS) if (from <= iso) rate = value;
  const first = SMIC_HOURLY_GROSS[0] as readonly [string, number];
  const outside = rate === null;
  const gross = rate ?? first[1];
  const factor = preset === "fr-smic-charged" ? 1 + employerRate : 1;
  return { rate: gross * factor, outside, year, usedYear: outside ? Number(first[0].slice(0, 4)) : year };
}

/** The rate period of a preset a day (days since epoch) falls in: its key and the date the rate took effect (ISO) (internal). */
export function presetPeriod(preset: ValuationPreset, day: number): { key: string; rateFrom: string } {
  const date = new Date(day * 86_400_000);
  if (preset === "us-independent-sector") {
    const known = INDEPENDENT_SECTOR_HOURLY.map(([y]) => y);
    const used = Math.max(known[0] as number, Math.min(date.getUTCFullYear(), known[known.length - 1] as number));
    return { key: String(used), rateFrom: `${used}-01-01` };
  }
  const iso = date.toISOString().slice(0, 10);
  let from = (SMIC_HOURLY_GROSS[0] as readonly [string, number])[0];
  for (const [start] of SMIC_HOURLY_GROSS) if (start <= iso) from = start;
  return { key: from, rateFrom: from };
}
