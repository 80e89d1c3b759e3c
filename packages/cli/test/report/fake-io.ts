import type { Io } from "../../src/io.js";

/** An Io that records what the CLI writes. */
export interface FakeIo extends Io {
  out: string[];
  err: string[];
}

/** A fake terminal in a folder; `isTTY` false unless asked, English unless `lang` says otherwise. */
export function fakeIo(cwd: string, options: { isTTY?: boolean; lang?: "fr" | "en" } = {}): FakeIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    isTTY: options.isTTY ?? false,
    // SOLIDATA_HOME: the temporary folder of the test setup, so a release key is never written in the real home
    env: { LANG: options.lang === "fr" ? "fr_FR.UTF-8" : "C.UTF-8", SOLIDATA_HOME: process.env.SOLIDATA_HOME },
    cwd,
    out,
    err,
  };
}
