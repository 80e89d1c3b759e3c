/** Which way a measure improves: a higher score is better, or a lower one. */
export const Direction = { higher: "higher", lower: "lower" } as const;
/** See {@link Direction}. */
export type Direction = (typeof Direction)[keyof typeof Direction];

/** One known scale: how its name is written (keys without accents, lower case, words) and its direction. */
export interface KnownScale {
  /** the scale's usual name */
  name: string;
  /** words or abbreviations that name it in a header or a measure label */
  aliases: readonly string[];
  direction: Direction;
}

/**
 * Common outcome scales and which way they improve, as data (add to it rather than to code).
 * Sources: the scales' manuals — WEMWBS/SWEMWBS, WHO-5, Rosenberg, life satisfaction (ONS4) and
 * EQ-5D VAS are scored higher-is-better; BDI, PHQ-9, GAD-7, HADS, K10, GHQ-12, PSS, UCLA
 * loneliness, CORE-10, SDQ total difficulties and the Edinburgh (EPDS) scale count symptoms or
 * difficulties: lower is better.
 */
export const KNOWN_SCALES: readonly KnownScale[] = [
  {
    name: "WEMWBS",
    aliases: ["wemwbs", "swemwbs", "warwick edinburgh", "bien etre", "wellbeing", "well being"],
    direction: "higher",
  },
  { name: "WHO-5", aliases: ["who 5", "who5", "oms 5"], direction: "higher" },
  { name: "Rosenberg", aliases: ["rosenberg", "rses", "estime de soi", "self esteem"], direction: "higher" },
  {
    name: "Life satisfaction",
    aliases: ["ons4", "satisfaction", "life satisfaction", "satisfaction de vie"],
    direction: "higher",
  },
  { name: "EQ-5D VAS", aliases: ["eq 5d", "eq5d", "eq vas"], direction: "higher" },
  {
    name: "Confidence",
    aliases: ["confiance", "confidence", "autonomie", "self efficacy", "auto efficacite"],
    direction: "higher",
  },
  { name: "BDI", aliases: ["bdi", "beck", "depression"], direction: "lower" },
  { name: "PHQ-9", aliases: ["phq", "phq9", "phq 9"], direction: "lower" },
  { name: "GAD-7", aliases: ["gad", "gad7", "gad 7", "anxiete", "anxiety"], direction: "lower" },
  { name: "HADS", aliases: ["hads"], direction: "lower" },
  { name: "K10", aliases: ["k10", "kessler"], direction: "lower" },
  { name: "GHQ-12", aliases: ["ghq", "ghq12", "ghq 12"], direction: "lower" },
  { name: "PSS", aliases: ["pss", "stress", "perceived stress", "stress percu"], direction: "lower" },
  { name: "UCLA loneliness", aliases: ["ucla", "loneliness", "solitude", "isolement"], direction: "lower" },
  { name: "CORE-10", aliases: ["core 10", "core10", "core om"], direction: "lower" },
  { name: "SDQ", aliases: ["sdq", "difficultes", "difficulties"], direction: "lower" },
  { name: "EPDS", aliases: ["epds", "edinburgh postnatal"], direction: "lower" },
];
