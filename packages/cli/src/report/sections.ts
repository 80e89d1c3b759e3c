import type { ReportCode } from "../locales/report-en.js";

/** A chart of a section: the series it draws and how. */
export interface ChartDeclaration {
  /** The series of core's indicators (`Series.id`). */
  series: string;
  /** Chart identifier (file names in `charts/`); default: the series id. */
  id?: string;
  /** `world`: a world map of a series by country (ISO alpha-2 codes, dimension `country_code`). */
  mark: "bar" | "line" | "map" | "heatmap" | "world";
  /** Where the data comes from (a file kind), shown under the title. */
  source: "volunteers" | "beneficiaries" | "visits" | "groups" | "outcomes" | "places" | "sites";
  /** An indicator table shown under the chart instead of the series' own values. */
  table?: string;
}

/** One section of the report, as data: which indicators, which charts, which words. */
export interface SectionDeclaration {
  /** The section id; its indicators are core's section of the same id. */
  id: "volunteers" | "beneficiaries" | "territory" | "outcomes" | "sites" | "groups" | "signals" | "factors";
  /** Paragraphs, in order. */
  paragraphs: ReportCode[];
  /** Figures (`Figure.id`), in order; the words are `figure.<id>`. */
  figures: string[];
  charts: ChartDeclaration[];
  /** Tables of core's indicators shown on their own (`IndicatorTable.id`); words `table.<id>.caption`, `column.<name>`. */
  tables: string[];
}

/**
 * The sections of the report. Adding a section is adding a declaration here (and its words in the
 * catalogues): the numbers come from `computeIndicators` of core, the layout from the generic renderer.
 */
export const reportSections: readonly SectionDeclaration[] = [
  {
    id: "volunteers",
    paragraphs: ["section.volunteers.intro"],
    figures: [
      "volunteers.people",
      "volunteers.hours",
      "volunteers.median_hours",
      "volunteers.value",
      "volunteers.implausible_hours_share",
      "volunteers.tenure_median",
    ],
    charts: [
      { series: "volunteers-active-by-month", mark: "line", source: "volunteers" },
      { series: "volunteers-hours-by-activity", mark: "bar", source: "volunteers" },
      { series: "volunteers-hours-by-site", mark: "bar", source: "volunteers" },
      { series: "volunteers-retention", mark: "heatmap", source: "volunteers", table: "volunteers-retention" },
    ],
    tables: ["volunteers-valuation", "volunteers-tenure"],
  },
  {
    id: "beneficiaries",
    paragraphs: [],
    figures: [
      "beneficiaries.registered",
      "beneficiaries.reached",
      "beneficiaries.visits",
      "beneficiaries.median_visits",
    ],
    charts: [
      { series: "beneficiaries-by-situation", mark: "bar", source: "beneficiaries" },
      { series: "beneficiaries-visits-per-person", mark: "bar", source: "visits" },
      { series: "beneficiaries-by-service", mark: "bar", source: "visits" },
      { series: "beneficiaries-by-month", mark: "line", source: "visits" },
    ],
    tables: [],
  },
  {
    id: "territory",
    paragraphs: ["section.territory.intro"],
    figures: ["territory.departements", "territory.groups"],
    charts: [
      { series: "territory-people-by-departement", id: "territory-map", mark: "map", source: "places" },
      { series: "territory-people-by-departement", mark: "bar", source: "places" },
      { series: "territory-groups-by-status", mark: "bar", source: "groups" },
    ],
    tables: [],
  },
  {
    id: "outcomes",
    paragraphs: ["section.outcomes.intro"],
    figures: ["outcomes.change", "outcomes.control_change", "outcomes.difference"],
    charts: [{ series: "outcomes-change", mark: "bar", source: "outcomes" }],
    tables: [
      "outcomes-headline",
      "outcomes-change",
      "outcomes-arms",
      "outcomes-attrition",
      "outcomes-exits",
      "outcomes-exits-difference",
    ],
  },
  {
    id: "sites",
    paragraphs: ["section.sites.intro"],
    figures: ["sites.total", "sites.accessible"],
    charts: [
      { series: "sites-by-departement", id: "sites-map", mark: "map", source: "sites" },
      { series: "sites-by-departement", mark: "bar", source: "sites" },
      { series: "sites-by-country", mark: "bar", source: "sites" },
      { series: "sites-by-accessibility", mark: "bar", source: "sites" },
    ],
    tables: [],
  },
  {
    id: "groups",
    paragraphs: ["section.groups.intro"],
    figures: [
      "groups.total",
      "groups.active",
      "groups.inactive",
      "groups.reported_share",
      "groups.countries",
      "groups.communes",
    ],
    charts: [
      { series: "groups-by-country", id: "groups-world-map", mark: "world", source: "groups" },
      { series: "groups-by-country", mark: "bar", source: "groups" },
      { series: "groups-new-by-year", mark: "bar", source: "groups" },
      { series: "groups-closed-by-year", mark: "bar", source: "groups" },
    ],
    tables: ["groups-by-country", "groups-by-year", "groups-by-commune"],
  },
  {
    id: "signals",
    // the digest of the signals (one sentence each) and their table follow the intro (see signalWords)
    paragraphs: ["section.signals.intro"],
    figures: ["signals.count"],
    charts: [],
    tables: [],
  },
  {
    id: "factors",
    // the strongest factor and what the analysis does not show follow the intro (see factorWords)
    paragraphs: ["section.factors.intro"],
    figures: ["factors.projects", "factors.success_rate", "factors.top_odds_ratio", "factors.needed"],
    charts: [],
    tables: ["factors-rates", "factors-model"],
  },
];
