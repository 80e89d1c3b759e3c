import { detectDelimiter } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("detectDelimiter", () => {
  it("prefers the delimiter that splits records consistently, quotes respected", () => {
    expect(detectDelimiter("nom;heures\nA;2,5\nB;1,25\n")).toMatchObject({
      delimiter: ";",
      params: { fields: 2, share: 100 },
    });
    expect(detectDelimiter('a,b\n"x;y;z",1\n"p;q",2\n').delimiter).toBe(",");
    expect(detectDelimiter("a\tb\tc\n1\t2\t3\n").delimiter).toBe("\t");
    expect(detectDelimiter("a|b\n1|2\n").delimiter).toBe("|");
  });

  it("tolerates a title line and a cut last record", () => {
    expect(detectDelimiter('Export 2024\na;b;c\n1;2;3\n4;5;"cut').delimiter).toBe(";");
  });

  it("picks a delimiter absent from a one-column file", () => {
    expect(detectDelimiter("montant\n2,5\n3\n")).toMatchObject({
      delimiter: ";",
      reason: "ingest.decision.delimiter_default",
    });
  });
});
