import { describe, expect, it } from "vitest";
import { franceMap } from "../src/france-map.js";
import { departementsGeometry } from "../src/geometry/departements-geometry.js";
import { regionsGeometry } from "../src/geometry/regions-geometry.js";
import { toSVG } from "../src/to-svg.js";
import { expectGolden, expectValidSpec, svgTexts } from "./helpers.js";

const byDepartement = [
  { departement: "75", count: 420, count_status: "ok" },
  { departement: "69", count: 180, count_status: "ok" },
  { departement: "2A", count: 35, count_status: "ok" },
  { departement: "2B", count: null, count_status: "primary" },
  { departement: "13", count: 260, count_status: "ok" },
  { departement: "1", count: 12, count_status: "ok" },
  { departement: "971", count: 64, count_status: "ok" },
  { departement: "976", count: null, count_status: "primary" },
];

describe("franceMap", () => {
  it("ships the metropolitan geometry with codes as text", () => {
    const codes = departementsGeometry.features.map((f) => f.properties.code);
    expect(codes).toHaveLength(96);
    expect(codes).toEqual(expect.arrayContaining(["01", "2A", "2B", "95"]));
    expect(regionsGeometry.features.map((f) => f.properties.code)).toContain("94");
  });

  it("colours départements, keeps 2A/2B and overseas codes as text and shows suppressed areas", async () => {
    const spec = franceMap(byDepartement, { value: "count", valueTitle: "bénéficiaires", source: "Registre", n: 971 });
    expectValidSpec(spec);
    const rows = spec.usermeta.solidata.table.rows;
    expect(rows.map((row) => row.code)).toEqual(["75", "69", "2A", "2B", "13", "01", "971", "976"]);
    expect(rows[3]).toEqual({ code: "2B", name: "Haute-Corse", value: null, status_label: "< 10" });
    expect(rows[6]).toMatchObject({ code: "971", name: "Guadeloupe", value: 64 });
    expect(spec.description).toBe(
      "Carte de bénéficiaires par département : 6 territoires avec une valeur. Valeur la plus élevée : Paris (75) (420). " +
        "2 valeur(s) masquée(s) pour protéger les personnes (moins de 10 personnes).",
    );
    const svg = await toSVG(spec);
    const texts = svgTexts(svg);
    expect(texts).toEqual(expect.arrayContaining(["< 10", "Guadeloupe : 64", "Mayotte : < 10", "Outre-mer"]));
    expectGolden("france-map-departements-fr", svg);
  });

  it("draws régions in English", async () => {
    const spec = franceMap(
      [
        { region: "84", rate: 0.42 },
        { region: "11", rate: 0.3 },
        { region: "93", rate: 0.25 },
        { region: "04", rate: 0.5 },
      ],
      { level: "region", value: "rate", format: "percent", lang: "en", source: "Survey", n: 300 },
    );
    expectValidSpec(spec);
    expect(spec.description).toContain("Highest: La Réunion (04) (50%).");
    expectGolden("france-map-regions-en", await toSVG(spec));
  });

  it("names what it needs", () => {
    expect(() => franceMap(byDepartement, { value: "count", code: "dep" })).toThrow('franceMap: needs a column "dep"');
  });
});
