import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import {
  computeIndicators,
  type FactorSection,
  findDuplicateFiles,
  formatIssue,
  indicatorProgress,
  type PseudonymKey,
  prepareCellKeys,
  privacyDefaults,
  pseudonymisePrepared,
  type TextEncoding,
} from "@solidata/core";
import { type FileKind, ReportConfig, type ReportConfigInput } from "../config/report-config.js";
import { words } from "../locales/report-words.js";
import type { CliCode, CliIssue } from "../messages.js";
import { factorWords } from "./factor-words.js";
import { formatCell } from "./format-value.js";
import { indicatorsSection } from "./indicators-section.js";
import type { Figure, LocalText, ReleaseBasis, ReportModel, Section } from "./model.js";
import { type FileInput, type PreparedFile, prepareFile, type ReportInput } from "./prepare-file.js";
import { prepareFileDuckDB, type ReportEngine } from "./prepare-file-duckdb.js";
import { qualitySection } from "./quality-section.js";
import { renderSection } from "./render-section.js";
import { reportSections } from "./sections.js";
import { signalWords } from "./signal-words.js";

/** Kinds whose rows are things (people, groups, places, projects): two files with the same identifiers are one list. */
const ENTITY_KINDS = new Set<string>(["beneficiaries", "groups", "sites", "projects"]);

/** A file to report on: its path, or its name and bytes, with what the configuration says about it. */
export type ReportSource =
  | string
  | ReportInput
  | {
      path: string;
      name?: string;
      kind?: FileKind;
      mapping?: Record<string, string>;
      sheet?: string;
      encoding?: TextEncoding;
    };

/** Options of {@link buildReport} beyond the configuration. */
export interface BuildReportOptions {
  /** Called before each step, so a command can show progress: a message code of the CLI, its params, the step number and the count of steps. */
  onProgress?: (code: CliCode, params: Record<string, string>, done: number, total: number) => void;
  /** Called inside a long step with the work done so far (rows cleaned), for a progress bar. */
  onCount?: (code: CliCode, params: Record<string, string>, done: number, total: number, unit: "rows") => void;
  /** "Today": when the report is produced, and the limit of dates in the future. Default: now. */
  now?: Date;
  /**
   * The association's key (`loadKey`). Given, counts of people and visits are perturbed by the
   * cell-key method (the same people always give the same figure); without it they are exact.
   */
  key?: PseudonymKey;
  /**
   * Why the counts are perturbed or exact, as the report states it: `"local"` when `key` is the
   * release key kept on this computer, `"synthetic"` for the demo. Default: `"key"` with a key,
   * `"exact"` without.
   */
  release?: ReleaseBasis;
  /** Which engine prepares CSV files: `js` (default), `duckdb`, or `auto` (DuckDB above 256 MiB when installed). */
  engine?: ReportEngine;
}

async function toInput(source: ReportSource, config: ReportConfig): Promise<FileInput> {
  if (typeof source !== "string" && "bytes" in source) return source;
  const path = typeof source === "string" ? source : source.path;
  const fromConfig = config.files.find((f) => f.path === path);
  const kind = (typeof source === "string" ? undefined : source.kind) ?? fromConfig?.kind;
  const mapping = (typeof source === "string" ? undefined : source.mapping) ?? fromConfig?.mapping;
  const name = (typeof source === "string" ? undefined : source.name) ?? basename(path);
  const sheet = (typeof source === "string" ? undefined : source.sheet) ?? fromConfig?.sheet;
  const country = fromConfig?.country ?? config.country;
  const encoding = typeof source === "string" ? undefined : source.encoding;
  return {
    ...(encoding ? { encoding } : {}),
    name,
    // no bytes: prepareFile reads the file at `path` as a stream
    path,
    ...(kind ? { kind } : {}),
    ...(mapping ? { mapping } : {}),
    ...(sheet ? { sheet } : {}),
    ...(country ? { country } : {}),
  };
}

const logoTypes: Record<string, string> = {
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".svg": "image/svg+xml",
};
const LOGO_MAX_BYTES = 200_000;

/** The logo as a data: URI, so the report needs no other file; an unusable logo is a warning, not a failure (internal). */
async function logoDataUri(path: string, warnings: CliIssue[]): Promise<string | undefined> {
  const type = logoTypes[extname(path).toLowerCase()];
  try {
    const bytes = await readFile(path);
    if (type !== undefined && bytes.length <= LOGO_MAX_BYTES) return `data:${type};base64,${bytes.toString("base64")}`;
  } catch {
    // unreadable: said below
  }
  warnings.push({ code: "report.bad_logo", severity: "warning", params: { file: basename(path) } });
  return undefined;
}

function summarySection(sections: readonly Section[]): Section {
  const wanted = [
    "volunteers.people",
    "volunteers.hours",
    "volunteers.value",
    "volunteers.implausible_hours_share",
    "beneficiaries.reached",
    "beneficiaries.registered",
    "beneficiaries.visits",
    "territory.groups",
    "outcomes.change",
  ];
  const all = new Map<string, Figure>(sections.flatMap((s) => s.figures.map((f) => [f.id, f] as const)));
  const figures = wanted.map((id) => all.get(id)).filter((f): f is Figure => f !== undefined);
  const shown = (id: string): boolean => {
    const f = all.get(id);
    return f !== undefined && f.status === "ok" && f.value !== null;
  };
  const say = (lang: "fr" | "en", id: string): string => {
    const f = all.get(id) as Figure;
    return formatCell(f, f.format, lang);
  };
  const params = (ids: Record<string, string>) => ({
    fr: Object.fromEntries(Object.entries(ids).map(([k, id]) => [k, say("fr", id)])),
    en: Object.fromEntries(Object.entries(ids).map(([k, id]) => [k, say("en", id)])),
  });
  const sentences: LocalText[] = [];
  if (shown("volunteers.people") && shown("volunteers.hours")) {
    sentences.push(
      words("section.summary.volunteers", params({ people: "volunteers.people", hours: "volunteers.hours" })),
    );
  }
  if (shown("volunteers.hours") && shown("volunteers.implausible_hours_share")) {
    sentences.push(words("section.summary.implausible", params({ share: "volunteers.implausible_hours_share" })));
  }
  if (shown("beneficiaries.reached") && shown("beneficiaries.visits")) {
    sentences.push(
      words("section.summary.reached", params({ reached: "beneficiaries.reached", visits: "beneficiaries.visits" })),
    );
  }
  return {
    id: "summary",
    title: words("section.summary.title"),
    paragraphs: [...sentences, words("section.summary.base")],
    figures,
    charts: [],
    tables: [],
  };
}

/**
 * Builds a report from an association's files: reads each file, recognises what it holds, cleans
 * it, computes the figures of each section through small-cell suppression, makes each chart's
 * Vega-Lite spec in both languages, and lists in an appendix what was read, kept, quarantined and
 * changed. The charts are not drawn here: `drawCharts` draws them in the language written.
 *
 * Why: this is `solidata report` as a function, so a script or a notebook produces the same
 * report; the result is plain data for {@link renderHTML} (after `drawCharts`), {@link renderMarkdown}
 * and {@link renderJSON}.
 * No personal value (name, e-mail, phone, address, birth date) reaches the model: only protected
 * aggregates, file names and labels of categories.
 *
 * @param sources - file paths, or `{ name, bytes }` (CSV: any encoding and delimiter solidata reads)
 * @param config - a configuration (see `ReportConfig`); defaults: French, `public` privacy, every section
 * @param options - progress callback, "today"
 * @returns the report model
 * @throws Error from the file system when a path cannot be read; ZodError when the configuration is not valid
 * @example
 * const model = await buildReport(["benevoles.csv", "passages.csv"], { lang: "fr", period: "2025" });
 * model.sections.map((s) => s.id) // => ["summary", "volunteers", "beneficiaries", "territory", "outcomes", "quality"]
 */
export async function buildReport(
  sources: readonly ReportSource[],
  config: ReportConfigInput = {},
  options: BuildReportOptions = {},
): Promise<ReportModel> {
  const cfg = ReportConfig.parse(config);
  const now = options.now ?? new Date();
  const k = privacyDefaults(cfg.privacy).k;
  const all = sources.length > 0 ? sources : cfg.files.map((f) => ({ ...f }));
  const total = all.length * 2 + 2;
  let step = 0;
  const progress = (code: CliCode, params: Record<string, string> = {}): void => {
    step += 1;
    options.onProgress?.(code, params, step, total);
  };
  const files: PreparedFile[] = [];
  // why a file the DuckDB engine was asked for was read by the JavaScript engine
  const warningsBefore: CliIssue[] = [];
  for (const source of all) {
    const name =
      typeof source === "string"
        ? basename(source)
        : "bytes" in source
          ? source.name
          : "name" in source && typeof source.name === "string"
            ? source.name
            : basename(source.path);
    progress("progress.reading", { file: name });
    const path = typeof source === "string" ? source : "bytes" in source ? null : source.path;
    if (path !== null && options.engine !== undefined && options.engine !== "js") {
      const country = cfg.files.find((f) => f.path === path)?.country ?? cfg.country;
      const duck = await prepareFileDuckDB(path, name, options.engine, {
        now,
        ...(cfg.vocabularies ? { vocabularies: cfg.vocabularies } : {}),
        ...(country ? { country } : {}),
      });
      if (duck.file) {
        progress("progress.cleaning", { file: name });
        files.push(duck.file);
        continue;
      }
      if (duck.issue) warningsBefore.push(duck.issue);
    }
    const input = await toInput(source, cfg);
    progress("progress.cleaning", { file: name });
    const onRows = (done: number, total: number): void =>
      options.onCount?.("progress.cleaning", { file: name }, done, total, "rows");
    files.push(await prepareFile(input, now, cfg.vocabularies, onRows));
  }
  const warnings: CliIssue[] = [...warningsBefore, ...files.flatMap((f) => f.issues)];
  // the same file given twice (same bytes), or the same list in two formats (same identifiers), counts once
  const duplicateOf = new Set<PreparedFile>();
  for (const kind of new Set(files.map((f) => f.kind))) {
    if (kind === null) continue;
    const same = files.filter((f) => f.kind === kind && f.prepared?.cleaned);
    if (same.length < 2) continue;
    const list = ENTITY_KINDS.has(kind);
    const groups = findDuplicateFiles(
      same.map((f) => {
        const clean = f.prepared?.cleaned?.clean;
        const idColumn = kind === "groups" ? "group_id" : "person_id";
        return {
          name: f.name,
          ...(f.bytes ? { bytes: f.bytes } : {}),
          ...(list && clean?.columnNames().includes(idColumn)
            ? { ids: clean.array(idColumn) as ArrayLike<unknown> }
            : {}),
        };
      }),
    );
    for (const group of groups) {
      for (const name of group.files.slice(1)) {
        const f = same.find((x) => x.name === name);
        if (f) duplicateOf.add(f);
      }
      warnings.push({
        code: "report.duplicate_files",
        severity: "warning",
        params: { files: group.files.join(", "), kept: group.files[0] ?? "" },
      });
    }
  }
  progress("progress.analysing", { section: "…" });
  const wants = new Set(cfg.sections);
  const kept = files.flatMap((f) => (f.prepared && !duplicateOf.has(f) ? [f.prepared] : []));
  // with the key, people are linked across files by keyed pseudonyms (those clean --key writes)
  const counted = options.key ? await pseudonymisePrepared(kept, options.key) : kept;
  if (counted !== kept) {
    // from here the files hold their pseudonymised tables (the appendix reads only their reports): the
    // identifiers as read are not kept in memory beside the pseudonyms (a column of 5M rows is 40 MB)
    const pseudonymised = new Map(kept.map((p, i) => [p, counted[i] ?? p]));
    for (const f of files) if (f.prepared) f.prepared = pseudonymised.get(f.prepared) ?? f.prepared;
    kept.length = 0;
  }
  const cellKeys = options.key ? await prepareCellKeys(counted, options.key) : undefined;
  const indicators = computeIndicators(counted, {
    ...(cellKeys ? { cellKeys } : {}),
    privacy: cfg.privacy,
    k,
    ...(cfg.period !== undefined ? { period: cfg.period } : {}),
    hourlyRate: cfg.valuation.hourlyRate,
    now,
    sections: reportSections.map((d) => d.id).filter((id) => wants.has(id)),
    ...(cfg.groups ? { groups: { activeWithinMonths: cfg.groups.activeWithinMonths } } : {}),
  });
  warnings.push(...indicators.skipped);
  const sections: Section[] = [];
  const methods: LocalText[] = [];
  progress("progress.charting");
  for (const declaration of reportSections) {
    const part = indicators.sections.find((s) => s.id === declaration.id);
    if (!part || !wants.has(declaration.id)) continue;
    const placesFrom = "source" in part ? (part.source as string | null) : null;
    const rendered = renderSection(declaration, part, k, placesFrom);
    if (declaration.id === "signals") {
      // the digest of the signals, one sentence each, and their table
      const digest = signalWords(indicators.signals);
      rendered.paragraphs.push(...(digest.sentences.length > 0 ? digest.sentences : [words("section.signals.none")]));
      if (indicators.signals.length > 0) rendered.tables.push(digest.table);
    }
    if (declaration.id === "factors") rendered.paragraphs.push(...factorWords(part as FactorSection));
    sections.push(rendered);
    warnings.push(...part.warnings);
    methods.push(...part.methods.map((m) => ({ fr: formatIssue(m, "fr"), en: formatIssue(m, "en") })));
  }
  if (wants.has("summary")) {
    const summary = summarySection(sections);
    // the weak signals open the report: the three strongest, and how many more
    if (wants.has("signals") && indicators.signals.length > 0) {
      const { sentences } = signalWords(indicators.signals);
      const more = sentences.length - 3;
      summary.paragraphs.splice(
        summary.paragraphs.length - 1,
        0,
        ...sentences.slice(0, 3),
        ...(more > 0 ? [words("section.signals.more", { count: more })] : []),
      );
    }
    sections.unshift(summary);
  }
  // the logframe: each indicator follows a figure computed above, a hidden figure stays hidden
  if (wants.has("indicators") && cfg.indicators && cfg.indicators.length > 0)
    sections.push(indicatorsSection(indicatorProgress(indicators, cfg.indicators), k));
  if (wants.has("quality"))
    sections.push(
      qualitySection(files, indicators.hidden, indicators.hiddenByRule, indicators.people, methods, cfg, k),
    );
  const order = cfg.sections;
  sections.sort(
    (a, b) => order.indexOf(a.id as (typeof order)[number]) - order.indexOf(b.id as (typeof order)[number]),
  );
  const shown = indicators.period;
  return {
    version: 1,
    title: words("report.title"),
    organisation: cfg.organisation
      ? {
          name: cfg.organisation.name,
          ...(cfg.organisation.logo ? { logo: await logoDataUri(cfg.organisation.logo, warnings) } : {}),
        }
      : null,
    period: shown,
    covered: indicators.covered,
    generatedAt: now.toISOString(),
    privacy: { profile: cfg.privacy, k },
    protection: { ...indicators.protection, release: options.release ?? (options.key ? "key" : "exact") },
    sections,
    ...(wants.has("signals") ? { signals: indicators.signals } : {}),
    warnings,
    files: files.map((f) => ({
      name: f.name,
      sha256: f.sha256,
      kind: f.kind,
      rowsRead: f.rowsRead,
      rowsClean: f.prepared?.cleaned?.report.rowsClean ?? 0,
      rowsQuarantined: f.prepared?.cleaned?.report.rowsQuarantined ?? 0,
      rowsMerged: f.prepared?.cleaned?.report.rowsMerged ?? 0,
      engine: f.issues.some((i) => i.code.startsWith("report.engine_duckdb")) ? ("duckdb" as const) : ("js" as const),
    })),
  };
}
