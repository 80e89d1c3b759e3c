import { describe, expect, it } from "vitest";
import { checkZipLimits } from "../../src/ingest/check-zip-limits.js";
import { zip } from "../reliability/zip.js";

describe("checkZipLimits", () => {
  const text = (n: number, c = 0x61): Uint8Array => new Uint8Array(n).fill(c);

  it("returns the inflated size of every part together", async () => {
    const archive = zip([
      { name: "a.xml", data: text(1000) },
      { name: "b.xml", data: text(2345) },
    ]);
    expect(await checkZipLimits(archive, "x.xlsx")).toBe(3345);
  });

  it("refuses a part over the ratio once it inflates past 1 MiB", async () => {
    const archive = zip([{ name: "xl/worksheets/sheet1.xml", data: text(8 << 20) }]);
    await expect(checkZipLimits(archive, "x.xlsx")).rejects.toMatchObject({
      issue: { code: "ingest.workbook_entry_ratio", params: { entry: "xl/worksheets/sheet1.xml", limit: 100 } },
    });
    // a higher ratio lets it through
    expect(await checkZipLimits(archive, "x.xlsx", { maxRatio: 100_000 })).toBe(8 << 20);
  });

  it("refuses parts that together pass the byte budget", async () => {
    const archive = zip([
      { name: "a.xml", data: text(600) },
      { name: "b.xml", data: text(600) },
    ]);
    await expect(checkZipLimits(archive, "x.xlsx", { maxBytes: 1000 })).rejects.toMatchObject({
      issue: { code: "ingest.workbook_too_large" },
    });
  });

  it("says an archive without a zip directory is corrupted", async () => {
    await expect(checkZipLimits(new Uint8Array(100), "x.xlsx")).rejects.toMatchObject({
      issue: { code: "ingest.workbook_corrupted" },
    });
  });
});
