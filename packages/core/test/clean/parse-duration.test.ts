import { parseDuration } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("parseDuration", () => {
  it("reads hours and minutes written many ways", () => {
    const cases: [string, number][] = [
      ["2h30", 2.5],
      ["2 h 30", 2.5],
      ["2H", 2],
      ["1,5 h", 1.5],
      ["1.5h", 1.5],
      ["90 min", 1.5],
      ["45mn", 0.75],
      ["1:30", 1.5],
      ["01:30:00", 1.5],
      ["2 heures", 2],
      ["2 heures 15", 2.25],
      ["3 hours", 3],
      ["2,5", 2.5],
    ];
    for (const [text, hours] of cases) expect(parseDuration(text), text).toEqual({ ok: true, value: hours });
  });
  it("refuses what is not a duration", () => {
    for (const bad of ["deux heures", "1:75", "h30"])
      expect(parseDuration(bad)).toEqual({ ok: false, code: "clean.invalid_duration" });
  });
});
