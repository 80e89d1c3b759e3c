// Catalogue entry 58 (RELIABILITY.md, H. Scale and failure): an interrupted run (SIGINT/SIGTERM
// halfway, disk full on the output volume, read-only output folder) leaves no partial file that
// looks complete; the next run detects the incomplete previous output; the error names the path
// and the cause. I1 is checked on the run that completes (rows in = clean + quarantined + merged,
// against the manifest's row counts); I2 (no key) and I3 (no small cell) concern the report
// files, which are never left half-written here.
import { spawn } from "node:child_process";
import { copyFile, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ExitCode } from "../../src/exit-codes.js";
import type { Io } from "../../src/io.js";
import { MANIFEST, TEMP_SUFFIX } from "../../src/output/open-output-folder.js";
import { runCli } from "../../src/program.js";
import { failingWriter } from "./failing-writer.js";

const SAMPLE = fileURLToPath(new URL("../../../../datasets/samples/en/volunteers.csv", import.meta.url));
const BIN = fileURLToPath(new URL("../../bin/solidata.js", import.meta.url));

let dir = "";
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "solidata-h58-"));
  await copyFile(SAMPLE, join(dir, "volunteers.csv"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function io(extra: Partial<Io> = {}): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    isTTY: false,
    env: { LANG: "en_GB.UTF-8", SOLIDATA_HOME: process.env.SOLIDATA_HOME },
    cwd: dir,
    ...extra,
  };
}

/** Every file in a folder, recursively, with `/`. */
async function files(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(folder.length + 1))
      .sort();
  } catch {
    return [];
  }
}

/** The data rows of the sample, counted from the file itself (independent of the reader). */
async function sampleRows(): Promise<number> {
  return (await readFile(SAMPLE, "utf8")).trimEnd().split(/\r?\n/).length - 1;
}

describe("58. interrupted run, full disk, unwritable folder", () => {
  it("a complete run ends with manifest.json whose row counts reconcile (I1) and whose hashes match", async () => {
    const fake = io();
    expect(await runCli(["clean", "volunteers.csv", "--out", "out"], fake)).toBe(ExitCode.ok);
    const manifest = JSON.parse(await readFile(join(dir, "out", MANIFEST), "utf8"));
    const rows = Object.fromEntries(manifest.files.map((f: { name: string; rows?: number }) => [f.name, f.rows]));
    // I1: the generator wrote the sample, its line count is the truth
    expect(rows["clean.csv"] + rows["quarantine.csv"] + rows["duplicates.csv"]).toBe(await sampleRows());
    expect((await files(join(dir, "out"))).filter((f) => f.endsWith(TEMP_SUFFIX))).toEqual([]);
  });

  it("a full disk exits 7 naming the file, leaves no temporary file and keeps the previous output whole", async () => {
    expect(await runCli(["clean", "volunteers.csv", "--out", "out"], io())).toBe(ExitCode.ok);
    const before = await readFile(join(dir, "out", "clean.csv"), "utf8");
    const listed = await files(join(dir, "out"));
    const fake = io({ writer: failingWriter(50_000) });
    expect(await runCli(["clean", "volunteers.csv", "--out", "out"], fake)).toBe(ExitCode.cantWrite);
    const message = fake.err.join("");
    expect(message).toContain(join(dir, "out", "clean.csv"));
    expect(message).toMatch(/ENOSPC/);
    expect(message).not.toMatch(/\n\s+at /); // no stack trace
    expect(await files(join(dir, "out"))).toEqual(listed);
    expect(await readFile(join(dir, "out", "clean.csv"), "utf8")).toBe(before);
    // and the next run finds the folder whole (nothing to say)
    const next = io();
    expect(await runCli(["clean", "volunteers.csv", "--out", "out"], next)).toBe(ExitCode.ok);
    expect(next.err.join("")).not.toMatch(/manifest|interrupted/);
  });

  it("a full disk during the report leaves no report.html at all (not an empty one)", async () => {
    const fake = io({ writer: failingWriter(1000) });
    expect(await runCli(["report", "volunteers.csv", "--out", "rep", "--quiet"], fake)).toBe(ExitCode.cantWrite);
    expect(fake.err.join("")).toContain(join(dir, "rep", "report.html"));
    expect(await files(join(dir, "rep"))).toEqual([]);
  });

  it("a read-only output folder exits 7 naming the path (EROFS injected; root ignores chmod) and writes nothing", async () => {
    const fake = io({ writer: failingWriter(0, "EROFS") });
    expect(await runCli(["clean", "volunteers.csv", "--out", "ro"], fake)).toBe(ExitCode.cantWrite);
    expect(fake.err.join("")).toMatch(/ro[/\\]clean\.csv \(EROFS, read-only file system\)/);
    expect(await files(join(dir, "ro"))).toEqual([]);
    // a real unwritable place: a folder under a file
    await writeFile(join(dir, "plain"), "");
    const real = io();
    expect(await runCli(["clean", "volunteers.csv", "--out", "plain/out"], real)).toBe(ExitCode.cantWrite);
    expect(real.err.join("")).toContain(join(dir, "plain", "out"));
    expect(real.err.join("")).toMatch(/ENOTDIR/);
  });

  it("a folder left incomplete by an earlier run is detected and said, in French too", async () => {
    expect(await runCli(["clean", "volunteers.csv", "--out", "out"], io())).toBe(ExitCode.ok);
    // a killed run (SIGKILL) leaves a temporary file; one cut at a whole line leaves a mismatching file
    await writeFile(join(dir, "out", `.clean.csv.99.x${TEMP_SUFFIX}`), "person_id\nA01\n");
    const first = io();
    expect(await runCli(["clean", "volunteers.csv", "--out", "out"], first)).toBe(ExitCode.ok);
    expect(first.err.join("")).toMatch(/temporary files of an interrupted run/);
    const text = await readFile(join(dir, "out", "clean.csv"), "utf8");
    await writeFile(join(dir, "out", "clean.csv"), text.slice(0, text.indexOf("\n", 1000) + 1));
    const second = io({ env: { LANG: "fr_FR.UTF-8", SOLIDATA_HOME: process.env.SOLIDATA_HOME } });
    expect(await runCli(["clean", "volunteers.csv", "--out", "out", "--lang", "fr"], second)).toBe(ExitCode.ok);
    expect(second.err.join("")).toMatch(/clean\.csv ne correspondent pas à manifest\.json/);
    await rm(join(dir, "out", MANIFEST));
    const third = io();
    expect(await runCli(["clean", "volunteers.csv", "--out", "out"], third)).toBe(ExitCode.ok);
    expect(third.err.join("")).toMatch(/without a manifest\.json/);
  });

  it("Ctrl-C (SIGINT) and SIGTERM halfway remove the temporary files: nothing partial is left", async () => {
    // a file large enough that writing clean.csv takes a while: the sample twenty times over
    const text = await readFile(SAMPLE, "utf8");
    const [header, ...body] = text.trimEnd().split("\n");
    const big = [header, ...Array.from({ length: 20 }, () => body).flat()].join("\n");
    await writeFile(join(dir, "big.csv"), `${big}\n`);
    for (const signal of ["SIGINT", "SIGTERM"] as const) {
      const out = join(dir, `out-${signal}`);
      const child = spawn(process.execPath, [BIN, "clean", "big.csv", "--out", out], {
        cwd: dir,
        env: { ...process.env, LANG: "C.UTF-8" },
        stdio: ["ignore", "ignore", "pipe"],
      });
      let stderr = "";
      child.stderr.on("data", (d) => {
        stderr += d;
      });
      const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
      let sent = false;
      let ended = false;
      void exited.then(() => {
        ended = true;
      });
      while (!ended && !sent) {
        const found = (await files(out)).filter((f) => f.endsWith(TEMP_SUFFIX));
        if (found.length > 0) {
          child.kill(signal);
          sent = true;
        } else await new Promise((r) => setTimeout(r, 5));
      }
      const code = await exited;
      expect(sent, "the run ended before a temporary file was seen").toBe(true);
      expect(code).toBe(signal === "SIGINT" ? 130 : 143);
      expect(await files(out)).toEqual([]);
      expect(stderr).not.toMatch(/\n\s+at /);
      await stat(out); // the folder itself may stay: it holds nothing that looks complete
    }
  });
});
