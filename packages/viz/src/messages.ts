import type { Lang } from "@solidata/core";

/**
 * Every text the charts write (titles, subtitles, descriptions, labels), in French and English.
 * `{name}` placeholders are filled by {@link vizText}.
 */
export const vizMessages = {
  en: {
    source: "Source: {source}",
    sourceUnknown: "Source: not stated",
    n: "n = {n}",
    nUnknown: "n not stated",
    by: "{measure} by {category}",
    over: "{measure} over time",
    suppressedPrimary: "< {k}",
    suppressedSmallBase: "n < {k}",
    suppressedOther: "hidden",
    suppressedNote: "{count} value(s) not shown to protect people (fewer than {k} people).",
    barDescription: "{chart} of {measure} by {category}: {count} values.",
    bar: "Bar chart",
    column: "Column chart",
    stacked: "Stacked bar chart",
    grouped: "Grouped bar chart",
    highest: "Highest: {label} ({value}).",
    lowest: "Lowest: {label} ({value}).",
    lineDescription: "Line chart of {measure} over time, {count} periods from {first} to {last}.",
    trendUp: "It rises from {from} to {to}.",
    trendDown: "It falls from {from} to {to}.",
    trendFlat: "It stays at {to}.",
    anomalies: "{count} anomaly(ies) marked: {list}.",
    target: "Target: {target}.",
    heatmapDescription: "Heatmap of {measure} by {row} and {column}: {count} cells.",
    survivalDescription:
      "Kaplan–Meier curve of {measure} with its {level} confidence band, {count} steps; at {time} it is {value}.",
    median: "Median: {value}.",
    medianNotReached: "The median is not reached.",
    histogramDescription: "Histogram of {measure}: {count} values in {bins} bins, from {min} to {max}.",
    boxDescription: "Box plot of {measure} by {category}: {count} groups.",
    medianOf: "Highest median: {label} ({value}).",
    rateDescription: "Rates of {measure} by {category} with {level} intervals: {count} values.",
    progressDescription: "Progress toward targets: {count} indicators.",
    progressItem: "{label}: {value} of {target} ({share})",
    bulletDescription: "Bullet chart of {count} indicators against their targets.",
    bulletItem: "{label}: {value}, from {baseline} toward {target} ({progress} of the way)",
    bulletHidden: "{label}: value hidden (small numbers), progress not shown",
    baseline: "Baseline",
    milestone: "Milestone",
    progress: "Progress",
    mapDescription: "Map of {measure} by {area}: {count} areas with a value.",
    worldDescription: "World map of {measure} by country: {count} countries with a value.",
    smallMultiplesDescription: "{count} small charts of {measure} by {facet}.",
    departement: "département",
    region: "region",
    country: "country",
    overseas: "Overseas",
    value: "Value",
    target_: "Target",
    lower: "Lower bound",
    upper: "Upper bound",
    time: "Time",
    survival: "Survival",
    count: "Count",
    bin: "Interval",
    anomaly: "Anomaly",
    period: "Period",
    noData: "no value",
  },
  fr: {
    source: "Source : {source}",
    sourceUnknown: "Source : non précisée",
    n: "n = {n}",
    nUnknown: "n non précisé",
    by: "{measure} par {category}",
    over: "{measure} dans le temps",
    suppressedPrimary: "< {k}",
    suppressedSmallBase: "n < {k}",
    suppressedOther: "masqué",
    suppressedNote: "{count} valeur(s) masquée(s) pour protéger les personnes (moins de {k} personnes).",
    barDescription: "{chart} de {measure} par {category} : {count} valeurs.",
    bar: "Diagramme en barres",
    column: "Diagramme en colonnes",
    stacked: "Diagramme en barres empilées",
    grouped: "Diagramme en barres groupées",
    highest: "Valeur la plus élevée : {label} ({value}).",
    lowest: "Valeur la plus basse : {label} ({value}).",
    lineDescription: "Courbe de {measure} dans le temps, {count} périodes de {first} à {last}.",
    trendUp: "Elle passe de {from} à {to}.",
    trendDown: "Elle baisse de {from} à {to}.",
    trendFlat: "Elle reste à {to}.",
    anomalies: "{count} anomalie(s) signalée(s) : {list}.",
    target: "Objectif : {target}.",
    heatmapDescription: "Carte de chaleur de {measure} par {row} et {column} : {count} cases.",
    survivalDescription:
      "Courbe de Kaplan–Meier de {measure} avec sa bande de confiance à {level}, {count} paliers ; à {time} elle vaut {value}.",
    median: "Médiane : {value}.",
    medianNotReached: "La médiane n'est pas atteinte.",
    histogramDescription: "Histogramme de {measure} : {count} valeurs en {bins} classes, de {min} à {max}.",
    boxDescription: "Boîte à moustaches de {measure} par {category} : {count} groupes.",
    medianOf: "Médiane la plus élevée : {label} ({value}).",
    rateDescription: "Taux de {measure} par {category} avec intervalles à {level} : {count} valeurs.",
    progressDescription: "Avancement vers les objectifs : {count} indicateurs.",
    progressItem: "{label} : {value} sur {target} ({share})",
    bulletDescription: "Graphique à puces de {count} indicateurs face à leurs objectifs.",
    bulletItem: "{label} : {value}, de {baseline} vers {target} ({progress} du chemin)",
    bulletHidden: "{label} : valeur masquée (petits effectifs), avancement non publié",
    baseline: "Situation de départ",
    milestone: "Jalon",
    progress: "Avancement",
    mapDescription: "Carte de {measure} par {area} : {count} territoires avec une valeur.",
    worldDescription: "Carte du monde de {measure} par pays : {count} pays avec une valeur.",
    smallMultiplesDescription: "{count} petits graphiques de {measure} par {facet}.",
    departement: "département",
    region: "région",
    country: "pays",
    overseas: "Outre-mer",
    value: "Valeur",
    target_: "Objectif",
    lower: "Borne basse",
    upper: "Borne haute",
    time: "Temps",
    survival: "Survie",
    count: "Effectif",
    bin: "Classe",
    anomaly: "Anomalie",
    period: "Période",
    noData: "pas de valeur",
  },
} as const;

/** The key of a chart text. */
export type VizMessage = keyof (typeof vizMessages)["en"];

/**
 * One chart text in a language, with its `{name}` placeholders filled.
 *
 * Why: builders write titles and descriptions in the reader's language from one catalogue.
 *
 * @param lang - `"fr"` or `"en"`
 * @param key - a key of {@link vizMessages}
 * @param params - values for the placeholders; a missing one stays as `{name}`
 * @returns the text
 * @throws never
 * @example
 * vizText("fr", "source", { source: "Registre" }) // => "Source : Registre"
 */
export function vizText(lang: Lang, key: VizMessage, params: Record<string, string | number> = {}): string {
  const template: string = vizMessages[lang === "en" ? "en" : "fr"][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
