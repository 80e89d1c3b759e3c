import { fromCSV, toCSV } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { bytes, prepareChecked, register } from "./invariants.js";

// RELIABILITY.md #1: UTF-8 file with BOM, first header `Nom`
describe("#1 UTF-8 with a byte order mark", () => {
  const file = bytes(new Uint8Array([0xef, 0xbb, 0xbf]), register(["Dupont;Marie;1990-05-12;01000"]));

  it("strips the BOM, addresses the first column as Nom and says so", async () => {
    const { ingested, prepared } = await prepareChecked(file);
    expect(ingested.report.bom).toBe(true);
    expect(ingested.report.columns[0]?.name).toBe("Nom");
    expect(ingested.table.array("Nom")).toEqual(["Dupont"]);
    expect(ingested.report.decisions.find((d) => d.topic === "encoding")?.code).toBe("ingest.decision.bom");
    expect(prepared.cleaned?.clean.numRows()).toBe(1);
  });

  it("writes the export without a BOM unless asked", () => {
    const { table } = fromCSV(file);
    expect(toCSV(table).startsWith("\ufeff")).toBe(false);
    expect(toCSV(table, { bom: true }).startsWith("\ufeff")).toBe(true);
  });
});
