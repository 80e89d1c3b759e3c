import type { Io } from "./io.js";

/** A progress display on stderr for the steps of a long command. */
export interface Progress {
  /** Starts (or moves to) a step: `label` is shown beside the bar; `done`/`total` counts when known. */
  step(label: string, done?: number, total?: number): void;
  /** Clears the line; call once when the work is over (or has failed). */
  end(): void;
}

const WIDTH = 10;

/**
 * Creates a progress display for a command: a bar with counts on stderr
 * (`[#####.....] 3/7 cleaning benevoles.csv`), redrawn in place. It is silent when stderr is
 * not a terminal, when `quiet` is set, or when `--json` output is asked.
 *
 * Why: reading and cleaning a large file takes seconds; a user should see that work goes on,
 * while scripts and pipes get clean streams.
 *
 * @param io - where to write (only `io.stderr` and `io.isTTY` are used)
 * @param options - `quiet: true` disables it
 * @returns the display; its methods do nothing when silent
 * @example
 * const progress = createProgress(io, { quiet: false });
 * progress.step("cleaning benevoles.csv", 3, 7); // stderr: "\r[####......] 3/7 cleaning benevoles.csv"
 * progress.end();
 */
export function createProgress(io: Io, options: { quiet?: boolean } = {}): Progress {
  const active = io.isTTY && !options.quiet;
  let drawn = 0;
  return {
    step(label, done, total) {
      if (!active) return;
      let line = label;
      if (total !== undefined && total > 0 && done !== undefined) {
        const filled = Math.max(0, Math.min(WIDTH, Math.round((done / total) * WIDTH)));
        line = `[${"#".repeat(filled)}${".".repeat(WIDTH - filled)}] ${done}/${total} ${label}`;
      }
      const padded = line.length < drawn ? line.padEnd(drawn) : line;
      drawn = line.length;
      io.stderr(`\r${padded}`);
    },
    end() {
      if (!active || drawn === 0) return;
      io.stderr(`\r${" ".repeat(drawn)}\r`);
      drawn = 0;
    },
  };
}
