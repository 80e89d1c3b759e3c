import { parseGender } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("parseGender", () => {
  it("reads genders and civilities in French and English", () => {
    for (const f of ["F", "Femme", "féminin", "Mme", "female", "Woman"])
      expect(parseGender(f)).toEqual({ ok: true, value: "female" });
    for (const m of ["H", "M", "M.", "Homme", "Monsieur", "male"])
      expect(parseGender(m)).toEqual({ ok: true, value: "male" });
    for (const o of ["Autre", "Non-binaire", "other"]) expect(parseGender(o)).toEqual({ ok: true, value: "other" });
  });
  it("reads every spelling of the built-in gender vocabulary", () => {
    for (const f of ["Mrs", "Ms", "Miss", "Mlle"]) expect(parseGender(f)).toEqual({ ok: true, value: "female" });
    for (const m of ["Mr", "Garçon", "man"]) expect(parseGender(m)).toEqual({ ok: true, value: "male" });
    expect(parseGender("Genderqueer")).toEqual({ ok: true, value: "other" });
  });
  it("treats undisclosed as missing and refuses the unknown", () => {
    expect(parseGender("Non renseigné")).toEqual({ ok: true, value: null });
    expect(parseGender("licorne")).toEqual({ ok: false, code: "clean.invalid_gender" });
  });
});
