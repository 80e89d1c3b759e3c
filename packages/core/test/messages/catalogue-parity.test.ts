import { catalogue } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("the core catalogue", () => {
  it("has every code in French and in English, with the same parameters", () => {
    expect(Object.keys(catalogue.fr).sort()).toEqual(Object.keys(catalogue.en).sort());
    const params = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const code of Object.keys(catalogue.en)) {
      // French may name a parameter's French form (value_fr) where English names value_en
      const en = params(catalogue.en[code] ?? "").map((p) => p?.replace(/_en$/, ""));
      const fr = params(catalogue.fr[code] ?? "").map((p) => p?.replace(/_fr$/, ""));
      expect(new Set(fr), code).toEqual(new Set(en));
    }
  });
});
