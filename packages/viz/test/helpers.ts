import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { Ajv } from "ajv";
import { expect } from "vitest";

const schema = JSON.parse(
  readFileSync(new URL("../node_modules/vega-lite/build/vega-lite-schema.json", import.meta.url), "utf8"),
) as object;
const ajv = new Ajv({ strict: false, allErrors: true, allowUnionTypes: true, validateFormats: false, logger: false });
const validate = ajv.compile(schema);

/** Asserts that a spec is valid against the Vega-Lite JSON Schema (once serialised as JSON). */
export function expectValidSpec(spec: unknown): void {
  const json = JSON.parse(JSON.stringify(spec)) as unknown;
  const ok = validate(json);
  const errors = ok ? [] : (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath} ${e.message}`);
  expect(errors).toEqual([]);
}

const goldenDir = new URL("./golden/", import.meta.url);

/**
 * Compares an SVG with its golden file in test/golden/. `UPDATE_GOLDEN=1` rewrites the file; a
 * missing golden fails the test.
 */
export function expectGolden(name: string, svg: string): void {
  const file = new URL(`${name}.svg`, goldenDir);
  if (process.env.UPDATE_GOLDEN === "1") {
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(file, svg);
    return;
  }
  if (!existsSync(file)) throw new Error(`missing golden file test/golden/${name}.svg: run with UPDATE_GOLDEN=1`);
  expect(svg).toBe(readFileSync(file, "utf8"));
}

/** The texts of the `<text>` elements of an SVG, unescaped. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) =>
    (m[1] ?? "")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, "&"),
  );
}
