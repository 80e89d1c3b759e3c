import { loadPostcodeReference, normalizePostcodes } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { realReference } from "../clean/reference.js";

const reference = realReference();

// Expected codes checked in the official code officiel géographique (INSEE) as shipped in
// @etalab/decoupage-administratif 6.0.0: 75012 → Paris 75056 (dép. 75, région 11); 20000 → Ajaccio
// 2A004 (2A, 94); 97100 → Basse-Terre 97105 (971, 01); 01400 serves 10 communes of the Ain (01, 84).
describe("normalizePostcodes", () => {
  it("adds the INSEE commune code, the département and the région", async () => {
    const out = await normalizePostcodes(["75 012", "20000", 97100, "75012 CEDEX"], { reference });
    expect(out.postcode).toEqual(["75012", "20000", "97100", "75012"]);
    expect(out.commune_code).toEqual(["75056", "2A004", "97105", "75056"]);
    expect(out.departement).toEqual(["75", "2A", "971", "75"]);
    expect(out.region).toEqual(["11", "94", "01", "11"]);
    expect(out.changed).toBe(3);
  });
  it("uses the commune name to choose among the communes of a postcode, and never guesses", async () => {
    const out = await normalizePostcodes([1400, "01400", "01400"], {
      communes: ["Châtillon-sur-Chalaronne", "ROMANS", null],
    });
    expect(out.postcode).toEqual(["01400", "01400", "01400"]);
    expect(out.commune_code).toEqual(["01093", "01328", null]);
    expect(out.departement).toEqual(["01", "01", "01"]);
    expect(out.region).toEqual(["84", "84", "84"]);
    expect(out.ambiguous).toBe(1);
  });
  it("lists unreadable and unknown postcodes with their rows", async () => {
    const out = await normalizePostcodes(["ABC", "99999", null], { reference });
    expect(out.postcode).toEqual([null, "99999", null]);
    expect(out.commune_code).toEqual([null, null, null]);
    expect(out.problems).toEqual([
      { row: 0, code: "clean.invalid_postcode", value: "ABC" },
      { row: 1, code: "clean.unknown_postcode", value: "99999" },
    ]);
  });
  it("loads the reference lazily by itself, once, with the same content", { timeout: 180_000 }, async () => {
    const loaded = await loadPostcodeReference();
    expect(await loadPostcodeReference()).toBe(loaded);
    expect(loaded.byPostcode.size).toBe(reference.byPostcode.size);
    const out = await normalizePostcodes(["75012"]);
    expect(out.commune_code).toEqual(["75056"]);
  });
});
