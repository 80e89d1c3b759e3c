import { describe, expect, it } from "vitest";
import { recipeColumn } from "../../src/clean/recipe-column.js";

describe("recipeColumn", () => {
  it("keeps the reason, score and evidence of a header match for recipe.json", () => {
    expect(
      recipeColumn({
        header: "Adhérent",
        field: null,
        confidence: 0,
        method: "none",
        headerScore: 0.81,
        valueFit: 0,
        evidence: "map.values_yes_no",
        reason: "map.reason_rejected_by_values",
        rejectedField: "person_id",
      }),
    ).toEqual({
      header: "Adhérent",
      field: null,
      method: "none",
      confidence: 0,
      headerScore: 0.81,
      valueFit: 0,
      evidence: "map.values_yes_no",
      reason: "map.reason_rejected_by_values",
      rejectedField: "person_id",
    });
  });
});
