import type { FactorSection } from "@solidata/core";
import { words } from "../locales/report-words.js";
import { formatValue } from "./format-value.js";
import type { LocalText } from "./model.js";

/**
 * Words the findings of core's factors section: the factor with the strongest evidence (or that none
 * stands out, when its interval includes no effect), then what the analysis does not show, with the
 * number of projects it rests on and the number a firmer answer would need.
 *
 * @param part - the `factors` section of `computeIndicators`
 * @returns the paragraphs, in order
 * @example
 * factorWords(part)[0].en // => "The factor with the strongest evidence is “Paid coordinator”: the odds of success are 6.15 times …"
 */
export function factorWords(part: FactorSection): LocalText[] {
  const { analysis } = part;
  const out: LocalText[] = [];
  const top = analysis.factors.find((f) => f.rank === 1);
  const n = (v: number, lang: "fr" | "en"): string => formatValue(v, "decimal", lang);
  if (top && top.oddsRatio !== null && top.lower !== null && top.upper !== null) {
    const name = top.level !== null && top.kind === "category" ? `${top.label} = ${top.level}` : top.label;
    const params = (lang: "fr" | "en") => ({
      factor: name,
      or: n(top.oddsRatio as number, lang),
      low: n(top.lower as number, lang),
      high: n(top.upper as number, lang),
    });
    const clear = top.lower > 1 || top.upper < 1;
    out.push(words(clear ? "section.factors.top" : "section.factors.top_weak", { fr: params("fr"), en: params("en") }));
  }
  const needed = Number.isFinite(analysis.needed) ? analysis.needed : analysis.projects;
  out.push(
    words("section.factors.limits", {
      fr: { projects: formatValue(analysis.modelled, "count", "fr"), needed: formatValue(needed, "count", "fr") },
      en: { projects: formatValue(analysis.modelled, "count", "en"), needed: formatValue(needed, "count", "en") },
    }),
  );
  return out;
}
