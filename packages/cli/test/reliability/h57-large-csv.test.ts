// Catalogue entry 57, small-file version (the 1 GiB runs under a 256 MB heap are bench/stream-1g.ts,
// reported in bench/README.md): `inspect` streams a CSV through core's scanCSV, holding only its first
// rows, and reports every row of the file (I1: rows reported = records in the file); `clean` streams
// a CSV that a whole-table command could not hold (checkFitsInMemory refuses it under the limit given),
// decisions from a sample smaller than the file, batches of a few hundred rows, and I1 holds: rows read
// = clean + quarantined + merged, every merged row listed in duplicates.csv, the manifest's row counts
// equal. I2/I3: inspect prints no key and no aggregate.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cleanStream } from "../../src/commands/clean-stream.js";
import { checkFitsInMemory } from "../../src/ingest/check-fits-in-memory.js";
import { loadForInspect } from "../../src/ingest/load-for-inspect.js";
import { openOutputFolder } from "../../src/output/open-output-folder.js";
import { parseCsv } from "../parse-csv.js";

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

  it("is cleaned by clean as a stream, with every row read accounted for", async () => {
    // a whole-table command would refuse it under a 1 KiB heap
    await expect(checkFitsInMemory(SAMPLE, "benevoles.csv", "en", 1024)).rejects.toMatchObject({ exitCode: 4 });
    const dir = await mkdtemp(join(tmpdir(), "solidata-h57-"));
    try {
      const done = await cleanStream(SAMPLE, {
        file: "benevoles.csv",
        prepare: { kind: "volunteers", lang: "en" },
        sampleBytes: 32 * 1024,
        batchRows: 400,
        open: () => openOutputFolder(dir, { command: "clean", expect: [] }),
      });
      if (done.state !== "done") throw new Error(done.state);
      await done.out.commit();
      const truth = JSON.parse(await readFile(TRUTH, "utf8")) as { rows: number };
      const r = done.report;
      expect(r.rowsIn).toBe(truth.rows);
      expect(r.rowsClean + r.rowsQuarantined + r.rowsMerged).toBe(truth.rows);
      const rows = async (name: string): Promise<string[][]> =>
        parseCsv(await readFile(join(dir, name), "utf8")).slice(1);
      expect((await rows("clean.csv")).length).toBe(r.rowsClean);
      expect((await rows("quarantine.csv")).length).toBe(r.rowsQuarantined);
      const duplicates = await rows("duplicates.csv");
      expect(duplicates.length).toBe(r.rowsMerged);
      // every merged row is listed once, and points to a row before it
      expect(new Set(duplicates.map((d) => d[0])).size).toBe(duplicates.length);
      expect(duplicates.every((d) => Number(d[1]) < Number(d[0]))).toBe(true);
      const manifest = JSON.parse(await readFile(join(dir, "manifest.json"), "utf8")) as {
        files: { name: string; rows?: number }[];
      };
      const counted = Object.fromEntries(manifest.files.map((f) => [f.name, f.rows]));
      expect(counted).toEqual({
        "clean.csv": r.rowsClean,
        "quarantine.csv": r.rowsQuarantined,
        "duplicates.csv": r.rowsMerged,
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
