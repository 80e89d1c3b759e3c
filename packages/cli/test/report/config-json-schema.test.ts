import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { configJsonSchema } from "../../src/config/config-json-schema.js";
import { starterConfig } from "../../src/config/starter-config.js";

const shipped = JSON.parse(
  readFileSync(new URL("../../schema/config.schema.json", import.meta.url), "utf8"),
) as unknown;

describe("configJsonSchema", () => {
  it("is what schema/config.schema.json ships (regenerate it when the zod schema changes)", () => {
    // To regenerate: pnpm exec tsx -e 'import("./packages/cli/src/config/config-json-schema.ts").then(m => console.log(JSON.stringify(m.configJsonSchema(), null, 2)))' > packages/cli/schema/config.schema.json
    expect(configJsonSchema()).toEqual(shipped);
  });

  it("accepts a starter configuration and rejects a wrong privacy profile", () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(configJsonSchema());
    const starter = parse(starterConfig([{ path: "a.csv", kind: "visits" }], { lang: "en", year: 2025 }));
    expect(validate(starter)).toBe(true);
    expect(validate({ privacy: "everyone" })).toBe(false);
  });

  it("the starter's commented logframe example is valid once uncommented", () => {
    const text = starterConfig([], { lang: "fr", year: 2025 });
    const lines = text.split("\n");
    const start = lines.indexOf("# indicators:");
    expect(start).toBeGreaterThan(0);
    const block = lines
      .slice(start)
      .filter((l, i, all) => l.startsWith("# ") && all.slice(0, i).every((x) => x.startsWith("# ")));
    const config = parse(block.map((l) => l.slice(2)).join("\n")) as Record<string, unknown>;
    const ajv = new Ajv2020({ strict: false });
    expect(ajv.compile(configJsonSchema())(config)).toBe(true);
    expect(config.indicators).toEqual([
      expect.objectContaining({ figure: "volunteers.hours", baseline: 6000, target: 10000, direction: "increase" }),
    ]);
  });
});
