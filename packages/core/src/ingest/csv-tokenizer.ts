import { type CellPools, FIELD_HASH_SEED } from "./field-pool.js";
import { IngestError } from "./ingest-error.js";

const LF = 10;
const CR = 13;
const START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_SEEN = 3;

/** Receives each record: its fields and the 1-based physical line it starts on. */
type RecordSink = (fields: string[], line: number) => void;

/**
 * Incremental RFC 4180 tokenizer fed with text chunks of any size. A quoted field may cross any
 * number of chunks; CR, LF and CRLF end records; newlines inside quotes are kept and counted.
 * Internal to the ingest module.
 */
export class CsvTokenizer {
  private readonly delim: number;
  private readonly quote: number;
  private readonly sink: RecordSink;
  private readonly maxField: number;
  private fields: string[] = [];
  private acc = "";
  private state = START;
  private line = 1;
  private recordLine = 1;
  private fieldLine = 1;
  private pendingCR = false;
  private quotedPendingCR = false;
  readonly endings = { lf: 0, crlf: 0, cr: 0 };
  /** Lines where a character followed a closing quote (the quote and the text are both kept). */
  readonly strayQuotes: number[] = [];
  strayQuoteCount = 0;
  quotedFields = 0;
  file: string | undefined;
  /** The pools of the fields by position (none: every field is sliced), with the ids of the record handed over. */
  private readonly cells: CellPools;

  /**
   * @param cells - pools by field position, filled in by the receiver once it knows its columns: a
   *   field of a pooled position that lies within one chunk, unquoted, is looked up before a string
   *   is made, and its id is in `cells.ids` while its record is handed over
   */
  constructor(delimiter: string, quote: string, sink: RecordSink, maxField: number, cells?: CellPools) {
    this.delim = delimiter.charCodeAt(0);
    this.quote = quote.charCodeAt(0);
    this.sink = sink;
    this.maxField = maxField;
    this.cells = cells ?? { pools: [], ids: new Int32Array(0) };
  }

  /** Feeds the next chunk of text. */
  push(s: string): void {
    const n = s.length;
    const delim = this.delim;
    const quote = this.quote;
    let i = 0;
    if (this.pendingCR) {
      this.pendingCR = false;
      if (n > 0 && s.charCodeAt(0) === LF) {
        this.endings.crlf++;
        i = 1;
      } else this.endings.cr++;
    }
    if (this.quotedPendingCR) {
      this.quotedPendingCR = false;
      if (n > 0 && s.charCodeAt(0) === LF) this.line--;
    }
    let segStart = i;
    while (i < n) {
      const state = this.state;
      if (state === START) {
        if (s.charCodeAt(i) === quote) {
          this.state = QUOTED;
          this.quotedFields++;
          this.fieldLine = this.line;
          i++;
          segStart = i;
          continue;
        }
        this.state = UNQUOTED;
        segStart = i;
      }
      if (this.state === UNQUOTED) {
        let j = i;
        let c = 0;
        const k = this.fields.length;
        const pool = this.acc === "" && k < this.cells.pools.length ? this.cells.pools[k] : undefined;
        let id = -1;
        if (pool !== undefined) {
          // FNV-1a over the field while its end is looked for (fieldHash)
          let h = FIELD_HASH_SEED;
          while (j < n) {
            c = s.charCodeAt(j);
            if (c === delim || c === LF || c === CR) break;
            h = Math.imul(h ^ c, 16_777_619);
            j++;
          }
          if (j === n) {
            this.append(s.slice(segStart, n));
            return;
          }
          id = pool.find(s, segStart, j, h);
        } else {
          while (j < n) {
            c = s.charCodeAt(j);
            if (c === delim || c === LF || c === CR) break;
            j++;
          }
          if (j === n) {
            this.append(s.slice(segStart, n));
            return;
          }
        }
        const field =
          id >= 0
            ? (pool?.texts[id] as string)
            : this.acc === ""
              ? s.slice(segStart, j)
              : this.acc + s.slice(segStart, j);
        this.acc = "";
        if (k < this.cells.ids.length) this.cells.ids[k] = id;
        this.fields.push(field);
        i = this.terminate(s, j, c);
        segStart = i;
        continue;
      }
      if (this.state === QUOTED) {
        const j = s.indexOf(String.fromCharCode(quote), i);
        const end = j < 0 ? n : j;
        for (let k = i; k < end; k++) {
          const c = s.charCodeAt(k);
          if (c === LF) this.line++;
          else if (c === CR) {
            if (k + 1 < n) {
              if (s.charCodeAt(k + 1) !== LF) this.line++;
            } else {
              this.line++;
              this.quotedPendingCR = true;
            }
          }
        }
        this.append(s.slice(segStart, end));
        if (j < 0) return;
        this.state = QUOTE_SEEN;
        i = j + 1;
        segStart = i;
        continue;
      }
      // QUOTE_SEEN
      const c = s.charCodeAt(i);
      if (c === quote) {
        this.acc += String.fromCharCode(quote);
        this.state = QUOTED;
        i++;
        segStart = i;
        continue;
      }
      if (c === delim || c === LF || c === CR) {
        if (this.fields.length < this.cells.ids.length) this.cells.ids[this.fields.length] = -1;
        this.fields.push(this.acc);
        this.acc = "";
        i = this.terminate(s, i, c);
        segStart = i;
        continue;
      }
      // a character after the closing quote: that quote was text, keep it; the field goes on unquoted
      this.acc += String.fromCharCode(quote);
      this.strayQuoteCount++;
      if (this.strayQuotes.length < 100) this.strayQuotes.push(this.line);
      this.state = UNQUOTED;
      segStart = i;
    }
  }

  /** Ends the input: flushes the last record; throws on an unterminated quote. */
  end(): void {
    if (this.state === QUOTED) {
      throw new IngestError({
        code: "ingest.unterminated_quote",
        severity: "error",
        line: this.fieldLine,
        column: String(this.fields.length + 1),
        params: { file: this.file ?? "", column: this.fields.length + 1 },
      });
    }
    if (this.state === UNQUOTED || this.state === QUOTE_SEEN || this.fields.length > 0) {
      if (this.fields.length < this.cells.ids.length) this.cells.ids[this.fields.length] = -1;
      this.fields.push(this.acc);
      this.acc = "";
      this.emit();
    }
    this.state = START;
  }

  /** Whether the text read so far ends with a whole record (outside quotes, its line ending read). */
  atRecordStart(): boolean {
    return (
      this.state === START && this.fields.length === 0 && this.acc === "" && !this.pendingCR && !this.quotedPendingCR
    );
  }

  /**
   * Adds what another tokenizer counted over the text that follows this one's (line endings,
   * stray quotes, their lines moved by `lineOffset`), as if this one had read that text too.
   */
  absorb(
    other: {
      endings: CsvTokenizer["endings"];
      strayQuotes: number[];
      strayQuoteCount: number;
      quotedFields: number;
      lines: number;
    },
    lineOffset: number,
  ): void {
    this.endings.lf += other.endings.lf;
    this.endings.crlf += other.endings.crlf;
    this.endings.cr += other.endings.cr;
    for (const line of other.strayQuotes) if (this.strayQuotes.length < 100) this.strayQuotes.push(line + lineOffset);
    this.strayQuoteCount += other.strayQuoteCount;
    this.quotedFields += other.quotedFields;
    this.line += other.lines - 1;
    this.recordLine = this.line;
  }

  /** Number of physical lines read so far. */
  get lines(): number {
    return this.line;
  }

  private append(text: string): void {
    if (text === "") return;
    this.acc = this.acc === "" ? text : this.acc + text;
    if (this.acc.length > this.maxField) {
      throw new IngestError({
        code: "ingest.field_too_long",
        severity: "error",
        line: this.state === QUOTED ? this.fieldLine : this.line,
        column: String(this.fields.length + 1),
        params: { file: this.file ?? "", column: this.fields.length + 1, limit: this.maxField },
      });
    }
  }

  private terminate(s: string, j: number, c: number): number {
    if (c === this.delim) {
      this.state = START;
      return j + 1;
    }
    this.line++;
    this.emit();
    if (c === LF) {
      this.endings.lf++;
      return j + 1;
    }
    if (j + 1 < s.length) {
      if (s.charCodeAt(j + 1) === LF) {
        this.endings.crlf++;
        return j + 2;
      }
      this.endings.cr++;
      return j + 1;
    }
    this.pendingCR = true;
    return j + 1;
  }

  private emit(): void {
    const fields = this.fields;
    this.fields = [];
    this.state = START;
    this.sink(fields, this.recordLine);
    this.recordLine = this.line;
  }
}
