import { detectWaves } from "@solidata/core";
import { describe, expect, it } from "vitest";

const shape = (headers: string[]) =>
  detectWaves(headers)?.measures.map((m) => [
    m.measure,
    m.columns.map((c) => `${c.header}|${c.order}${c.baseline ? "|baseline" : ""}`),
  ]);

describe("detectWaves", () => {
  it("finds the waves of the BtheB trial (bdi.pre … bdi.8m) in months, pre as baseline", () => {
    const headers = ["rownames", "drug", "length", "treatment", "bdi.pre", "bdi.2m", "bdi.4m", "bdi.6m", "bdi.8m"];
    expect(shape(headers)).toEqual([["bdi", ["bdi.pre|0|baseline", "bdi.2m|2", "bdi.4m|4", "bdi.6m|6", "bdi.8m|8"]]]);
    expect(detectWaves(headers)?.other).toEqual(["rownames", "drug", "length", "treatment"]);
  });
  it("reads French and English wave names of many shapes, several measures at once", () => {
    expect(shape(["id", "WEMWBS_baseline", "WEMWBS_3m", "WEMWBS_6m", "PHQ9 pre", "PHQ9 post"])).toEqual([
      ["WEMWBS", ["WEMWBS_baseline|0|baseline", "WEMWBS_3m|3", "WEMWBS_6m|6"]],
      ["PHQ9", ["PHQ9 pre|0|baseline", "PHQ9 post|10000"]],
    ]);
    expect(shape(["Identifiant", "Score WEMWBS à l'entrée", "Score WEMWBS à 3 mois", "Score WEMWBS à 6 mois"])).toEqual(
      [["Score WEMWBS", ["Score WEMWBS à l'entrée|0|baseline", "Score WEMWBS à 3 mois|3", "Score WEMWBS à 6 mois|6"]]],
    );
    expect(shape(["id", "T0_score", "T1_score", "T2_score"])).toEqual([
      ["score", ["T0_score|0|baseline", "T1_score|1", "T2_score|2"]],
    ]);
  });
  it("takes the earliest wave as baseline when none says so", () => {
    expect(shape(["confiance_3m", "confiance_6m", "confiance_12m"])).toEqual([
      ["confiance", ["confiance_3m|3|baseline", "confiance_6m|6", "confiance_12m|12"]],
    ]);
  });
  it("finds nothing in ordinary headers or in a lone wave column", () => {
    expect(detectWaves(["Nom", "Prénom", "Date de la mission"])).toBeNull();
    expect(detectWaves(["id", "score_a1", "score_a2"])).toBeNull();
    expect(detectWaves(["id", "bdi.pre"])).toBeNull();
  });
});
