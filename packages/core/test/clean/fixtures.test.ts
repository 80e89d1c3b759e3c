import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { cleanTable, SchemaName, safeFromCSV } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { realReference } from "./reference.js";

/** Every CSV fixture of the repository, cleaned as each schema: rows in = clean + quarantined + merged, always. */
const root = fileURLToPath(new URL("../fixtures/", import.meta.url));
const reference = realReference();
const now = new Date("2026-01-01T00:00:00Z");

function csvFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return csvFiles(path);
    return /\.(csv|ssv|tsv)$/i.test(name) ? [path] : [];
  });
}

const files = csvFiles(root);

describe("cleaning every CSV fixture", () => {
  it("finds the fixtures", () => {
    expect(files.length).toBeGreaterThan(20);
  });
  for (const path of files) {
    it(path.slice(root.length), { timeout: 120_000 }, async () => {
      const read = safeFromCSV(readFileSync(path));
      if (!read.ok) {
        // a file the ingest refuses as a whole says why; nothing reaches cleaning
        expect(read.issues.length).toBeGreaterThan(0);
        return;
      }
      const { table, report } = read.value;
      for (const schema of Object.values(SchemaName)) {
        const out = await cleanTable(table, { schema, now, reference, ingestIssues: report.issues });
        expect(out.report.rowsIn).toBe(table.numRows());
        expect(out.report.rowsClean + out.report.rowsQuarantined + out.report.rowsMerged, schema).toBe(table.numRows());
        const lines = [
          ...(out.clean.array("_line") as number[]),
          ...(out.quarantine.array("line") as number[]),
          ...(out.duplicates.array("line") as number[]),
        ];
        expect(new Set(lines).size).toBe(table.numRows());
      }
    });
  }
});
