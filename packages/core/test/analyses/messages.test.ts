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
    // a figure written for one language ({value_fr}, {value_en}) stands for the same placeholder
    const placeholders = (text: string | undefined, lang: "fr" | "en"): string[] =>
      [...(text ?? "").matchAll(/\{(\w+)\}/g)]
        .map((m) => (m[1] as string).replace(new RegExp(`_${lang}$`), "_<lang>"))
        .sort();
    for (const code of codes) {
      expect(placeholders(catalogue.fr[code], "fr"), code).toEqual(placeholders(catalogue.en[code], "en"));
    }
  });

  it("a placeholder written for one language is used only in that language's text", () => {
    for (const lang of ["fr", "en"] as const) {
      const other = lang === "fr" ? "en" : "fr";
      for (const [code, text] of Object.entries(catalogue[lang])) {
        if (!code.startsWith("analyses.")) continue;
        expect(text.includes(`_${other}}`), code).toBe(false);
      }
    }
  });
});
