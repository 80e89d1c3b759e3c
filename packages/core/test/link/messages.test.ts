import { readdirSync, readFileSync } from "node:fs";
import { catalogue } from "@solidata/core";
import { describe, expect, it } from "vitest";

const src = new URL("../../src/link/", import.meta.url);
const used = new Set<string>();
for (const file of readdirSync(src)) {
  if (!file.endsWith(".ts") || file === "messages.ts") continue;
  for (const m of readFileSync(new URL(file, src), "utf8").matchAll(/"(link\.[a-z_]+)"/g)) used.add(m[1] as string);
}

describe("link messages", () => {
  it("every code the linkage emits has an English and a French text with the same placeholders", () => {
    expect(used.size).toBeGreaterThanOrEqual(8);
    const placeholders = (text: string | undefined) => [...(text ?? "").matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const code of used) {
      expect(catalogue.en[code], code).toBeTypeOf("string");
      expect(catalogue.fr[code], code).toBeTypeOf("string");
      expect(placeholders(catalogue.fr[code]), code).toEqual(placeholders(catalogue.en[code]));
    }
  });
});
