import { normalizeEmail } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("normalizeEmail", () => {
  it("lower-cases and strips mailto and angle brackets", () => {
    expect(normalizeEmail(" <Marie.Durand@Exemple.FR> ")).toEqual({ ok: true, value: "marie.durand@exemple.fr" });
    expect(normalizeEmail("mailto:a.b@asso.org")).toEqual({ ok: true, value: "a.b@asso.org" });
  });
  it("refuses what is not an address", () => {
    for (const bad of ["marie.durand", "a@b", "a@@b.fr", "a b@c.fr", "a..b@c.fr", "@c.fr"]) {
      expect(normalizeEmail(bad)).toEqual({ ok: false, code: "clean.invalid_email" });
    }
  });
  it("treats an empty cell as missing, not invalid", () => {
    expect(normalizeEmail("")).toEqual({ ok: true, value: null });
  });
});
