import { generateKeyText, importKey } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("generateKeyText", () => {
  it("draws 64 hex characters that importKey accepts, different every time", async () => {
    const a = generateKeyText();
    const b = generateKeyText();
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(a).not.toBe(b);
    expect((await importKey(a)).id).not.toBe((await importKey(b)).id);
  });
});
