import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { loadTable } from "@solidata/core/node";
import { describe, expect, it } from "vitest";
import { loadForInspect, STREAM_SAMPLE_ROWS } from "../../src/ingest/load-for-inspect.js";

const SAMPLE = fileURLToPath(new URL("../../../../datasets/samples/en/visits.csv", import.meta.url));

describe("loadForInspect", () => {
  it("streams a CSV above the size limit and reports the same rows, columns and types as the whole read", async () => {
    const whole = await loadTable(SAMPLE, { file: "visits.csv" });
    const streamed = await loadForInspect(SAMPLE, { file: "visits.csv" }, 0);
    expect(streamed.streamed).toBe(true);
    // truth: the file's own line count (header excluded)
    const lines = (await readFile(SAMPLE, "utf8")).trimEnd().split(/\r?\n/).length - 1;
    expect(streamed.report.rows).toBe(lines);
    expect(whole.report.rows).toBe(lines);
    expect(streamed.report.columns.map((c) => [c.name, c.type])).toEqual(
      whole.report.columns.map((c) => [c.name, c.type]),
    );
    expect(streamed.table.numRows()).toBe(Math.min(lines, STREAM_SAMPLE_ROWS));
  });

  it("reads a small file whole", async () => {
    const small = await loadForInspect(SAMPLE, { file: "visits.csv" });
    expect(small.streamed).toBe(false);
  });
});
