import { openExport } from "./export-writer.js";
import { dayNumber, renderDate, renderText } from "./mess.js";
import { type GenerateOptions, type GenerateResult, outputPaths, titleText } from "./options.js";
import { createRandom, type Random } from "./random.js";
import { writeSummary } from "./summary.js";

/** Headers of the visit log with injected anomalies, by language (those of the visit log, without quantities). */
export const SIGNAL_VISIT_HEADERS = {
  fr: ["Identifiant", "Date de passage", "Service", "Antenne"],
  en: ["ID", "Visit date", "Service", "Branch"],
} as const;

/** The sites of the series, with their share of the visits. */
export const SIGNAL_SITES = [
  { name: "Antenne Nord", share: 0.22 },
  { name: "Antenne Sud", share: 0.18 },
  { name: "Centre-ville", share: 0.26 },
  { name: "Quartier Est", share: 0.16 },
  { name: "Vallée", share: 0.18 },
] as const;

const SERVICES = {
  fr: [
    { name: "Colis alimentaire", share: 0.6 },
    { name: "Vestiaire", share: 0.25 },
    { name: "Permanence sociale", share: 0.15 },
  ],
  en: [
    { name: "Food parcel", share: 0.6 },
    { name: "Clothing bank", share: 0.25 },
    { name: "Social advice", share: 0.15 },
  ],
};
const NEW_SERVICE = { fr: "Atelier cuisine", en: "Cooking workshop" };

/** Seasonal multiplier by calendar month (January first): a quieter summer, a busier winter. */
export const SEASON = [1.1, 1.05, 1, 1, 0.95, 0.9, 0.8, 0.65, 1, 1.05, 1.1, 1.25] as const;

/** The first and last months of the series. */
export const SIGNAL_START = { year: 2023, month: 1 };
export const SIGNAL_MONTHS = 36;

/** One injected anomaly: where, when, which way, and what kind of signal it should raise. */
export interface InjectedSignal {
  /** the signal codes that report it (any of them) */
  codes: string[];
  where: Record<string, string>;
  period: string;
  direction: "up" | "down";
  /** what was done, in words */
  what: string;
}

/** The anomalies injected into the series (language decides the service's name). */
export function injectedSignals(lang: "fr" | "en"): InjectedSignal[] {
  return [
    {
      codes: ["anomaly.seasonal", "anomaly.neighbours"],
      where: { site: "Antenne Nord" },
      period: "2025-09",
      direction: "down",
      what: "visits × 0.25 for one month",
    },
    {
      codes: ["anomaly.seasonal", "anomaly.neighbours"],
      where: { site: "Centre-ville" },
      period: "2024-11",
      direction: "up",
      what: "visits × 2.5 for one month",
    },
    {
      codes: ["site.silent"],
      where: { site: "Quartier Est" },
      period: "2025-07",
      direction: "down",
      what: "no visit from this month on",
    },
    {
      codes: ["category.appeared"],
      where: { service: NEW_SERVICE[lang] },
      period: "2024-04",
      direction: "up",
      what: "a new service from this month on (about 25 visits a month)",
    },
    {
      codes: ["shift"],
      where: { site: "Vallée" },
      period: "2024-06",
      direction: "up",
      what: "visits × 2.2 from this month on",
    },
  ];
}

function poisson(lambda: number, random: Random): number {
  if (lambda > 60) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * random.normal()));
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = random.next();
  while (p > limit) {
    k++;
    p *= random.next();
  }
  return k;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Writes a visit log over three years (2023–2025) of five sites whose monthly visits follow a
 * seasonal Poisson model, with known anomalies injected: a site dropping for one month, a site
 * doubling for one month, a site that stops reporting, a service that appears, a site whose level
 * doubles and stays. The truth (`visits-signals-summary.json`) lists the anomalies, so a test can
 * check that each is flagged and count everything else as a false alarm.
 *
 * @param options - generation options (kind "visits-signals"; rows = expected number of visits over the three years)
 * @returns the file written and the summary truths (the injected anomalies, visits by site and month)
 */
export async function generateVisitSignals(options: GenerateOptions): Promise<GenerateResult> {
  const { seed, mess } = options;
  const lang = options.lang;
  const english = lang === "en";
  const random = createRandom(seed, 41);
  const { file, truthDir } = outputPaths(options);
  const out = await openExport(
    file,
    SIGNAL_VISIT_HEADERS[lang],
    titleText(english ? "visits" : "passages", english),
    mess,
    random,
  );
  const perMonth = options.rows / SIGNAL_MONTHS;
  // people live near one site and come back: a pool per site
  const pools = SIGNAL_SITES.map((s, i) =>
    Array.from(
      { length: Math.max(20, Math.round(perMonth * s.share * 8)) },
      (_, j) => `B${i + 1}${String(j + 1).padStart(4, "0")}`,
    ),
  );
  const services = SERVICES[lang];
  const byCell: Record<string, number> = {};
  let rows = 0;
  for (let t = 0; t < SIGNAL_MONTHS; t++) {
    const year = SIGNAL_START.year + Math.floor((SIGNAL_START.month - 1 + t) / 12);
    const month = ((SIGNAL_START.month - 1 + t) % 12) + 1;
    const period = `${year}-${String(month).padStart(2, "0")}`;
    for (let s = 0; s < SIGNAL_SITES.length; s++) {
      const site = SIGNAL_SITES[s] as (typeof SIGNAL_SITES)[number];
      let lambda = perMonth * site.share * (SEASON[month - 1] as number);
      if (site.name === "Antenne Nord" && period === "2025-09") lambda *= 0.25;
      if (site.name === "Centre-ville" && period === "2024-11") lambda *= 2.5;
      if (site.name === "Quartier Est" && period >= "2025-07") lambda = 0;
      if (site.name === "Vallée" && period >= "2024-06") lambda *= 2.2;
      const visits = poisson(lambda, random);
      // the new service: about five visits a month at each site
      const extra = period >= "2024-04" && lambda > 0 ? poisson(5, random) : 0;
      const pool = pools[s] as string[];
      for (let v = 0; v < visits + extra; v++) {
        let service = NEW_SERVICE[lang];
        if (v < visits) {
          const u = random.next();
          let acc = 0;
          service = (services.at(-1) as { name: string }).name;
          for (const x of services) {
            acc += x.share;
            if (u < acc) {
              service = x.name;
              break;
            }
          }
        }
        const day = dayNumber(year, month, random.int(1, daysIn(year, month)));
        await out.row([
          renderText(random.pick(pool), random, mess),
          renderDate(day, random, mess, english),
          renderText(service, random, mess),
          renderText(site.name, random, mess),
        ]);
        rows++;
      }
      byCell[`${site.name}|${period}`] = visits + extra;
    }
  }
  await out.close();
  const summary = {
    kind: "visits-signals",
    seed,
    lang,
    header_line: out.headerLine,
    rows,
    months: SIGNAL_MONTHS,
    injected: injectedSignals(lang),
    visits_by_site_month: byCell,
    mess,
  };
  const truthFiles = truthDir ? [writeSummary(truthDir, "visits-signals", summary)!] : [];
  return { file, truthFiles, summary };
}
