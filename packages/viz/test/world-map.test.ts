import { describe, expect, it } from "vitest";
import { toSVG } from "../src/to-svg.js";
import { worldMap } from "../src/world-map.js";
import { expectGolden, expectValidSpec } from "./helpers.js";

const groups = [
  { country: "250", groups: 42, groups_status: "ok" },
  { country: "Senegal", groups: 18, groups_status: "ok" },
  { country: "56", groups: 11, groups_status: "ok" }, // Belgium, leading zeros lost upstream
  { country: "Canada", groups: null, groups_status: "primary" },
  { country: "Atlantis", groups: 3, groups_status: "ok" },
];

describe("worldMap", () => {
  it("matches ISO numeric codes and names, keeps unmatched rows in the table, shows suppressed countries", async () => {
    const spec = worldMap(groups, { value: "groups", valueTitle: "groupes locaux", source: "Réseau", n: 74 });
    expectValidSpec(spec);
    expect(spec.usermeta.solidata.table.rows.map((row) => row.name)).toEqual([
      "France",
      "Senegal",
      "Belgium",
      "Canada",
      "",
    ]);
    expect(spec.description).toBe(
      "Carte du monde de groupes locaux par pays : 3 pays avec une valeur. Valeur la plus élevée : France (42). " +
        "1 valeur(s) masquée(s) pour protéger les personnes (moins de 10 personnes).",
    );
    const svg = await toSVG(spec);
    expect(svg).toContain('stroke-dasharray="4,3"');
    expectGolden("world-map-fr", svg);
  });
});
