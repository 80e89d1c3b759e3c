import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { HeaderStyle } from "./header-variants.js";
import type { Label } from "./labels.js";
import { type MessOptions, renderText } from "./mess.js";
import type { Random } from "./random.js";

/** The kinds of files the generator writes. */
export const KINDS = ["volunteers", "beneficiaries", "visits", "outcomes", "groups"] as const;

/** A kind of file the generator writes. */
export type Kind = (typeof KINDS)[number];

/** True when the text names a kind. */
export function isKind(name: string): name is Kind {
  return (KINDS as readonly string[]).includes(name);
}

/**
 * Kinds written only when asked (not by `--kind all`, not in the samples): a directory of sites with
 * postcodes by country, a follow-up survey in wide form (one column per wave), a list of projects
 * with known factors of success (the samples have it), and a three-year visit log with injected anomalies.
 */
export const EXTRA_KINDS = ["sites", "outcomes-wide", "projects", "visits-signals"] as const;

/** A kind of file written only when asked, see {@link EXTRA_KINDS}. */
export type ExtraKind = (typeof EXTRA_KINDS)[number];

/** True when the text names a kind or an extra kind. */
export function isAnyKind(name: string): name is Kind | ExtraKind {
  return isKind(name) || (EXTRA_KINDS as readonly string[]).includes(name);
}

/** Options of one generated file. */
export interface GenerateOptions {
  kind: Kind | ExtraKind;
  /** Data rows to write (≥ 1). */
  rows: number;
  /** Seed: same seed, same bytes. */
  seed: number;
  /** Output folder (created); the ground truth goes to `<out>/truth/`. */
  out: string;
  mess: MessOptions;
  /** Headers and labels in French (default) or English. */
  lang: "fr" | "en";
  /** Write the ground truth beside the data (default true). */
  truth: boolean;
  /** Size of the people pool (volunteers, or beneficiaries for visits/outcomes); derived from rows when absent. */
  people?: number;
  /** "varied": headers drawn from real shapes per field, with their truth (default "standard": the samples' headers). */
  headers?: HeaderStyle;
  /** Sites: "FR" (default), another ISO code ("BE", "AU", "US", "CH"), or "mixed" (a `Pays` column). */
  country?: string;
  /**
   * Groups: spread the groups over this many countries (France first, then up to 28 others, each with
   * its own communes); the truth then has the census by country. Absent: the samples' mix (France, a few abroad).
   */
  countries?: number;
}

/** File names of each kind, by language. */
export const FILE_NAMES: Record<"fr" | "en", Record<Kind | ExtraKind, string>> = {
  fr: {
    volunteers: "benevoles.csv",
    beneficiaries: "beneficiaires.csv",
    visits: "passages.csv",
    outcomes: "suivi.csv",
    groups: "groupes.csv",
    sites: "lieux.csv",
    "outcomes-wide": "suivi-large.csv",
    projects: "projets.csv",
    "visits-signals": "passages-signaux.csv",
  },
  en: {
    volunteers: "volunteers.csv",
    beneficiaries: "beneficiaries.csv",
    visits: "visits.csv",
    outcomes: "outcomes.csv",
    groups: "groups.csv",
    sites: "sites.csv",
    "outcomes-wide": "outcomes-wide.csv",
    projects: "projects.csv",
    "visits-signals": "visits-signals.csv",
  },
};

/** What a generator returns: where it wrote and the summary truths. */
export interface GenerateResult {
  file: string;
  truthFiles: string[];
  summary: Record<string, unknown>;
}

/** Paths of the data file and the truth folder (created). */
export function outputPaths(options: GenerateOptions): { file: string; truthDir: string | undefined } {
  mkdirSync(options.out, { recursive: true });
  const truthDir = options.truth ? join(options.out, "truth") : undefined;
  if (truthDir) mkdirSync(truthDir, { recursive: true });
  return { file: join(options.out, FILE_NAMES[options.lang][options.kind]), truthDir };
}

/** Writes a label as typed: a variant with probability labelVariants, then case and spaces. */
export function renderLabel(label: Label, random: Random, mess: MessOptions, english: boolean): string {
  const variants = english ? label.variantsEn : label.variantsFr;
  const base =
    random.chance(mess.labelVariants) && variants.length > 0 ? random.pick(variants) : english ? label.en : label.fr;
  return renderText(base, random, mess);
}

/** The true text of a label in the file's language. */
export function labelText(label: Label, english: boolean): string {
  return english ? label.en : label.fr;
}

/** Title line above the header, as exports from association software write it. */
export function titleText(what: string, english: boolean): string {
  return english
    ? `Export - ${what} - Entraide Solidaire - 31/12/2025`
    : `Extraction ${what} - Entraide Solidaire - 31/12/2025`;
}
