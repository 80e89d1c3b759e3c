import { mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { recordKeys } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { CliError } from "../../src/cli-error.js";
import { localReleaseKey } from "../../src/report/local-release-key.js";

describe("localReleaseKey", () => {
  it("creates the key on first use in SOLIDATA_HOME (file 0600, folder 0700, 32 bytes) and reuses it afterwards", async () => {
    const home = join(await mkdtemp(join(tmpdir(), "solidata-lrk-")), "nested", "solidata");
    const first = await localReleaseKey({ SOLIDATA_HOME: home }, "en");
    expect(first.created).toBe(true);
    expect(first.path).toBe(join(home, "release.key"));
    expect((await stat(first.path)).mode & 0o777).toBe(0o600);
    expect((await stat(home)).mode & 0o777).toBe(0o700);
    const text = await readFile(first.path, "utf8");
    // 32 random bytes as 64 hexadecimal digits, after a comment line
    expect(text.split("\n").filter((l) => /^[0-9a-f]{64}$/.test(l))).toHaveLength(1);
    const again = await localReleaseKey({ SOLIDATA_HOME: home }, "en");
    expect(again.created).toBe(false);
    // the same key: the same record keys for the same people
    const ids = Array.from({ length: 50 }, (_, i) => `B${i}`);
    const [a, b] = await Promise.all([recordKeys(ids, first.key), recordKeys(ids, again.key)]);
    expect([...b]).toEqual([...a]);
    expect(new Set(a.values()).size).toBeGreaterThan(20);
    expect((await readFile(first.path, "utf8")) === text).toBe(true);
  });

  it("falls back to XDG_CONFIG_HOME/solidata, then HOME/.config/solidata", async () => {
    const xdg = await mkdtemp(join(tmpdir(), "solidata-xdg-"));
    expect((await localReleaseKey({ XDG_CONFIG_HOME: xdg }, "en")).path).toBe(join(xdg, "solidata", "release.key"));
    const home = await mkdtemp(join(tmpdir(), "solidata-home-"));
    expect((await localReleaseKey({ HOME: home }, "en")).path).toBe(join(home, ".config", "solidata", "release.key"));
  });

  it("a home that cannot hold the key is exit 5 with what to do (--key FILE or --exact), in French too", async () => {
    const dir = await mkdtemp(join(tmpdir(), "solidata-ro-"));
    // a file where the folder should be: ENOTDIR even for root, like a read-only or missing home
    await writeFile(join(dir, "file"), "x");
    const home = join(dir, "file", "solidata");
    const error = await localReleaseKey({ SOLIDATA_HOME: home }, "en").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(5);
    expect((error as CliError).message).toContain(home);
    expect((error as CliError).message).toContain("--key FILE");
    expect((error as CliError).message).toContain("--exact");
    const fr = (await localReleaseKey({ SOLIDATA_HOME: home }, "fr").catch((e: unknown) => e)) as CliError;
    expect(fr.message).toContain("--exact");
    expect(fr.message).toContain("clé de publication");
  });
});

describe("solidata report without a key", () => {
  it("stops with exit 5 and says what to do when the home cannot hold the release key; --exact still works", async () => {
    const { runCli } = await import("../../src/program.js");
    const { fakeIo } = await import("./fake-io.js");
    const dir = await mkdtemp(join(tmpdir(), "solidata-ro-cli-"));
    await writeFile(join(dir, "file"), "x");
    await writeFile(join(dir, "visits.csv"), "ID,Visit date,Service\nB1,02/02/2025,Food parcel\n");
    const io = fakeIo(dir);
    io.env = { ...io.env, SOLIDATA_HOME: join(dir, "file", "solidata") };
    expect(await runCli(["report", "visits.csv", "--out", "out", "--format", "json"], io)).toBe(5);
    const said = io.err.join("");
    expect(said).toContain("--key FILE");
    expect(said).toContain("--exact");
    expect(said).not.toContain("    at ");
    const exact = fakeIo(dir);
    exact.env = io.env;
    expect(await runCli(["report", "visits.csv", "--out", "out", "--format", "json", "--exact"], exact)).not.toBe(5);
  });
});
