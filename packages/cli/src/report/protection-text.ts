import type { Lang } from "@solidata/core";
import { word } from "../locales/report-words.js";
import { formatValue } from "./format-value.js";
import type { ReportProtection } from "./model.js";

/**
 * The method of protection of a report, as paragraphs: the threshold, the minimum contributors and
 * the dominance rule, the one public label, and whether counts are exact or perturbed by the
 * cell-key method (its largest change and the change measured on this report's counts), and why:
 * the association's key, the release key kept on this computer, exact on request, or synthetic data.
 *
 * Why: a reader must know how far to trust a count, and a publisher must know that exact reports
 * over nested periods can be subtracted. Every report (HTML, Markdown, JSON) states it.
 *
 * @param protection - the `protection` of the indicators (`computeIndicators`), with its `release` basis
 * @param lang - `"fr"` or `"en"`
 * @returns two paragraphs: the rules, then exact or perturbed
 * @example
 * protectionText({ method: "exact", k: 10, minContributors: 3, dominance: 0.85, label: "suppressed",
 *   maxChange: null, cells: 0, meanAbsoluteChange: null, shareChanged: null }, "en")[1]
 * // => "The figures are exact (solidata report --exact): counts are published as they are …"
 */
export function protectionText(protection: ReportProtection, lang: Lang): string[] {
  const rules = word(lang, "render.protection.rules", {
    below: protection.k - 1,
    contributors: protection.minContributors,
    dominance: Math.round(protection.dominance * 100),
    label: word(lang, "value.suppressed"),
  });
  if (protection.method === "exact")
    return [
      rules,
      word(lang, protection.release === "synthetic" ? "render.protection.synthetic" : "render.protection.exact"),
    ];
  const perturbed = word(lang, "render.protection.cell_key", {
    max: protection.maxChange ?? 0,
    k: protection.k,
    cells: protection.cells,
    mean: formatValue(protection.meanAbsoluteChange ?? 0, "decimal", lang),
    share: formatValue(protection.shareChanged ?? 0, "percent", lang),
  });
  return [
    rules,
    protection.release === "local" ? `${word(lang, "render.protection.local_key")} ${perturbed}` : perturbed,
  ];
}
