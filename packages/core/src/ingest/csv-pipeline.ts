import type { ColumnTable } from "arquero";
import type { MessageCode } from "../locales/en.js";
import { CsvTokenizer } from "./csv-tokenizer.js";
import { delimiterLabel, detectDelimiter } from "./detect-delimiter.js";
import { detectEncoding } from "./detect-encoding.js";
import { type BatchSink, type EnginePart, type EngineSeed, IngestEngine, type SourceInfo } from "./ingest-engine.js";
import { IngestError } from "./ingest-error.js";
import type { IngestOptions, IngestReport, IngestResult, TextEncoding } from "./ingest-report.js";
import { ChunkDecoder } from "./text-decoder.js";

const HEAD_BYTES = 65_536;
const TEXT_CHUNK = 1 << 15;
const PIECE_BYTES = 1 << 15;
const DEFAULT_MAX_FIELD = 1 << 24;

/**
 * Bytes (or text) in, table and report out, chunk by chunk: detection on the first 64 KiB, then
 * decoding, tokenizing and typing as the chunks come. Internal to the ingest module; `fromCSV`,
 * `fromCSVStream`, `scanCSV` and `loadCSV` drive it.
 */
export class CsvPipeline {
  private readonly options: IngestOptions;
  private readonly file: string;
  private readonly batch: { size: number; onBatch: BatchSink } | undefined;
  private head: Uint8Array[] | undefined = [];
  private headLength = 0;
  private bytes = 0;
  private sha256: string | null = null;
  private decoder: ChunkDecoder | undefined;
  /** Encoding of the bytes, once detected. */
  private encoding: TextEncoding | undefined;
  private tokenizer: CsvTokenizer | undefined;
  private engine: IngestEngine | undefined;
  private nonBlank = false;
  /** Size of the whole input when known (bytes, or characters for text), to size the columns once. */
  private readonly expectedSize: number | undefined;
  /** Bytes (or characters) handed to the tokenizer so far. */
  private consumed = 0;
  /** Length of the byte order mark skipped (offsets of the decoder start after it). */
  private bomLength = 0;

  constructor(options: IngestOptions, batch?: { size: number; onBatch: BatchSink }, expectedSize?: number) {
    this.options = options;
    this.file = options.file ?? "";
    this.batch = batch;
    this.expectedSize = expectedSize;
  }

  /** Sets the hex SHA-256 of the whole input, when the caller computed it. */
  setSha256(hex: string): void {
    this.sha256 = hex;
    if (this.engine) this.engine.report.sha256 = hex;
  }

  /** Feeds bytes. */
  pushBytes(chunk: Uint8Array): void {
    this.bytes += chunk.length;
    if (this.head !== undefined) {
      this.head.push(chunk);
      this.headLength += chunk.length;
      if (this.headLength >= HEAD_BYTES) this.startFromBytes();
      return;
    }
    // small pieces: their text dies young, in the young generation, instead of piling up as large objects
    const decoder = this.decoder as ChunkDecoder;
    // in UTF-8 and Windows-1252 a NUL character is a zero byte (never part of a longer sequence):
    // the bytes tell, faster than the decoded text
    const byteNul = this.encoding === "utf-8" || this.encoding === "windows-1252";
    for (let i = 0; i < chunk.length; i += PIECE_BYTES) {
      const piece = chunk.subarray(i, i + PIECE_BYTES);
      this.consumed += piece.length;
      this.pushDecoded(decoder.decode(piece), decoder, !byteNul || piece.indexOf(0) >= 0);
    }
  }

  /** Pushes decoded text, reporting the bytes read as Windows-1252 in it with their line. */
  private pushDecoded(text: string, decoder: ChunkDecoder, mayHoldNul = true): void {
    if (decoder.repairs.length > 0) this.reportRepairs(text, decoder.repairs, (this.tokenizer as CsvTokenizer).lines);
    this.pushText(text, mayHoldNul);
  }

  private reportRepairs(text: string, repairs: ChunkDecoder["repairs"], firstLine: number): void {
    let line = firstLine;
    let from = 0;
    for (const repair of repairs) {
      for (let k = from; k < repair.index; k++) if (text.charCodeAt(k) === 10) line++;
      from = repair.index;
      (this.engine as IngestEngine).issue({
        code: "ingest.encoding_repaired",
        severity: "warning",
        line,
        value: repair.char,
        params: { offset: this.bomLength + repair.offset },
      });
    }
  }

  /** Feeds text already decoded (string input). */
  pushString(text: string): void {
    if (this.engine === undefined) {
      this.head = undefined;
      this.start(text.slice(0, HEAD_BYTES), "utf-8", false, "ingest.decision.text_input");
    }
    this.bytes += text.length;
    for (let i = 0; i < text.length; i += TEXT_CHUNK) {
      const piece = text.slice(i, i + TEXT_CHUNK);
      this.consumed += piece.length;
      this.pushText(piece);
    }
  }

  /** Ends the input and returns the table (of the last batch when streaming) and the report. */
  end(): IngestResult {
    if (this.head !== undefined) this.startFromBytes();
    const decoder = this.decoder;
    if (decoder) this.pushDecoded(decoder.end(), decoder);
    const engine = this.engine as IngestEngine;
    const tokenizer = this.tokenizer as CsvTokenizer;
    if (!this.nonBlank) {
      throw new IngestError({ code: "ingest.empty_file", severity: "error", params: { file: this.file } });
    }
    tokenizer.end();
    if (decoder && decoder.badCount > 0) {
      for (const offset of decoder.badOffsets) {
        engine.issue({
          code: "ingest.undecodable_byte",
          severity: "warning",
          params: { offset, encoding: engine.report.encoding ?? "" },
        });
      }
      engine.report.issueCounts["ingest.undecodable_byte"] = decoder.badCount;
    }
    for (const line of tokenizer.strayQuotes) engine.issue({ code: "ingest.stray_quote", severity: "warning", line });
    if (tokenizer.strayQuoteCount > tokenizer.strayQuotes.length)
      engine.report.issueCounts["ingest.stray_quote"] = tokenizer.strayQuoteCount;
    const e = tokenizer.endings;
    const kinds = (["lf", "crlf", "cr"] as const).filter((k) => e[k] > 0);
    const lineEnding: IngestReport["lineEnding"] =
      kinds.length === 0 ? "none" : kinds.length === 1 ? (kinds[0] as "lf") : "mixed";
    engine.report.bytes = this.bytes;
    const table: ColumnTable = engine.finish(lineEnding);
    if (engine.report.columns.length === 0) {
      throw new IngestError({ code: "ingest.empty_file", severity: "error", params: { file: this.file } });
    }
    return { table, report: engine.report, rowFlags: engine.rowFlags };
  }

  /** Once the sample is typed, what a parser of a later byte range needs; undefined before. */
  rangeSetup(): RangeSetup | undefined {
    const engine = this.engine;
    if (engine === undefined || !engine.typed || this.decoder === undefined) return undefined;
    const source = engine.sourceInfo;
    return {
      seed: engine.seed(),
      source: { ...source },
      encoding: source.encoding as TextEncoding,
      repair: source.encoding === "utf-8" && !this.options.encoding,
      delimiter: source.delimiter as string,
      maxField: this.options.maxFieldLength ?? DEFAULT_MAX_FIELD,
    };
  }

  /** Number of columns so far. */
  get width(): number {
    return this.engine?.width ?? 0;
  }

  /** Whether the bytes fed so far end with a whole record and a whole character. */
  atRecordStart(): boolean {
    return this.tokenizer?.atRecordStart() === true && this.head === undefined;
  }

  /** Physical line the next record starts on. */
  get lines(): number {
    return this.tokenizer?.lines ?? 1;
  }

  /**
   * Appends what a parser of the next byte range found (`bytes` long), as if this pipeline had
   * read those bytes itself.
   */
  absorb(part: RangePart, bytes: number): void {
    const tokenizer = this.tokenizer as CsvTokenizer;
    const lineOffset = tokenizer.lines - 1;
    (this.engine as IngestEngine).absorb(part.engine, lineOffset);
    tokenizer.absorb(part.tokenizer, lineOffset);
    this.bytes += bytes;
    this.consumed += bytes;
  }

  private startFromBytes(): void {
    const parts = this.head ?? [];
    this.head = undefined;
    const head = concat(parts, this.headLength);
    let encoding: TextEncoding;
    let bomLength = 0;
    let reason: MessageCode;
    const guess = detectEncoding(head.subarray(0, HEAD_BYTES));
    if (this.options.encoding) {
      encoding = this.options.encoding;
      reason = "ingest.decision.encoding_option";
      if (guess.bomLength > 0 && guess.encoding === encoding) bomLength = guess.bomLength;
    } else {
      encoding = guess.encoding;
      bomLength = guess.bomLength;
      reason = guess.reason;
      if (!encoding.startsWith("utf-16")) checkBinary(head, this.file);
    }
    // detected UTF-8 reads a stray Windows-1252 byte as such; UTF-8 given as an option is strict
    this.bomLength = bomLength;
    this.encoding = encoding;
    const decoder = new ChunkDecoder(encoding, encoding === "utf-8" && !this.options.encoding);
    this.decoder = decoder;
    const body = head.subarray(bomLength);
    const text = decoder.decode(body);
    const headRepairs = decoder.repairs;
    const params: Record<string, string | number> = { encoding };
    if (guess.invalidUtf8Offset !== undefined) params.offset = guess.invalidUtf8Offset;
    if (guess.detected !== undefined) params.detected = guess.detected;
    this.start(text, encoding, bomLength > 0, reason, params);
    if (headRepairs.length > 0) {
      // the head is reported as a whole (its lines counted from the top), then tokenized in pieces
      this.reportRepairs(text, headRepairs, 1);
      decoder.repairs = [];
    }
    // in pieces, so that the share of the input consumed is known as the rows come
    for (let i = 0; i < text.length; i += TEXT_CHUNK) {
      const end = Math.min(text.length, i + TEXT_CHUNK);
      this.consumed = bomLength + Math.round((body.length * end) / text.length);
      this.pushText(text.slice(i, end));
    }
    this.consumed = head.length;
  }

  private start(
    headText: string,
    encoding: TextEncoding,
    bom: boolean,
    reason: MessageCode,
    params?: Record<string, string | number>,
  ): void {
    const options = this.options;
    let delimiter = options.delimiter;
    let delimiterReason: MessageCode = "ingest.decision.delimiter_option";
    let delimiterParams: Record<string, string | number> = {};
    if (delimiter === undefined) {
      const guess = detectDelimiter(headText);
      delimiter = guess.delimiter;
      delimiterReason = guess.reason;
      delimiterParams = guess.params;
    }
    if (delimiter.length !== 1) throw new Error("fromCSV: delimiter must be one character");
    const engine = new IngestEngine(
      options,
      {
        format: "csv",
        bytes: 0,
        sha256: this.sha256,
        encoding,
        bom,
        delimiter,
        quote: '"',
        sheet: null,
        defaultDecimal: options.decimal ?? (delimiter === "," ? "." : ","),
      },
      this.batch,
    );
    engine.decide({ topic: "encoding", code: reason, params: params ?? { encoding } });
    engine.decide({
      topic: "delimiter",
      code: delimiterReason,
      params: { delimiter: delimiterLabel(delimiter), ...delimiterParams },
    });
    if (this.expectedSize !== undefined) engine.expectSize(this.expectedSize, () => this.consumed);
    const tokenizer = new CsvTokenizer(
      delimiter,
      '"',
      engine.record,
      options.maxFieldLength ?? DEFAULT_MAX_FIELD,
      engine.cells,
    );
    tokenizer.file = this.file;
    this.engine = engine;
    this.tokenizer = tokenizer;
  }

  /** Tokenizes text; `mayHoldNul` false when its bytes had no zero byte (no NUL to look for). */
  private pushText(text: string, mayHoldNul = true): void {
    if (text.length === 0) return;
    if (!this.nonBlank && /\S/.test(text)) this.nonBlank = true;
    const tokenizer = this.tokenizer as CsvTokenizer;
    if (mayHoldNul && text.includes("\u0000")) this.reportNul(text, tokenizer.lines);
    tokenizer.push(text);
  }

  private reportNul(text: string, startLine: number): void {
    let line = startLine;
    let from = 0;
    for (let i = text.indexOf("\u0000"); i >= 0; i = text.indexOf("\u0000", i + 1)) {
      for (let k = from; k < i; k++) if (text.charCodeAt(k) === 10) line++;
      from = i;
      (this.engine as IngestEngine).issue({ code: "ingest.nul_byte", severity: "warning", line });
    }
  }
}

/** What a parser of a later byte range of the same input needs to read it as this pipeline would. */
export interface RangeSetup {
  seed: EngineSeed;
  source: SourceInfo;
  encoding: TextEncoding;
  /** Whether invalid UTF-8 bytes are read as Windows-1252. */
  repair: boolean;
  delimiter: string;
  maxField: number;
}

/** What a parser of a byte range found: its engine's part and its tokenizer's counts. */
export interface RangePart {
  engine: EnginePart;
  tokenizer: {
    endings: { lf: number; crlf: number; cr: number };
    strayQuotes: number[];
    strayQuoteCount: number;
    quotedFields: number;
    lines: number;
  };
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** Refuses files that are not text: workbooks, archives, images. */
function checkBinary(head: Uint8Array, file: string): void {
  const sig = (bytes: number[]): boolean => bytes.every((b, i) => head[i] === b);
  if (sig([0x50, 0x4b, 0x03, 0x04]) || sig([0xd0, 0xcf, 0x11, 0xe0])) {
    throw new IngestError({ code: "ingest.workbook_as_csv", severity: "error", params: { file } });
  }
  const n = Math.min(head.length, 8192);
  let control = 0;
  let nul = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i] as number;
    if (b === 0) nul++;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 11) control++;
  }
  if (n > 0 && (nul > Math.max(2, n * 0.01) || control > n * 0.1)) {
    throw new IngestError({ code: "ingest.binary_file", severity: "error", params: { file } });
  }
}
