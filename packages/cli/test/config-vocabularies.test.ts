import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { configJsonSchema } from "../src/config/config-json-schema.js";
import { safeParseConfig } from "../src/config/safe-parse-config.js";
import { starterConfig } from "../src/config/starter-config.js";

describe("vocabularies in the configuration", () => {
  it("are read by field, canonical label → variants, and absent by default", () => {
    const yaml = "vocabularies:\n  activity:\n    Maraude: [Tournée du soir, Maraude de nuit]\n";
    const read = safeParseConfig(yaml, "yaml");
    expect(read.ok && read.value.vocabularies).toEqual({
      activity: { Maraude: ["Tournée du soir", "Maraude de nuit"] },
    });
    const none = safeParseConfig("{}", "json");
    expect(none.ok && none.value.vocabularies).toBeUndefined();
    expect(safeParseConfig('{"vocabularies": {"activity": {"Maraude": "Tournée"}}}', "json").ok).toBe(false);
  });
  it("are in the JSON Schema and in the starter configuration of init", () => {
    const validate = new Ajv2020({ strict: false }).compile(configJsonSchema());
    expect(validate({ vocabularies: { service: { "Colis alimentaire": ["Panier"] } } })).toBe(true);
    expect(validate({ vocabularies: { service: { "Colis alimentaire": [1] } } })).toBe(false);
    const starter = starterConfig([{ path: "a.csv", kind: "volunteers" }], { lang: "fr", year: 2025 });
    expect(starter).toMatch(/# Vos propres libellés, par champ/);
    expect(parse(starter).vocabularies).toEqual({});
    expect(validate(parse(starter))).toBe(true);
  });
});
