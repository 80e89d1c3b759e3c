import { styleText } from "node:util";
import type { OutputWriter } from "./output/open-output-folder.js";
import { userCwd } from "./user-cwd.js";

/** Where the CLI writes: data on stdout, messages and progress on stderr. Injected so tests can capture. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** whether stderr is an interactive terminal (progress bars only then) */
  isTTY: boolean;
  env: Record<string, string | undefined>;
  /** the folder the user stands in: relative paths they type are resolved from it (see `userCwd`) */
  cwd: string;
  /** writes output files (tests inject a failing one to simulate a full disk); default: the file system */
  writer?: OutputWriter;
}

/** The process's own streams. */
export function processIo(): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: userCwd(process.env, process.cwd()),
  };
}

/** Colours text for stderr when it is a terminal; `util.styleText` honours NO_COLOR and FORCE_COLOR. */
export function paint(io: Io, format: Parameters<typeof styleText>[0], text: string): string {
  if (!io.isTTY) return text;
  return styleText(format, text, { stream: process.stderr });
}
