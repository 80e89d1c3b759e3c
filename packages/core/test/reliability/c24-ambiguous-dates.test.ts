import { fromCSV, fromRows } from "@solidata/core";
import { describe, expect, it } from "vitest";

// RELIABILITY.md #24: ambiguous dates, Excel serials.
// Choices: `03/04/2024` is read day-first only when the values or the options say so; with no
// evidence, day-first is assumed and the decision is reported (`ingest.decision.date_order_assumed`);
// a serial number in a CSV column is a number, never a date; workbook dates come from the reader.
describe("#24 ambiguous dates and serials", () => {
  it("reads dd/mm when a day above 12 shows it, never as new Date(string) does", () => {
    const { table } = fromCSV("Nom;Date\na;03/04/2024\nb;25/12/2024\n");
    const dates = table.array("Date") as Date[];
    expect(dates[0]?.toISOString().slice(0, 10)).toBe("2024-04-03");
    expect(new Date("03/04/2024").getMonth()).toBe(2);
  });

  it("reports the assumed order when no value shows it, and takes the order given", () => {
    const assumed = fromCSV("Nom;Date\na;03/04/2024\nb;01/02/2024\n");
    expect(assumed.report.decisions.some((d) => d.code === "ingest.decision.date_order_assumed")).toBe(true);
    const given = fromCSV("Nom;Date\na;03/04/2024\n", { dateOrder: "mdy" });
    expect((given.table.array("Date") as Date[])[0]?.toISOString().slice(0, 10)).toBe("2024-03-04");
  });

  it("keeps Excel serials in a CSV as numbers, not dates", () => {
    const { table, report } = fromCSV("Nom;Valeur\na;45292\nb;45293\n");
    expect(table.array("Valeur")).toEqual([45292, 45293]);
    expect(report.columns[1]?.type).toBe("integer");
  });

  it("keeps the dates a workbook stores as dates", () => {
    const { table } = fromRows({
      rows: [
        ["Nom", "Date"],
        ["a", new Date(Date.UTC(2024, 0, 1))],
      ],
    });
    expect((table.array("Date") as Date[])[0]?.toISOString().slice(0, 10)).toBe("2024-01-01");
  });
});
