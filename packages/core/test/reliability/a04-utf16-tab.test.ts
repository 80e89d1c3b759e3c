import { describe, expect, it } from "vitest";
import { bytes, prepareChecked } from "./invariants.js";

// RELIABILITY.md #4: UTF-16LE tab-separated "Texte Unicode" export from Excel
describe("#4 UTF-16LE tab-separated text", () => {
  const text = "Nom\tPrénom\tDate de naissance\tCode postal\r\nCœur\tHélène\t1970-01-01\t01000\r\n";
  const utf16 = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    utf16[2 * i] = c & 0xff;
    utf16[2 * i + 1] = c >> 8;
  }

  it("is detected by its BOM, decoded, and split on tabs", async () => {
    const { ingested } = await prepareChecked(bytes(new Uint8Array([0xff, 0xfe]), utf16));
    expect(ingested.report.encoding).toBe("utf-16le");
    expect(ingested.report.bom).toBe(true);
    expect(ingested.report.delimiter).toBe("\t");
    expect(ingested.table.array("Nom")).toEqual(["Cœur"]);
    expect(ingested.table.array("Code postal")).toEqual(["01000"]);
  });

  it("is detected without a BOM too (every other byte is zero)", async () => {
    const { ingested } = await prepareChecked(utf16);
    expect(ingested.report.encoding).toBe("utf-16le");
    expect(ingested.table.array("Prénom")).toEqual(["Hélène"]);
  });
});
