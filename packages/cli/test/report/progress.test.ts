import { copyFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Io } from "../../src/io.js";
import { runCli } from "../../src/program.js";
import { createProgress } from "../../src/progress.js";
import { fakeIo as terminalIo } from "./fake-io.js";

const sample = fileURLToPath(new URL("../../../../datasets/samples/fr/benevoles.csv", import.meta.url));

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

  it("counts rows with the rate and the time left, from an injected clock", () => {
    const io = fakeIo(true);
    let clock = 0;
    const progress = createProgress(io, { now: () => clock });
    progress.count("cleaning b.csv", 0, 300_000, "rows");
    clock = 5000; // 150,000 rows in 5 s: 30,000 rows/s, 150,000 left: 5 s
    progress.count("cleaning b.csv", 150_000, 300_000, "rows");
    expect(io.err[0]).toBe("\r[..........] 0/300,000 rows · cleaning b.csv");
    expect(io.err[1]).toBe("\r[#####.....] 150,000/300,000 rows · 30,000 rows/s · 5 s left · cleaning b.csv");
  });
  it("redraws at most ten times a second, but always when the work is done", () => {
    const io = fakeIo(true);
    let clock = 0;
    const progress = createProgress(io, { now: () => clock });
    progress.count("reading", 0, 4_000_000, "bytes");
    clock = 50;
    progress.count("reading", 1_000_000, 4_000_000, "bytes"); // 50 ms after the last: skipped
    clock = 80;
    progress.count("reading", 4_000_000, 4_000_000, "bytes"); // done: drawn, no time left
    expect(io.err).toHaveLength(2);
    // 4.0 MB in 0.08 s = 50 MB/s
    expect(io.err[1]).toBe(`\r${"[##########] 4.0/4.0 MB · 50 MB/s · reading".padEnd(io.err[0]!.length - 1)}`);
  });
  it("words units, rates and minutes in French", () => {
    const io = fakeIo(true);
    let clock = 0;
    const progress = createProgress(io, { now: () => clock, lang: "fr" });
    progress.count("comparaison des paires", 0, 1_000_000, "pairs");
    clock = 10_000; // 10,000 pairs in 10 s: 1,000 pairs/s, 990,000 left: 990 s = 16 min 30 s
    progress.count("comparaison des paires", 10_000, 1_000_000, "pairs");
    const nb = "\u202f"; // French thousands separator of Intl (narrow no-break space)
    expect(io.err[1]).toBe(
      `\r[..........] 10${nb}000/1${nb}000${nb}000 paires · 1${nb}000 paires/s · encore 16 min 30 s · comparaison des paires`,
    );
  });
  it("counts nothing when stderr is not a terminal or with --quiet", () => {
    for (const io of [fakeIo(false), fakeIo(true)]) {
      const progress = createProgress(io, { quiet: io.isTTY });
      progress.count("reading", 1, 2, "bytes");
      progress.end();
      expect(io.err).toEqual([]);
    }
  });

  it("clean and inspect draw bytes read and rows cleaned on a terminal, and nothing with --quiet", async () => {
    const dir = await mkdtemp(join(tmpdir(), "solidata-progress-"));
    await copyFile(sample, join(dir, "benevoles.csv"));
    const tty = terminalIo(dir, { isTTY: true });
    expect(await runCli(["clean", "benevoles.csv", "--schema", "volunteers", "--out", "a"], tty)).toBe(0);
    const drawn = tty.err.filter((line) => line.startsWith("\r")).join("\n");
    expect(drawn).toMatch(/\] \d+\.\d\/\d+\.\d MB · .*reading benevoles\.csv/);
    // clean streams a CSV file: its second pass counts the bytes cleaned, up to the whole file
    expect(drawn).toMatch(/\[##########\] (\d+\.\d)\/\1 MB · .*cleaning benevoles\.csv/);
    const inspect = terminalIo(dir, { isTTY: true });
    expect(await runCli(["inspect", "benevoles.csv"], inspect)).toBe(0);
    expect(inspect.err.some((line) => /^\r\[##########\] .* MB · .*reading benevoles\.csv/.test(line))).toBe(true);
    for (const args of [
      ["clean", "benevoles.csv", "--schema", "volunteers", "--out", "b", "--quiet"],
      ["inspect", "benevoles.csv", "--quiet"],
    ]) {
      const quiet = terminalIo(dir, { isTTY: true });
      expect(await runCli(args, quiet)).toBe(0);
      expect(quiet.err.some((line) => line.includes("\r"))).toBe(false);
    }
  });
});
