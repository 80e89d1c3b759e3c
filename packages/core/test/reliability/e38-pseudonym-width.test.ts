// Catalogue entry 38: pseudonym width and collisions. Distinct identifiers give distinct
// pseudonyms of at least 128 bits; shorter pseudonyms are refused; a forced collision (16-bit
// truncation injected) is an error, never a merge. I1: rows in = rows out. The million-identifier run
// of the catalogue is cut to 200 000 here (HMAC under WebCrypto takes tens of seconds per million on
// a shared machine); the bound still gives an expected 6e-29 collisions at 128 bits (n²/2^129).
import { importKey, pseudonymise, pseudonymiseExport } from "@solidata/core";
import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { KEY_HEX } from "./keys.js";

describe("38. pseudonym width and collisions", () => {
  it("gives 200 000 distinct identifiers 200 000 distinct 128-bit pseudonyms", async () => {
    const ids = Array.from({ length: 200_000 }, (_, i) => `M${i}`);
    const out = await pseudonymise(table({ id: ids }), ["id"], await importKey(KEY_HEX));
    const pseudonyms = Array.from(out.array("id") as ArrayLike<string>);
    expect(pseudonyms.length).toBe(ids.length);
    expect(new Set(pseudonyms).size).toBe(ids.length);
    for (const p of pseudonyms.slice(0, 100)) expect(p).toMatch(/^[0-9a-f]{32}$/);
  }, 120_000);

  it("refuses pseudonyms under 128 bits in both functions", async () => {
    const key = await importKey(KEY_HEX);
    for (const length of [8, 16, 24, 31]) {
      await expect(pseudonymise(table({ id: ["x"] }), ["id"], key, { length })).rejects.toMatchObject({
        code: "privacy.pseudonym_too_short",
      });
      await expect(pseudonymiseExport(table({ person_id: ["x"] }), key, { length })).rejects.toMatchObject({
        code: "privacy.pseudonym_too_short",
      });
    }
  });

  it("turns a collision forced by 16-bit truncation into an error, in both functions", async () => {
    const key = await importKey(KEY_HEX);
    const ids = Array.from({ length: 3000 }, (_, i) => `P${i}`);
    const truncate = (p: string): string => p.slice(0, 4);
    await expect(pseudonymise(table({ id: ids }), ["id"], key, { truncate })).rejects.toMatchObject({
      code: "privacy.pseudonym_collision",
    });
    await expect(pseudonymiseExport(table({ person_id: ids }), key, { truncate })).rejects.toMatchObject({
      code: "privacy.pseudonym_collision",
    });
  });
});
