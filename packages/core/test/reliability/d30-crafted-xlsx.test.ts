import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadSpreadsheet } from "@solidata/core/node";
import { describe, expect, it } from "vitest";

// RELIABILITY.md #30: crafted xlsx (CVE-2023-30533 prototype pollution, CVE-2024-22363 ReDoS).
// The npm package `xlsx` (0.18.5, unfixed) is never installed: .xlsx goes through read-excel-file,
// .xls and .ods through @e965/xlsx. The lockfile is checked here (CI runs the tests).
describe("#30 crafted workbooks", () => {
  const root = (path: string): string => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));

  it("has no npm xlsx package in the lockfile", () => {
    const lock = readFileSync(root("pnpm-lock.yaml"), "utf8");
    expect(lock).not.toMatch(/^ {2}xlsx@/m);
    expect(lock).not.toMatch(/\/xlsx@0\.18\.5/);
  });

  it("reads every copied workbook without touching Object.prototype", async () => {
    for (const file of ["csvkit_sheets.xlsx", "csvkit_ne_1033_data.xlsx", "libhxl_input-valid.xls"]) {
      const path = fileURLToPath(new URL(`../fixtures/excel/${file}`, import.meta.url));
      // csvkit_sheets.xlsx has two sheets of data: one is chosen (#31)
      await loadSpreadsheet(path, file === "csvkit_sheets.xlsx" ? { sheet: "data" } : {});
    }
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
