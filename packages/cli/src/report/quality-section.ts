import { privacyDefaults, type SuppressionRule } from "@solidata/core";
import type { ReportConfig } from "../config/report-config.js";
import { words, wordsOr } from "../locales/report-words.js";
import type { Cell, LocalText, Section } from "./model.js";
import type { PreparedFile } from "./prepare-file.js";

const RULES: readonly SuppressionRule[] = ["primary", "complementary", "dominance", "small-base"];

/**
 * The data quality appendix: files with SHA-256, rows read, kept and quarantined by reason, what was
 * changed, how many cells each privacy rule hid, methods. Every count comes from core (the clean
 * reports and the indicators); this lays them out in words (internal).
 */
export function qualitySection(
  files: readonly PreparedFile[],
  hiddenByRule: Record<SuppressionRule, number>,
  methods: readonly LocalText[],
  config: ReportConfig,
  k: number,
): Section {
  const report = (f: PreparedFile) => f.prepared?.cleaned?.report;
  const fileRows: Cell[][] = files.map((f) => [
    { value: f.name },
    { value: f.kind ? wordsOr(`kind.${f.kind}`, "kind.none") : words("kind.none") },
    { value: f.rowsRead },
    { value: report(f)?.rowsClean ?? 0 },
    { value: report(f)?.rowsQuarantined ?? 0 },
    { value: f.sha256 },
  ]);
  const quarantineRows: Cell[][] = [];
  for (const f of files) {
    for (const [code, n] of Object.entries(report(f)?.byCode ?? {}).sort()) {
      quarantineRows.push([{ value: f.name }, { value: wordsOr(`reason.${code}`, "reason.other") }, { value: n }]);
    }
  }
  const changeRows: Cell[][] = [];
  for (const f of files) {
    for (const c of report(f)?.changes ?? []) {
      if (c.cells > 0)
        changeRows.push([
          { value: f.name },
          { value: wordsOr(`field.${c.field}`, "field.other") },
          { value: wordsOr(`operation.${c.operation}`, "operation.other") },
          { value: c.cells },
        ]);
    }
  }
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
    rows: RULES.map((rule) => [{ value: words(`rule.${rule}`) }, { value: hiddenByRule[rule] }]),
  });
  return section;
}
