import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importKey, PrivacyError } from "@solidata/core";
import { loadKey, writeKeyFile } from "@solidata/core/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "solidata-key-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("writeKeyFile and loadKey", () => {
  it("writes an owner-only key file that loadKey reads back", async () => {
    const path = join(dir, "a.key");
    expect(await writeKeyFile(path)).toBe(path);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    const text = await readFile(path, "utf8");
    const hex = text.split("\n").find((l) => /^[0-9a-f]{64}$/.test(l)) as string;
    expect(hex).toBeDefined();
    expect((await loadKey({ file: path })).id).toBe((await importKey(hex)).id);
  });

  it("refuses to replace an existing file", async () => {
    const path = join(dir, "b.key");
    await writeKeyFile(path);
    const before = await readFile(path, "utf8");
    await expect(writeKeyFile(path)).rejects.toMatchObject({ code: "privacy.key_exists" });
    expect(await readFile(path, "utf8")).toBe(before);
  });

  it("reads the key file SOLIDATA_KEY names, relative to cwd", async () => {
    const { mkdtemp, writeFile, rm } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const folder = await mkdtemp(join(tmpdir(), "solidata-key-env-"));
    const hex = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
    await writeFile(join(folder, "solidata.key"), `# key\n${hex}\n`);
    const fromFile = await loadKey({ env: { SOLIDATA_KEY: "solidata.key" }, cwd: folder });
    expect(fromFile.id).toBe((await loadKey({ env: { SOLIDATA_KEY: hex } })).id);
    await expect(loadKey({ env: { SOLIDATA_KEY: "absent.key" }, cwd: folder })).rejects.toMatchObject({
      code: "privacy.unreadable_key",
    });
    await rm(folder, { recursive: true, force: true });
  });

  it("reads SOLIDATA_KEY from the environment when no file is given", async () => {
    const hex = "f".repeat(2) + "0e1d2c3b4a5968778695a4b3c2d1e0ff".repeat(2).slice(2);
    const key = await loadKey({ env: { SOLIDATA_KEY: hex } });
    expect(key.id).toBe((await importKey(hex)).id);
  });

  it("stops with privacy.missing_key when there is no key at all", async () => {
    await expect(loadKey({ env: {} })).rejects.toMatchObject({ code: "privacy.missing_key" });
  });

  it("names the unreadable file without showing any content", async () => {
    const error = await loadKey({ file: join(dir, "none.key") }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrivacyError);
    expect((error as PrivacyError).code).toBe("privacy.unreadable_key");
    expect((error as PrivacyError).message).toMatch(/none\.key: ENOENT/);
  });

  it("rejects a weak key file without echoing its content", async () => {
    const path = join(dir, "weak.key");
    await writeFile(path, "motdepasse2024\n");
    const error = (await loadKey({ file: path }).catch((e: unknown) => e)) as PrivacyError;
    expect(error.code).toBe("privacy.weak_key");
    expect(`${error.message}${error.messageIn("fr")}`).not.toContain("motdepasse2024");
  });
});
