import { fromCSV, toCSV } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { prepareChecked, register } from "./invariants.js";

// RELIABILITY.md #10: header cells `__proto__`, `constructor`, `toString`.
// Choice: `constructor` and `toString` keep their names; `__proto__` cannot be a key of the plain
// objects tables are made of, so it is renamed `__proto___2` (reported, `ingest.reserved_header`,
// its header kept in the report). Every value is stored and exported unchanged.
describe("#10 headers named like Object members", () => {
  const text = register(
    ["Dupont;Marie;1990-05-12;01000;a;b;c", "Martin;Léa;1991-01-01;75001;__proto__;constructor;toString"],
    "Nom;Prénom;Date de naissance;Code postal;__proto__;constructor;toString",
  );

  it("keeps every value through the ingest and the cleaning, and never touches Object.prototype", async () => {
    const { ingested, prepared } = await prepareChecked(text);
    expect(ingested.table.array("__proto___2")).toEqual(["a", "__proto__"]);
    expect(ingested.table.array("constructor")).toEqual(["b", "constructor"]);
    expect(ingested.table.array("toString")).toEqual(["c", "toString"]);
    expect(ingested.report.columns.map((c) => c.header)).toContain("__proto__");
    expect(ingested.report.columns.every((c) => typeof c.type === "string")).toBe(true);
    expect(ingested.report.issues.find((i) => i.code === "ingest.reserved_header")?.params?.name).toBe("__proto___2");
    const clean = prepared.cleaned?.clean;
    expect(clean?.array("constructor")).toEqual(["b", "constructor"]);
    expect(clean?.array("toString")).toEqual(["c", "toString"]);
    expect(clean?.array("__proto___2")).toEqual(["a", "__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(typeof Object.prototype.toString).toBe("function");
  });

  it("exports the values unchanged", () => {
    const csv = toCSV(fromCSV(text).table);
    expect(csv).toContain("__proto__,constructor,toString");
  });
});
