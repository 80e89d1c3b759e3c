// Catalogue entry 39: 500 beneficiaries with no e-mail get a null pseudonym, never HMAC(""), and none
// are merged on e-mail. I1: 500 rows in, 500 rows out; I2: no key in the output.
import { createHmac } from "node:crypto";
import { importKey, pseudonymise } from "@solidata/core";
import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { holdsKey, KEY_HEX } from "./keys.js";

describe("39. empty identifiers", () => {
  it("gives null to 500 empty e-mails and never the HMAC of the empty string", async () => {
    const blanks = ["", " ", "\t", null, undefined];
    const email = Array.from({ length: 500 }, (_, i) => blanks[i % blanks.length]);
    const id = Array.from({ length: 500 }, (_, i) => `B${i}`);
    const out = await pseudonymise(table({ id, email }), ["id", "email"], await importKey(KEY_HEX));
    expect(out.numRows()).toBe(500);
    expect(Array.from(out.array("email") as ArrayLike<unknown>).every((v) => v === null)).toBe(true);
    // independent truth: node's HMAC of "" under the same key
    const empty = createHmac("sha256", Buffer.from(KEY_HEX, "hex")).update("").digest("hex").slice(0, 32);
    expect(JSON.stringify(out.objects())).not.toContain(empty);
    expect(new Set(Array.from(out.array("id") as ArrayLike<string>)).size).toBe(500); // nobody merged
    expect(holdsKey(JSON.stringify(out.objects()))).toBe(false);
  });
});
