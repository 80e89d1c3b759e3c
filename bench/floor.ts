/**
 * The floor under every peer: reading the file's bytes and decoding them as UTF-8, with nothing
 * parsed. `node bench/floor.ts FILE` prints `{ seconds, bytes, lines, peakRssMiB }`.
 *
 * Why: the benchmark's table shows this beside the peers, so that a peer's time reads against the
 * least any reader of the file must spend (one pass over the bytes from the page cache, one
 * decoding of them into text), on the same machine in the same run.
 */
import { createReadStream, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

/** Figures of one floor run. */
export interface FloorResult {
  seconds: number;
  bytes: number;
  /** line feeds seen in the decoded text (a check that every byte was decoded) */
  lines: number;
  peakRssMiB: number;
}

/**
 * Reads `file` in 1 MiB chunks and decodes each into a JavaScript string with a streaming UTF-8
 * decoder, counting the line feeds of the text.
 *
 * @param file - path of the file
 * @returns time, bytes, line feeds and the process's peak RSS
 * @example
 * const r = await floor("bench/data/1M/benevoles.csv");
 * r.lines // => 1000002
 */
export async function floor(file: string): Promise<FloorResult> {
  const decoder = new TextDecoder("utf-8");
  const start = performance.now();
  let bytes = 0;
  let lines = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    const buffer = chunk as Buffer;
    bytes += buffer.byteLength;
    const text = decoder.decode(buffer, { stream: true });
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lines++;
  }
  decoder.decode();
  const seconds = (performance.now() - start) / 1000;
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
  const peakRssMiB = m ? Number(m[1]) / 1024 : process.memoryUsage().rss / 2 ** 20;
  return { seconds, bytes, lines, peakRssMiB };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write("usage: node bench/floor.ts FILE\n");
    process.exit(2);
  }
  process.stdout.write(`${JSON.stringify(await floor(file))}\n`);
}
