import {
  activityVocabulary,
  clusterCounts,
  clusterLabels,
  type LabelCluster,
  serviceVocabulary,
  situationVocabulary,
  statusVocabulary,
} from "@solidata/core";
import { describe, expect, it } from "vitest";

const repeat = (label: string, n: number): string[] => Array(n).fill(label);
const confident = (clusters: LabelCluster[]): LabelCluster[] => clusters.filter((c) => c.confident);
const proposed = (clusters: LabelCluster[]): LabelCluster[] => clusters.filter((c) => !c.confident);
const members = (c: LabelCluster | undefined): string[] => (c?.values ?? []).map((v) => v.value).sort();

describe("clusterLabels", () => {
  it("merges spellings with one key and suggests the most complete one", () => {
    const clusters = clusterLabels([
      ...repeat("Distribution alimentaire", 3),
      "distributions alimentaires",
      "DISTRIBUTION ALIMENTAIRE",
      "Accueil",
      null,
      "",
    ]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({ suggestion: "Distribution alimentaire", confident: true, rule: "key" });
    expect(clusters[0]?.values).toEqual([
      { value: "Distribution alimentaire", count: 3, rule: "same", score: 1 },
      { value: "DISTRIBUTION ALIMENTAIRE", count: 1, rule: "key", score: 1 },
      { value: "distributions alimentaires", count: 1, rule: "key", score: 1 },
    ]);
  });

  it("keeps the accents and the full words in the suggestion, even when rarer", () => {
    const [cluster] = clusterLabels([...repeat("Epicerie solidaire", 5), "Épicerie solidaire"]);
    expect(cluster?.suggestion).toBe("Épicerie solidaire");
    const [abbreviated] = clusterLabels([...repeat("Distrib. alim.", 5), "Distribution alimentaire"]);
    expect(abbreviated?.suggestion).toBe("Distribution alimentaire");
  });

  it("matches abbreviations word by word: dotted, known or confirmed by another word", () => {
    const clusters = clusterLabels([
      ...repeat("Distribution alimentaire", 4),
      "distribution alim.",
      "Distrib alimentaire",
      "Distrib. alim.",
      ...repeat("Accompagnement social", 2),
      "Accomp. social",
      ...repeat("Famille monoparentale", 2),
      "Famille mono",
      ...repeat("Administratif", 2),
      "Admin",
    ]);
    const byLabel = new Map(confident(clusters).map((c) => [c.suggestion, c]));
    expect(members(byLabel.get("Distribution alimentaire"))).toEqual([
      "Distrib alimentaire",
      "Distrib. alim.",
      "Distribution alimentaire",
      "distribution alim.",
    ]);
    expect(members(byLabel.get("Accompagnement social"))).toEqual(["Accomp. social", "Accompagnement social"]);
    expect(members(byLabel.get("Famille monoparentale"))).toEqual(["Famille mono", "Famille monoparentale"]);
    expect(members(byLabel.get("Administratif"))).toEqual(["Admin", "Administratif"]);
    // "alim", "admin", "distrib" are known short forms; "mono" is confirmed by "Famille"
    expect(byLabel.get("Famille monoparentale")?.values[1]).toEqual({
      value: "Famille mono",
      count: 1,
      rule: "abbreviation",
      score: 0.9,
    });
  });

  it("only proposes a lone plain prefix, and a short form that fits several labels", () => {
    const clusters = clusterLabels(["Bureau", "Bureautique", "Aide alim.", "Aide alimentaire", "Aide alimentation"]);
    expect(confident(clusters)).toEqual([]);
    const rules = proposed(clusters).map((c) => [members(c), c.rule]);
    expect(rules).toContainEqual([["Bureau", "Bureautique"], "prefix"]);
    expect(rules).toContainEqual([["Aide alim.", "Aide alimentaire", "Aide alimentation"], "ambiguous"]);
  });

  it("merges a single typo in a long word, proposes the other near matches", () => {
    const clusters = clusterLabels([
      ...repeat("Distribution alimentaire", 5),
      "Distribution alimentiare",
      "Distribtion alimentaire",
      ...repeat("Tournée", 3),
      "Journée",
      ...repeat("Atelier 1", 2),
      "Atelier 2",
    ]);
    const [food] = confident(clusters);
    expect(food?.suggestion).toBe("Distribution alimentaire");
    expect(members(food)).toEqual(["Distribtion alimentaire", "Distribution alimentaire", "Distribution alimentiare"]);
    expect(food?.rule).toBe("typo");
    expect(food?.score).toBeGreaterThanOrEqual(0.9);
    // different first letter: proposed, not merged; numbered workshops: never
    expect(proposed(clusters).map(members)).toEqual([["Journée", "Tournée"]]);
    expect(proposed(clusters)[0]?.rule).toBe("near");
    // a letter changed in a short word often makes another word: proposed; two letters swapped: a typo
    const short = clusterLabels(["Salle Tador", "Salle Tador", "Salle Tacor", "Salle Tadro"]);
    expect(short.map((c) => [members(c), c.confident])).toEqual([
      [["Salle Tador", "Salle Tadro"], true],
      [["Salle Tacor", "Salle Tador"], false],
    ]);
  });

  it('never merges labels that differ by a meaningful word ("Maraude de nuit"), and proposes them with the words', () => {
    const clusters = clusterLabels([
      ...repeat("Maraude", 5),
      "Maraudes",
      "maraude de nuit",
      ...repeat("Collecte", 4),
      "Collecte magasin",
    ]);
    expect(confident(clusters).map(members)).toEqual([["Maraude", "Maraudes"]]);
    const proposals = proposed(clusters);
    expect(proposals.map((c) => [members(c), c.rule, c.words])).toEqual([
      [["Maraude", "maraude de nuit"], "extra_words", ["nuit"]],
      [["Collecte", "Collecte magasin"], "extra_words", ["magasin"]],
    ]);
    // the suggestion of a proposal is the larger label, with the rows of its whole confident cluster
    expect(proposals[0]?.values[0]).toEqual({ value: "Maraude", count: 6, rule: "same", score: 1 });
  });

  it("joins synonyms and abbreviations through a vocabulary, with its canonical label", () => {
    const clusters = clusterCounts(
      new Map([
        ["SDF", 3],
        ["Sans domicile fixe", 1],
        ["Sans-abri", 1],
        ["Famille mono", 2],
        ["Monoparentale", 1],
        ["Seul(e)", 4],
        ["isolé", 1],
      ]),
      { vocabularies: [situationVocabulary] },
    );
    const byLabel = new Map(clusters.map((c) => [c.suggestion, c]));
    expect(members(byLabel.get("Sans domicile"))).toEqual(["SDF", "Sans domicile fixe", "Sans-abri"]);
    expect(byLabel.get("Sans domicile")).toMatchObject({ confident: true, entry: "homeless", rule: "vocabulary" });
    expect(members(byLabel.get("Famille monoparentale"))).toEqual(["Famille mono", "Monoparentale"]);
    expect(members(byLabel.get("Personne seule"))).toEqual(["Seul(e)", "isolé"]);
  });

  it("writes the canonical labels in the language of the labels", () => {
    const english = clusterLabels(["Food parcel", "Parcel", "Parcel", "Grocery", "Social grocery"], {
      vocabularies: [serviceVocabulary],
    });
    expect(english.map((c) => c.suggestion).sort()).toEqual(["Food parcel", "Social grocery"]);
    const french = clusterLabels(["Colis", "colis alim", "Épicerie"], { vocabularies: [serviceVocabulary] });
    expect(french.map((c) => c.suggestion).sort()).toEqual(["Colis alimentaire", "Épicerie solidaire"]);
    expect(clusterLabels(["Colis"], { vocabularies: [serviceVocabulary], lang: "en" })[0]?.suggestion).toBe(
      "Food parcel",
    );
  });

  it("gives group statuses one vocabulary with their active or inactive meaning", () => {
    const clusters = clusterLabels(["Actif", "En activité", "Dissous", "Fermé", "Ferme", "Inactif", "En sommeil"], {
      vocabularies: [statusVocabulary],
    });
    expect(clusters.map((c) => [c.suggestion, members(c), c.meaning])).toEqual([
      ["Fermé", ["Dissous", "Ferme", "Fermé"], "inactive"],
      ["Actif", ["Actif", "En activité"], "active"],
      ["En sommeil", ["En sommeil", "Inactif"], "inactive"],
    ]);
  });

  it("never merges two entries of a vocabulary, even when spelling would", () => {
    // "Collecte" (a food drive) is in "Collecte de fonds" (fundraising): two entries, proposed apart
    const clusters = clusterLabels([...repeat("Collecte", 3), "Collecte de fonds"], {
      vocabularies: [activityVocabulary],
    });
    expect(clusters).toEqual([]);
    // without the vocabulary, the longer label is proposed
    expect(clusterLabels([...repeat("Collecte", 3), "Collecte de fonds"]).map((c) => [members(c), c.rule])).toEqual([
      [["Collecte", "Collecte de fonds"], "extra_words"],
    ]);
  });

  it("lets a user's vocabulary join what no rule would, over the built-in one", () => {
    const labels = [
      ...repeat("Maraude", 4),
      "Maraude de nuit",
      "Tournée du soir",
      "Soutien scolaire",
      "Aide aux devoirs",
    ];
    const clusters = clusterLabels(labels, {
      vocabularies: [activityVocabulary],
      userVocabulary: { Maraude: ["Tournée du soir"], "Soutien scolaire": [] },
    });
    const byLabel = new Map(confident(clusters).map((c) => [c.suggestion, c]));
    // "Maraude de nuit" is a built-in variant of "Maraude"; "Tournée du soir" only the user's
    expect(members(byLabel.get("Maraude"))).toEqual(["Maraude", "Maraude de nuit", "Tournée du soir"]);
    expect(byLabel.get("Maraude")?.entry).toBe("user");
    // a built-in entry that shares a spelling with the user's becomes the user's: "Soutien scolaire" is the label
    expect(members(byLabel.get("Soutien scolaire"))).toEqual(["Aide aux devoirs", "Soutien scolaire"]);
    expect(byLabel.has("Aide aux devoirs")).toBe(false);
  });

  it("takes glued and split words as one spelling", () => {
    const clusters = clusterLabels([
      "Aides aux devoirs",
      "Aides aux devoirs",
      "Aidesauxdevoirs",
      "Mono-parentale",
      "Monoparentale",
    ]);
    expect(clusters.map((c) => [members(c), c.rule])).toEqual([
      [["Aides aux devoirs", "Aidesauxdevoirs"], "key"],
      [["Mono-parentale", "Monoparentale"], "key"],
    ]);
  });

  it("returns nothing when every label is distinct", () => {
    expect(clusterLabels(["Accueil", "Maraude", "Collecte"])).toEqual([]);
  });

  it("takes 100 000 distinct labels (a benchmark in bench/labels.ts measures the time)", () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 100_000; i++) counts.set(`Atelier ${i.toString(36).padStart(4, "0")}`, 1);
    counts.set("ATELIERS 0000", 1); // the key of "Atelier 0000"
    const clusters = confident(clusterCounts(counts, { nearMatches: false }));
    expect(clusters.map(members)).toEqual([["ATELIERS 0000", "Atelier 0000"]]);
  });
});
