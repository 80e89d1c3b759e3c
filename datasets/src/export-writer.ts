import { type MessOptions, quote } from "./mess.js";
import type { Random } from "./random.js";
import { type LineWriter, openLineWriter } from "./writer.js";

/** Where a data row landed in the file and how it was made ragged. */
export interface WrittenRow {
  /** 1-based physical line of the row in the file. */
  line: number;
  /** "" for a regular row, "short" (last field missing) or "long" (extra trailing separators). */
  ragged: "" | "short" | "long";
}

/** Writes the rows of one messy export: title line, header, quoted cells, ragged rows. */
export interface ExportWriter {
  /** Physical line of the header. */
  readonly headerLine: number;
  row(cells: readonly string[]): Promise<WrittenRow>;
  close(): Promise<void>;
}

/**
 * Opens a messy export file and writes its title line (when switched on) and header.
 *
 * @param path - file to create
 * @param header - column names as the export shows them
 * @param title - text of the title line above the header
 * @param mess - mess options (delimiter, encoding, titleLine, ragged)
 * @param random - the row stream (ragged rows draw from it)
 * @returns an {@link ExportWriter}
 */
export async function openExport(
  path: string,
  header: readonly string[],
  title: string,
  mess: MessOptions,
  random: Random,
): Promise<ExportWriter> {
  const out: LineWriter = openLineWriter(path, mess.encoding);
  const d = mess.delimiter;
  let line = 0;
  if (mess.titleLine) {
    await out.line(quote(title, d));
    line++;
  }
  await out.line(header.map((h) => quote(h, d)).join(d));
  line++;
  const headerLine = line;
  return {
    headerLine,
    async row(cells) {
      let ragged: WrittenRow["ragged"] = "";
      let text = cells.map((c) => quote(c, d)).join(d);
      if (random.chance(mess.ragged)) {
        if (random.chance(0.5)) {
          ragged = "short";
          text = cells
            .slice(0, -1)
            .map((c) => quote(c, d))
            .join(d);
        } else {
          ragged = "long";
          text += d.repeat(random.int(1, 2));
        }
      }
      await out.line(text);
      line++;
      return { line, ragged };
    },
    close: () => out.close(),
  };
}

/** A plain UTF-8, comma-separated ground-truth file. */
export interface TruthWriter {
  row(cells: readonly (string | number | null)[]): Promise<void>;
  close(): Promise<void>;
}

/** A truth writer that writes nothing (when ground truth is switched off). */
const NO_TRUTH: TruthWriter = { row: async () => {}, close: async () => {} };

/**
 * Opens a ground-truth CSV (UTF-8, comma, "\n", null written as an empty cell).
 *
 * @param path - file to create, or undefined to write nothing
 * @param header - column names
 * @returns a {@link TruthWriter}
 */
export async function openTruth(path: string | undefined, header: readonly string[]): Promise<TruthWriter> {
  if (path === undefined) return NO_TRUTH;
  const out = openLineWriter(path, "utf-8", "\n");
  await out.line(header.join(","));
  return {
    row: (cells) => out.line(cells.map((c) => (c === null ? "" : quote(String(c), ","))).join(",")),
    close: () => out.close(),
  };
}
