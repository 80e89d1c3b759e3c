import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importKey } from "@solidata/core";
import { loadKey } from "@solidata/core/node";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ExitCode } from "../src/exit-codes.js";
import type { Io } from "../src/io.js";
import { runCli } from "../src/program.js";

let dir = "";
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "solidata-cli-key-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function fakeIo(env: Record<string, string | undefined> = {}): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY: false, env, cwd: dir };
}

async function keyHex(path: string): Promise<string> {
  const text = await readFile(path, "utf8");
  return text.split("\n").find((line) => /^[0-9a-f]{64}$/.test(line)) as string;
}

describe("solidata key new", () => {
  it("writes solidata.key in the current folder, owner-only, and prints the path but never the key", async () => {
    const io = fakeIo({ LANG: "en_GB.UTF-8" });
    expect(await runCli(["key", "new"], io)).toBe(ExitCode.ok);
    const path = join(dir, "solidata.key");
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(io.out.join("")).toBe(`${path}\n`);
    const hex = await keyHex(path);
    expect(hex).toMatch(/^[0-9a-f]{64}$/);
    const printed = io.out.join("") + io.err.join("");
    expect(printed).not.toContain(hex);
    expect(printed).toMatch(/Keep it safe/);
    expect(printed).toMatch(/backup/);
    // it says exactly how to use the key, with a command that works (see clean-key.test.ts)
    expect(printed).toContain(`solidata clean file.csv --key ${path}`);
    // the file is a usable key
    expect((await loadKey({ file: path })).id).toBe((await importKey(hex)).id);
  });

  it("explains in French with --lang fr, and writes where --out says", async () => {
    const io = fakeIo();
    expect(await runCli(["key", "new", "--out", "secret/../asso.key", "--lang", "fr"], io)).toBe(ExitCode.ok);
    expect(io.err.join("")).toMatch(/Gardez-la en lieu sûr/);
    expect(io.err.join("")).toMatch(/SOLIDATA_KEY/);
    expect((await stat(join(dir, "asso.key"))).mode & 0o777).toBe(0o600);
  });

  it("gives two different keys on two runs", async () => {
    await runCli(["key", "new", "--out", "a.key"], fakeIo());
    await runCli(["key", "new", "--out", "b.key"], fakeIo());
    expect(await keyHex(join(dir, "a.key"))).not.toBe(await keyHex(join(dir, "b.key")));
  });

  it("refuses to replace an existing file (exit 5) and leaves it untouched", async () => {
    const path = join(dir, "solidata.key");
    await writeFile(path, "precious\n");
    const io = fakeIo({ LANG: "fr_FR.UTF-8" });
    expect(await runCli(["key", "new"], io)).toBe(ExitCode.config);
    expect(io.err.join("")).toMatch(/existe déjà/);
    expect(io.err.join("")).not.toMatch(/at .*\.ts/);
    expect(await readFile(path, "utf8")).toBe("precious\n");
  });

  it("reports a folder it cannot write to (exit 7)", async () => {
    const io = fakeIo();
    expect(await runCli(["key", "new", "--out", "missing/dir/k.key"], io)).toBe(ExitCode.cantWrite);
    expect(io.err.join("")).toMatch(/k\.key: ENOENT/);
  });

  it("prints JSON with --json", async () => {
    const io = fakeIo();
    expect(await runCli(["key", "new", "--json"], io)).toBe(ExitCode.ok);
    expect(JSON.parse(io.out.join(""))).toEqual({ path: join(dir, "solidata.key") });
  });
});

describe("solidata key check", () => {
  it("prints the fingerprint of a key file, the same as for the key in SOLIDATA_KEY", async () => {
    await runCli(["key", "new", "--out", "k.key"], fakeIo());
    const hex = await keyHex(join(dir, "k.key"));
    const fromFile = fakeIo();
    expect(await runCli(["key", "check", "--key", "k.key"], fromFile)).toBe(ExitCode.ok);
    const fromEnv = fakeIo({ SOLIDATA_KEY: hex });
    expect(await runCli(["key", "check"], fromEnv)).toBe(ExitCode.ok);
    expect(fromFile.out.join("")).toMatch(/^[0-9a-f]{8}\n$/);
    expect(fromEnv.out.join("")).toBe(fromFile.out.join(""));
    expect(fromFile.out.join("") + fromFile.err.join("") + fromEnv.err.join("")).not.toContain(hex);
  });

  it("stops with exit 5 and a clear message when the key is missing or weak, never echoing it", async () => {
    const missing = fakeIo({ LANG: "fr_FR.UTF-8" });
    expect(await runCli(["key", "check"], missing)).toBe(ExitCode.config);
    expect(missing.err.join("")).toMatch(/aucune clé de pseudonymisation/);
    const weak = fakeIo({ SOLIDATA_KEY: "association2024" });
    expect(await runCli(["key", "check"], weak)).toBe(ExitCode.config);
    expect(weak.err.join("")).toMatch(/too weak/);
    expect(weak.err.join("") + weak.out.join("")).not.toContain("association2024");
    const absent = fakeIo();
    expect(await runCli(["key", "check", "--key", "nowhere.key"], absent)).toBe(ExitCode.config);
    expect(absent.err.join("")).toMatch(/nowhere\.key: ENOENT/);
  });
});
