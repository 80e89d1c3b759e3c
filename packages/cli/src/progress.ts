import type { Lang } from "@solidata/core";
import type { Io } from "./io.js";
import { t } from "./messages.js";

/** What a long piece of work is counted in: bytes read, rows cleaned, pairs scored. */
export type ProgressUnit = "bytes" | "rows" | "pairs";

/** A progress display on stderr for the steps of a long command. */
export interface Progress {
  /** Starts (or moves to) a step: `label` is shown beside the bar; `done`/`total` counts when known. */
  step(label: string, done?: number, total?: number): void;
  /**
   * Shows the work inside a step, measured in `unit`: a bar, the counts, the rate and the time
   * left (`[####......] 1.2/3.0 MB · 4.1 MB/s · 1 s left · reading benevoles.csv`). Redrawn at most
   * ten times a second, and always when the work is done.
   */
  count(label: string, done: number, total: number, unit: ProgressUnit): void;
  /** Clears the line; call once when the work is over (or has failed). */
  end(): void;
}

const WIDTH = 10;
/** Least time between two redraws of a counted step, in milliseconds. */
const REDRAW_MS = 100;

/**
 * Creates a progress display for a command: a bar with counts on stderr
 * (`[#####.....] 3/7 cleaning benevoles.csv`), redrawn in place. It is silent when stderr is
 * not a terminal, when `quiet` is set, or when `--json` output is asked.
 *
 * Why: reading and cleaning a large file takes seconds; a user should see that work goes on,
 * while scripts and pipes get clean streams.
 *
 * @param io - where to write (only `io.stderr` and `io.isTTY` are used)
 * @param options - `quiet: true` disables it; `lang` words the units and the time left (default
 *   English); `now` is the clock in milliseconds (default `Date.now`, injected by tests)
 * @returns the display; its methods do nothing when silent
 * @example
 * const progress = createProgress(io, { quiet: false });
 * progress.step("cleaning benevoles.csv", 3, 7); // stderr: "\r[####......] 3/7 cleaning benevoles.csv"
 * progress.count("cleaning benevoles.csv", 150_000, 300_000, "rows");
 * // stderr: "\r[#####.....] 150,000/300,000 rows · 30,000 rows/s · 5 s left · cleaning benevoles.csv"
 * progress.end();
 */
export function createProgress(io: Io, options: { quiet?: boolean; lang?: Lang; now?: () => number } = {}): Progress {
  const active = io.isTTY && !options.quiet;
  const lang: Lang = options.lang ?? "en";
  const now = options.now ?? Date.now;
  let drawn = 0;
  let counting: { label: string; unit: ProgressUnit; start: number; first: number; last: number } | undefined;
  const draw = (line: string): void => {
    const padded = line.length < drawn ? line.padEnd(drawn) : line;
    drawn = line.length;
    io.stderr(`\r${padded}`);
  };
  return {
    step(label, done, total) {
      if (!active) return;
      counting = undefined;
      let line = label;
      if (total !== undefined && total > 0 && done !== undefined)
        line = `${bar(done, total)} ${done}/${total} ${label}`;
      draw(line);
    },
    count(label, done, total, unit) {
      if (!active) return;
      const time = now();
      if (counting === undefined || counting.label !== label || counting.unit !== unit) {
        counting = { label, unit, start: time, first: done, last: Number.NEGATIVE_INFINITY };
      } else if (time - counting.last < REDRAW_MS && done < total) return;
      counting.last = time;
      const parts = [`${bar(done, total)} ${amount(done, total, unit, lang)}`];
      const seconds = (time - counting.start) / 1000;
      const rate = seconds > 0 ? (done - counting.first) / seconds : 0;
      if (rate > 0) {
        parts.push(t(lang, "progress.rate", { amount: perSecond(rate, unit, lang) }));
        if (done < total) parts.push(t(lang, "progress.left", { time: duration((total - done) / rate, lang) }));
      }
      parts.push(label);
      draw(parts.join(" · "));
    },
    end() {
      if (!active || drawn === 0) return;
      io.stderr(`\r${" ".repeat(drawn)}\r`);
      drawn = 0;
    },
  };
}

/** `[####......]` for `done` of `total` (internal). */
function bar(done: number, total: number): string {
  const filled = total > 0 ? Math.max(0, Math.min(WIDTH, Math.round((done / total) * WIDTH))) : 0;
  return `[${"#".repeat(filled)}${".".repeat(WIDTH - filled)}]`;
}

/** A count in its unit: `1.2/3.0 MB`, `150,000/300,000 rows` (internal). */
function amount(done: number, total: number, unit: ProgressUnit, lang: Lang): string {
  const locale = lang === "fr" ? "fr-FR" : "en-GB";
  if (unit === "bytes") {
    const mb = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return `${mb.format(done / 1e6)}/${mb.format(total / 1e6)} ${t(lang, "progress.unit.mb")}`;
  }
  const n = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return `${n.format(done)}/${n.format(total)} ${t(lang, `progress.unit.${unit}`)}`;
}

/** A rate in its unit per second, without the `/s` (internal). */
function perSecond(rate: number, unit: ProgressUnit, lang: Lang): string {
  const locale = lang === "fr" ? "fr-FR" : "en-GB";
  if (unit === "bytes") {
    const mb = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    return `${mb.format(rate / 1e6)} ${t(lang, "progress.unit.mb")}`;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(rate)} ${t(lang, `progress.unit.${unit}`)}`;
}

/** Seconds as `5 s`, `1 min 05 s`, `2 h 03 min` (internal). */
function duration(seconds: number, lang: Lang): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return t(lang, "progress.seconds", { s: String(s) });
  if (s < 3600) {
    return t(lang, "progress.minutes", { m: String(Math.floor(s / 60)), s: String(s % 60).padStart(2, "0") });
  }
  const m = Math.floor(s / 60);
  return t(lang, "progress.hours", { h: String(Math.floor(m / 60)), m: String(m % 60).padStart(2, "0") });
}
