import { isDirectIdentifierName } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("isDirectIdentifierName", () => {
  it.each([
    "Prénom",
    "NOM",
    "Nom de famille",
    "first_name",
    " given_name",
    "E-mail",
    "Courriel du contact",
    "Tél. portable",
    "Téléphone",
    "address_1",
    "Adresse postale",
    "soc_sec_id",
    "N° sécurité sociale",
    "Date de naissance",
    "dob",
    "Commentaires",
    "notes",
  ])("flags %s", (name) => {
    expect(isDirectIdentifierName(name)).toBe(true);
  });

  it.each(["Nom de la commune", "Code postal", "Âge", "Genre", "site", "hotel", "Situation", "Heures", "person_id"])(
    "keeps %s",
    (name) => {
      expect(isDirectIdentifierName(name)).toBe(false);
    },
  );
});
