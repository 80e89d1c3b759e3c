import { clusterCounts, clusterLabels } from "@solidata/core";
import { describe, expect, it } from "vitest";

describe("clusterLabels", () => {
  it("groups the usual variants of a label and proposes the most frequent one", () => {
    const values = [
      "Distribution alimentaire",
      "Distribution alimentaire",
      "distribution alimentaire ",
      "Distrib. alimentaire",
      "DISTRIBUTION ALIMENTAIRE",
      "Accueil",
      "Aide aux devoirs",
      null,
      "",
    ];
    const clusters = clusterLabels(values);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]?.suggestion).toBe("Distribution alimentaire");
    expect(clusters[0]?.values).toEqual([
      { value: "Distribution alimentaire", count: 2 },
      { value: "distribution alimentaire ", count: 1 },
      { value: "DISTRIBUTION ALIMENTAIRE", count: 1 },
      { value: "Distrib. alimentaire", count: 1 },
    ]);
    expect(clusters[0]?.methods).toEqual(["fingerprint", "ngram", "phonetic", "prefix"]);
  });
  it("uses only the methods asked for: fingerprint alone does not join abbreviations", () => {
    const clusters = clusterLabels(
      ["Distribution alimentaire", "alimentaire, distribution", "Distrib. alimentaire"],
      ["fingerprint"],
    );
    expect(clusters.map((c) => c.values.map((v) => v.value))).toEqual([
      ["alimentaire, distribution", "Distribution alimentaire"],
    ]);
  });
  it("joins spelling variants with the French phonetic key", () => {
    const clusters = clusterLabels(["Atelier cuisine", "Ateliers cuizine", "Maraude"], ["phonetic"]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]?.values.map((v) => v.value).sort()).toEqual(["Atelier cuisine", "Ateliers cuizine"]);
  });
  it("returns nothing when every label is distinct under every key", () => {
    expect(clusterLabels(["Accueil", "Maraude", "Collecte"])).toEqual([]);
  });
  it("scales linearly: 100 000 distinct labels are keyed once each", () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 100_000; i++) counts.set(`Label ${i.toString(36)} ${i % 7 === 0 ? "X" : "x"}`, 1);
    const clusters = clusterCounts(counts, ["fingerprint"]);
    // "Label a x" and "Label a X" never both exist (i is unique), so no two labels share a fingerprint
    expect(clusters).toEqual([]);
    counts.set("label 0 x", 1); // collides with "Label 0 X"
    expect(clusterCounts(counts, ["fingerprint"]).map((c) => c.values.length)).toEqual([2]);
  });
});
