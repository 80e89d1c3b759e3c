import { publicSuppressed } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("publicSuppressed", () => {
  it("lists where cells are hidden, never why", () => {
    const listed = publicSuppressed([
      { table: "t", row: 1, column: "n", rule: "complementary", k: 10 },
      { table: "t", row: 2, column: "n", rule: "primary", k: 10 },
    ]);
    expect(listed).toEqual([
      { table: "t", row: 1, column: "n", status: "suppressed" },
      { table: "t", row: 2, column: "n", status: "suppressed" },
    ]);
    expect(JSON.stringify(listed)).not.toMatch(/complementary|primary|"k"/);
  });
});
