import { isFreeTextColumn } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("isFreeTextColumn", () => {
  it("knows free-text headers in French and English, whatever the case and accents", () => {
    for (const name of ["Notes", "Commentaire", "Remarques du référent", "OBSERVATIONS", "Précisions", "comments"]) {
      expect(isFreeTextColumn(name), name).toBe(true);
    }
    for (const name of ["Situation", "Programme", "Nom de la commune", "Code postal", "Nationalité"]) {
      expect(isFreeTextColumn(name), name).toBe(false);
    }
  });

  it("tells sentences from categories by the values", () => {
    const sentences = [
      "appelée le 3, rappeler lundi",
      "ne vient plus depuis mars, voir avec Sami",
      "dossier CAF en cours de montage",
      "RAS",
    ];
    expect(isFreeTextColumn("Suivi", sentences)).toBe(true);
    // categories repeat and are short, even with four words
    const categories = Array.from(
      { length: 40 },
      (_, i) => ["Personne seule", "Couple avec enfants", "Famille monoparentale avec enfants"][i % 3],
    );
    expect(isFreeTextColumn("Situation", categories)).toBe(false);
    // too few values to say
    expect(isFreeTextColumn("Suivi", ["une phrase de quatre mots"])).toBe(false);
  });
});
