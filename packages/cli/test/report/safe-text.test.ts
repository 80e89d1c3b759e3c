import { describe, expect, it } from "vitest";
import { hasUnsafeText, safeText } from "../../src/report/safe-text.js";

describe("safeText", () => {
  it("shows every C0 control (but tab and newlines) as its Control Picture, DEL as ␡, separators as spaces", () => {
    // Unicode Control Pictures: U+2400 + the control's code (python3: unicodedata.name('\u241b') == 'SYMBOL FOR ESCAPE')
    expect(safeText("\u0000\u001a\u001b")).toBe("\u2400\u241a\u241b");
    expect(safeText("Food\u2028parcel\u2029")).toBe("Food parcel ");
    expect(safeText("a\tb\nc\r\n")).toBe("a\tb\nc\r\n");
    expect(safeText("x\u007f")).toBe("x\u2421");
    for (let code = 0; code < 0x20; code += 1) {
      const c = String.fromCharCode(code);
      expect(safeText(c).length).toBe(1); // never dropped
      expect(hasUnsafeText(c)).toBe(!["\t", "\n", "\r"].includes(c));
    }
  });
});
