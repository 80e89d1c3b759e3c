/**
 * Worker thread of the parallel CSV ingest: reads the byte ranges it is sent from the file and
 * parses each with `parseCsvRange`, posting each outcome back with its values transferred.
 * @packageDocumentation
 */
import { closeSync, openSync, readSync } from "node:fs";
import { parentPort } from "node:worker_threads";
import type { RangeSetup } from "./csv-pipeline.js";
import { parseCsvRange, type RangeOptions } from "./parse-csv-range.js";

/** One range to parse. */
interface RangeTask {
  id: number;
  path: string;
  start: number;
  end: number;
  last: boolean;
  setup: RangeSetup;
  options: RangeOptions;
}

parentPort?.on("message", (task: RangeTask) => {
  let outcome: ReturnType<typeof parseCsvRange>;
  try {
    const bytes = Buffer.allocUnsafe(task.end - task.start);
    const fd = openSync(task.path, "r");
    try {
      let read = 0;
      while (read < bytes.length) {
        const n = readSync(fd, bytes, read, bytes.length - read, task.start + read);
        if (n === 0) break;
        read += n;
      }
      if (read < bytes.length) throw new Error("file shorter than expected");
    } finally {
      closeSync(fd);
    }
    outcome = parseCsvRange(bytes, task.setup, task.options, task.last);
  } catch (error) {
    outcome = { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  const transfer: ArrayBuffer[] = [];
  if (outcome.ok) {
    const engine = outcome.part.engine;
    transfer.push(engine.lines.buffer as ArrayBuffer);
    for (const c of engine.columns)
      transfer.push(
        c.codes.buffer as ArrayBuffer,
        c.textEnds.buffer as ArrayBuffer,
        c.dict.kinds.buffer as ArrayBuffer,
        c.dict.numbers.buffer as ArrayBuffer,
      );
  }
  parentPort?.postMessage({ id: task.id, outcome }, transfer);
});
