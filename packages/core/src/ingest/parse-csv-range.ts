import type { RangePart, RangeSetup } from "./csv-pipeline.js";
import { CsvTokenizer } from "./csv-tokenizer.js";
import { IngestEngine } from "./ingest-engine.js";
import type { IngestOptions } from "./ingest-report.js";
import { ChunkDecoder } from "./text-decoder.js";

const PIECE_BYTES = 1 << 15;

/** What parsing one byte range gave: its part, or why the whole input must be read in one go. */
export type RangeOutcome = { ok: true; part: RangePart } | { ok: false; reason: string };

/** The options a range parser uses (plain data, sent to a worker thread). */
export type RangeOptions = Pick<IngestOptions, "nullTokens" | "maxIssuesPerCode" | "file">;

/**
 * Parses the records of one byte range of a CSV input that starts at a record start, as the
 * single-thread pipeline would go on with them: same decoder, tokenizer and typed columns, lines
 * counted from 1. Anything the pipeline would report in the middle of its stream (bytes read as
 * Windows-1252, NUL bytes, undecodable bytes, a long row adding a column), and a range that does
 * not end on a record boundary, make the outcome `ok: false`: the caller then reads the input in
 * one go. Internal to the parallel ingest (it runs in worker threads).
 *
 * @param bytes - the bytes of the range
 * @param setup - from the pipeline that read the start of the input (`CsvPipeline.rangeSetup`)
 * @param options - the null tokens and issue cap of the ingest
 * @param last - whether the range ends the input (its last record may lack a line ending)
 * @returns the part to absorb, or why not
 */
export function parseCsvRange(
  bytes: Uint8Array,
  setup: RangeSetup,
  options: RangeOptions,
  last: boolean,
): RangeOutcome {
  const engine = IngestEngine.fromSeed(options, setup.source, setup.seed);
  const tokenizer = new CsvTokenizer(setup.delimiter, '"', engine.record, setup.maxField, engine.cells);
  const decoder = new ChunkDecoder(setup.encoding, setup.repair);
  // in UTF-8 and Windows-1252 a NUL character is a zero byte: the bytes tell, faster than the text
  const byteNul = setup.encoding === "utf-8" || setup.encoding === "windows-1252";
  const push = (text: string, mayHoldNul = true): string | undefined => {
    if (decoder.repairs.length > 0) return "repaired bytes";
    if (mayHoldNul && text.includes("\u0000")) return "NUL byte";
    tokenizer.push(text);
    return undefined;
  };
  try {
    for (let i = 0; i < bytes.length; i += PIECE_BYTES) {
      const piece = bytes.subarray(i, i + PIECE_BYTES);
      const why = push(decoder.decode(piece), !byteNul || piece.indexOf(0) >= 0);
      if (why !== undefined) return { ok: false, reason: why };
    }
    const why = push(decoder.end());
    if (why !== undefined) return { ok: false, reason: why };
    if (last) tokenizer.end();
    else if (!tokenizer.atRecordStart()) return { ok: false, reason: "range ends inside a record" };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  if (decoder.badCount > 0) return { ok: false, reason: "undecodable bytes" };
  if (engine.width !== setup.seed.columns.length) return { ok: false, reason: "a long row adds a column" };
  return {
    ok: true,
    part: {
      engine: engine.exportPart(),
      tokenizer: {
        endings: tokenizer.endings,
        strayQuotes: tokenizer.strayQuotes,
        strayQuoteCount: tokenizer.strayQuoteCount,
        quotedFields: tokenizer.quotedFields,
        lines: tokenizer.lines,
      },
    },
  };
}
