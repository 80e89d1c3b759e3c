import type { Lang } from "@solidata/core";
import { stringify } from "yaml";
import { type FileKind, SectionId } from "./report-config.js";

/** A file given to `solidata init`, with the kind its columns suggest (or `null`). */
export interface StarterFile {
  path: string;
  kind: FileKind | null;
  /** Its column names, listed in a comment to help the user map them. */
  columns?: string[];
}

const text = {
  en: {
    head: "solidata configuration: edit it, then run `solidata report --config {file}`",
    organisation: "Your organisation, as it appears on the report (logo: a PNG, JPEG or SVG file)",
    lang: "Language of the report: fr or en",
    period: 'Period covered: a year ("2025") or { from: 2025-01-01, to: 2025-06-30 }',
    files: "The files to read. kind: volunteers, beneficiaries, visits, groups, outcomes, sites or projects",
    unknown: "kind not recognised from the columns: set it by hand",
    columns: "columns:",
    privacy: "public: counts under 10 hidden (anything that leaves the organisation); internal: under 5",
    valuation:
      "Value of a volunteer hour: fr-smic-gross (minimum wage in force on the day), fr-smic-charged (plus employer contributions), us-independent-sector, or a number of euros",
    sections: "Sections of the report, in order",
    formats: "Files to write",
  },
  fr: {
    head: "configuration solidata : modifiez-la, puis lancez `solidata report --config {file}`",
    organisation: "Votre association, telle qu'elle apparaît sur le rapport (logo : un fichier PNG, JPEG ou SVG)",
    lang: "Langue du rapport : fr ou en",
    period: 'Période couverte : une année ("2025") ou { from: 2025-01-01, to: 2025-06-30 }',
    files:
      "Les fichiers à lire. kind : volunteers (bénévoles), beneficiaries (bénéficiaires), visits (passages), groups (groupes), outcomes (suivi), sites (lieux) ou projects (projets)",
    unknown: "type non reconnu d'après les colonnes : à indiquer à la main",
    columns: "colonnes :",
    privacy: "public : effectifs sous 10 masqués (tout ce qui sort de l'association) ; internal : sous 5",
    valuation:
      "Valeur d'une heure de bénévolat : fr-smic-gross (SMIC brut en vigueur le jour de la mission), fr-smic-charged (avec charges patronales), us-independent-sector, ou un montant en euros",
    sections: "Sections du rapport, dans l'ordre",
    formats: "Fichiers à écrire",
  },
} as const;

function comment(line: string): string {
  return line
    .split("\n")
    .map((l) => `# ${l}`)
    .join("\n");
}

/**
 * Writes a commented starter configuration (YAML) for the given files, in the user's language.
 *
 * Why: `solidata init` gives a user a file to edit rather than a blank page; every key is
 * explained in a comment, and the file validates against the JSON Schema as written.
 *
 * @param files - the files with the kind detected from their columns (`null` when unknown)
 * @param options - `lang` of the comments and the report, `file` name used in the first comment, `schema` path or URL for editors
 * @returns the YAML text
 * @example
 * starterConfig([{ path: "benevoles.csv", kind: "volunteers" }], { lang: "fr" }).includes("kind: volunteers") // => true
 */
export function starterConfig(
  files: readonly StarterFile[],
  options: { lang: Lang; file?: string; schema?: string; year?: number },
): string {
  const w = text[options.lang];
  const year = String(options.year ?? new Date().getUTCFullYear() - 1);
  const block = (note: string, value: Record<string, unknown>): string =>
    `${comment(note)}\n${stringify(value).trimEnd()}`;
  const fileLines = files.map((f) => {
    const entry = stringify([{ path: f.path, ...(f.kind ? { kind: f.kind } : {}) }]).trimEnd();
    const notes: string[] = [];
    if (!f.kind) notes.push(`  # ${w.unknown}`);
    if (f.columns && f.columns.length > 0)
      notes.push(`  # ${w.columns} ${f.columns.join(", ").replace(/[\r\n]+/g, " ")}`);
    return [entry, ...notes].join("\n");
  });
  const parts = [
    ...(options.schema ? [`# yaml-language-server: $schema=${options.schema}`] : []),
    comment(w.head.replace("{file}", options.file ?? "solidata.config.yaml")),
    "",
    block(w.organisation, { organisation: { name: options.lang === "fr" ? "Mon association" : "My organisation" } }),
    "",
    block(w.lang, { lang: options.lang }),
    "",
    block(w.period, { period: year }),
    "",
    `${comment(w.files)}\nfiles:${fileLines.length === 0 ? " []" : `\n${fileLines.join("\n")}`}`,
    "",
    block(w.privacy, { privacy: "public" }),
    "",
    block(w.valuation, { valuation: { hourlyRate: "fr-smic-gross" } }),
    "",
    block(w.sections, { sections: Object.values(SectionId) }),
    "",
    block(w.formats, { formats: ["html", "md", "json"] }),
  ];
  return `${parts.join("\n")}\n`;
}
