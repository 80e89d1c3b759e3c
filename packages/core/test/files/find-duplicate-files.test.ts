import { readFileSync } from "node:fs";
import { findDuplicateFiles, fromCSV } from "@solidata/core";
import { loadTable } from "@solidata/core/node";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";

const samples = new URL("../../../../datasets/samples/fr/", import.meta.url);

describe("findDuplicateFiles", () => {
  it("finds the same 20 groups given as .csv and .xlsx, and an exact copy", async () => {
    const csvBytes = new Uint8Array(readFileSync(new URL("groupes.csv", samples)));
    const csv = fromCSV(csvBytes, { file: "groupes.csv" }).table;
    const xlsx = (await loadTable(new URL("groupes.xlsx", samples).pathname)).table;
    const other = fromCSV(readFileSync(new URL("benevoles.csv", samples)), { file: "benevoles.csv" }).table;
    const groups = findDuplicateFiles([
      { name: "groupes.csv", bytes: csvBytes, table: csv },
      { name: "copie de groupes.csv", bytes: csvBytes.slice(), table: csv },
      { name: "groupes.xlsx", table: xlsx },
      { name: "benevoles.csv", table: other },
    ]);
    // truth: the generator wrote the same groups to groupes.csv and groupes.xlsx (datasets/samples/fr)
    expect(groups).toEqual([
      { files: ["groupes.csv", "copie de groupes.csv"], reason: "same_bytes", count: 0, code: "files.duplicate_bytes" },
      { files: ["groupes.csv", "groupes.xlsx"], reason: "same_ids", count: csv.numRows(), code: "files.duplicate_ids" },
    ]);
  });

  it("compares rows when there is no identifier, and lists nothing for different files", () => {
    const a = aq.table({ Ville: ["Lyon", "Paris", "Lille"], Nb: [1, 2, 3] });
    const b = aq.table({ Nb: [3, 1, 2], Ville: ["Lille", "Lyon", "Paris"] });
    const c = aq.table({ Ville: ["Lyon", "Paris", "Nantes"], Nb: [1, 2, 3] });
    expect(
      findDuplicateFiles([
        { name: "a", table: a },
        { name: "b", table: b },
        { name: "c", table: c },
      ]),
    ).toEqual([{ files: ["a", "b"], reason: "same_rows", count: 3, code: "files.duplicate_ids" }]);
    expect(
      findDuplicateFiles([
        { name: "a", ids: ["1", "2"] },
        { name: "b", ids: ["2", "1"] },
      ]),
    ).toEqual([]);
  });
});
