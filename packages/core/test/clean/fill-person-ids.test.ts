import { readFileSync } from "node:fs";
import { cleanTable, fillPersonIds, fromCSV } from "@solidata/core";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import { realReference } from "./reference.js";
import { readTruth, samples } from "./truth.js";

describe("fillPersonIds", () => {
  it("gives a row the only identifier its e-mail (or phone) has elsewhere, and lists it", () => {
    const log = aq.table({
      person_id: ["000012", null, "000013", null, null],
      email: ["ana@asso.fr", "ana@asso.fr", "bo@asso.fr", null, "zed@asso.fr"],
      phone: ["+33611111111", null, "+33622222222", "+33622222222", null],
      _line: [2, 3, 4, 5, 6],
    });
    const out = fillPersonIds(log);
    expect(out.table.array("person_id")).toEqual(["000012", "000012", "000013", "000013", null]);
    expect(out.fills).toEqual([
      { line: 3, personId: "000012", field: "email", value: "ana@asso.fr" },
      { line: 5, personId: "000013", field: "phone", value: "+33622222222" },
    ]);
    // zed@ is nobody's: left empty
    expect(out.unresolved).toBe(1);
    expect(out.table.columnNames()).toEqual(log.columnNames());
  });

  it("fills nothing when a value is shared by two people or two values point to two people", () => {
    const shared = aq.table({
      person_id: ["A1", "A2", null, "B1", "B2", null],
      email: ["family@x.fr", "family@x.fr", "family@x.fr", "b1@x.fr", "b2@x.fr", "b1@x.fr"],
      phone: [null, null, null, null, "+33633333333", "+33633333333"],
    });
    const out = fillPersonIds(shared);
    expect(out.table.array("person_id")).toEqual(["A1", "A2", null, "B1", "B2", null]);
    expect(out.fills).toEqual([]);
    expect(out.unresolved).toBe(2);
  });

  it("returns the table as it is without an identifier column or anything to fill", () => {
    const t = aq.table({ email: ["a@b.fr"] });
    expect(fillPersonIds(t).table).toBe(t);
    const full = aq.table({ person_id: ["1"], email: ["a@b.fr"] });
    expect(fillPersonIds(full, { from: ["email"] }).table).toBe(full);
  });

  for (const [lang, file] of [
    ["fr", "benevoles"],
    ["en", "volunteers"],
  ] as const) {
    it(`${lang}/${file}.csv: the rows without a member number get their true volunteer's number`, async () => {
      const { table, report } = fromCSV(readFileSync(new URL(`${lang}/${file}.csv`, samples)), {
        maxIssuesPerCode: Infinity,
      });
      const { clean } = await cleanTable(table, {
        now: new Date("2026-01-01T00:00:00Z"),
        reference: realReference(),
        ingestIssues: report.issues,
        fillPersonIds: false,
        mergeDuplicates: false,
      });
      const blank = (clean.array("person_id") as unknown[]).filter((v) => v === null).length;
      const truth = new Map(readTruth(`${lang}/truth/volunteers.csv`).map((t) => [Number(t.line), t.person_id]));
      const out = fillPersonIds(clean);
      expect(blank).toBe(34);
      // all but rows with neither e-mail nor phone known elsewhere
      expect(out.fills.length).toBeGreaterThanOrEqual(33);
      for (const fill of out.fills) expect(fill.personId, `line ${fill.line}`).toBe(truth.get(fill.line));
    });
  }
});
