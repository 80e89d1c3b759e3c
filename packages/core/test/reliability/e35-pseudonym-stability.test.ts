// Catalogue entry 35: pseudonym stability and key hygiene. Run twice with key K, once with K':
// identical pseudonyms under K, disjoint under K', and no key bytes (hex or base64) in any output or
// error text (I2). I1: the table keeps its rows; I3 does not apply (no aggregate is published).
import { generateKeyText, importKey, PrivacyError, pseudonymiseExport } from "@solidata/core";
import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { holdsKey, KEY_FORMS, KEY_HEX } from "./keys.js";

const people = table({
  person_id: Array.from({ length: 500 }, (_, i) => `B-${String(i).padStart(4, "0")}`),
  hours: Array.from({ length: 500 }, (_, i) => i % 7),
});

describe("35. pseudonym stability and key hygiene", () => {
  it("gives identical pseudonyms under K twice, disjoint ones under K', and no key in any output", async () => {
    const a = await pseudonymiseExport(people, await importKey(KEY_HEX));
    const b = await pseudonymiseExport(people, await importKey(KEY_HEX));
    const other = await pseudonymiseExport(people, await importKey(generateKeyText()));
    const ids = (t: typeof a) => Array.from(t.table.array("person_id") as ArrayLike<string>);
    expect(ids(a)).toEqual(ids(b));
    const underK = new Set(ids(a));
    expect(ids(other).filter((p) => underK.has(p))).toEqual([]);
    // I1: every row kept
    expect(a.table.numRows()).toBe(people.numRows());
    // I2: no key bytes in the output, in any of its forms
    expect(holdsKey(JSON.stringify(a.table.objects()))).toBe(false);
    expect(holdsKey(JSON.stringify(a))).toBe(false);
  });

  it("never quotes the key in an error", async () => {
    const short = KEY_HEX.slice(0, 40);
    const error = await importKey(short).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrivacyError);
    const text = `${(error as Error).message} ${JSON.stringify(error)} ${(error as Error).stack ?? ""}`;
    expect(holdsKey(text, [short, ...KEY_FORMS])).toBe(false);
  });
});
