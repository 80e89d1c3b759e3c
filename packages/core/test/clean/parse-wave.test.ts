import { parseWave } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("parseWave", () => {
  it("reads the ways a first follow-up wave is written as the same text", () => {
    for (const v of [
      "1",
      "01",
      "V1",
      "v 1",
      "vague 1",
      "Vague  1",
      "Wave 1",
      "W1",
      "T1",
      "t-1",
      "1re vague",
      "1st wave",
    ])
      expect(parseWave(v), v).toEqual({ ok: true, value: "1" });
    expect(parseWave(1)).toEqual({ ok: true, value: "1" });
    expect(parseWave("Suivi n°3")).toEqual({ ok: true, value: "3" });
    expect(parseWave("2ème vague")).toEqual({ ok: true, value: "2" });
    expect(parseWave("T0")).toEqual({ ok: true, value: "0" });
  });
  it("keeps labels that are not a wave number as read, and blanks as missing", () => {
    expect(parseWave(" 2m ")).toEqual({ ok: true, value: "2m" });
    expect(parseWave("6 mois")).toEqual({ ok: true, value: "6 mois" });
    expect(parseWave("baseline")).toEqual({ ok: true, value: "baseline" });
    expect(parseWave("V1b")).toEqual({ ok: true, value: "V1b" });
    expect(parseWave(1.5)).toEqual({ ok: true, value: "1.5" });
    expect(parseWave("  ")).toEqual({ ok: true, value: null });
    expect(parseWave(null)).toEqual({ ok: true, value: null });
  });
});
