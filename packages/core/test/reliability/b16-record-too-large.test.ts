import { fromCSV, IngestError } from "@solidata/core";
import { describe, expect, it } from "vitest";

// RELIABILITY.md #16: a huge single-line field.
// Choice: E (`ingest.field_too_long`) naming the line, column and limit; default limit 16 MiB
// characters, configurable (`maxFieldLength`). Here 2 MiB under a 1 MiB limit.
describe("#16 a field larger than the record limit", () => {
  it("fails naming line 3 and the limit", () => {
    const text = `Nom;Notes\nDupont;ok\nMartin;${"x".repeat(2 << 20)}\nDurand;ok\n`;
    try {
      fromCSV(text, { maxFieldLength: 1 << 20 });
      expect.unreachable("the field limit must stop the read");
    } catch (error) {
      expect(error).toBeInstanceOf(IngestError);
      expect((error as IngestError).issue).toMatchObject({
        code: "ingest.field_too_long",
        line: 3,
        column: "2",
        params: { limit: 1 << 20 },
      });
    }
  });
});
