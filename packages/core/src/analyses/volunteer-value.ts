import { type ColumnTable, table as makeTable } from "arquero";
import { formatMessage } from "../messages/format-message.js";
import type { Issue } from "../messages/issue.js";
import type { Lang } from "../messages/lang.js";
import type { SuppressedCell } from "../privacy/types.js";
import type { Result } from "../result.js";
import { compactLog, type LogColumns } from "./activity-log.js";
import { AnalysisError } from "./analysis-error.js";
import { type CommonOptions, excludedWarning, privacyParameters, protect, smallNWarnings } from "./shared.js";
import {
  DEFAULT_EMPLOYER_RATE,
  isValuationPreset,
  presetPeriod,
  presetRate,
  type ValuationPreset,
} from "./valuation-presets.js";

/** Message codes of each preset's source: as quoted in the method text, and beside each rate period (internal). */
const SOURCE_CODES = {
  "fr-smic-gross": ["analyses.valuation_source.fr-smic-gross", "analyses.valuation_period_source.fr-smic-gross"],
  "fr-smic-charged": ["analyses.valuation_source.fr-smic-charged", "analyses.valuation_period_source.fr-smic-charged"],
  "us-independent-sector": [
    "analyses.valuation_source.us-independent-sector",
    "analyses.valuation_period_source.us-independent-sector",
  ],
} as const satisfies Record<ValuationPreset, readonly [string, string]>;

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
   * One row: `hours`, `rate` (average rate per hour applied, rounded to the cent: a summary, not a rate in force),
   * `value` (the sum of the lines of `periods`, to the cent), `currency`, `volunteers`, `periods` (number of rate
   * periods), with `hours_status`, `value_status` and `volunteers_status`.
   */
  valuation: ColumnTable;
  /**
   * One line per rate period met in the log, in date order: `from`, `to` (first and last activity day of the log in
   * that period, ISO), `rate_from` (the date the rate took effect, ISO), `rate` (the rate in force, to the cent),
   * `hours`, `value` (= hours × rate, rounded to the cent: a reader multiplying gets the same figure), `currency`,
   * `source` (where the rate comes from), with statuses. The lines add up to `valuation.value` exactly.
   */
  periods: ColumnTable;
}

/**
 * Values volunteer time (hours × hourly rate) and words the method an association records for its
 * "contributions volontaires en nature" (ANC regulation 2018-06, accounts 864 and 875).
 *
 * Why: the value of volunteer time belongs in the notes to the accounts and in funding applications;
 * it must rest on a rate whose source can be quoted. Presets value each hour at the rate in force on
 * its date (the SMIC changes during the year): `tables.periods` has one line per rate period
 * (hours × rate = value) and their sum is the total, so the figures reconcile; a single average rate
 * would not. With several periods the method text is `analyses.valuation_method_periods`. The method text is in `warnings` as an `info` issue
 * `analyses.valuation_method` (word it with `formatIssue(issue, "fr")`), and in `parameters.methodParams`.
 *
 * @param table - cleaned `volunteers` log with `person_id`, `activity_date`, `hours`
 * @param options - preset or rate (> 0), currency, source, employerRate (0 to 1), columns, privacy
 * @returns a {@link Result} with `tables.valuation` and `tables.periods`; `n` = volunteers with hours
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
  // rate period → hours, rate, first and last day, hours per person (for the dominance rule)
  const periods = new Map<
    string,
    { rateFrom: string; rate: number; hours: number; first: number; last: number; perPerson: Float64Array }
  >();
  const grossCents = (x: number): number => Math.round(x * 100 + 1e-9);
  const rateOfDay = new Float64Array(log.rows === 0 ? 0 : log.maxDay - log.minDay + 1).fill(Number.NaN);
  // the rate period of each day, found once per day
  const periodOfDay: (string | undefined)[] = new Array(rateOfDay.length);
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
        const found = presetRate(preset, day, 0);
        if (found.outside) outside.set(found.year, found.usedYear);
        // the rate used is the one shown: to the cent (the charged rate rounded once)
        const factor = preset === "fr-smic-charged" ? 1 + employerRate : 1;
        rate = Math.round(grossCents(found.rate) * factor + 1e-9) / 100;
        rateOfDay[day - log.minDay] = rate;
      }
    }
    hours += h;
    let key = periodOfDay[day - log.minDay];
    if (key === undefined) {
      key = preset === undefined ? "fixed" : presetPeriod(preset, day).key;
      periodOfDay[day - log.minDay] = key;
    }
    let period = periods.get(key);
    if (!period) {
      const rateFrom = preset === undefined ? "" : presetPeriod(preset, day).rateFrom;
      period = { rateFrom, rate, hours: 0, first: day, last: day, perPerson: new Float64Array(log.people.length) };
      periods.set(key, period);
    }
    period.hours += h;
    if (day < period.first) period.first = day;
    if (day > period.last) period.last = day;
    const who = log.person[i] as number;
    period.perPerson[who] = (period.perPerson[who] as number) + h;
    perPerson[who] = (perPerson[who] as number) + h;
    hasHours[who] = 1;
  }
  const currency =
    preset === "us-independent-sector" ? "USD" : preset === undefined ? (options.currency ?? "EUR") : "EUR";
  const round2 = (x: number): number => Math.round(x * 100) / 100;
  const iso = (d: number): string => new Date(d * 86_400_000).toISOString().slice(0, 10);
  const lines = [...periods.values()]
    .sort((a, b) => a.first - b.first)
    .map((p) => {
      const h = Math.round(p.hours * 1e6) / 1e6;
      // hours × rate in cents, rounded half up once: what a reader multiplying the two printed figures gets
      const cents = Math.round(h * Math.round(p.rate * 100) + 1e-6);
      let max = 0;
      for (const v of p.perPerson) if (v > max) max = v;
      return { ...p, hours: h, cents, max };
    });
  for (const line of lines) value += line.cents;
  value /= 100;
  hours = Math.round(hours * 1e6) / 1e6;
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
      periods: [lines.length],
    }),
    { name: "valuation", counts: ["volunteers"], sums: { hours: "hours_max", value: "value_max" } },
    options.privacy,
    suppressed,
  );
  // where the rate comes from, worded in each language (a fixed rate's source is the user's own text)
  const sourceIn = (lang: Lang, period: boolean): string => {
    if (preset === undefined) return options.source ?? formatMessage("analyses.valuation_source.custom", lang);
    const factor = String(1 + employerRate);
    return formatMessage(SOURCE_CODES[preset][period ? 1 : 0], lang, {
      factor: lang === "fr" ? factor.replace(".", ",") : factor,
    });
  };
  const source = { fr: sourceIn("fr", false), en: sourceIn("en", false) };
  const periodSource = { fr: sourceIn("fr", true), en: sourceIn("en", true) };
  const periodsTable = protect(
    makeTable({
      from: lines.map((l) => iso(l.first)),
      to: lines.map((l) => iso(l.last)),
      rate_from: lines.map((l) => (l.rateFrom === "" ? null : l.rateFrom)),
      rate: lines.map((l) => l.rate),
      hours: lines.map((l) => l.hours),
      hours_max: lines.map((l) => l.max),
      value: lines.map((l) => l.cents / 100),
      value_max: lines.map((l) => (l.hours > 0 ? (l.max / l.hours) * (l.cents / 100) : 0)),
      currency: lines.map(() => currency),
      source: lines.map(() => periodSource.en),
    }),
    { name: "periods", sums: { hours: "hours_max", value: "value_max" } },
    options.privacy,
    suppressed,
  );
  // the method text quotes the published figures: a sum suppressed by the dominance rule stays hidden
  const published = valuation.objects()[0] as { hours: number | null; value: number | null };
  const methodParams = {
    value: published.value ?? "—",
    currency,
    hours: published.hours ?? "—",
    rate: averageRate,
    source: source.en,
    source_fr: source.fr,
    source_en: source.en,
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
  warnings.push({
    code: lines.length > 1 ? "analyses.valuation_method_periods" : "analyses.valuation_method",
    severity: "info",
    params: { ...methodParams, periods: lines.length },
  });
  for (const line of periodsTable.objects() as Record<string, unknown>[]) {
    const h = line.hours as number | null;
    const v = line.value as number | null;
    const r = line.rate as number;
    warnings.push({
      code: "analyses.valuation_line",
      severity: "info",
      params: {
        from: line.from as string,
        to: line.to as string,
        rate_from: (line.rate_from as string | null) ?? "—",
        source: periodSource.en,
        source_fr: periodSource.fr,
        source_en: periodSource.en,
        hours_fr: h === null ? "—" : plain(h, "fr"),
        hours_en: h === null ? "—" : plain(h, "en"),
        rate_fr: money(r, currency, "fr"),
        rate_en: money(r, currency, "en"),
        value_fr: v === null ? "—" : money(v, currency, "fr"),
        value_en: v === null ? "—" : money(v, currency, "en"),
      },
    });
  }
  return {
    kind: "volunteerValue",
    tables: { valuation, periods: periodsTable },
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
