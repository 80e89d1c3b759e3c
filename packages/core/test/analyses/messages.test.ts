import { readdirSync, readFileSync } from "node:fs";
import { catalogue } from "@solidata/core";
import { describe, expect, it } from "vitest";

const src = new URL("../../src/analyses/", import.meta.url);
const used = new Set<string>();
for (const file of readdirSync(src)) {
  if (!file.endsWith(".ts") || file === "messages.ts") continue;
  const text = readFileSync(new URL(file, src), "utf8");
  for (const m of text.matchAll(/"(analyses\.[a-z_]+)"/g)) used.add(m[1] as string);
  // excludedWarning builds its code from the reason
  if (text.includes("analyses.rows_excluded_$")) {
    for (const reason of ["person", "date", "value"]) used.add(`analyses.rows_excluded_${reason}`);
  }
}

describe("analyses messages", () => {
  it("every code the analyses emit has an English and a French text", () => {
    expect(used.size).toBeGreaterThan(8);
    for (const code of used) {
      expect(catalogue.en[code], code).toBeTypeOf("string");
      expect(catalogue.fr[code], code).toBeTypeOf("string");
    }
  });

  it("English and French texts use the same placeholders", () => {
    const codes = Object.keys(catalogue.en).filter((c) => c.startsWith("analyses."));
    for (const code of codes) {
      const placeholders = (text: string | undefined): string[] =>
        [...(text ?? "").matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
      expect(placeholders(catalogue.fr[code]), code).toEqual(placeholders(catalogue.en[code]));
    }
  });
});
