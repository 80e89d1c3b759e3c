import type { CodeTail, Signal } from "@solidata/core";
import type { ReportCode } from "../locales/report-en.js";
import { words, wordsOr } from "../locales/report-words.js";
import { formatValue } from "./format-value.js";
import type { DataTable, LocalText } from "./model.js";

const longMonth = {
  fr: new Intl.DateTimeFormat("fr-FR", { month: "long", year: "numeric", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }),
};

function month(period: string): LocalText {
  const date = new Date(`${period}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return { fr: period, en: period };
  return { fr: longMonth.fr.format(date), en: longMonth.en.format(date) };
}

function whereOf(signal: Signal): LocalText {
  const values = Object.values(signal.where);
  return values.length === 0 ? words("signal.where.all") : { fr: values.join(", "), en: values.join(", ") };
}

/** The words of a signal's measure: core's `Signal.measure` is plain text, so its code is checked (internal). */
function measureWords(measure: string): LocalText {
  return wordsOr(`signal.measure.${measure}`, "field.other");
}

function sentenceCode(signal: Signal): ReportCode {
  if (signal.code === "anomaly.seasonal" || signal.code === "anomaly.neighbours")
    return signal.direction === "up" ? "signal.anomaly.up" : "signal.anomaly.down";
  if (signal.code === "shift") return signal.direction === "up" ? "signal.shift.up" : "signal.shift.down";
  return `signal.${signal.code}`;
}

/** The strength used to order the digest: score for anomalies, share of change otherwise (internal). */
function strength(signal: Signal): number {
  if (signal.code === "site.silent" || signal.code === "category.vanished") return 50;
  if (signal.code === "category.appeared") return 20;
  if (signal.code === "shift") return 10 * Math.abs(signal.score ?? 0) + 5;
  return Math.abs(signal.score ?? 0);
}

/**
 * Words the weak signals of core for the report: one plain sentence per signal ("Antenne Nord :
 * passages en forte baisse en septembre 2025 — 6 contre 30 d'habitude"), strongest first, and the
 * table of every signal. A signal seen on people reached at the same place and month as on visits
 * is said once, for visits.
 *
 * @param signals - `computeIndicators(...).signals`
 * @returns the sentences (strongest first) and the table `signals`
 * @example
 * signalWords([{ code: "site.silent", measure: "visits", where: { site: "Nord" }, period: "2025-07", direction: "down", observed: 0, expected: 40, score: null }]).sentences[0].en
 * // => "Nord: no longer reports from July 2025 (about 40 visits a month before)."
 */
export function signalWords(signals: readonly Signal[]): { sentences: LocalText[]; table: DataTable } {
  const seen = new Set(
    signals.filter((s) => s.measure === "visits").map((s) => `${JSON.stringify(s.where)}|${s.period}|${s.direction}`),
  );
  const said = signals
    .filter((s) => s.measure !== "people" || !seen.has(`${JSON.stringify(s.where)}|${s.period}|${s.direction}`))
    .sort((a, b) => strength(b) - strength(a));
  const number = (v: number, lang: "fr" | "en"): string => formatValue(v, "decimal", lang);
  const sentences = said.map((s) => {
    const measure = measureWords(s.measure);
    const where = whereOf(s);
    const when = month(s.period);
    const params = (lang: "fr" | "en") => ({
      where: where[lang],
      measure: measure[lang],
      month: when[lang],
      observed: number(s.observed, lang),
      expected: number(s.expected, lang),
    });
    return words(sentenceCode(s), { fr: params("fr"), en: params("en") });
  });
  const column = (name: CodeTail<ReportCode, "column.signals.">, format: DataTable["columns"][number]["format"]) => ({
    name,
    label: words(`column.signals.${name}`),
    format,
  });
  const table: DataTable = {
    id: "signals",
    caption: words("table.signals.caption"),
    columns: [
      column("where", "text"),
      column("measure", "text"),
      column("period", "text"),
      column("signal", "text"),
      column("direction", "text"),
      column("observed", "decimal"),
      column("expected", "decimal"),
      column("score", "decimal"),
    ],
    rows: signals.map((s) => [
      { value: whereOf(s), status: "ok" },
      { value: measureWords(s.measure), status: "ok" },
      { value: month(s.period), status: "ok" },
      { value: words(`signal.kind.${s.code}`), status: "ok" },
      { value: words(`direction.${s.direction}`), status: "ok" },
      { value: s.observed, status: "ok" },
      { value: s.expected, status: "ok" },
      { value: s.score, status: "ok" },
    ]),
  };
  return { sentences, table };
}
