import { createHash } from "node:crypto";
import { closeSync, openSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { CsvPipeline, type RangePart, type RangeSetup } from "./csv-pipeline.js";
import { findRecordStart } from "./find-record-start.js";
import type { IngestOptions, IngestResult, ParallelIngestOptions } from "./ingest-report.js";
import type { RangeOptions, RangeOutcome } from "./parse-csv-range.js";

/** Bytes of one read, as `loadCSV`'s stream reads them (its first read is the detection head). */
export const READ_BYTES = 1 << 20;
/** Inputs smaller than this are read on one thread. */
export const PARALLEL_MIN_BYTES = 8 << 20;
/** Window read around a tentative boundary to find a record start. */
const WINDOW = 1 << 18;
/**
 * Share of the bytes the main thread parses, of an equal share. A worker starts cold and spends
 * a little more per byte (1M-row log, load average 12: 97 s of wall time per whole file against
 * 90 s for the main thread), but the main thread alone then takes the worker's part in (2.7 s),
 * appends it (2.5 s) and ends the report (0.6 s): equal shares end both parses nearer together
 * than 1.1, which left the worker waiting 5 s for the main thread.
 */
const MAIN_SHARE = 1;

/**
 * Reads a CSV file on several threads when it is large: the main thread reads the start as
 * `loadCSV` does (detection of encoding, delimiter, title lines, header and types on the sample),
 * the rest of the bytes is cut into ranges at record starts (`findRecordStart`), worker threads
 * parse them with the typed columns, and the main thread appends their columns, lines, issues and
 * flags in order. The result is the single-thread one exactly: when a range does not end on a
 * record boundary, or holds something the single-thread reader reports in the middle of its
 * stream (bytes read as Windows-1252, NUL bytes, a long row adding a column), the file is read
 * again in one go. Internal to the ingest module; `loadCSV` calls it.
 *
 * @param path - the file
 * @param options - the ingest options (`file` set)
 * @param size - the file's size in bytes
 * @returns the table and report
 * @throws IngestError as `loadCSV`
 */
export async function loadCSVParallel(path: string, options: IngestOptions, size: number): Promise<IngestResult> {
  const settings: ParallelIngestOptions = typeof options.parallel === "object" ? options.parallel : {};
  const readBytes = settings.readBytes ?? READ_BYTES;
  const count = settings.workers ?? Math.max(0, availableParallelism() - 1);
  const plan = (ranges: number, workers: number, reason: string | null): void =>
    settings.onPlan?.({ ranges, workers, fellBack: reason });
  const fd = openSync(path, "r");
  const workers: Pool[] = [];
  try {
    const read = (start: number, end: number): Buffer => {
      const buffer = Buffer.allocUnsafe(end - start);
      let done = 0;
      while (done < buffer.length) {
        const n = readSync(fd, buffer, done, buffer.length - done, start + done);
        if (n === 0) break;
        done += n;
      }
      return done === buffer.length ? buffer : buffer.subarray(0, done);
    };
    const single = (): IngestResult => {
      const pipeline = new CsvPipeline(options, undefined, size);
      const hash = createHash("sha256");
      for (let pos = 0; pos < size; pos += readBytes) {
        const chunk = read(pos, Math.min(size, pos + readBytes));
        hash.update(chunk);
        pipeline.pushBytes(chunk);
        options.onProgress?.(pos + chunk.length, size);
      }
      pipeline.setSha256(hash.digest("hex"));
      return pipeline.end();
    };
    if (count < 1) {
      plan(1, 0, "one core");
      return single();
    }
    try {
      workers.push(...takeWorkers(count));
    } catch (error) {
      // a worker that cannot start (options of this process it refuses): one thread, never a failure
      plan(1, 0, error instanceof Error ? error.message : String(error));
      return single();
    }
    const pipeline = new CsvPipeline(options, undefined, Math.ceil((size * MAIN_SHARE) / (count + 1)));
    const hash = createHash("sha256");
    let pos = 0;
    const pushTo = (end: number): void => {
      while (pos < end) {
        const next = Math.min(end, (Math.floor(pos / readBytes) + 1) * readBytes);
        const chunk = read(pos, next);
        hash.update(chunk);
        pipeline.pushBytes(chunk);
        pos = next;
        options.onProgress?.(pos, size);
      }
    };
    let setup: RangeSetup | undefined;
    while (pos < size && setup === undefined) {
      pushTo(Math.min(size, pos + readBytes));
      setup = pipeline.rangeSetup();
    }
    const finishHere = (reason: string): IngestResult => {
      plan(1, 0, reason);
      pushTo(size);
      pipeline.setSha256(hash.digest("hex"));
      return pipeline.end();
    };
    if (setup === undefined || pos >= size) return finishHere("sample reaches the end");
    if (setup.encoding !== "utf-8" && setup.encoding !== "windows-1252") return finishHere("two-byte encoding");
    const width = setup.seed.headerWidth;
    const delimiter = setup.delimiter.charCodeAt(0);
    const check = settings.checkBoundaries ?? true;
    const boundary = (target: number): number => {
      const from = Math.max(0, target - 1);
      const window = read(from, Math.min(size, from + WINDOW));
      const at = findRecordStart(window, 1, width, delimiter, check);
      return at < 0 ? -1 : from + at;
    };
    // tentative boundaries: the main thread's share first, then equal ranges (or `rangeBytes`)
    const rest = size - pos;
    const targets: number[] = [];
    if (settings.rangeBytes !== undefined) {
      const step = Math.max(1, settings.rangeBytes);
      for (let t = pos; t < size; t += step) targets.push(t);
    } else {
      const mainEnd = pos + Math.floor((rest * MAIN_SHARE) / (count + 1));
      const each = (size - mainEnd) / count;
      for (let k = 0; k < count; k++) targets.push(Math.floor(mainEnd + k * each));
    }
    const bounds: number[] = [];
    for (const t of targets) {
      const b = boundary(Math.max(t, (bounds[bounds.length - 1] ?? pos - 1) + 1));
      if (b < 0 || b >= size) break;
      if (b > (bounds[bounds.length - 1] ?? -1)) bounds.push(b);
    }
    if (bounds.length === 0) return finishHere("no record start found");
    const ranges = bounds.map((start, k) => ({ start, end: bounds[k + 1] ?? size }));
    const rangeOptions: RangeOptions = {
      nullTokens: options.nullTokens,
      maxIssuesPerCode: options.maxIssuesPerCode,
      file: options.file,
    };
    const outcomes = ranges.map((range, id) =>
      runRange(workers[id % workers.length] as Pool, {
        id,
        path,
        start: range.start,
        end: range.end,
        last: id === ranges.length - 1,
        setup,
        options: rangeOptions,
      }),
    );
    // the main thread's own range, while the workers parse theirs
    pushTo(bounds[0] as number);
    const mainOk = pipeline.atRecordStart() && pipeline.width === setup.seed.columns.length;
    // the hash of the rest, while the workers parse
    for (let p = pos; p < size; p += readBytes) hash.update(read(p, Math.min(size, p + readBytes)));
    const results = await Promise.all(outcomes);
    // their memory is given back before the merge allocates the rest of the columns
    const used = workers.length;
    releaseWorkers(workers.splice(0));
    const failed = mainOk ? results.find((r) => !r.ok) : { ok: false as const, reason: "first range" };
    if (failed !== undefined) {
      plan(ranges.length + 1, used, failed.ok ? null : failed.reason);
      return single();
    }
    for (let k = 0; k < results.length; k++) {
      const range = ranges[k] as { start: number; end: number };
      pipeline.absorb((results[k] as { part: RangePart }).part, range.end - range.start);
    }
    options.onProgress?.(size, size);
    plan(ranges.length + 1, used, null);
    pipeline.setSha256(hash.digest("hex"));
    return pipeline.end();
  } finally {
    closeSync(fd);
    releaseWorkers(workers);
  }
}

/** A worker thread with the ranges sent to it and not answered yet. */
interface Pool {
  worker: Worker;
  pending: Map<number, (outcome: RangeOutcome) => void>;
  broken: boolean;
}

/**
 * Idle worker threads, kept for the next file only under the TypeScript sources (the tests),
 * where each start compiles the worker: unreferenced, they never keep the process alive. From
 * the built package a worker starts in a few milliseconds and is ended after each file, so that
 * its memory is given back at once.
 */
const idle: Pool[] = [];
const KEEP_IDLE = import.meta.url.endsWith(".ts");

/** Takes `count` worker threads, idle ones first. */
function takeWorkers(count: number): Pool[] {
  const taken = idle.splice(0, count);
  while (taken.length < count) taken.push(startWorker());
  for (const pool of taken) pool.worker.ref();
  return taken;
}

/** Gives worker threads back; a broken one (it had ranges left unanswered) is ended. */
function releaseWorkers(pools: Pool[]): void {
  for (const pool of pools) {
    if (!KEEP_IDLE || pool.broken || pool.pending.size > 0) void pool.worker.terminate();
    else {
      pool.worker.unref();
      idle.push(pool);
    }
  }
}

/**
 * The Node options given to a worker: the parent's (the default), except under `--input-type`,
 * which a worker refuses: under `node --input-type=module -e …`, as notebooks and scripts run
 * code, every worker failed to start and the file was read twice. Then none (the worker's file
 * needs no loader; the TypeScript sources register theirs).
 */
function workerExecArgv(): string[] | undefined {
  return process.execArgv.some((a) => a.startsWith("--input-type")) ? [] : undefined;
}

/** Starts one worker thread (under the TypeScript sources, through tsx). */
function startWorker(): Pool {
  let worker: Worker;
  const execArgv = workerExecArgv();
  if (import.meta.url.endsWith(".ts")) {
    // the tests run the TypeScript sources: the worker registers tsx's loader, then loads its file
    const url = new URL("./csv-range-worker.ts", import.meta.url).href;
    const tsx = pathToFileURL(
      createRequire(import.meta.url)
        .resolve("tsx/esm/api")
        .replace(/\.cjs$/, ".mjs"),
    ).href;
    const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(url)}); });`;
    worker = new Worker(code, { eval: true, ...(execArgv ? { execArgv } : {}) });
  } else worker = new Worker(new URL("./csv-range-worker.js", import.meta.url), execArgv ? { execArgv } : {});
  const pending = new Map<number, (outcome: RangeOutcome) => void>();
  const pool: Pool = { worker, pending, broken: false };
  const failAll = (reason: string): void => {
    pool.broken = true;
    for (const resolve of pending.values()) resolve({ ok: false, reason });
    pending.clear();
  };
  worker.on("message", (message: { id: number; outcome: RangeOutcome }) => {
    const resolve = pending.get(message.id);
    pending.delete(message.id);
    resolve?.(message.outcome);
  });
  worker.on("error", (error: Error) => failAll(error.message));
  worker.on("exit", () => {
    failAll("worker exited");
    const at = idle.indexOf(pool);
    if (at >= 0) idle.splice(at, 1);
  });
  return pool;
}

/** Sends one range to a worker and waits for its outcome (a worker that fails gives `ok: false`). */
function runRange(pool: Pool, task: Record<string, unknown> & { id: number }): Promise<RangeOutcome> {
  return new Promise((resolve) => {
    pool.pending.set(task.id, resolve);
    pool.worker.postMessage(task);
  });
}
