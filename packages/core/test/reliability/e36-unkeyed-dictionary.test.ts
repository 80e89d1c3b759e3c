// Catalogue entry 36: dictionary test against unkeyed hashing. For 10 000 generated phones and
// e-mails, SHA-256, SHA-1 and MD5 (bare and with common salts) never equal an output pseudonym.
// I1: rows kept; I2: the key is in no output.
import { importKey, pseudonymiseExport } from "@solidata/core";
import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { holdsKey, KEY_HEX, unkeyedDigests } from "./keys.js";

describe("36. unkeyed dictionary attack", () => {
  it("finds no pseudonym among the plain hashes of 10 000 phones and e-mails", { timeout: 120_000 }, async () => {
    const phones = Array.from({ length: 5000 }, (_, i) => `06${String(12_000_000 + i * 37).padStart(8, "0")}`);
    const emails = Array.from({ length: 5000 }, (_, i) => `prenom.nom${i}@exemple.fr`);
    const t = table({ person_id: [...phones, ...emails] });
    const out = await pseudonymiseExport(t, await importKey(KEY_HEX));
    const pseudonyms = Array.from(out.table.array("person_id") as ArrayLike<string>);
    expect(pseudonyms.length).toBe(10_000); // I1
    const published = new Set(pseudonyms);
    let tried = 0;
    const found: string[] = [];
    for (const value of [...phones, ...emails]) {
      for (const digest of unkeyedDigests(value)) {
        tried += 1;
        // the whole digest, and its prefix as long as a pseudonym
        if (published.has(digest) || published.has(digest.slice(0, 32))) found.push(value);
      }
    }
    expect(tried).toBe(10_000 * 30);
    expect(found).toEqual([]);
    expect(holdsKey(pseudonyms.join("\n"))).toBe(false); // I2
  });
});
