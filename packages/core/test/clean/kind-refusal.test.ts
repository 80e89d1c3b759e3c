import { detectKind, formatIssue, kindRefusal } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("kindRefusal", () => {
  it("names the best candidates, the score and how to choose, in French and English", () => {
    const refusal = kindRefusal(detectKind({ headers: ["Commune"] }), "communes.csv");
    expect(refusal).toMatchObject({
      code: "clean.kind_uncertain",
      severity: "error",
      params: { file: "communes.csv", score: 0, threshold: 0.3, tie: "yes" },
    });
    expect(formatIssue(refusal, "en")).toMatch(
      /uncertain \(score 0, below 0\.3\); best candidates: .*--schema .*files\[\]\.kind/,
    );
    expect(formatIssue(refusal, "fr")).toMatch(
      /incertain \(score 0, sous le seuil 0\.3\) ; meilleurs candidats : .*--schema/,
    );
  });
  it("says nothing was recognised when no header matched", () => {
    expect(kindRefusal(detectKind({ headers: ["foo", "bar"] }), "x.csv")).toEqual({
      code: "clean.schema_not_detected",
      severity: "error",
      params: { file: "x.csv" },
    });
  });
});
