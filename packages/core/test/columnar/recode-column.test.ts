import { encodeColumn, recodeColumn } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("recodeColumn", () => {
  it("calls the function once per distinct value and merges the values it maps together", () => {
    const raw = [" Accueil", "accueil", "Tri", null, "accueil", "TRI ", " Accueil"];
    const calls: unknown[] = [];
    const clean = recodeColumn(encodeColumn(raw), (v) => {
      calls.push(v);
      return v === null ? null : String(v).trim().toLowerCase();
    });
    expect(calls).toEqual([" Accueil", "accueil", "Tri", null, "TRI "]);
    expect(clean.dictionary).toEqual(["accueil", "tri", null]);
    // each row's new value is the function of its old value
    expect(Array.from(clean.codes, (c) => clean.dictionary[c])).toEqual(
      raw.map((v) => (v === null ? null : v.trim().toLowerCase())),
    );
  });

  it("numbers the results in order of first appearance in the rows", () => {
    const e = recodeColumn(encodeColumn(["b", "a", "c", "a"]), (v) => (v === "b" ? "x" : "y"));
    expect(Array.from(e.codes)).toEqual([0, 1, 1, 1]);
    expect(e.dictionary).toEqual(["x", "y"]);
  });

  it("gives an empty column for an empty one", () => {
    const e = recodeColumn(encodeColumn([]), (v) => v);
    expect(e.codes.length).toBe(0);
    expect(e.dictionary).toEqual([]);
  });
});
