/** One score column of a wide follow-up survey: which measure, which wave. */
export interface WaveColumn {
  header: string;
  /** the measure as written in the header ("bdi", "WEMWBS") */
  measure: string;
  /** the wave as written in the header ("pre", "2m", "3 mois", "T1") */
  wave: string;
  /** position in time: months after the baseline when the wave says so (2m → 2), else its rank; the baseline is 0 */
  order: number;
  /** whether this column is the measure's baseline (pre, baseline, T0, M0, entrée...) */
  baseline: boolean;
}

/** The score columns of one measure, baseline first, then the waves in time order. */
export interface WaveMeasure {
  measure: string;
  columns: WaveColumn[];
}

/** What {@link detectWaves} found: the measures with their wave columns, and the other headers. */
export interface WideSurvey {
  measures: WaveMeasure[];
  /** headers that are not wave columns (identifiers, arms, descriptions), in file order */
  other: string[];
}

const BASELINE = new Set([
  "pre",
  "baseline",
  "base",
  "bl",
  "avant",
  "initial",
  "initiale",
  "inclusion",
  "entree",
  "debut",
  "start",
  "before",
  "intake",
  "t0",
  "m0",
  "0m",
  "j0",
  "d0",
  "v0",
  "w0",
  "s0",
]);
const POST = new Set(["post", "apres", "after", "final", "fin", "end", "sortie", "exit"]);
/** "3 mois", "3m", "3mo", "m3", "month3", "6 months", "12 mo" */
const MONTHS = /^(?:(\d{1,3}) ?(?:m|mo|mos|mois|month|months)|(?:m|month|mois) ?(\d{1,3}))$/;
/** "6 semaines", "6w", "wk6", "s6" is a rank (see RANK) */
const WEEKS = /^(?:(\d{1,3}) ?(?:w|wk|wks|sem|semaine|semaines|week|weeks)|(?:wk|week|semaine) ?(\d{1,3}))$/;
/** "J30", "d90", "30 jours", "90 days" */
const DAYS = /^(?:(\d{1,4}) ?(?:j|d|jours|days)|(?:j|d) ?(\d{1,4}))$/;
/** "1 an", "2y", "1 year" */
const YEARS = /^(\d{1,2}) ?(?:y|yr|yrs|an|ans|annee|year|years)$/;
/** "T1", "V2", "W3", "wave 1", "vague 2", "suivi 1", "fu1", "followup 2", "time 3" */
const RANK = /^(?:t|v|w|s|wave|vague|suivi|fu|followup|follow up|time|temps|round|tour|visite|visit) ?(\d{1,3})$/;

function plain(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim();
}

/** The wave a token names, as an order (months, or a rank), or `null` when it names none. */
function waveOrder(token: string): { order: number; baseline: boolean } | null {
  let t = plain(token)
    .replace(/[_.\-()']+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  // "à 3 mois", "à l'entrée", "at 6 months", "au début"
  for (;;) {
    const next = t.replace(/^(?:a|at|after|apres|au|en|de|du|la|l) /, "");
    if (next === t) break;
    t = next;
  }
  if (BASELINE.has(t)) return { order: 0, baseline: true };
  if (POST.has(t)) return { order: 10_000, baseline: false };
  let m = MONTHS.exec(t);
  if (m) return { order: Number(m[1] ?? m[2]), baseline: Number(m[1] ?? m[2]) === 0 };
  m = WEEKS.exec(t);
  if (m) return { order: Number(m[1] ?? m[2]) / 4.345, baseline: Number(m[1] ?? m[2]) === 0 };
  m = DAYS.exec(t);
  if (m) return { order: Number(m[1] ?? m[2]) / 30.4, baseline: Number(m[1] ?? m[2]) === 0 };
  m = YEARS.exec(t);
  if (m) return { order: Number(m[1]) * 12, baseline: false };
  m = RANK.exec(t);
  if (m) return { order: Number(m[1]), baseline: Number(m[1]) === 0 };
  return null;
}

/** Splits a header into a measure and a wave: "bdi.2m", "WEMWBS_pre", "pre_bdi", "Score WEMWBS à 3 mois". */
function split(header: string): { measure: string; wave: string; order: number; baseline: boolean } | null {
  const text = header.trim();
  const separator = /[\s._\-(]/;
  // measure then wave: the longest wave at the end after a separator ("Score WEMWBS" + "à 3 mois")
  for (let i = 1; i < text.length; i++) {
    if (!separator.test(text[i] as string) || separator.test(text[i - 1] as string)) continue;
    const measure = text.slice(0, i).trim();
    const wave = text
      .slice(i)
      .replace(/^[\s._\-(]+/, "")
      .replace(/\)$/, "")
      .trim();
    if (measure === "" || wave === "") continue;
    const found = waveOrder(wave);
    if (found) return { measure, wave, ...found };
  }
  // wave then measure: "pre_bdi", "T1 WEMWBS"
  const prefix = /^([^\s._-]+)[\s._-]+(.+)$/.exec(text);
  if (prefix) {
    const found = waveOrder(prefix[1] as string);
    if (found) return { measure: (prefix[2] as string).trim(), wave: (prefix[1] as string).trim(), ...found };
  }
  return null;
}

/**
 * Finds the score columns of a wide follow-up survey in its headers: one column per measure and
 * wave, written `bdi.pre`, `bdi.2m` … `bdi.8m`, `WEMWBS_baseline`, `WEMWBS_3m`, `Score à 6 mois`,
 * `T0_score`, `T1_score`, `wave 2`... A measure needs two waves or more; its baseline is the wave
 * that says so (pre, baseline, T0, M0, entrée, avant) or else the earliest one. Waves are ordered
 * in months when they say so (2m, 3 mois, 6 weeks, J90, 1 an), else by rank (T1, V2, vague 3), and
 * "post" comes last. Why: the real before/after files are wide, and the outcome analyses need one
 * row per person and wave ({@link reshapeWaves}).
 *
 * @param headers - the headers of the file
 * @returns the measures with their columns (baseline first), or `null` when no measure has two waves
 * @example
 * detectWaves(["id", "bdi.pre", "bdi.2m", "bdi.4m"])?.measures[0]?.columns.map((c) => c.order) // => [0, 2, 4]
 */
export function detectWaves(headers: readonly string[]): WideSurvey | null {
  const byMeasure = new Map<string, WaveColumn[]>();
  const names = new Map<string, string>();
  for (const header of headers) {
    if (header === "_line") continue;
    const s = split(header);
    if (s === null || s.measure === "") continue;
    const key = plain(s.measure)
      .replace(/[^a-z0-9]+/g, " ")
      .trim();
    if (key === "") continue;
    if (!names.has(key)) names.set(key, s.measure);
    const list = byMeasure.get(key) ?? [];
    list.push({ header, measure: names.get(key) as string, wave: s.wave, order: s.order, baseline: s.baseline });
    byMeasure.set(key, list);
  }
  const measures: WaveMeasure[] = [];
  for (const list of byMeasure.values()) {
    const orders = new Set(list.map((c) => c.order));
    if (list.length < 2 || orders.size < list.length) continue;
    list.sort((a, b) => a.order - b.order);
    if (!list.some((c) => c.baseline)) (list[0] as WaveColumn).baseline = true;
    measures.push({ measure: (list[0] as WaveColumn).measure, columns: list });
  }
  if (measures.length === 0) return null;
  const taken = new Set(measures.flatMap((m) => m.columns.map((c) => c.header)));
  return { measures, other: headers.filter((h) => h !== "_line" && !taken.has(h)) };
}
