import { describe, expect, it } from "vitest";
import { CsvPipeline } from "../../src/ingest/csv-pipeline.js";
import { parseCsvRange } from "../../src/ingest/parse-csv-range.js";

const head =
  "id;date;hours\n" + Array.from({ length: 30 }, (_, i) => `${i};0${(i % 9) + 1}/02/2024;${i % 4}`).join("\n") + "\n";

/** The setup of a pipeline that read `head` (sample of 20 records: typed after it). */
function setupOf(text: string) {
  const pipeline = new CsvPipeline({ sampleRows: 20 });
  pipeline.pushBytes(Buffer.from(text));
  // the head is decided at 64 KiB or at the end: end() is not called, the head is pushed whole
  (pipeline as unknown as { startFromBytes(): void }).startFromBytes();
  const setup = pipeline.rangeSetup();
  if (setup === undefined) throw new Error("not typed");
  return { pipeline, setup };
}

describe("parseCsvRange", () => {
  it("parses a later range with the typed columns, lines counted from 1", () => {
    const { setup } = setupOf(head);
    const outcome = parseCsvRange(Buffer.from("31;05/03/2024;2\n32;N/A;x\n"), setup, {}, true);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const part = outcome.part;
    expect(part.engine.rows).toBe(2);
    expect([...part.engine.lines]).toEqual([1, 2]);
    expect(part.tokenizer.lines).toBe(3);
    // "x" is not a number: an issue on line 2 of the range, and a flag of that row
    expect(part.engine.issues.map((i) => [i.code, i.line])).toEqual([["ingest.value_not_parsed", 2]]);
    expect(part.engine.flags.map(([line]) => line)).toEqual([2]);
  });

  it("says when the range does not end on a record boundary, or holds a NUL byte", () => {
    const { setup } = setupOf(head);
    expect(parseCsvRange(Buffer.from('31;"05/03\n'), setup, {}, false)).toEqual({
      ok: false,
      reason: "range ends inside a record",
    });
    expect(parseCsvRange(Buffer.from("31;\u0000;2\n"), setup, {}, false)).toEqual({ ok: false, reason: "NUL byte" });
  });

  it("says when a long row would add a column", () => {
    const { setup } = setupOf(head);
    const outcome = parseCsvRange(Buffer.from("31;05/03/2024;2;extra\n"), setup, {}, true);
    expect(outcome).toEqual({ ok: false, reason: "a long row adds a column" });
  });
});
