// Catalogue entry 40: the same value in two columns (email, email_referent) and in two projects.
// Policy (documented in pseudonymise's TSDoc and the README's reliability section): within one
// project and key, a value gets the same pseudonym in every column, so a referent can be linked to
// the person; two projects use two keys, and their outputs do not link. I1: rows kept; I2: no key.
import { createHmac } from "node:crypto";
import { generateKeyText, importKey, pseudonymise } from "@solidata/core";
import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { holdsKey, KEY_HEX } from "./keys.js";

describe("40. one value in two columns and two projects", () => {
  it("links across columns under one key, and not across projects with different keys", async () => {
    const t = table({ email: ["marie@ex.org", "paul@ex.org"], email_referent: ["paul@ex.org", "marie@ex.org"] });
    const a = await pseudonymise(t, ["email", "email_referent"], await importKey(KEY_HEX));
    expect(a.get("email", 0)).toBe(a.get("email_referent", 1));
    // truth: HMAC-SHA256 under the key, computed by node's crypto
    expect(a.get("email", 0)).toBe(
      createHmac("sha256", Buffer.from(KEY_HEX, "hex")).update("marie@ex.org").digest("hex").slice(0, 32),
    );
    const b = await pseudonymise(t, ["email", "email_referent"], await importKey(generateKeyText()));
    const first = new Set(Array.from(a.array("email") as ArrayLike<string>));
    expect(Array.from(b.array("email") as ArrayLike<string>).filter((p) => first.has(p))).toEqual([]);
    expect(a.numRows()).toBe(2);
    expect(holdsKey(JSON.stringify(a.objects()))).toBe(false);
  });
});
