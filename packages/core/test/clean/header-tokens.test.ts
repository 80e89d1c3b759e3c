import { headerTokens } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("headerTokens", () => {
  it("spells out French and English abbreviations and drops stop words", () => {
    expect(headerTokens("N° de bénévole")).toEqual(["numero", "benevole"]);
    expect(headerTokens("Dte naissance")).toEqual(["date", "naissance"]);
    expect(headerTokens("Nb d'heures")).toEqual(["nombre", "heure"]);
    expect(headerTokens("Tél.")).toEqual(["telephone"]);
    expect(headerTokens("CP")).toEqual(["code", "postal"]);
  });
  it("gives snake_case, camelCase and spaced forms the same words", () => {
    const expected = ["date", "activite"];
    expect(headerTokens("date_activite")).toEqual(expected);
    expect(headerTokens("dateActivite")).toEqual(expected);
    expect(headerTokens("Date de l'activité")).toEqual(expected);
    expect(headerTokens("id_benevole")).toEqual(headerTokens("Identifiant bénévole"));
  });
  it("gives HXL hashtags no words", () => {
    expect(headerTokens("#contact+phone")).toEqual([]);
  });
});
