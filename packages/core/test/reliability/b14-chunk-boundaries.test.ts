import { fromCSV, fromCSVStream } from "@solidata/core";
import { describe, expect, it } from "vitest";

// RELIABILITY.md #14: the same file streamed with chunk sizes 1, 2, 3, 7, 64, 4096 and whole.
describe("#14 chunk-boundary differential", () => {
  const header = `${"Nom très long de colonne;".repeat(4)}Code postal`;
  const body = [
    'Dupont;"Marie\r\nAnne";Hélène;Œuvre €;01000',
    "Martin;Léa;;x;75001",
    'Durand;"a""b";Zoé;ü;69001',
    "Lefèvre;Noël;é;ç;13001",
  ].join("\r\n");
  const text = `${header}\r\n${body}\r\n`;
  const file = new TextEncoder().encode(text);

  async function* chunks(size: number): AsyncGenerator<Uint8Array> {
    for (let i = 0; i < file.length; i += size) yield file.subarray(i, i + size);
  }

  it("gives identical records, issues and lines at every chunk size, with no stray CR", async () => {
    const whole = fromCSV(file);
    const expected = JSON.stringify({ rows: whole.table.objects(), issues: whole.report.issues });
    expect(whole.report.rows).toBe(4);
    for (const size of [1, 2, 3, 7, 64, 4096]) {
      const streamed = await fromCSVStream(chunks(size));
      expect(JSON.stringify({ rows: streamed.table.objects(), issues: streamed.report.issues }), `chunk ${size}`).toBe(
        expected,
      );
    }
    const cells = JSON.stringify(whole.table.columnNames()) + JSON.stringify(whole.table.objects());
    expect(cells.replaceAll("Marie\\r\\nAnne", "")).not.toContain("\\r");
  });
});
