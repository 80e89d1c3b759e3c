import { describe, expect, it } from "vitest";
import { prepareChecked, register } from "./invariants.js";

// RELIABILITY.md #5: NUL, SUB and other C0 controls inside fields.
// Choice (input side): controls are preserved in the data and reported (`ingest.nul_byte` with the
// line); nothing is truncated at NUL. Keeping them out of HTML and Markdown is the report's job.
describe("#5 control characters inside fields", () => {
  it("keeps every character after a NUL and reports its line", async () => {
    const text = register(["Du\u0000pont;Ma\u001arie;1990-05-12;01000", "Martin;L\u001bea;1991-01-01;75001"]);
    const { ingested, prepared } = await prepareChecked(text);
    expect(ingested.table.array("Nom")).toEqual(["Du\u0000pont", "Martin"]);
    expect(ingested.table.array("Prénom")).toEqual(["Ma\u001arie", "L\u001bea"]);
    expect(ingested.report.issues.filter((i) => i.code === "ingest.nul_byte").map((i) => i.line)).toEqual([2]);
    expect(ingested.report.rows).toBe(2);
    expect(prepared.cleaned?.clean.numRows()).toBe(2);
  });
});
