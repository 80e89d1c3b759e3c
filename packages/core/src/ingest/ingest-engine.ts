import { type ColumnTable, table as makeTable } from "arquero";
import type { Issue } from "../messages/issue.js";
import { ColumnType } from "./column-type.js";
import { type CellPools, copyText, FieldPool } from "./field-pool.js";
import { type ColumnTyping, inferColumnType } from "./infer-column-type.js";
import type { ColumnReport, IngestDecision, IngestOptions, IngestReport } from "./ingest-report.js";
import { type HeaderSpan, joinHeaderRows } from "./join-header-rows.js";
import { type EncodedValues, encodeValues, pushDecodedValues } from "./range-values.js";
import { summaryRowKind } from "./summary-row-kind.js";
import { hasFraction, parseBooleanWord, parseCurrency, parseDate, parseNumber, parsePercent } from "./value-parsers.js";

/**
 * Default null tokens, compared after trimming and lower-casing. Only the blank is missing in a
 * text or identifier column (a surname "Na", the country code "NA" of Namibia stay values); the
 * other markers are missing only in columns whose type they cannot belong to (numbers, dates,
 * yes/no), and each one turned into missing is counted (`ingest.null_markers`).
 */
export const DEFAULT_NULL_TOKENS = ["", "NA", "N/A", "NULL", "-", ".", "?"];

/** UTF-8 of an accented letter or a symbol read as Latin-1 / Windows-1252: Ã© Ã¨ Â£ Â° … */
const MOJIBAKE =
  /[\u00c2\u00c3][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]/;

/** What a pooled column's `byId` holds for a text that is missing. */
const MISSING = Symbol("missing");

/** Default markers that are missing in a text column too: no name or code is written so. */
const TEXT_MARKERS = new Set(["n/a", "-", ".", "?"]);

/** Column names JavaScript objects reserve: a column with one of these names is renamed. */
const RESERVED_NAMES = new Set(["__proto__"]);

const HEADER_WINDOW = 30;
const DISTINCT_CAP = 5_000;
/** Most distinct values cached per column: when streaming (memory stays flat), and in memory. */
const INTERN_CAP_STREAM = 40_000;
const INTERN_CAP_MEMORY = 1 << 21;
/** Values looked up between two checks of whether a column's cache pays. */
const INTERN_WINDOW = 65_536;
const HASHTAG = /^#[A-Za-z][A-Za-z0-9_]*(\s*\+\s*[A-Za-z][A-Za-z0-9_]*)*$/;

interface Pending {
  fields: string[];
  line: number;
}

/** Where the records come from, for the report. */
export interface SourceInfo {
  format: IngestReport["format"];
  bytes: number;
  sha256: string | null;
  encoding: IngestReport["encoding"];
  bom: boolean;
  delimiter: string | null;
  quote: string | null;
  sheet: string | null;
  /** Decimal separator used when the values do not tell. */
  defaultDecimal: "," | ".";
}

/** What a range parser needs to go on with another engine's records: its columns, typed. */
export interface EngineSeed {
  headerWidth: number;
  columns: { name: string; header: string; index: number; typing: ColumnTyping; cache: boolean }[];
}

/** What one column of a range parser found: its values and the counts its report is made of. */
export interface ColumnPart {
  /** Per cell, the index of its value in `dict`. */
  codes: Int32Array;
  /**
   * The values the codes point to (null, false, then each value once as first met), their texts
   * packed (`texts` empty): a worker thread hands over one string instead of one per text.
   */
  dict: EncodedValues;
  /** The texts of `dict`, joined. */
  text: string;
  /** Where each text of `dict` ends in `text`. */
  textEnds: Int32Array;
  missing: number;
  distinct: string[];
  examples: string[];
  notParsed: number;
  mojibake: number;
  seenValue: boolean;
  markers: [string, number][];
}

/** What a range parser's engine found, lines counted from 1 at the start of its range. */
export interface EnginePart {
  rows: number;
  blankRows: number;
  lines: Float64Array;
  columns: ColumnPart[];
  issues: Issue[];
  issueCounts: Record<string, number>;
  flags: [number, Issue[]][];
  decisions: IngestDecision[];
  /** Notes since the range's last data row (under the table if no later range holds data). */
  noteRun: { line: number; value: string }[];
  /** Whether the range holds a data row (not a total, not a note): the notes before it are not under the table. */
  dataSeen: boolean;
}

/** Called with each batch of rows in streaming mode. */
export type BatchSink = (table: ColumnTable, rowFlags: Map<number, Issue[]>) => void;

/**
 * Turns records (arrays of raw strings with their source line) into typed columns: finds the
 * header and an HXL row, infers types on a sample, then parses every value, reporting what it
 * could not parse. Holds columns, not row objects. Internal to the ingest module.
 */
export class IngestEngine {
  readonly report: IngestReport;
  private readonly options: IngestOptions;
  private readonly source: SourceInfo;
  private readonly nullSet: Set<string>;
  private readonly maxNullLength: number;
  private readonly sampleRows: number;
  private readonly maxIssues: number;
  private readonly batchSize: number;
  private readonly onBatch: BatchSink | undefined;
  private readonly maxIntern: number;
  private pre: Pending[] | undefined = [];
  private sample: Pending[] | undefined;
  private columns: ColumnBuilder[] = [];
  private used = new Set<string>(["_line"]);
  private lines = new BlockArray<number>();
  private headerWidth = 0;
  private expected: { total: number; consumed: () => number } | undefined;
  private hxlTags: (string | undefined)[] = [];
  /** Source line of the data row being added, while it is added (its issues become its flags). */
  private rowLine: number | undefined;
  /** Flags of every data row that has some, by source line: never capped. */
  readonly rowFlags = new Map<number, Issue[]>();
  /** Merged ranges of the source by row (workbooks): the header's give their text to every column they cover. */
  private spans = new Map<number, HeaderSpan[]>();
  /** Total rows found, by source line: flagged `ingest.total_row`, kept out of type inference. */
  private readonly totals = new Map<number, string>();
  /** Notes since the last data row (`Source :`, `Champ :`…): under the table when no data follows. */
  private noteRun: { line: number; value: string }[] = [];
  /** Whether a data row (not a total, not a note) was received past the header: ends a run of notes. */
  private dataSeen = false;
  /** Last source line of the batches already handed over (streaming only). */
  private flushedThrough = 0;
  /**
   * Pools of the cached columns' texts, by field position, shared with the tokenizer that feeds
   * `record` (filled once the columns are typed): a cell met before arrives with its id.
   */
  readonly cells: CellPools = { pools: [], ids: new Int32Array(0) };

  constructor(options: IngestOptions, source: SourceInfo, batch?: { size: number; onBatch: BatchSink }) {
    this.options = options;
    this.source = source;
    const tokens = options.nullTokens ?? DEFAULT_NULL_TOKENS;
    this.nullSet = new Set(tokens.map((t) => t.trim().toLowerCase()));
    this.maxNullLength = Math.max(0, ...[...this.nullSet].map((t) => t.length));
    this.sampleRows = options.sampleRows ?? 10_000;
    this.maxIssues = options.maxIssuesPerCode ?? 100;
    this.batchSize = batch?.size ?? Number.POSITIVE_INFINITY;
    this.onBatch = batch?.onBatch;
    this.maxIntern = batch === undefined ? INTERN_CAP_MEMORY : INTERN_CAP_STREAM;
    this.report = {
      file: options.file ?? null,
      format: source.format,
      bytes: source.bytes,
      sha256: source.sha256,
      encoding: source.encoding,
      bom: source.bom,
      delimiter: source.delimiter,
      quote: source.quote,
      lineEnding: null,
      sheet: source.sheet,
      headerLine: 0,
      hxlLine: null,
      rows: 0,
      blankRows: 0,
      columns: [],
      decisions: [],
      issues: [],
      issueCounts: {},
    };
  }

  /**
   * Tells the size of the whole input and how to read how much of it was consumed: once the
   * sample is read, each column is allocated for the rows expected, so building the table copies
   * nothing (in memory only; streaming batches stay small).
   */
  expectSize(total: number, consumed: () => number): void {
    this.expected = { total, consumed };
  }

  /** Whether the header is found and the sample typed: every further record is only parsed. */
  get typed(): boolean {
    return this.pre === undefined && this.sample === undefined;
  }

  /** Number of columns so far (a long ragged row can add some). */
  get width(): number {
    return this.columns.length;
  }

  /** Where the records come from. */
  get sourceInfo(): SourceInfo {
    return this.source;
  }

  /** The typed columns, for engines that parse later ranges of the same input (`fromSeed`). */
  seed(): EngineSeed {
    return { headerWidth: this.headerWidth, columns: this.columns.map((c) => c.seed()) };
  }

  /**
   * An engine that goes on with the records of another one, past its sample: same columns and
   * typings, no header search, no type inference, no decisions but the ones its rows make.
   */
  static fromSeed(options: IngestOptions, source: SourceInfo, seed: EngineSeed): IngestEngine {
    const engine = new IngestEngine(options, source);
    engine.pre = undefined;
    engine.sample = undefined;
    engine.headerWidth = seed.headerWidth;
    for (const c of seed.columns) {
      const builder = new ColumnBuilder(
        engine,
        c.name,
        c.header,
        c.index,
        engine.nullSet,
        engine.maxNullLength,
        engine.maxIntern,
        options.nullTokens !== undefined,
      );
      builder.setTyping({ ...c.typing });
      if (!c.cache) builder.dropCache();
      builder.encodeCodes();
      engine.columns.push(builder);
      engine.used.add(c.name);
    }
    engine.startPools();
    return engine;
  }

  /** Hands over what this engine found (a range parser's side; see `absorb`). */
  exportPart(): EnginePart {
    return {
      rows: this.report.rows,
      blankRows: this.report.blankRows,
      lines: Float64Array.from(this.lines.toArray()),
      columns: this.columns.map((c) => c.exportPart()),
      issues: this.report.issues,
      issueCounts: this.report.issueCounts,
      flags: [...this.rowFlags],
      decisions: this.report.decisions,
      noteRun: this.noteRun,
      dataSeen: this.dataSeen,
    };
  }

  /**
   * Appends what a range parser found right after this engine's last record, as if this engine
   * had read those records itself: lines moved by `lineOffset`, issues kept up to the cap of
   * their code in order, counts summed, the first value of each kind kept.
   */
  absorb(part: EnginePart, lineOffset: number): void {
    this.report.rows += part.rows;
    this.report.blankRows += part.blankRows;
    const lines = this.lines;
    for (let i = 0; i < part.lines.length; i++) lines.push((part.lines[i] as number) + lineOffset);
    for (let c = 0; c < part.columns.length; c++)
      (this.columns[c] as ColumnBuilder).absorb(part.columns[c] as ColumnPart);
    for (const d of part.decisions) this.columns.find((c) => c.name === d.column)?.absorbUpgrade();
    // one issue can be both a flag and a stored issue: move each line once
    const moved = new Set<Issue>();
    const move = (issue: Issue): void => {
      if (moved.has(issue)) return;
      moved.add(issue);
      if (issue.line === undefined) return;
      // a line the message names (a total row's, a note's) moves with the issue's own
      if (issue.params?.line === issue.line) issue.params.line = issue.line + lineOffset;
      issue.line += lineOffset;
    };
    for (const [line, flags] of part.flags) {
      for (const flag of flags) move(flag);
      this.rowFlags.set(line + lineOffset, flags);
    }
    const counts = this.report.issueCounts;
    const rank: Record<string, number> = {};
    for (const issue of part.issues) {
      move(issue);
      const k = (rank[issue.code] ?? 0) + 1;
      rank[issue.code] = k;
      if ((counts[issue.code] ?? 0) + k <= this.maxIssues) this.report.issues.push(issue);
    }
    for (const [code, n] of Object.entries(part.issueCounts)) counts[code] = (counts[code] ?? 0) + n;
    // notes under the table are told at the end: a data row in the range ends the notes before it
    const notes = part.noteRun.map((n) => ({ line: n.line + lineOffset, value: n.value }));
    if (part.dataSeen) {
      this.noteRun = notes;
      this.dataSeen = true;
    } else this.noteRun.push(...notes);
  }

  /** Tells the merged ranges of the source: by 1-based source line, the 0-based columns each covers. */
  setSpans(spans: ReadonlyMap<number, HeaderSpan[]>): void {
    this.spans = new Map(spans);
  }

  /** HXL hashtag of the column at a 0-based position. */
  hxlTag(index: number): string | undefined {
    return this.hxlTags[index];
  }

  /** Records a decision. */
  decide(decision: IngestDecision): void {
    this.report.decisions.push(decision);
  }

  /**
   * Records an issue (stored up to the cap of its code, always counted); an issue raised while a
   * data row is added is also a flag of that row, kept whatever the cap.
   */
  issue(issue: Issue): void {
    const line = this.rowLine;
    // scanCSV's batches carry the flags of their own rows only (handed over with each batch)
    if (line !== undefined) {
      const flags = this.rowFlags.get(line);
      if (flags) flags.push(issue);
      else this.rowFlags.set(line, [issue]);
    }
    const counts = this.report.issueCounts;
    const count = (counts[issue.code] ?? 0) + 1;
    counts[issue.code] = count;
    if (count <= this.maxIssues) this.report.issues.push(issue);
  }

  /** Records an issue that is also a flag of the data row at `line` (raised before the row is received). */
  issueOnRow(line: number, issue: Issue): void {
    const previous = this.rowLine;
    this.rowLine = line;
    this.issue(issue);
    this.rowLine = previous;
  }

  /** Receives one record. */
  readonly record = (fields: string[], line: number): void => {
    if (isBlank(fields)) {
      if (this.pre === undefined) this.report.blankRows++;
      else this.pre.push({ fields, line });
      return;
    }
    if (this.pre !== undefined) {
      this.pre.push({ fields, line });
      const nonBlank = this.pre.filter((p) => !isBlank(p.fields)).length;
      const wanted = this.options.headerLine;
      if (
        (wanted !== undefined && line > wanted && nonBlank >= 2) ||
        (wanted === undefined && nonBlank >= HEADER_WINDOW)
      ) {
        this.findHeader();
      }
      return;
    }
    if (this.headerWidth >= 2) {
      const kind = summaryRowKind(fields);
      if (kind === "total") this.totals.set(line, rowText(fields));
      else if (kind === "note") this.noteRun.push({ line, value: rowText(fields) });
      else {
        if (this.noteRun.length > 0) this.noteRun = [];
        this.dataSeen = true;
      }
    }
    if (this.sample !== undefined) {
      this.sample.push({ fields, line });
      if (this.sample.length >= this.sampleRows) this.inferTypes();
      return;
    }
    this.addRow(fields, line, this.cells.pools.length > 0 ? this.cells.ids : undefined);
  };

  /** Ends the input and returns the table of the last rows (all rows when not streaming). */
  finish(lineEnding: IngestReport["lineEnding"]): ColumnTable {
    if (this.pre !== undefined) this.findHeader();
    if (this.sample !== undefined) this.inferTypes();
    // notes with no data after them are under the table: set aside like total rows (when streaming,
    // the notes of the last batch: a run of notes cut by a batch boundary keeps its first part as data)
    for (const note of this.noteRun) {
      if (note.line <= this.flushedThrough) continue;
      this.rowLine = note.line;
      this.issue({
        code: "ingest.trailing_note",
        severity: "warning",
        line: note.line,
        value: note.value,
        params: { line: note.line, value: note.value },
      });
    }
    this.rowLine = undefined;
    this.report.lineEnding = lineEnding;
    for (const column of this.columns) {
      const summary = column.summary();
      this.report.columns.push(summary);
      if (column.mojibake > 0) {
        this.issue({
          code: "ingest.mojibake",
          severity: "warning",
          column: summary.name,
          params: { column: summary.name, count: column.mojibake },
        });
      }
      const markers = summary.nullMarkers;
      if (markers === undefined) continue;
      const count = Object.values(markers).reduce((a, b) => a + b, 0);
      const list = Object.entries(markers)
        .map(([marker, n]) => `"${marker}" × ${n}`)
        .join(", ");
      this.issue({
        code: "ingest.null_markers",
        severity: "info",
        column: summary.name,
        params: { column: summary.name, count, markers: list },
      });
    }
    return this.flush();
  }

  private findHeader(): void {
    const records = this.pre ?? [];
    this.pre = undefined;
    const nonBlank = records.filter((r) => !isBlank(r.fields));
    if (nonBlank.length === 0) {
      this.report.blankRows += records.length;
      this.sample = [];
      return;
    }
    let headerIndex = 0;
    let hxlIndex = -1;
    const wanted = this.options.headerLine;
    if (wanted !== undefined) {
      headerIndex = nonBlank.findIndex((r) => r.line >= wanted);
      if (headerIndex < 0) headerIndex = nonBlank.length - 1;
      this.decide({ topic: "header", code: "ingest.decision.header_option", params: { line: wanted } });
      if (headerIndex + 1 < nonBlank.length && isHashtagRow((nonBlank[headerIndex + 1] as Pending).fields)) {
        hxlIndex = headerIndex + 1;
      }
    } else {
      const tagRow = nonBlank.findIndex((r, i) => i > 0 && i < 25 && isHashtagRow(r.fields));
      if (tagRow > 0) {
        headerIndex = tagRow - 1;
        hxlIndex = tagRow;
        this.decide({
          topic: "header",
          code: "ingest.decision.header_above_hxl",
          params: { line: (nonBlank[headerIndex] as Pending).line },
        });
      } else {
        const window = nonBlank.slice(0, 10);
        const filled = window.map((r) => r.fields.filter((f) => f.trim() !== "").length);
        const most = Math.max(...filled);
        headerIndex = filled.findIndex((f) => f >= Math.min(most, Math.max(2, 0.5 * most)));
        const line = (nonBlank[headerIndex] as Pending).line;
        this.decide({
          topic: "header",
          code: headerIndex === 0 ? "ingest.decision.header_first" : "ingest.decision.header_skipped_titles",
          params: { line, skipped: headerIndex },
        });
      }
    }
    const header = nonBlank[headerIndex] as Pending;
    this.report.headerLine = header.line;
    let names: readonly string[] = header.fields;
    const joinedLines = new Set<number>();
    if (hxlIndex < 0) {
      const under = nonBlank.slice(headerIndex + 1, headerIndex + 3);
      const upper = headerIndex > 0 ? (nonBlank[headerIndex - 1] as Pending) : undefined;
      const above =
        upper !== undefined && upper.line === header.line - 1
          ? { row: upper.fields, spans: this.spans.get(upper.line) ?? [] }
          : undefined;
      const joined = joinHeaderRows(
        header.fields,
        under.map((r) => r.fields),
        nonBlank.slice(headerIndex + 3).map((r) => r.fields),
        this.spans.get(header.line) ?? [],
        above,
      );
      if (joined !== undefined) {
        names = joined.names;
        const lines = under.slice(0, joined.rows).map((r) => r.line);
        if (joined.above && upper !== undefined) lines.unshift(upper.line);
        for (const l of lines) joinedLines.add(l);
        this.issue({
          code: "ingest.header_rows_joined",
          severity: "info",
          line: header.line,
          value: clip(names.filter((n) => n !== "").join(" | ")),
          params: { line: header.line, lines: lines.join(", "), count: lines.length },
        });
      }
    }
    const before = records.filter((r) => r.line < header.line && !joinedLines.has(r.line));
    this.report.blankRows += before.filter((r) => isBlank(r.fields)).length;
    for (const skipped of before.filter((r) => !isBlank(r.fields))) {
      this.issue({
        code: "ingest.line_above_header",
        severity: "info",
        line: skipped.line,
        value: clip(skipped.fields.filter((f) => f.trim() !== "").join(" | ")),
      });
    }
    this.headerWidth = Math.max(header.fields.length, names.length);
    for (let i = 0; i < names.length; i++) this.addColumn(names[i] as string, i, 0, true);
    if (hxlIndex >= 0) {
      const tags = (nonBlank[hxlIndex] as Pending).fields;
      this.report.hxlLine = (nonBlank[hxlIndex] as Pending).line;
      this.hxlTags = tags.map((t) => (HASHTAG.test(t.trim()) ? t.trim().replace(/\s+/g, "") : undefined));
      this.decide({ topic: "header", code: "ingest.decision.hxl_row", params: { line: this.report.hxlLine } });
    }
    const after = records.filter(
      (r) => r.line > header.line && r.line !== this.report.hxlLine && !joinedLines.has(r.line),
    );
    this.sample = [];
    for (const r of after) this.record(r.fields, r.line);
  }

  private addColumn(raw: string, index: number, fill: number, fromHeader: boolean): ColumnBuilder {
    const header = raw.replace(/[\s\u0000-\u001f\u007f]+/g, " ").trim();
    let name = header;
    if (name === "") {
      name = `column_${index + 1}`;
      if (fromHeader)
        this.issue({
          code: "ingest.empty_header",
          severity: "warning",
          column: name,
          params: { index: index + 1, name },
        });
    }
    if (RESERVED_NAMES.has(name)) {
      // a plain object cannot hold a key "__proto__" (arquero's column sets are plain objects)
      let k = 2;
      while (this.used.has(`${name}_${k}`)) k++;
      const renamed = `${name}_${k}`;
      this.issue({
        code: "ingest.reserved_header",
        severity: "warning",
        column: renamed,
        value: header,
        params: { index: index + 1, name: renamed, header },
      });
      name = renamed;
    }
    if (this.used.has(name)) {
      let k = 2;
      while (this.used.has(`${name}_${k}`)) k++;
      const renamed = `${name}_${k}`;
      this.issue({
        code: "ingest.duplicate_header",
        severity: "warning",
        column: renamed,
        value: header,
        params: { index: index + 1, name: renamed, header },
      });
      name = renamed;
    }
    if (fromHeader && header !== raw && header !== "" && raw.trim() !== header) {
      this.issue({ code: "ingest.header_cleaned", severity: "info", column: name, value: clip(raw), params: { name } });
    }
    this.used.add(name);
    const builder = new ColumnBuilder(
      this,
      name,
      raw,
      index,
      this.nullSet,
      this.maxNullLength,
      this.maxIntern,
      this.options.nullTokens !== undefined,
    );
    this.columns.push(builder);
    if (!fromHeader) {
      builder.setTyping(inferColumnType(name, [], { defaultDecimal: this.source.defaultDecimal }));
      builder.pad(fill);
    }
    return builder;
  }

  private inferTypes(): void {
    const sample = this.sample ?? [];
    this.sample = undefined;
    const forced = this.options.types ?? {};
    // columns present only in long sample rows
    let width = this.columns.length;
    for (const r of sample) if (r.fields.length > width && hasValueAfter(r.fields, width)) width = r.fields.length;
    for (let i = this.columns.length; i < width; i++) this.addColumn("", i, 0, false);
    // totals and notes say nothing of a column's type
    const notes = new Set(this.noteRun.map((n) => n.line));
    const typed = sample.filter((r) => !this.totals.has(r.line) && !notes.has(r.line));
    for (let c = 0; c < this.columns.length; c++) {
      const column = this.columns[c] as ColumnBuilder;
      const distinct = new Set<string>();
      let missing = false;
      let present = 0;
      for (const r of typed) {
        const v = r.fields[c];
        if (v === undefined || column.isMissing(v)) missing = true;
        else {
          distinct.add(v);
          present++;
        }
      }
      const typing = inferColumnType(column.name, [...distinct], {
        defaultDecimal: this.source.defaultDecimal,
        decimal: this.options.decimal,
        dateOrder: this.options.dateOrder,
        hasMissing: missing,
      });
      const override =
        (Object.hasOwn(forced, column.name) ? forced[column.name] : undefined) ??
        (Object.hasOwn(forced, column.header) ? forced[column.header] : undefined);
      if (override !== undefined) {
        typing.type = override;
        typing.reason = "ingest.reason.option";
        typing.params = { type: override };
        typing.blankIsFalse = false;
      }
      column.setTyping(typing);
      // text that hardly repeats in the sample (e-mails, phones): looking each value up costs more
      // time than sharing saves memory; other columns share equal values (see checkIntern)
      const mostlyUnique = present >= 50 && distinct.size >= present * 0.5;
      if (mostlyUnique && (typing.type === ColumnType.text || typing.type === ColumnType.identifier))
        column.dropCache();
      this.decide({
        topic: "type",
        code: typing.reason,
        column: column.name,
        params: { type: typing.type, ...typing.params },
      });
      if (typing.dateOrderAssumed) {
        this.decide({
          topic: "dateOrder",
          code: "ingest.decision.date_order_assumed",
          column: column.name,
          params: { order: typing.dateOrder },
        });
      }
    }
    this.reserve(sample);
    for (const r of sample) this.addRow(r.fields, r.line);
    this.startPools();
  }

  /** Gives each column that caches its values a pool of its texts, at its field position. */
  private startPools(): void {
    const pools: (FieldPool | undefined)[] = [];
    for (let i = 0; i < this.columns.length; i++)
      pools.push((this.columns[i] as ColumnBuilder).startPool(this.cells, i));
    this.cells.ids = new Int32Array(pools.length).fill(-1);
    this.cells.pools = pools;
  }

  /** Allocates the columns for the rows the rest of the input should hold (in memory only). */
  private reserve(sample: Pending[]): void {
    const expected = this.expected;
    const last = sample[sample.length - 1];
    if (expected === undefined || this.onBatch !== undefined || last === undefined || this.lines.length > 0) return;
    const consumed = expected.consumed();
    if (consumed <= 0 || consumed >= expected.total) return;
    // the text consumed so far runs at most one piece past the sample: a margin covers that
    const rows = Math.ceil((sample.length * expected.total * 1.08) / consumed) + 1024;
    // a sample of short rows before long ones would over-allocate: never reserve more than 4x the input
    if (rows <= BLOCK || rows * (this.columns.length + 1) * 8 > 4 * expected.total) return;
    for (const column of this.columns) column.reserve(rows);
    this.lines.reserve(rows);
  }

  /** Adds a data row; `ids` (the tokenizer's, for this very record) hold each pooled field's id. */
  private addRow(fields: string[], line: number, ids?: Int32Array): void {
    const columns = this.columns;
    const width = columns.length;
    const n = fields.length;
    this.rowLine = line;
    const total = this.totals.get(line);
    if (total !== undefined) {
      this.issue({
        code: "ingest.total_row",
        severity: "warning",
        line,
        value: total,
        params: { line, value: total },
      });
    }
    if (n !== this.headerWidth) {
      if (n < this.headerWidth) {
        this.issue({
          code: "ingest.ragged_row",
          severity: "warning",
          line,
          params: { found: n, expected: this.headerWidth },
        });
      } else if (hasValueAfter(fields, this.headerWidth)) {
        this.issue({
          code: "ingest.ragged_row",
          severity: "warning",
          line,
          params: { found: n, expected: this.headerWidth },
        });
        for (let i = width; i < n; i++) {
          if (hasValueAfter(fields, i)) this.addColumn("", i, this.lines.length, false);
        }
      }
    }
    const pooled = ids === undefined ? 0 : Math.min(ids.length, n);
    for (let i = 0; i < columns.length; i++) {
      const column = columns[i] as ColumnBuilder;
      const v = fields[i];
      if (v === undefined) column.pushMissing();
      else if (i < pooled && (ids as Int32Array)[i] !== -1) column.pushId(v, line, (ids as Int32Array)[i] as number);
      else column.push(v, line);
    }
    this.rowLine = undefined;
    this.lines.push(line);
    this.report.rows++;
    if (this.lines.length >= this.batchSize && this.onBatch !== undefined) {
      const flags = new Map(this.rowFlags);
      this.rowFlags.clear();
      this.flushedThrough = line;
      this.onBatch(this.flush(), flags);
    }
  }

  private flush(): ColumnTable {
    const data: Record<string, unknown[]> = {};
    for (const column of this.columns) data[column.name] = column.take();
    data._line = this.lines.toArray();
    this.lines = new BlockArray<number>();
    return makeTable(data);
  }
}

const BLOCK = 65_536;

/**
 * An append-only list kept in blocks: growing it copies nothing. When its final size is known
 * ahead (`reserve`), the first block holds it all and `toArray` hands that block over trimmed;
 * otherwise `toArray` builds one exactly sized array, so a column of millions of cells leaves
 * little garbage behind.
 */
class BlockArray<T> {
  private readonly full: T[][] = [];
  private current: T[] = [];
  private used = 0;
  private capacity = BLOCK;
  length = 0;

  /** Allocates room for `count` values at once (only while empty). */
  reserve(count: number): void {
    if (this.length > 0 || count <= BLOCK) return;
    // filled with null: the array holds any value from the start, no elements-kind change later
    this.current = new Array<T>(count).fill(null as T);
    this.capacity = count;
  }

  push(value: T): void {
    this.current[this.used++] = value;
    this.length++;
    if (this.used === this.capacity) {
      this.full.push(this.current);
      this.current = [];
      this.used = 0;
      this.capacity = BLOCK;
    }
  }

  toArray(): T[] {
    const current = this.current;
    if (current.length > this.used) current.length = this.used;
    this.current = [];
    this.used = 0;
    this.capacity = BLOCK;
    let out: T[];
    if (this.full.length === 0) out = current;
    else if (current.length === 0 && this.full.length === 1) out = this.full[0] as T[];
    else {
      if (current.length > 0) this.full.push(current);
      // sized once: no growth, no slack; each block is dropped as soon as it is copied
      out = new Array<T>(this.length);
      let k = 0;
      for (let b = 0; b < this.full.length; b++) {
        const block = this.full[b] as T[];
        for (let i = 0; i < block.length; i++) out[k++] = block[i] as T;
        this.full[b] = [];
      }
    }
    this.full.length = 0;
    this.length = 0;
    return out;
  }
}

/** A growing list of 32-bit codes (the cells of a range parser's column). */
class CodeList {
  private data = new Int32Array(BLOCK);
  private length = 0;

  push(code: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = code;
  }

  /** The codes pushed, in an array of their exact size. */
  take(): Int32Array {
    const out = this.data.slice(0, this.length);
    this.data = new Int32Array(BLOCK);
    this.length = 0;
    return out;
  }
}

function isBlank(fields: string[]): boolean {
  for (const f of fields) if (f !== "" && f.trim() !== "") return false;
  return true;
}

function hasValueAfter(fields: string[], from: number): boolean {
  for (let i = from; i < fields.length; i++) if ((fields[i] as string).trim() !== "") return true;
  return false;
}

function isHashtagRow(fields: string[]): boolean {
  const filled = fields.map((f) => f.trim()).filter((f) => f !== "");
  const tags = filled.filter((f) => HASHTAG.test(f)).length;
  return tags >= 1 && tags >= 0.5 * filled.length;
}

/** The non-empty cells of a record, joined, for messages. */
function rowText(fields: readonly string[]): string {
  return clip(
    fields
      .map((f) => f.trim())
      .filter((f) => f !== "")
      .join(" | "),
  );
}

function clip(value: string): string {
  return value.length > 200 ? `${value.slice(0, 200)}…` : ` ${value}`.slice(1);
}

/** Builds one column: parses values by its type, counts missing and distinct values. */
class ColumnBuilder {
  readonly name: string;
  readonly header: string;
  readonly index: number;
  private readonly engine: IngestEngine;
  private readonly nullSet: Set<string>;
  private readonly maxNullLength: number;
  /** 1 for each character a null token can start with (any case). */
  private readonly nullStarts: Uint8Array;
  private typing: ColumnTyping | undefined;
  private values = new BlockArray<unknown>();
  /**
   * Range parsers only (`encodeCodes`): per cell, the index of its value in `dict`, kept instead of
   * `values` so that the part is handed over without a lookup per cell; the cache then holds codes.
   */
  private codes: CodeList | undefined;
  /** The values `codes` point to: null, false, then each parsed value once as first met. */
  private dict: unknown[] = [];
  private missing = 0;
  private readonly distinct = new Set<string>();
  private distinctCapped = false;
  private readonly examples: string[] = [];
  /** Parsed value of each raw text seen (shared by equal cells); dropped when values do not repeat. */
  private intern: Map<string, unknown> | undefined = new Map<string, unknown>();
  private readonly maxIntern: number;
  private looked = 0;
  private misses = 0;
  private notParsedCount = 0;
  /** Cells that look like UTF-8 decoded as Latin-1 (`HÃ©lÃ¨ne`). */
  mojibake = 0;
  /** The texts of the cache that look so. */
  private readonly mojibakeKeys = new Set<string>();
  /** Whether the text `firstSight` last read was mojibake. */
  private sawMojibake = false;
  /** Pooled columns: the parsed value (or code) by the id of the text in the pool; undefined until met. */
  private byId: unknown[] | undefined;
  /** The ids whose text looks like mojibake. */
  private readonly mojibakeIds = new Set<number>();
  /** Where this column's pool is, to drop it with the cache. */
  private pool: { cells: CellPools; at: number } | undefined;
  private seenValue = false;
  private upgraded = false;
  private parse: (raw: string) => unknown = (raw) => raw;
  /** Whether the null tokens were given by the user (then they apply to every column as given). */
  private readonly explicitNulls: boolean;
  /** Only the blank is missing (text and identifier columns, default tokens). */
  private strict = false;
  /** How many cells each marker other than the blank turned into missing (null-prototype). */
  private readonly markers: Record<string, number> = Object.create(null) as Record<string, number>;

  constructor(
    engine: IngestEngine,
    name: string,
    header: string,
    index: number,
    nullSet: Set<string>,
    maxNullLength: number,
    maxIntern: number,
    explicitNulls: boolean,
  ) {
    this.explicitNulls = explicitNulls;
    this.engine = engine;
    this.name = name;
    this.header = header;
    this.index = index;
    this.nullSet = nullSet;
    this.maxNullLength = maxNullLength;
    this.maxIntern = maxIntern;
    this.nullStarts = new Uint8Array(65_536);
    for (const token of nullSet) {
      if (token === "") continue;
      this.nullStarts[token.toLowerCase().charCodeAt(0)] = 1;
      this.nullStarts[token.toUpperCase().charCodeAt(0)] = 1;
    }
  }

  isMissing(raw: string): boolean {
    if (raw.length === 0) return this.nullSet.has("");
    if (this.strict) {
      const first = raw.charCodeAt(0);
      if (first > 32 && first !== 160 && first !== 45 && first !== 46 && first !== 63 && first !== 78 && first !== 110)
        return false;
      const t = raw.trim();
      return t === "" ? this.nullSet.has("") : TEXT_MARKERS.has(t.toLowerCase());
    }
    const first = raw.charCodeAt(0);
    if (first > 32 && first !== 160 && this.nullStarts[first] === 0) return false;
    if (raw.length > this.maxNullLength) {
      const a = raw.charCodeAt(0);
      const b = raw.charCodeAt(raw.length - 1);
      if (a > 32 && b > 32 && a !== 160 && b !== 160) return false;
      const t = raw.trim();
      return t.length <= this.maxNullLength && this.nullSet.has(t.toLowerCase());
    }
    return this.nullSet.has(raw.trim().toLowerCase());
  }

  setTyping(typing: ColumnTyping): void {
    this.typing = typing;
    // "NA", "Null" can be real text (a surname, the country code of Namibia): in a text column only
    // the blank and marks that are no word ("-", "?", ".", "N/A") are missing; identifier, number,
    // date and yes/no columns take every marker; a column of nothing but markers stays empty
    this.strict = !this.explicitNulls && typing.type === ColumnType.text;
    const style = { decimal: typing.decimal };
    const order = typing.dateOrder;
    switch (typing.type) {
      case ColumnType.integer:
      case ColumnType.decimal:
        this.parse = (raw) => {
          const v = parseNumber(raw, style);
          if (v !== undefined && !this.upgraded && this.typing?.type === ColumnType.integer && hasFraction(raw, style))
            this.upgrade();
          return v;
        };
        break;
      case ColumnType.percent:
        this.parse = (raw) => parsePercent(raw, style) ?? parseNumber(raw, style);
        break;
      case ColumnType.currency:
        this.parse = (raw) => parseCurrency(raw, style)?.value ?? parseNumber(raw, style);
        break;
      case ColumnType.boolean:
        this.parse = (raw) => {
          const t = raw.trim().toLowerCase();
          if (typing.blankIsFalse) return t === "x" ? true : undefined;
          return parseBooleanWord(t);
        };
        break;
      case ColumnType.date:
      case ColumnType.datetime:
        this.parse = (raw) => parseDate(raw, order)?.date;
        break;
      default:
        this.parse = (raw) => raw;
    }
  }

  /** What a range parser needs of this column. */
  seed(): EngineSeed["columns"][number] {
    return {
      name: this.name,
      header: this.header,
      index: this.index,
      typing: { ...(this.typing as ColumnTyping) },
      cache: this.intern !== undefined,
    };
  }

  /** Keeps codes into a dictionary of values instead of the values (a range parser's column, before its first row). */
  encodeCodes(): void {
    this.codes = new CodeList();
    this.dict = [null, false];
  }

  /** Hands over the values and counts of a range parser's column. */
  exportPart(): ColumnPart {
    let codes: Int32Array;
    let dict: unknown[];
    if (this.codes !== undefined) {
      codes = this.codes.take();
      dict = this.dict;
    } else {
      dict = this.values.toArray();
      codes = new Int32Array(dict.length);
      for (let i = 0; i < codes.length; i++) codes[i] = i;
    }
    // the entries of a dictionary are distinct (a text of an uncached column is its own entry)
    const encoded = encodeValues(dict, false);
    const textEnds = new Int32Array(encoded.texts.length);
    let end = 0;
    for (let i = 0; i < textEnds.length; i++) {
      end += (encoded.texts[i] as string).length;
      textEnds[i] = end;
    }
    const text = encoded.texts.join("");
    encoded.texts = [];
    return {
      codes,
      dict: encoded,
      text,
      textEnds,
      missing: this.missing,
      distinct: [...this.distinct],
      examples: this.examples,
      notParsed: this.notParsedCount,
      mojibake: this.mojibake,
      seenValue: this.seenValue,
      markers: Object.entries(this.markers),
    };
  }

  /** Appends a range parser's column after this one's values. */
  absorb(part: ColumnPart): void {
    const dict: unknown[] = [];
    const texts: string[] = new Array<string>(part.textEnds.length);
    let start = 0;
    for (let i = 0; i < texts.length; i++) {
      const end = part.textEnds[i] as number;
      texts[i] = part.text.slice(start, end);
      start = end;
    }
    pushDecodedValues({ ...part.dict, texts }, dict);
    const codes = part.codes;
    const values = this.values;
    for (let i = 0; i < codes.length; i++) values.push(dict[codes[i] as number]);
    this.missing += part.missing;
    this.notParsedCount += part.notParsed;
    this.mojibake += part.mojibake;
    if (part.seenValue) this.seenValue = true;
    for (const value of part.distinct) {
      if (this.distinctCapped) break;
      this.distinct.add(value);
      if (this.distinct.size >= DISTINCT_CAP) this.distinctCapped = true;
    }
    for (const example of part.examples) {
      // as in push: a clipped (long) example never equals its raw text, so it is never a repeat
      const clipped = example.length === 201 && example.endsWith("…");
      if (this.examples.length < 3 && (clipped || !this.examples.includes(example))) this.examples.push(example);
    }
    for (const [marker, n] of part.markers) this.markers[marker] = (this.markers[marker] ?? 0) + n;
  }

  /** A range parser found a fraction in this integer column: upgrade it here, once. */
  absorbUpgrade(): void {
    if (!this.upgraded) this.upgrade();
  }

  private upgrade(): void {
    this.upgraded = true;
    const typing = this.typing as ColumnTyping;
    typing.type = ColumnType.decimal;
    typing.reason = "ingest.reason.decimal_after_sample";
    this.engine.decide({ topic: "type", code: typing.reason, column: this.name, params: { type: typing.type } });
  }

  pad(count: number): void {
    for (let i = 0; i < count; i++) this.pushMissing();
  }

  pushMissing(): void {
    const blankIsFalse = this.typing?.blankIsFalse === true;
    if (this.codes !== undefined) this.codes.push(blankIsFalse ? 1 : 0);
    else this.values.push(blankIsFalse ? false : null);
    if (!blankIsFalse) this.missing++;
  }

  push(raw: string, line: number): void {
    if (this.isMissing(raw)) {
      const marker = raw.trim();
      if (marker !== "") this.markers[marker] = (this.markers[marker] ?? 0) + 1;
      this.pushMissing();
      return;
    }
    this.seenValue = true;
    const intern = this.intern;
    let value = intern?.get(raw);
    const miss = value === undefined;
    if (miss) {
      // a slice of a large chunk keeps the whole chunk alive: keep copies of long texts
      const key = raw.length >= 13 ? copyText(raw) : raw;
      value = this.firstSight(key, raw);
      if (intern !== undefined) {
        this.misses++;
        if (intern.size < this.maxIntern) intern.set(key, value);
        if (this.sawMojibake) this.mojibakeKeys.add(key);
      }
    } else if (this.mojibakeKeys.size > 0 && this.mojibakeKeys.has(raw)) this.mojibake++; // checked when first seen
    if (intern !== undefined && ++this.looked === INTERN_WINDOW) this.checkIntern();
    this.store(value, raw, line);
  }

  /**
   * `push` for a cell whose text has the id `id` in this column's pool (an exact copy, never a
   * slice): its value is found by id. The same outcome as `push`, without hashing the text.
   */
  pushId(raw: string, line: number, id: number): void {
    const byId = this.byId;
    if (byId === undefined) {
      this.push(raw, line);
      return;
    }
    let value = byId[id];
    // whether a text is missing depends on the text alone: told once per id
    if (value === MISSING || (value === undefined && this.isMissing(raw))) {
      byId[id] = MISSING;
      const marker = raw.trim();
      if (marker !== "") this.markers[marker] = (this.markers[marker] ?? 0) + 1;
      this.pushMissing();
      return;
    }
    this.seenValue = true;
    if (value === undefined) {
      value = this.firstSight(raw, raw);
      this.misses++;
      byId[id] = value;
      if (this.sawMojibake) this.mojibakeIds.add(id);
    } else if (this.mojibakeIds.size > 0 && this.mojibakeIds.has(id)) this.mojibake++;
    if (++this.looked === INTERN_WINDOW) this.checkIntern();
    this.store(value, raw, line);
  }

  /**
   * The value of a text met for the first time (a range parser's: the code of its value), with the
   * column's distinct texts, examples and mojibake counted; `sawMojibake` tells whether it was.
   * `key` is the text to keep (a copy of `raw` when `raw` is a slice of a chunk).
   */
  private firstSight(key: string, raw: string): unknown {
    const parsed = this.parse(key);
    let value: unknown = parsed === undefined ? null : parsed;
    if (value !== null && this.codes !== undefined) {
      // a range parser's cache holds the code of the value
      value = this.dict.length;
      this.dict.push(parsed);
    }
    if (!this.distinctCapped) {
      this.distinct.add(key);
      if (this.distinct.size >= DISTINCT_CAP) this.distinctCapped = true;
    }
    if (this.examples.length < 3 && value !== null && !this.examples.includes(raw)) this.examples.push(clip(raw));
    // UTF-8 read as Latin-1 somewhere before this file: counted, never "repaired"
    this.sawMojibake = (raw.includes("\u00c3") || raw.includes("\u00c2")) && MOJIBAKE.test(raw);
    if (this.sawMojibake) this.mojibake++;
    return value;
  }

  /** Appends a cell's value (its code in a range parser), or keeps its text when it did not parse. */
  private store(value: unknown, raw: string, line: number): void {
    if (value === null) {
      this.notParsed(raw, line);
      return;
    }
    if (this.codes !== undefined) this.codes.push(value as number);
    else this.values.push(value);
  }

  /**
   * Every window of values, keeps the cache only while values repeat: a column of unique values
   * (comments, timestamps) drops it, a column that repeats (people's names, e-mails, dates) shares
   * one string or `Date` between all its equal cells.
   */
  private checkIntern(): void {
    if (this.misses > INTERN_WINDOW * 0.95) this.dropCache();
    this.looked = 0;
    this.misses = 0;
  }

  private notParsed(raw: string, line: number): void {
    {
      // never emptied: the value stays as text in the cell (a code 2A001 in a column of numbers)
      const text = raw.length >= 13 ? copyText(raw) : raw;
      if (this.codes !== undefined) {
        this.codes.push(this.dict.length);
        this.dict.push(text);
      } else this.values.push(text);
      this.notParsedCount++;
      const type = this.typing?.type ?? ColumnType.text;
      this.engine.issue({
        code: "ingest.value_not_parsed",
        severity: "warning",
        line,
        column: this.name,
        value: clip(raw),
        expected: type,
        params: { type },
      });
    }
  }

  /** Stops caching values: each cell keeps its own copy. */
  dropCache(): void {
    this.intern = undefined;
    this.byId = undefined;
    if (this.pool !== undefined && this.pool.cells.pools[this.pool.at] !== undefined)
      this.pool.cells.pools[this.pool.at] = undefined;
    this.pool = undefined;
  }

  /** A pool of this column's texts, at field position `at`, if the column caches its values. */
  startPool(cells: CellPools, at: number): FieldPool | undefined {
    if (this.intern === undefined) return undefined;
    this.pool = { cells, at };
    this.byId = [];
    return new FieldPool(this.maxIntern);
  }

  /** Allocates room for `count` values (in memory, before the first row). */
  reserve(count: number): void {
    this.values.reserve(count);
  }

  /** Hands over the values built so far and starts a new batch. */
  take(): unknown[] {
    const values = this.values.toArray();
    this.values = new BlockArray<unknown>();
    return values;
  }

  summary(): ColumnReport {
    const typing = this.typing as ColumnTyping;
    let type = typing.type;
    let reason = typing.reason;
    if (type === ColumnType.empty && this.seenValue) {
      type = ColumnType.text;
      reason = "ingest.reason.text_after_sample";
    }
    if (type !== ColumnType.empty && !this.seenValue && typing.reason !== "ingest.reason.option") {
      type = ColumnType.empty;
      reason = "ingest.reason.empty";
    }
    const report: ColumnReport = {
      name: this.name,
      header: this.header,
      index: this.index + 1,
      type,
      reason,
      missing: this.missing,
      distinct: this.distinct.size,
      distinctCapped: this.distinctCapped,
      examples: this.examples,
    };
    if (typing.params) report.reasonParams = typing.params;
    const hxl = this.engine.hxlTag(this.index);
    if (hxl !== undefined) report.hxl = hxl;
    if (Object.keys(this.markers).length > 0) report.nullMarkers = { ...this.markers };
    if (this.notParsedCount > 0) report.keptAsText = this.notParsedCount;
    if (typing.precision === "month" && type === ColumnType.date) report.datePrecision = "month";
    return report;
  }
}
