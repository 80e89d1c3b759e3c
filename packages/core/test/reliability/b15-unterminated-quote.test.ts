import { fromCSV, IngestError } from "@solidata/core";
import { describe, expect, it } from "vitest";

// RELIABILITY.md #15: an unterminated quote on line 1 000.
// Choice: E (`ingest.unterminated_quote`) naming the line where the quote opened; the field that
// swallows the rest of the file is capped (`maxFieldLength`), so memory stays bounded.
describe("#15 an unterminated quote", () => {
  const lines = Array.from({ length: 2000 }, (_, i) => (i === 998 ? 'Dupont;"Marie;01000' : `Nom${i};Léa;01000`));
  const text = `Nom;Prénom;Code postal\n${lines.join("\n")}\n`;

  it("fails naming line 1 000, where the quote opened", () => {
    try {
      fromCSV(text);
      expect.unreachable("an unterminated quote must fail");
    } catch (error) {
      expect(error).toBeInstanceOf(IngestError);
      expect((error as IngestError).issue).toMatchObject({
        code: "ingest.unterminated_quote",
        line: 1000,
        column: "2",
      });
    }
  });

  it("stops buffering at the field limit instead of reading the rest into one field", () => {
    try {
      fromCSV(text, { maxFieldLength: 1000 });
      expect.unreachable("the field limit must stop the read");
    } catch (error) {
      expect((error as IngestError).issue).toMatchObject({ code: "ingest.field_too_long", line: 1000 });
    }
  });
});
