import { importKey, pseudonymise, recordKeys } from "@solidata/core";
import { table } from "arquero";
import { afterEach, describe, expect, it } from "vitest";
import { cryptoKeyOf, macOf } from "../../src/privacy/pseudonym-key.js";

const HEX = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
const hexOf = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
const processWithModules = process as { getBuiltinModule?: unknown };
const getBuiltinModule = processWithModules.getBuiltinModule;

afterEach(() => {
  processWithModules.getBuiltinModule = getBuiltinModule;
});

describe("macOf", () => {
  it("is Node's synchronous HMAC-SHA-256 under Node, the bytes WebCrypto and Python give", async () => {
    // python3 -c "import hmac,hashlib; k=bytes(range(32)); print(hmac.new(k, 'A12'.encode(), hashlib.sha256).hexdigest())"
    // A12 45911549d58b9023e0803f84280b4e347d51de3b4491b6dc75781bd577ff79e4
    const key = cryptoKeyOf(await importKey(HEX));
    const mac = macOf(key);
    const bytes = mac(new TextEncoder().encode("A12"));
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(hexOf(bytes as Uint8Array)).toBe("45911549d58b9023e0803f84280b4e347d51de3b4491b6dc75781bd577ff79e4");
    const texts = ["", "Zoé Dupont", "b00092", "\u{1F600} emoji", "x".repeat(500)];
    for (const text of texts) {
      const data = new TextEncoder().encode(text);
      const web = new Uint8Array(await crypto.subtle.sign("HMAC", key, data));
      expect(hexOf(mac(data) as Uint8Array)).toBe(hexOf(web));
    }
  });

  it("falls back to WebCrypto where the runtime has no Node modules, with the same pseudonyms and record keys", async () => {
    const key = await importKey(HEX);
    const ids = Array.from({ length: 300 }, (_, i) => `P${i}`).concat(["A12", " A12 ", "Zoe\u0301 Dupont", ""]);
    const t = table({ person_id: ids });
    const fast = await pseudonymise(t, ["person_id"], key);
    const fastKeys = await recordKeys(ids, key);
    processWithModules.getBuiltinModule = undefined;
    const mac = macOf(cryptoKeyOf(key));
    expect(mac(new Uint8Array(1))).toBeInstanceOf(Promise);
    const web = await pseudonymise(t, ["person_id"], key);
    const webKeys = await recordKeys(ids, key);
    expect(web.array("person_id")).toEqual(fast.array("person_id"));
    expect(web.get("person_id", 300)).toBe("45911549d58b9023e0803f84280b4e34");
    expect([...webKeys]).toEqual([...fastKeys]);
    expect(webKeys.size).toBe(302);
  });
});
