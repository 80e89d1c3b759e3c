import { type ColumnTable, table as makeTable } from "arquero";
import type { Issue } from "../messages/issue.js";
import type { SuppressedCell } from "../privacy/types.js";
import type { Result } from "../result.js";
import { compactLog, type LogColumns } from "./activity-log.js";
import { AnalysisError } from "./analysis-error.js";
import { type CommonOptions, excludedWarning, privacyParameters, protect, smallNWarnings } from "./shared.js";
import { DEFAULT_EMPLOYER_RATE, isValuationPreset, presetRate, type ValuationPreset } from "./valuation-presets.js";

/** Options of {@link volunteerValue}: a preset or a fixed rate. */
export interface VolunteerValueOptions extends CommonOptions {
  /** a documented rate schedule (see {@link ValuationPreset}); default `"fr-smic-gross"` unless `rate` is given */
  preset?: ValuationPreset;
  /** a fixed hourly rate instead of a preset (e.g. the hourly cost of the job the volunteers replace) */
  rate?: number;
  /** currency of a fixed `rate`, default `"EUR"` */
  currency?: string;
  /** where a fixed `rate` comes from, quoted in the method text, default `"custom rate"` */
  source?: string;
  /** employer contribution rate of `fr-smic-charged`, default 0.45 */
  employerRate?: number;
  /** column names, defaults `person_id`, `activity_date`, `hours` */
  columns?: Pick<LogColumns, "person" | "date" | "hours">;
}

/** Tables of {@link volunteerValue}. */
export interface VolunteerValueTables extends Record<string, ColumnTable> {
  /**
   * One row: `hours`, `rate` (average rate per hour applied, rounded to the cent), `value` (rounded to the cent),
   * `currency`, `volunteers`, with `hours_status`, `value_status` and `volunteers_status`.
   */
  valuation: ColumnTable;
}

/**
 * Values volunteer time (hours × hourly rate) and words the method an association records for its
 * "contributions volontaires en nature" (ANC regulation 2018-06, accounts 864 and 875).
 *
 * Why: the value of volunteer time belongs in the notes to the accounts and in funding applications;
 * it must rest on a rate whose source can be quoted. Presets value each hour at the rate in force on
 * its date (the SMIC changes during the year). The method text is in `warnings` as an `info` issue
 * `analyses.valuation_method` (word it with `formatIssue(issue, "fr")`), and in `parameters.methodParams`.
 *
 * @param table - cleaned `volunteers` log with `person_id`, `activity_date`, `hours`
 * @param options - preset or rate (> 0), currency, source, employerRate (0 to 1), columns, privacy
 * @returns a {@link Result} with `tables.valuation`; `n` = volunteers with hours
 * @throws AnalysisError `analyses.missing_column` for a missing column, `analyses.bad_option` for an unknown preset or a rate that is not positive
 * @example
 * const r = volunteerValue(log, { preset: "fr-smic-gross" });
 * r.tables.valuation.objects()[0] // => { hours: 1000, rate: 11.88, value: 11880, currency: "EUR", ... }
 * formatIssue(r.warnings.find((w) => w.code === "analyses.valuation_method")!, "fr")
 * // => "Temps bénévole valorisé à 11 880,00 € : 1 000 heures × 11,88 €/heure (SMIC horaire brut) …"
 */
export function volunteerValue(table: ColumnTable, options: VolunteerValueOptions = {}): Result<VolunteerValueTables> {
  const fn = "volunteerValue";
  const fixed = options.rate;
  if (fixed !== undefined && !(fixed > 0 && Number.isFinite(fixed))) {
    throw new AnalysisError("analyses.bad_option", { function: fn, detail: "rate must be a positive number" });
  }
  const preset = options.preset ?? (fixed === undefined ? "fr-smic-gross" : undefined);
  if (preset !== undefined && !isValuationPreset(preset)) {
    throw new AnalysisError("analyses.bad_option", {
      function: fn,
      detail: "preset must be fr-smic-gross, fr-smic-charged or us-independent-sector",
    });
  }
  const employerRate = options.employerRate ?? DEFAULT_EMPLOYER_RATE;
  if (!(employerRate >= 0 && employerRate <= 1)) {
    throw new AnalysisError("analyses.bad_option", { function: fn, detail: "employerRate must be between 0 and 1" });
  }
  const personColumn = options.columns?.person ?? "person_id";
  const dateColumn = options.columns?.date ?? "activity_date";
  const hoursColumn = options.columns?.hours ?? "hours";
  const log = compactLog(table, fn, personColumn, dateColumn, hoursColumn);
  const perPerson = new Float64Array(log.people.length);
  const hasHours = new Uint8Array(log.people.length);
  let hours = 0;
  let value = 0;
  let noHours = 0;
  const outside = new Map<number, number>();
  const rateOfDay = new Float64Array(log.rows === 0 ? 0 : log.maxDay - log.minDay + 1).fill(Number.NaN);
  for (let i = 0; i < log.rows; i++) {
    const h = log.hours[i] as number;
    if (Number.isNaN(h)) {
      noHours++;
      continue;
    }
    const day = log.day[i] as number;
    let rate: number;
    if (preset === undefined) rate = fixed as number;
    else {
      const known = rateOfDay[day - log.minDay] as number;
      if (!Number.isNaN(known)) rate = known;
      else {
        const found = presetRate(preset, day, employerRate);
        if (found.outside) outside.set(found.year, found.usedYear);
        rate = found.rate;
        rateOfDay[day - log.minDay] = rate;
      }
    }
    hours += h;
    value += h * rate;
    const who = log.person[i] as number;
    perPerson[who] = (perPerson[who] as number) + h;
    hasHours[who] = 1;
  }
  const currency =
    preset === "us-independent-sector" ? "USD" : preset === undefined ? (options.currency ?? "EUR") : "EUR";
  const round2 = (x: number): number => Math.round(x * 100) / 100;
  const averageRate = hours > 0 ? round2(value / hours) : 0;
  let maxShare = 0;
  let volunteers = 0;
  for (let p = 0; p < perPerson.length; p++) {
    if (hasHours[p] !== 1) continue;
    volunteers++;
    if ((perPerson[p] as number) > maxShare) maxShare = perPerson[p] as number;
  }
  const suppressed: SuppressedCell[] = [];
  const valuation = protect(
    makeTable({
      hours: [hours],
      hours_max: [maxShare],
      rate: [averageRate],
      value: [round2(value)],
      value_max: [hours > 0 ? (maxShare / hours) * value : 0],
      currency: [currency],
      volunteers: [volunteers],
    }),
    { name: "valuation", counts: ["volunteers"], sums: { hours: "hours_max", value: "value_max" } },
    options.privacy,
    suppressed,
  );
  const source =
    preset === "fr-smic-gross"
      ? "SMIC horaire brut"
      : preset === "fr-smic-charged"
        ? `SMIC horaire brut × ${1 + employerRate}`
        : preset === "us-independent-sector"
          ? "Independent Sector, Value of Volunteer Time"
          : (options.source ?? "custom rate");
  // the method text quotes the published figures: a sum suppressed by the dominance rule stays hidden
  const published = valuation.objects()[0] as { hours: number | null; value: number | null };
  const methodParams = {
    value: published.value ?? "—",
    currency,
    hours: published.hours ?? "—",
    rate: averageRate,
    source,
    // the same figures written for each language: "99 280,89 €" / "€99,280.89"
    value_fr: published.value === null ? "—" : money(published.value, currency, "fr"),
    value_en: published.value === null ? "—" : money(published.value, currency, "en"),
    hours_fr: published.hours === null ? "—" : plain(published.hours, "fr"),
    hours_en: published.hours === null ? "—" : plain(published.hours, "en"),
    rate_fr: money(averageRate, currency, "fr"),
    rate_en: money(averageRate, currency, "en"),
  };
  const warnings: Issue[] = [
    ...log.warnings,
    ...excludedWarning(noHours, "value", fn),
    ...smallNWarnings(volunteers, options.smallN ?? 30),
  ];
  for (const [year, used] of outside) {
    warnings.push({
      code: "analyses.rate_out_of_range",
      severity: "warning",
      params: { function: fn, preset: preset ?? "", year, used },
    });
  }
  warnings.push({ code: "analyses.valuation_method", severity: "info", params: methodParams });
  return {
    kind: "volunteerValue",
    tables: { valuation },
    n: volunteers,
    unit: "person",
    method: preset ?? "fixed-rate",
    parameters: {
      preset: preset ?? null,
      rate: fixed ?? null,
      employerRate: preset === "fr-smic-charged" ? employerRate : null,
      currency,
      methodParams,
      person: personColumn,
      date: dateColumn,
      hours: hoursColumn,
      ...privacyParameters(options.privacy),
    },
    warnings,
    suppressed,
  };
}

const LOCALE = { fr: "fr-FR", en: "en-US" } as const;

/** An amount written for a language, with its currency ("11 880,00 €", "€11,880.00"). */
function money(amount: number, currency: string, lang: "fr" | "en"): string {
  try {
    return new Intl.NumberFormat(LOCALE[lang], { style: "currency", currency }).format(amount);
  } catch {
    // a currency that is not an ISO 4217 code: the number, then the code as given
    const figure = new Intl.NumberFormat(LOCALE[lang], { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return `${figure.format(amount)} ${currency}`;
  }
}

/** A count written for a language ("1 000,5", "1,000.5"). */
function plain(x: number, lang: "fr" | "en"): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 2 }).format(x);
}
