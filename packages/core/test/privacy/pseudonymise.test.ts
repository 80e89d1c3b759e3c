import { generateKeyText, importKey, PrivacyError, pseudonymise } from "@solidata/core";
import { table } from "arquero";
import { describe, expect, it } from "vitest";

const HEX = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

describe("pseudonymise", () => {
  it("is HMAC-SHA256 of the trimmed NFC text, truncated", async () => {
    // python3 -c "import hmac,hashlib; k=bytes.fromhex('0001...1e1f'); print(hmac.new(k, 'A12'.encode(), hashlib.sha256).hexdigest())"
    // A12 45911549d58b9023e0803f84280b4e347d51de3b4491b6dc75781bd577ff79e4
    // Zoé Dupont ecf9cff67736757344745a46626f0427a994f132819f99fee026e8d9ebda7e44
    const key = await importKey(HEX);
    const t = table({ person_id: ["A12", " A12 ", "Zoe\u0301 Dupont"], n: [1, 2, 3] });
    const out = await pseudonymise(t, ["person_id"], key);
    expect(out.objects()).toEqual([
      { person_id: "45911549d58b9023e0803f84280b4e34", n: 1 },
      { person_id: "45911549d58b9023e0803f84280b4e34", n: 2 },
      { person_id: "ecf9cff67736757344745a46626f0427", n: 3 },
    ]);
    const full = await pseudonymise(t, ["person_id"], key, { length: 64, prefix: "P-" });
    expect(full.get("person_id", 0)).toBe("P-45911549d58b9023e0803f84280b4e347d51de3b4491b6dc75781bd577ff79e4");
  });

  it("gives an empty pseudonym for an empty identifier, never HMAC of the empty string", async () => {
    const key = await importKey(HEX);
    const out = await pseudonymise(table({ id: [null, "", "   ", undefined, "x"] }), ["id"], key);
    expect(Array.from(out.array("id") as ArrayLike<unknown>).slice(0, 4)).toEqual([null, null, null, null]);
    // python: hmac.new(k, b'', hashlib.sha256).hexdigest()[:32] is never produced
    expect(out.get("id", 4)).toMatch(/^[0-9a-f]{32}$/);
  });

  it("keeps a person's pseudonym across two files under one key and changes it under another", async () => {
    const text = generateKeyText();
    const register = table({ person_id: ["B-001", "B-002", "B-003"], age: [34, 51, 19] });
    const visits = table({ visit_date: ["2025-01-04", "2025-02-11"], person_id: ["B-003", "B-001"] });
    const keyThisYear = await importKey(text);
    const keyAgain = await importKey(text);
    const a = await pseudonymise(register, ["person_id"], keyThisYear);
    const b = await pseudonymise(visits, ["person_id"], keyAgain);
    expect(b.get("person_id", 0)).toBe(a.get("person_id", 2));
    expect(b.get("person_id", 1)).toBe(a.get("person_id", 0));
    const other = await pseudonymise(register, ["person_id"], await importKey(generateKeyText()));
    for (let i = 0; i < 3; i += 1) expect(other.get("person_id", i)).not.toBe(a.get("person_id", i));
    // the identifiers themselves are gone
    expect(JSON.stringify(a.objects())).not.toMatch(/B-00/);
  });

  it("rejects a missing column and a bad length", async () => {
    const key = await importKey(HEX);
    await expect(pseudonymise(table({ a: ["x"] }), ["b"], key)).rejects.toThrow(PrivacyError);
    await expect(pseudonymise(table({ a: ["x"] }), ["a"], key, { length: 4 })).rejects.toMatchObject({
      code: "privacy.pseudonym_too_short",
    });
    // 31 hexadecimal characters (124 bits) is still too short: 128 bits at least
    await expect(pseudonymise(table({ a: ["x"] }), ["a"], key, { length: 31 })).rejects.toMatchObject({
      code: "privacy.pseudonym_too_short",
    });
  });

  it("refuses a collision forced by truncation instead of merging two people", async () => {
    const key = await importKey(HEX);
    // 16-bit truncation: among 2000 distinct identifiers a collision is certain (birthday bound ~300)
    const ids = Array.from({ length: 2000 }, (_, i) => `ID-${i}`);
    await expect(
      pseudonymise(table({ id: ids }), ["id"], key, { truncate: (p) => p.slice(0, 4) }),
    ).rejects.toMatchObject({ code: "privacy.pseudonym_collision" });
    // the same identifier repeated is not a collision
    const same = await pseudonymise(table({ id: ["A12", "A12"] }), ["id"], key, { truncate: (p) => p.slice(0, 4) });
    expect(same.get("id", 0)).toBe("4591");
  });

  it("refuses to run without a key", async () => {
    // a caller passing no key gets the missing-key error, never an unkeyed hash
    await expect(pseudonymise(table({ a: ["x"] }), ["a"], undefined as never)).rejects.toMatchObject({
      code: "privacy.missing_key",
    });
  });
});
