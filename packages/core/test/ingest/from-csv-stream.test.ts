import { fromCSV, fromCSVStream } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("fromCSVStream", () => {
  it("reads identical records whatever the byte chunk size, characters cut between chunks included", async () => {
    const text = `\ufeffnom;ville;montant\n${'Zoé;Besançon;"12,5 €"\nŒdipe;Saint-Étienne;"3 €"\n'.repeat(20)}`;
    const bytes = new TextEncoder().encode(text);
    const expected = fromCSV(bytes);
    expect(expected.table.numRows()).toBe(40);
    expect(expected.table.get("montant", 0)).toBe(12.5);
    for (const size of [1, 2, 3, 5, 7, 64, 4096]) {
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < bytes.length; i += size) controller.enqueue(bytes.slice(i, i + size));
          controller.close();
        },
      });
      const { table, report } = await fromCSVStream(stream);
      expect(table.objects()).toEqual(expected.table.objects());
      expect(report.encoding).toBe("utf-8");
      expect(report.issues).toEqual([]);
    }
  });
});
