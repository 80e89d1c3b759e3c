// Catalogue entry 57, small-file version (the 1 GiB run under a 256 MB heap is bench/stream-1g.ts,
// reported in bench/README.md): `inspect` streams a CSV through core's scanCSV, holding only its first
// rows, and reports every row of the file (I1: rows reported = records in the file); `clean`, which
// still needs the whole table, refuses a file too large for the heap with its size and the limit
// (exit 4, no V8 crash). I2/I3: inspect prints no key and no aggregate.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkFitsInMemory } from "../../src/ingest/check-fits-in-memory.js";
import { loadForInspect } from "../../src/ingest/load-for-inspect.js";

const SAMPLE = fileURLToPath(new URL("../../../../datasets/samples/fr/benevoles.csv", import.meta.url));
const TRUTH = fileURLToPath(new URL("../../../../datasets/samples/fr/truth/volunteers-summary.json", import.meta.url));

describe("57. a CSV larger than memory", () => {
  it("is streamed by inspect with every record counted", async () => {
    const streamed = await loadForInspect(SAMPLE, { file: "benevoles.csv" }, 0);
    expect(streamed.streamed).toBe(true);
    // truth: the generator's summary of the file (rows written)
    const truth = JSON.parse(await readFile(TRUTH, "utf8")) as { rows: number };
    expect(streamed.report.rows).toBe(truth.rows);
  });

  it("is refused by clean with the size and the limit when it cannot fit", async () => {
    await expect(checkFitsInMemory(SAMPLE, "benevoles.csv", "en", 1024)).rejects.toMatchObject({ exitCode: 4 });
  });
});
