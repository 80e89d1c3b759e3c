import type { Lang } from "@solidata/core";
import { stringify } from "yaml";
import { t } from "../messages.js";
import { type FileKind, SectionId } from "./report-config.js";

const COMMENTS = [
  "head",
  "organisation",
  "lang",
  "period",
  "files",
  "unknown",
  "columns",
  "privacy",
  "valuation",
  "sections",
  "groups",
  "indicators",
  "formats",
  "vocabularies",
] as const;

/** A file given to `solidata init`, with the kind its columns suggest (or `null`). */
export interface StarterFile {
  path: string;
  kind: FileKind | null;
  /** Its column names, listed in a comment to help the user map them. */
  columns?: string[];
}

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
  const w = Object.fromEntries(COMMENTS.map((key) => [key, t(options.lang, `init.comment.${key}`)])) as Record<
    (typeof COMMENTS)[number],
    string
  >;
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
    block(w.groups, { groups: { activeWithinMonths: 12 } }),
    "",
    `${comment(w.indicators)}\n${comment(
      stringify({
        indicators: [
          {
            id: "volunteer-hours",
            label: { fr: t("fr", "init.indicator.volunteer_hours"), en: t("en", "init.indicator.volunteer_hours") },
            figure: "volunteers.hours",
            baseline: 6000,
            target: 10000,
            direction: "increase",
            milestones: [{ date: `${year}-06-30`, value: 7000 }],
          },
        ],
      }).trimEnd(),
    )}`,
    "",
    block(w.formats, { formats: ["html", "md", "json"] }),
    "",
    block(w.vocabularies, { vocabularies: {} }),
  ];
  return `${parts.join("\n")}\n`;
}
