import { neutralizeCell } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("neutralizeCell", () => {
  it("prefixes an apostrophe to text a spreadsheet would run as a formula", () => {
    expect(neutralizeCell("=1+1")).toBe("'=1+1");
    expect(neutralizeCell("+33 6 12 34 56 78")).toBe("'+33 6 12 34 56 78");
    expect(neutralizeCell("-2+3")).toBe("'-2+3");
    expect(neutralizeCell("@SUM(1)")).toBe("'@SUM(1)");
    expect(neutralizeCell("\tcaché")).toBe("'\tcaché");
    expect(neutralizeCell("\r=2+5")).toBe("'\r=2+5");
    expect(neutralizeCell(" =cmd")).toBe("' =cmd");
    expect(neutralizeCell("\n=1")).toBe("'\n=1");
    expect(neutralizeCell('=HYPERLINK("http://x","y")')).toBe('\'=HYPERLINK("http://x","y")');
    expect(neutralizeCell("+1+1")).toBe("'+1+1");
    expect(neutralizeCell("-1-1")).toBe("'-1-1");
    expect(neutralizeCell("\uff1d1+1")).toBe("'\uff1d1+1");
    expect(neutralizeCell("\uff0bSUM(A1)")).toBe("'\uff0bSUM(A1)");
    expect(neutralizeCell("\u200b=1+1")).toBe("'\u200b=1+1");
    expect(neutralizeCell("=1+1\nnote")).toBe("'=1+1\nnote");
  });
  it("leaves E.164 phone numbers and harmless text exact", () => {
    expect(neutralizeCell("+33612345678")).toBe("+33612345678");
    expect(neutralizeCell("Distribution = colis")).toBe("Distribution = colis");
    expect(neutralizeCell("")).toBe("");
  });
});
