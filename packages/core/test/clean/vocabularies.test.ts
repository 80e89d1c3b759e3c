import { builtinVocabularies, labelKey, vocabularyFor } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("built-in vocabularies", () => {
  it("cover every category field of the schemas that has a common wording", () => {
    expect(vocabularyFor("volunteers", "activity")?.entries.length).toBeGreaterThan(8);
    expect(vocabularyFor("visits", "service")).toBeDefined();
    expect(vocabularyFor("beneficiaries", "situation")).toBeDefined();
    expect(vocabularyFor("groups", "status")?.entries.map((e) => [e.label.fr, e.meaning])).toEqual([
      ["Actif", "active"],
      ["En sommeil", "inactive"],
      ["Fermé", "inactive"],
      ["En création", "active"],
    ]);
    expect(vocabularyFor("groups", "outcome")?.entries[0]?.id).toBe("none");
    expect(vocabularyFor("outcomes", "outcome")?.entries[0]?.id).toBe("employment");
    expect(vocabularyFor("outcomes", "arm")).toBeDefined();
    expect(vocabularyFor("volunteers", "gender")).toBeDefined();
    expect(vocabularyFor("volunteers", "site")).toBeUndefined();
  });
  it("give each spelling one meaning: no key in two entries of a vocabulary", () => {
    for (const vocabulary of builtinVocabularies) {
      const owner = new Map<string, string>();
      for (const entry of vocabulary.entries) {
        for (const term of [entry.label.fr, entry.label.en, ...entry.variants.fr, ...entry.variants.en]) {
          const key = labelKey(term);
          const known = owner.get(key);
          expect(
            known === undefined || known === entry.id,
            `${vocabulary.field}: "${term}" in ${known} and ${entry.id}`,
          ).toBe(true);
          owner.set(key, entry.id);
        }
      }
    }
  });
});
