import { describe, expect, it } from "vitest";
import type { Io } from "../../src/io.js";
import { createProgress } from "../../src/progress.js";

function fakeIo(isTTY: boolean): Io & { err: string[] } {
  const err: string[] = [];
  return { stdout: () => {}, stderr: (t) => err.push(t), isTTY, env: {}, cwd: "/", err };
}

describe("createProgress", () => {
  it("draws a bar with counts in place on a terminal, then clears it", () => {
    const io = fakeIo(true);
    const progress = createProgress(io);
    progress.step("cleaning benevoles.csv", 3, 7);
    progress.step("reading b", 7, 7);
    progress.step("writing");
    progress.end();
    expect(io.err).toEqual([
      "\r[####......] 3/7 cleaning benevoles.csv",
      // each line is padded to the length of the one it overwrites (39, then 26 characters)
      `\r${"[##########] 7/7 reading b".padEnd(39)}`,
      `\r${"writing".padEnd(26)}`,
      `\r${" ".repeat(7)}\r`,
    ]);
  });
  it("is silent when stderr is not a terminal", () => {
    const io = fakeIo(false);
    const progress = createProgress(io);
    progress.step("reading", 1, 2);
    progress.end();
    expect(io.err).toEqual([]);
  });
  it("is silent with --quiet", () => {
    const io = fakeIo(true);
    const progress = createProgress(io, { quiet: true });
    progress.step("reading", 1, 2);
    progress.end();
    expect(io.err).toEqual([]);
  });
});
