import { importKey, recordKeys } from "@solidata/core";
import { describe, expect, it } from "vitest";

const HEX = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
const OTHER = "1f1e1d1c1b1a191817161514131211100f0e0d0c0b0a09080706050403020100";

describe("recordKeys", () => {
  it("is the first byte of HMAC-SHA-256 of the label and the identifier", async () => {
    // python3 -c "import hmac,hashlib; k=bytes.fromhex('0001...1e1f');
    //   print(hmac.new(k, b'solidata:record-key\x00P001', hashlib.sha256).digest()[0])"  -> 40
    const keys = await recordKeys(["P001", " P001 ", null, ""], await importKey(HEX));
    expect([...keys.keys()]).toEqual(["P001"]);
    expect(keys.get("P001")).toBe(40);
  });
  it("is stable under one key, different under another, and roughly uniform", async () => {
    const ids = Array.from({ length: 4096 }, (_, i) => `B${String(i).padStart(5, "0")}`);
    const a = await recordKeys(ids, await importKey(HEX));
    const again = await recordKeys(ids, await importKey(HEX));
    const b = await recordKeys(ids, await importKey(OTHER));
    expect([...a.values()]).toEqual([...again.values()]);
    const same = ids.filter((id) => a.get(id) === b.get(id)).length;
    expect(same).toBeLessThan(60); // 4096 / 256 = 16 expected by chance
    // chi-square over 16 bins of 16 keys: 15 degrees of freedom, 99.9 % quantile 37.7
    const bins = new Array(16).fill(0);
    for (const v of a.values()) bins[Math.floor(v / 16)] += 1;
    const chi = bins.reduce((s, o) => s + (o - 256) ** 2 / 256, 0);
    expect(chi).toBeLessThan(37.7);
  });
});
