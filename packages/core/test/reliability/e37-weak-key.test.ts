// Catalogue entry 37: a missing, empty or weak key ("", "password", 8 bytes) is an error; there is no
// fallback to an unkeyed hash and no default key. I2: the rejected key is not quoted back.
import { importKey, PrivacyError, pseudonymiseExport } from "@solidata/core";
import { table } from "arquero";
import { describe, expect, it } from "vitest";

describe("37. missing, empty or weak key", () => {
  it.each([
    ["empty", "", "privacy.missing_key"],
    ["password", "password", "privacy.weak_key"],
    ["8 bytes", "0011223344556677", "privacy.weak_key"],
    ["31 bytes", "ab".repeat(31), "privacy.weak_key"],
    ["32 bytes of one value", "00".repeat(32), "privacy.weak_key"],
  ])("refuses a key that is %s", async (_name, text, code) => {
    const error = await importKey(text).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrivacyError);
    expect((error as PrivacyError).code).toBe(code);
    if (text.length >= 8) expect((error as Error).message).not.toContain(text);
  });

  it("does not pseudonymise without a key (no unkeyed fallback)", async () => {
    await expect(pseudonymiseExport(table({ person_id: ["A1"] }), undefined as never)).rejects.toMatchObject({
      code: "privacy.missing_key",
    });
  });
});
