import { createWriteStream, type WriteStream } from "node:fs";
import iconv from "iconv-lite";
import type { MessOptions } from "./mess.js";

/** A buffered, encoded, back-pressure aware line writer. */
export interface LineWriter {
  /** Appends one line (without its line break). */
  line(text: string): Promise<void>;
  /** Flushes and closes the file. */
  close(): Promise<void>;
}

const FLUSH_AT = 1 << 20;

/**
 * Opens a file for streamed writing of CSV lines in the export's encoding.
 *
 * Why: generated files reach gigabytes; lines are encoded and written in 1 MiB blocks, never held.
 *
 * @param path - file to create (overwritten)
 * @param encoding - "utf-8", "utf-8-bom" (writes a byte-order mark) or "windows-1252"
 * @param eol - line break, "\r\n" as spreadsheets write by default
 * @returns a {@link LineWriter}
 * @example
 * const w = openLineWriter("/tmp/a.csv", "utf-8-bom"); await w.line("a;b"); await w.close();
 */
export function openLineWriter(path: string, encoding: MessOptions["encoding"], eol = "\r\n"): LineWriter {
  const stream: WriteStream = createWriteStream(path);
  let buffer = encoding === "utf-8-bom" ? "\uFEFF" : "";
  const encode = (text: string): Buffer =>
    encoding === "windows-1252" ? iconv.encode(text, "win1252") : Buffer.from(text, "utf8");
  const flush = async (): Promise<void> => {
    if (buffer.length === 0) return;
    const ok = stream.write(encode(buffer));
    buffer = "";
    if (!ok) await new Promise<void>((resolve) => stream.once("drain", resolve));
  };
  return {
    async line(text) {
      buffer += text + eol;
      if (buffer.length >= FLUSH_AT) await flush();
    },
    async close() {
      await flush();
      await new Promise<void>((resolve, reject) => {
        stream.once("error", reject);
        stream.end(resolve);
      });
    },
  };
}
