import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { type Issue, privacyDefaults, type SuppressedCell } from "@solidata/core";
import { escape as aqEscape, type ColumnTable } from "arquero";
import { type FileKind, type PeriodConfig, ReportConfig, type ReportConfigInput } from "../config/report-config.js";
import { formatCell } from "./format-value.js";
import type { Figure, LocalText, ReportModel, Section } from "./model.js";
import { beneficiariesSection, outcomesSection, territorySection } from "./people-sections.js";
import { type PreparedFile, prepareFile, type ReportInput } from "./prepare-file.js";
import { qualitySection } from "./quality-section.js";
import { resultWarnings, volunteersSection } from "./volunteers-section.js";

/** A file to report on: its path, or its name and bytes, with what the configuration says about it. */
export type ReportSource =
  | string
  | ReportInput
  | { path: string; name?: string; kind?: FileKind; mapping?: Record<string, string>; sheet?: string };

/** Options of {@link buildReport} beyond the configuration. */
export interface BuildReportOptions {
  /** Called before each step, so a command can show progress: a message code of the CLI, its params, the step number and the count of steps. */
  onProgress?: (code: string, params: Record<string, string>, done: number, total: number) => void;
  /** "Today": when the report is produced, and the limit of dates in the future. Default: now. */
  now?: Date;
}

const dateColumn: Partial<Record<FileKind, string>> = {
  volunteers: "activity_date",
  visits: "visit_date",
  outcomes: "followup_date",
};

function periodRange(period: PeriodConfig | undefined): { from: string; to: string } | null {
  if (period === undefined) return null;
  if (typeof period === "string") return { from: `${period}-01-01`, to: `${period}-12-31` };
  return period;
}

function inPeriod(table: ColumnTable, column: string, range: { from: string; to: string }): ColumnTable {
  if (!table.columnNames().includes(column)) return table;
  const from = Date.parse(`${range.from}T00:00:00Z`);
  const to = Date.parse(`${range.to}T00:00:00Z`);
  return table.filter(
    aqEscape((d: Record<string, unknown>) => {
      const v = d[column];
      return v instanceof Date && v.getTime() >= from && v.getTime() <= to;
    }),
  );
}

function dataRange(tables: readonly [ColumnTable, string][]): { from: string; to: string } | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const [table, column] of tables) {
    if (!table.columnNames().includes(column)) continue;
    const values = table.array(column) as ArrayLike<unknown>;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v instanceof Date) {
        const t = v.getTime();
        if (t < min) min = t;
        if (t > max) max = t;
      }
    }
  }
  if (!Number.isFinite(min)) return null;
  return { from: new Date(min).toISOString().slice(0, 10), to: new Date(max).toISOString().slice(0, 10) };
}

async function toInput(source: ReportSource, config: ReportConfig): Promise<ReportInput> {
  if (typeof source !== "string" && "bytes" in source) return source;
  const path = typeof source === "string" ? source : source.path;
  const fromConfig = config.files.find((f) => f.path === path);
  const bytes = new Uint8Array(await readFile(path));
  const kind = (typeof source === "string" ? undefined : source.kind) ?? fromConfig?.kind;
  const mapping = (typeof source === "string" ? undefined : source.mapping) ?? fromConfig?.mapping;
  const name = (typeof source === "string" ? undefined : source.name) ?? basename(path);
  const sheet = (typeof source === "string" ? undefined : source.sheet) ?? fromConfig?.sheet;
  return { name, bytes, path, ...(kind ? { kind } : {}), ...(mapping ? { mapping } : {}), ...(sheet ? { sheet } : {}) };
}

function combine(files: readonly PreparedFile[], kind: FileKind): ColumnTable | null {
  let out: ColumnTable | null = null;
  for (const f of files) {
    if (f.kind !== kind || !f.clean) continue;
    out = out === null ? f.clean : out.concat(f.clean);
  }
  return out;
}

const logoTypes: Record<string, string> = {
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".svg": "image/svg+xml",
};
const LOGO_MAX_BYTES = 200_000;

/** The logo as a data: URI, so the report needs no other file; an unusable logo is a warning, not a failure (internal). */
async function logoDataUri(path: string, warnings: Issue[]): Promise<string | undefined> {
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
    "beneficiaries.reached",
    "beneficiaries.registered",
    "beneficiaries.visits",
    "territory.groups",
    "outcomes.change",
  ];
  const all = new Map<string, Figure>(sections.flatMap((s) => s.figures.map((f) => [f.id, f] as const)));
  const figures = wanted.map((id) => all.get(id)).filter((f): f is Figure => f !== undefined);
  const say = (lang: "fr" | "en", id: string): string | null => {
    const f = all.get(id);
    return f && f.status === "ok" && f.value !== null ? formatCell(f, f.format, lang) : null;
  };
  const sentences: LocalText[] = [];
  const people = say("fr", "volunteers.people");
  const hours = say("fr", "volunteers.hours");
  if (people && hours) {
    sentences.push({
      fr: `${people} bénévoles ont donné ${hours} heures de leur temps.`,
      en: `${say("en", "volunteers.people")} volunteers gave ${say("en", "volunteers.hours")} hours of their time.`,
    });
  }
  const reached = say("fr", "beneficiaries.reached");
  const visits = say("fr", "beneficiaries.visits");
  if (reached && visits) {
    sentences.push({
      fr: `${reached} personnes ont été accueillies, au cours de ${visits} passages.`,
      en: `${say("en", "beneficiaries.reached")} people were reached, over ${say("en", "beneficiaries.visits")} visits.`,
    });
  }
  return {
    id: "summary",
    title: { fr: "L'essentiel", en: "Key figures" },
    paragraphs: [
      ...sentences,
      {
        fr: "Chaque chiffre indique sur combien de personnes ou de lignes il repose (n). Les petits effectifs sont masqués pour protéger les personnes.",
        en: "Each figure says how many people or rows it rests on (n). Small counts are hidden to protect the people behind them.",
      },
    ],
    figures,
    charts: [],
    tables: [],
  };
}

/**
 * Builds a report from an association's files: reads each file, recognises what it holds, cleans
 * it, computes the figures of each section through small-cell suppression, draws the charts, and
 * lists in an appendix what was read, kept, quarantined and changed.
 *
 * Why: this is `solidata report` as a function, so a script or a notebook produces the same
 * report; the result is plain data for {@link renderHTML}, {@link renderMarkdown} and {@link renderJSON}.
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
  const progress = (code: string, params: Record<string, string> = {}): void => {
    step += 1;
    options.onProgress?.(code, params, step, total);
  };
  const files: PreparedFile[] = [];
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
    const input = await toInput(source, cfg);
    progress("progress.cleaning", { file: name });
    files.push(await prepareFile(input, now));
  }
  const warnings: Issue[] = files.flatMap((f) => f.issues);
  const range = periodRange(cfg.period);
  const pick = (kind: FileKind): ColumnTable | null => {
    const table = combine(files, kind);
    const column = dateColumn[kind];
    return table && range && column ? inPeriod(table, column, range) : table;
  };
  const volunteers = pick("volunteers");
  const register = pick("beneficiaries");
  const visits = pick("visits");
  const groups = pick("groups");
  const outcomes = pick("outcomes");
  const shown =
    range ??
    dataRange([
      ...(volunteers ? [[volunteers, "activity_date"] as [ColumnTable, string]] : []),
      ...(visits ? [[visits, "visit_date"] as [ColumnTable, string]] : []),
    ]);

  progress("progress.analysing", { section: "…" });
  const sections: Section[] = [];
  const suppressed: SuppressedCell[] = [];
  const methods: LocalText[] = [];
  const wants = new Set(cfg.sections);
  const skipped = (section: string, reason: string, severity: "info" | "warning" = "info"): void => {
    warnings.push({ code: "report.section_skipped", severity, params: { section, reason } });
  };
  const attempt = async (section: string, run: () => Promise<void>): Promise<void> => {
    try {
      await run();
    } catch (error) {
      // An analysis that cannot run on these columns leaves its section out, with the reason.
      skipped(section, error instanceof Error ? error.message : String(error), "warning");
    }
  };
  if (wants.has("volunteers")) {
    await attempt("volunteers", async () => {
      if (volunteers && volunteers.numRows() > 0) {
        const part = await volunteersSection(volunteers, cfg, k);
        sections.push(part.section);
        methods.push(...part.methods);
        for (const r of part.results) suppressed.push(...r.suppressed);
        warnings.push(...resultWarnings(part.results));
      } else skipped("volunteers", "no volunteer activity in the files or the period");
    });
  }
  if (wants.has("beneficiaries")) {
    await attempt("beneficiaries", async () => {
      if (register || visits) {
        const part = await beneficiariesSection(register, visits, cfg, k);
        sections.push(part.section);
        suppressed.push(...part.suppressed);
      } else skipped("beneficiaries", "no beneficiary register or visit log");
    });
  }
  if (wants.has("territory")) {
    await attempt("territory", async () => {
      const part = await territorySection(register, visits, groups, cfg, k);
      if (part.section.figures.length > 0 || part.section.charts.length > 0) {
        sections.push(part.section);
        suppressed.push(...part.suppressed);
      } else skipped("territory", "no postcode or local group");
    });
  }
  if (wants.has("outcomes")) {
    await attempt("outcomes", async () => {
      const part = await outcomesSection(outcomes, cfg, k);
      if (part.section.tables.length > 0) {
        sections.push(part.section);
        suppressed.push(...part.suppressed);
        warnings.push(...resultWarnings(part.results));
      } else skipped("outcomes", "no follow-up survey with baseline and follow-up scores");
    });
  }
  if (wants.has("summary")) sections.unshift(summarySection(sections));
  progress("progress.charting");
  if (wants.has("quality")) sections.push(qualitySection(files, suppressed, methods, cfg, k));
  const order = cfg.sections;
  sections.sort(
    (a, b) => order.indexOf(a.id as (typeof order)[number]) - order.indexOf(b.id as (typeof order)[number]),
  );
  return {
    version: 1,
    title: { fr: "Rapport d'impact", en: "Impact report" },
    organisation: cfg.organisation
      ? {
          name: cfg.organisation.name,
          ...(cfg.organisation.logo ? { logo: await logoDataUri(cfg.organisation.logo, warnings) } : {}),
        }
      : null,
    period: shown,
    generatedAt: now.toISOString(),
    privacy: { profile: cfg.privacy, k },
    sections,
    warnings,
    files: files.map((f) => ({
      name: f.name,
      sha256: f.sha256,
      kind: f.kind,
      rowsRead: f.rowsRead,
      rowsClean: f.cleanReport?.rowsClean ?? 0,
      rowsQuarantined: f.cleanReport?.rowsQuarantined ?? 0,
    })),
  };
}
