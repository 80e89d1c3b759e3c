import { inspect } from "node:util";
import { formatMessage, importKey, PrivacyError, safeImportKey } from "@solidata/core";
import { describe, expect, it } from "vitest";

const HEX = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

async function errorOf(material: string | Uint8Array): Promise<PrivacyError> {
  try {
    await importKey(material);
  } catch (error) {
    if (error instanceof PrivacyError) return error;
    throw error;
  }
  throw new Error("importKey accepted the material");
}

describe("importKey", () => {
  it("accepts 64 hex characters, base64 of 32 bytes, raw bytes and a key file's text, all as the same key", async () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => i);
    const base64 = btoa(String.fromCharCode(...bytes));
    const ids = await Promise.all([
      importKey(HEX),
      importKey(HEX.toUpperCase()),
      importKey(base64),
      importKey(base64.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")),
      importKey(bytes),
      importKey(`# solidata key\n${HEX}\n`),
    ]).then((keys) => keys.map((k) => k.id));
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toMatch(/^[0-9a-f]{8}$/);
  });

  it.each([
    ["a passphrase", "correct horse battery staple"],
    ["a short hex key (128 bits)", HEX.slice(0, 32)],
    ["all zeros", "0".repeat(64)],
    ["a repeated pattern", "0123456789abcdef".repeat(4)],
    ["odd-length hex", `${HEX}a`],
  ])("refuses %s with privacy.weak_key, without echoing it", async (_, material) => {
    const error = await errorOf(material);
    expect(error.code).toBe("privacy.weak_key");
    for (const text of [error.message, error.messageIn("fr"), JSON.stringify(error), String(error.stack)]) {
      expect(text).not.toContain(material);
    }
  });

  it("refuses empty material with privacy.missing_key", async () => {
    expect((await errorOf("  \n")).code).toBe("privacy.missing_key");
    expect((await errorOf(new Uint8Array(0))).code).toBe("privacy.missing_key");
  });

  it("never shows the material when the key is printed, inspected or serialised", async () => {
    const key = await importKey(HEX);
    const shown = [
      String(key),
      `${key}`,
      JSON.stringify(key),
      JSON.stringify({ key }),
      inspect(key),
      inspect({ key }, { depth: 5 }),
    ];
    for (const text of shown) {
      expect(text).not.toContain(HEX);
      expect(text.toLowerCase()).not.toContain("0001020304");
    }
    expect(JSON.parse(JSON.stringify(key))).toEqual({ type: "PseudonymKey", id: key.id });
    expect(Object.keys(key)).toEqual(["id"]);
  });

  it("has French and English texts for its errors", () => {
    expect(formatMessage("privacy.weak_key", "fr")).toMatch(/trop faible/);
    expect(formatMessage("privacy.weak_key", "en")).toMatch(/too weak/);
  });
});

describe("safeImportKey", () => {
  it("returns the problem as data", async () => {
    expect(await safeImportKey("password")).toEqual({
      ok: false,
      issues: [{ code: "privacy.weak_key", severity: "error", params: {} }],
    });
    const good = await safeImportKey(HEX);
    expect(good.ok).toBe(true);
  });
});
