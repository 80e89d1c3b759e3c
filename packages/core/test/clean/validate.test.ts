import { validate } from "@solidata/core";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";

const now = new Date("2024-06-30T00:00:00Z");

describe("validate", () => {
  it("quarantines rows a canonical table cannot use and keeps the rest", async () => {
    const table = aq.table({
      visit_date: [
        new Date("2024-01-05T00:00:00Z"),
        null,
        new Date("2030-01-01T00:00:00Z"),
        new Date("2024-02-01T00:00:00Z"),
      ],
      quantity: [1, 2, 3, -4],
      note: ["a", "b", "c", "d"],
      _line: [2, 3, 4, 5],
    });
    const out = await validate(table, "visits", { now });
    expect(out.valid.objects()).toEqual([
      { visit_date: new Date("2024-01-05T00:00:00Z"), quantity: 1, note: "a", _line: 2 },
    ]);
    expect(out.quarantine.array("line")).toEqual([3, 4, 5]);
    expect(out.byCode).toEqual({ "clean.required_missing": 1, "clean.future_date": 1, "clean.negative_value": 1 });
  });
  it("warns about, and empties, descriptive values that are not valid; an implausible one sets its row aside", async () => {
    const table = aq.table({
      activity_date: [new Date("2024-01-05T00:00:00Z"), new Date("2024-01-06T00:00:00Z")],
      email: ["nope", "a@b.org"],
      age: [40, 150],
    });
    const out = await validate(table, "volunteers", { now });
    expect(out.valid.numRows()).toBe(1);
    expect(out.valid.get("email", 0)).toBeNull();
    expect(out.valid.get("age", 0)).toBe(40);
    expect(out.warnings.map((w) => w.code)).toEqual(["clean.invalid_email"]);
    // an age of 150 is outside [0, 120]: the row is quarantined, naming the column and the rule
    expect(out.byCode).toEqual({ "clean.out_of_range": 1 });
  });
  it("reads counts written with their unit", async () => {
    const table = aq.table({ age: ["45 ans", "12 years", "x"], household_size: ["3 pers.", "2", "4 personnes"] });
    const out = await validate(table, "beneficiaries", { now });
    expect(out.valid.array("age")).toEqual([45, 12, null]);
    expect(out.valid.array("household_size")).toEqual([3, 2, 4]);
  });
});
