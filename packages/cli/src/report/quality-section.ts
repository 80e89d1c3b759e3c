import {
  type IndicatorTable,
  privacyDefaults,
  qualityIndicators,
  type SuppressionRule,
  type TableCell,
} from "@solidata/core";
import type { ReportConfig } from "../config/report-config.js";
import { words, wordsOr } from "../locales/report-words.js";
import { formatValue } from "./format-value.js";
import type { Cell, LocalText, Section } from "./model.js";
import type { PreparedFile } from "./prepare-file.js";

const RULES: readonly SuppressionRule[] = [
  "primary",
  "complementary",
  "dominance",
  "small-base",
  "derived",
  "min-contributors",
  "l-diversity",
];

/**
 * The data quality appendix: files with SHA-256, rows read, kept and quarantined by reason, what was
 * changed, how many cells each privacy rule hid, methods. Every count comes from core (the clean
 * reports and the indicators); this lays them out in words (internal).
 */
export function qualitySection(
  files: readonly PreparedFile[],
  hidden: number,
  hiddenByRule: Partial<Record<SuppressionRule, number>>,
  people: { identifiersJoined: number | null; records: number; people: number | null; method: string | null },
  methods: readonly LocalText[],
  config: ReportConfig,
  k: number,
): Section {
  const [files_, quarantine, duplicates, labels, changes] = qualityIndicators(
    files.map((f) => ({
      name: f.name,
      sha256: f.sha256,
      kind: f.kind,
      rowsRead: f.rowsRead,
      report: f.prepared?.cleaned?.report ?? null,
    })),
  ) as [IndicatorTable, IndicatorTable, IndicatorTable, IndicatorTable, IndicatorTable];
  const cell = (c: TableCell): Cell =>
    c.status === "ok" ? { value: c.value as string | number | null } : { value: null, status: c.status, k };
  const worded = (table: IndicatorTable, wordsOf: Record<number, (v: string) => LocalText>): Cell[][] =>
    table.rows.map((row) =>
      row.map((c, i) => {
        const w = wordsOf[i];
        return w && typeof c.value === "string" ? { value: w(c.value) } : cell(c);
      }),
    );
  const fileRows = worded(files_, { 1: (v) => wordsOr(`kind.${v}`, "kind.none") }).map((row, i) =>
    files_.rows[i]?.[1]?.value === null ? [row[0] as Cell, { value: words("kind.none") }, ...row.slice(2)] : row,
  );
  const quarantineRows = worded(quarantine, { 1: (v) => wordsOr(`reason.${v}`, "reason.other") });
  const labelRows = worded(labels, { 1: (v) => wordsOr(`field.${v}`, "field.other") });
  const duplicateRows = worded(duplicates, { 1: (v) => wordsOr(`duplicate.${v}`, "reason.other") });
  const changeRows = worded(changes, {
    1: (v) => wordsOr(`field.${v}`, "field.other"),
    2: (v) => wordsOr(`operation.${v}`, "operation.other"),
  });
  const defaults = privacyDefaults(config.privacy);
  const column = (name: string, format: "text" | "count") => ({
    name,
    label: wordsOr(`column.${name}`, "field.other"),
    format,
  });
  const section: Section = {
    id: "quality",
    title: words("section.quality.title"),
    paragraphs: [
      words("section.quality.rows"),
      words("section.quality.privacy", { k, dominance: Math.round(defaults.dominance * 100) }),
      ...(people.method === null
        ? []
        : [
            words(people.method === "fellegi-sunter" ? "section.quality.people_linked" : "section.quality.people", {
              fr: {
                records: formatValue(people.records, "count", "fr"),
                people: people.people === null ? `< ${k}` : formatValue(people.people, "count", "fr"),
                count:
                  people.identifiersJoined === null ? `< ${k}` : formatValue(people.identifiersJoined, "count", "fr"),
              },
              en: {
                records: formatValue(people.records, "count", "en"),
                people: people.people === null ? `< ${k}` : formatValue(people.people, "count", "en"),
                count:
                  people.identifiersJoined === null ? `< ${k}` : formatValue(people.identifiersJoined, "count", "en"),
              },
            }),
          ]),
      ...methods,
    ],
    figures: [],
    charts: [],
    tables: [
      {
        id: "files",
        caption: words("table.files.caption"),
        columns: [
          column("file", "text"),
          column("kind", "text"),
          column("rows_read", "count"),
          column("rows_clean", "count"),
          column("rows_quarantined", "count"),
          column("rows_merged", "count"),
          column("sha256", "text"),
        ],
        rows: fileRows,
      },
    ],
  };
  if (quarantineRows.length > 0) {
    section.tables.push({
      id: "quarantine",
      caption: words("table.quarantine.caption"),
      columns: [column("file", "text"), column("reason", "text"), column("rows", "count")],
      rows: quarantineRows,
    });
  }
  if (duplicateRows.length > 0) {
    section.tables.push({
      id: "duplicates",
      caption: words("table.duplicates.caption"),
      columns: [column("file", "text"), column("rule", "text"), column("rows", "count")],
      rows: duplicateRows,
    });
  }
  if (labelRows.length > 0) {
    section.tables.push({
      id: "labels",
      caption: words("table.labels.caption"),
      columns: [
        column("file", "text"),
        column("field", "text"),
        column("label", "text"),
        column("variants", "text"),
        column("rows", "count"),
      ],
      rows: labelRows,
    });
  }
  if (changeRows.length > 0) {
    section.tables.push({
      id: "changes",
      caption: words("table.changes.caption"),
      columns: [column("file", "text"), column("field", "text"), column("operation", "text"), column("cells", "count")],
      rows: changeRows,
    });
  }
  section.tables.push({
    id: "suppression",
    caption: words("table.suppression.caption", { profile: config.privacy, k }),
    columns: [column("rule", "text"), column("cells_hidden", "count")],
    rows:
      config.privacy === "public"
        ? [[{ value: words("rule.suppressed") }, { value: hidden }]]
        : RULES.map((rule) => [{ value: words(`rule.${rule}`) }, { value: hiddenByRule[rule] ?? 0 }]),
  });
  return section;
}
