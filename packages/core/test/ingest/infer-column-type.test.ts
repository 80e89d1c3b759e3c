import { inferColumnType } from "@solidata/core";
import { describe, expect, it } from "vitest";

const fr = { defaultDecimal: "," as const };
const type = (name: string, values: string[], context: Parameters<typeof inferColumnType>[2] = fr): string =>
  inferColumnType(name, values, context).type;

describe("inferColumnType", () => {
  it("keeps identifiers as text", () => {
    expect(type("cp", ["01000", "75011"])).toBe("identifier");
    expect(type("commune", ["2A004", "75056"])).toBe("identifier");
    expect(type("tel", ["06 12 34 56 78", "+33 6 12 34 56 78"])).toBe("identifier");
    expect(type("siret", ["732 829 320 00074", "73282932000074"])).toBe("identifier");
    expect(type("N° adhérent", ["1234", "5678"])).toBe("identifier");
    expect(type("montant", ["12345678901234567"])).toBe("identifier");
    expect(type("Tél. portable", ["06 22 69 47 26", "+590 6 90 92 44 67", "687739706", "06.22.69.47.26"])).toBe(
      "identifier",
    );
    expect(type("Identifiant", ["B00001", "B00002"])).toBe("identifier");
    expect(type("code", ["12.5", "3"])).toBe("decimal");
  });

  it("reads numbers, percentages, amounts and booleans", () => {
    expect(type("n", ["1", "20", "300"])).toBe("integer");
    expect(type("heures", ["2,5", "3", "1 200,75"])).toBe("decimal");
    expect(type("taux", ["12,5 %", "3 %"])).toBe("percent");
    expect(type("don", ["12,50 €", "3 €"])).toBe("currency");
    expect(type("majeur", ["oui", "non", "Oui"])).toBe("boolean");
    expect(type("present", ["x", "X"], { ...fr, hasMissing: true })).toBe("boolean");
    expect(type("lettre", ["x"], fr)).toBe("text");
  });

  it("decides day-first or month-first by evidence and says so", () => {
    expect(inferColumnType("d", ["03/04/2024", "25/04/2024"], fr)).toMatchObject({
      type: "date",
      dateOrder: "dmy",
      reason: "ingest.reason.date_order_evidence",
    });
    expect(inferColumnType("d", ["03/04/2024", "04/25/2024"], fr)).toMatchObject({
      type: "date",
      dateOrder: "mdy",
      reason: "ingest.reason.date_order_evidence",
    });
    expect(inferColumnType("d", ["03/04/2024", "01/02/2024"], fr)).toMatchObject({
      type: "date",
      dateOrder: "dmy",
      dateOrderAssumed: true,
    });
    expect(inferColumnType("d", ["03/04/2024"], { ...fr, dateOrder: "mdy" })).toMatchObject({
      dateOrder: "mdy",
      reason: "ingest.reason.date_order_given",
    });
    expect(type("d", ["13/04/2024", "04/25/2024"])).toBe("text");
    expect(type("d", ["2024-03-19T10:00:00Z", "2024-03-20"])).toBe("datetime");
  });

  it("chooses the decimal separator from the values, else from the hint", () => {
    expect(inferColumnType("x", ["1.5", "2.25"], fr).decimal).toBe(".");
    expect(inferColumnType("x", ["1.234"], fr)).toMatchObject({ type: "integer", decimal: "," });
    expect(inferColumnType("x", ["1.234"], { defaultDecimal: "." })).toMatchObject({ type: "decimal", decimal: "." });
    expect(inferColumnType("x", ["1.234"], { ...fr, decimal: "." }).type).toBe("decimal");
  });

  it("falls back to text and to empty", () => {
    expect(type("nom", ["Dupont", "12"])).toBe("text");
    expect(type("vide", [" ", ""])).toBe("empty");
  });
});
