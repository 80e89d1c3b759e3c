// Catalogue entry 50: legitimate leading `-` and `+`. Negative amounts in a numeric column are
// exported unprefixed; a phone in E.164 (`+33612345678`) is left exact (core's documented policy in
// `neutralizeCell`: a spreadsheet reads it as a number at worst, never as a formula); other text
// that starts with `+` or `-` (`+1-1`, `-x`) is prefixed with `'`. I1 is not at stake here
// (one row in, one row out).
import { toCSV } from "@solidata/core";
import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../parse-csv.js";

describe("50. legitimate leading - and +", () => {
  it("keeps numbers and E.164 phones exact and prefixes other text that starts with + or -", () => {
    const t = table({ amount: [-12.5, 3, -0.25], phone: ["+33612345678", "+1-1", "-x"] });
    const rows = parseCsv(toCSV(t));
    expect(rows.slice(1).map((r) => r[0])).toEqual(["-12.5", "3", "-0.25"]);
    expect(rows.slice(1).map((r) => r[1])).toEqual(["+33612345678", "'+1-1", "'-x"]);
  });
});
