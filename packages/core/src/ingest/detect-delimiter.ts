import type { MessageCode } from "../locales/en.js";
import { CsvTokenizer } from "./csv-tokenizer.js";

/** Delimiters the ingest recognises, in order of preference when the evidence ties. */
const DELIMITERS = [",", ";", "\t", "|"] as const;

/** What {@link detectDelimiter} found. */
export interface DelimiterGuess {
  delimiter: string;
  /** Message code of the reason. */
  reason: MessageCode;
  /** Fields per record with this delimiter, and the share of records that have that many. */
  params: Record<string, string | number>;
}

/**
 * Finds the field delimiter of CSV text among `,` `;` tab and `|`: the one that splits the first
 * records into the same number of fields most consistently (quotes respected).
 *
 * Why: French spreadsheets export with `;` because `,` is the decimal separator; guessing wrong
 * gives one column per line or numbers cut in two.
 *
 * @param text - the start of the file (the first 64 KiB is plenty; a cut last line is ignored)
 * @returns the delimiter and the evidence
 * @example
 * detectDelimiter("a;b;c\n1,5;2;3\n").delimiter // => ";"
 */
export function detectDelimiter(text: string): DelimiterGuess {
  let best: { delimiter: string; width: number; share: number; score: number } | undefined;
  const cut = text.length > 65_536 ? text.slice(0, text.lastIndexOf("\n", 65_536) + 1 || 65_536) : text;
  for (const delimiter of DELIMITERS) {
    const counts: number[] = [];
    const tokenizer = new CsvTokenizer(
      delimiter,
      '"',
      (fields) => {
        if (counts.length < 200 && !(fields.length === 1 && fields[0]?.trim() === "")) counts.push(fields.length);
      },
      1 << 24,
    );
    try {
      tokenizer.push(cut);
      tokenizer.end();
    } catch {
      // a quote left open by the cut: the records before it are enough
    }
    if (counts.length === 0) continue;
    const freq = new Map<number, number>();
    for (const c of counts) freq.set(c, (freq.get(c) ?? 0) + 1);
    let width = 1;
    let top = 0;
    for (const [w, f] of freq) {
      if (f > top || (f === top && w > width)) {
        width = w;
        top = f;
      }
    }
    if (width < 2) continue;
    const share = top / counts.length;
    const score = share * 1000 + Math.min(width, 999) / 1000;
    if (!best || score > best.score) best = { delimiter, width, share, score };
  }
  if (!best) {
    // one column: a delimiter that never occurs splits nothing
    const unused = DELIMITERS.find((d) => !cut.includes(d)) ?? ",";
    return {
      delimiter: unused,
      reason: "ingest.decision.delimiter_default",
      params: { delimiter: delimiterLabel(unused) },
    };
  }
  return {
    delimiter: best.delimiter,
    reason: "ingest.decision.delimiter_counts",
    params: { delimiter: delimiterLabel(best.delimiter), fields: best.width, share: Math.round(best.share * 100) },
  };
}

/** A readable name for a delimiter (tab is otherwise invisible). */
export function delimiterLabel(delimiter: string): string {
  return delimiter === "\t" ? "tab" : delimiter;
}
