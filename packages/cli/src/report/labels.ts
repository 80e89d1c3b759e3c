import type { LocalText } from "./model.js";

/** The fixed words of a rendered report (headings, captions), in both languages. */
export const labels = {
  contents: { fr: "Sommaire", en: "Contents" },
  generated: { fr: "Produit le {date} avec solidata", en: "Produced on {date} with solidata" },
  period: { fr: "Période : {period}", en: "Period: {period}" },
  periodRange: { fr: "du {from} au {to}", en: "{from} to {to}" },
  basedOn: { fr: "n = {n}", en: "n = {n}" },
  dataOf: { fr: "Données du graphique : {title}", en: "Chart data: {title}" },
  privacy: {
    fr: "Profil de confidentialité « {profile} » : les effectifs inférieurs à {k} sont masqués (« < {k} »).",
    en: "Privacy profile “{profile}”: counts below {k} are hidden (“< {k}”).",
  },
  warnings: { fr: "Avertissements", en: "Warnings" },
  figure: { fr: "Indicateur", en: "Figure" },
  value: { fr: "Valeur", en: "Value" },
  method: { fr: "Méthode", en: "Method" },
} as const satisfies Record<string, LocalText>;

/** Fills `{name}` placeholders of a label. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
