// The report's reading path: a file given by its path is read as a stream (core's loadCSV), never as
// one buffer or string, and gives the rows, the SHA-256 and the clean table that its bytes give.
// Truth: the generator's summary of the file (rows written) and the SHA-256 of its bytes computed here.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { toCSV } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { prepareFile } from "../../src/report/prepare-file.js";

const SAMPLE = fileURLToPath(new URL("../../../../datasets/samples/fr/benevoles.csv", import.meta.url));
const TRUTH = fileURLToPath(new URL("../../../../datasets/samples/fr/truth/volunteers-summary.json", import.meta.url));
const NOW = new Date("2026-06-01T00:00:00Z");

describe("prepareFile", () => {
  it("reads a CSV file from its path as a stream, as its bytes would be read", async () => {
    const bytes = new Uint8Array(await readFile(SAMPLE));
    const fromPath = await prepareFile({ name: "benevoles.csv", path: SAMPLE }, NOW);
    const fromBytes = await prepareFile({ name: "benevoles.csv", bytes }, NOW);
    const truth = JSON.parse(await readFile(TRUTH, "utf8")) as { rows: number };
    expect(fromPath.rowsRead).toBe(truth.rows);
    expect(fromPath.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(fromPath.sha256).toBe(fromBytes.sha256);
    // the file given twice is still found: both stand for their bytes by the same digest
    expect(fromPath.bytes).toEqual(fromBytes.bytes);
    expect(fromPath.bytes?.length).toBe(32);
    const clean = (f: typeof fromPath): string => toCSV(f.prepared?.cleaned?.clean as never);
    expect(clean(fromPath)).toBe(clean(fromBytes));
    expect(fromPath.prepared?.cleaned?.report.rowsQuarantined).toBe(
      fromBytes.prepared?.cleaned?.report.rowsQuarantined,
    );
  });

  it("names a missing file as an issue with its SHA-256 left empty", async () => {
    const missing = await prepareFile({ name: "absent.csv", path: "/nonexistent/absent.csv" }, NOW);
    expect(missing.issues[0]?.code).toBe("ingest.file_not_found");
    expect(missing.sha256).toBe("");
    expect(missing.rowsRead).toBe(0);
  });
});
