import { formatIssue, fromCSV, LinkError, linkRecords } from "@solidata/core";
import { describe, expect, it } from "vitest";

const REGISTER =
  "nom;prénom;né le;courriel\n" +
  "Durand;Marie;03/04/1985;marie.durand@exemple.fr\n" +
  "Martin;Paul;01/01/1990;\n" +
  "DURAND;Marie;04/03/1985;Marie.Durand@exemple.fr\n" +
  "Lefèvre;Jean-Pierre;12/11/1972;jp.lefevre@exemple.fr\n" +
  "Lefevre;Jean Pierre;12/11/1972;\n" +
  "Petit;Louise;08/08/2001;louise@exemple.fr\n" +
  "Martin;Pauline;01/01/1990;\n";
const register = () => ({ name: "inscrits.csv", table: fromCSV(REGISTER).table });

describe("linkRecords", () => {
  it("links the same person typed with another case, accents, hyphen and a day/month swap (the TSDoc example)", () => {
    const { clusters, review, clusterOf, report } = linkRecords([register()]);
    expect(clusters.map((c) => c.records.join(" "))).toEqual([
      "inscrits.csv:1 inscrits.csv:3",
      "inscrits.csv:2",
      "inscrits.csv:4 inscrits.csv:5",
      "inscrits.csv:6",
      "inscrits.csv:7",
    ]);
    expect(review.map((p) => `${p.a} ${p.b}`)).toEqual(["inscrits.csv:2 inscrits.csv:7"]);
    expect(clusterOf[0]).toEqual([
      "inscrits.csv:1",
      "inscrits.csv:2",
      "inscrits.csv:1",
      "inscrits.csv:4",
      "inscrits.csv:4",
      "inscrits.csv:6",
      "inscrits.csv:7",
    ]);
    expect(report.counts).toMatchObject({ records: 7, clusters: 5, clustersWithSeveralRecords: 2, pairsReview: 1 });
    // the chosen identity columns are said
    const chosen = report.issues.find((i) => i.code === "link.fields_chosen");
    expect(chosen?.params?.fields).toBe("nom (last_name), prénom (first_name), né le (birth_date), courriel (email)");
  });

  it("replays review decisions: an accepted pair is linked, a rejected one is split and leaves the review list", () => {
    const accepted = linkRecords([register()], {
      decisions: [{ a: "inscrits.csv:7", b: "inscrits.csv:2", decision: "accept" }],
    });
    expect(accepted.clusterOf[0]?.[6]).toBe("inscrits.csv:2");
    expect(accepted.review).toEqual([]);
    expect(accepted.report.counts.decisionsReplayed).toBe(1);
    const rejected = linkRecords([register()], {
      decisions: [
        { a: "inscrits.csv:1", b: "inscrits.csv:3", decision: "reject" },
        { a: "inscrits.csv:2", b: "inscrits.csv:7", decision: "reject" },
      ],
    });
    expect(rejected.clusterOf[0]?.[2]).toBe("inscrits.csv:3");
    expect(rejected.review).toEqual([]);
    expect(rejected.pairs.find((p) => p.a === "inscrits.csv:1" && p.b === "inscrits.csv:3")?.status).toBe("rejected");
    // a decision on a record that does not exist is reported, not applied
    const unknown = linkRecords([register()], {
      decisions: [{ a: "inscrits.csv:1", b: "inscrits.csv:99", decision: "accept" }],
    });
    expect(unknown.report.issues.map((i) => i.code)).toContain("link.decision_unknown_record");
  });

  it("explains every pair: the prior and the field weights add up to its match weight", () => {
    const { pairs, report } = linkRecords([register()]);
    const prior = Math.log2(report.priorMatchProbability / (1 - report.priorMatchProbability));
    expect(pairs.length).toBeGreaterThan(0);
    for (const pair of pairs) {
      const sum = prior + pair.fields.reduce((s, f) => s + f.weight, 0);
      expect(sum).toBeCloseTo(pair.weight, 1);
      expect(pair.probability).toBeCloseTo(1 / (1 + 2 ** -pair.weight), 2);
      expect(pair.fields.map((f) => f.field)).toEqual(["last_name", "first_name", "birth_date", "email"]);
    }
    const swapped = pairs.find((p) => p.a === "inscrits.csv:1" && p.b === "inscrits.csv:3");
    expect(swapped?.fields.find((f) => f.field === "birth_date")?.level).toBe("swapped_or_one_digit");
  });

  it("links across tables, first and last name swapped, with stable cluster ids whatever the order of the tables", () => {
    const visits = {
      name: "visites.csv",
      table: fromCSV(
        "Prénom;Nom;Date de naissance\nDURAND;Marie;1985-04-03\nLouise;Petit;2001-08-08\nJean-Pierre;LEFEVRE;1972-11-12\n",
      ).table,
    };
    const one = linkRecords([register(), visits]);
    const two = linkRecords([visits, register()]);
    const byKey = (r: typeof one) => Object.fromEntries(r.clusters.flatMap((c) => c.records.map((k) => [k, c.id])));
    expect(byKey(one)).toEqual(byKey(two));
    expect(byKey(one)["visites.csv:1"]).toBe("inscrits.csv:1");
    expect(byKey(one)["visites.csv:2"]).toBe("inscrits.csv:6");
    expect(byKey(one)["visites.csv:3"]).toBe("inscrits.csv:4");
    // across only: records of one table are not compared with each other
    const across = linkRecords([register(), visits], { within: false });
    expect(across.pairs.every((p) => p.a.split(":")[0] !== p.b.split(":")[0])).toBe(true);
  });

  it("counts each blocking rule's pairs before comparing and refuses a rule over the cap, with a suggestion", () => {
    const rows = ["nom;prénom;né le"];
    for (let i = 0; i < 60; i++)
      rows.push(`Martin;Paul;${String((i % 28) + 1).padStart(2, "0")}/01/19${50 + (i % 40)}`);
    const table = fromCSV(`${rows.join("\n")}\n`).table;
    const result = linkRecords([{ name: "t.csv", table }], { maxPairsPerRule: 100 });
    const names = result.report.blocking.find((b) => b.rule === "first_name.names");
    // 60 records with the same names: 60 × 59 / 2 pairs
    expect(names).toMatchObject({ pairs: 1770, refused: true, newPairs: 0 });
    // a default rule over the cap is replaced by a stricter one, which is counted in turn
    const tightened = result.report.issues.find((i) => i.code === "link.rule_tightened");
    expect(tightened?.params).toMatchObject({
      rule: "first_name.names",
      pairs: 1770,
      cap: 100,
      suggestion: "first_name.names+birth_date.year",
    });
    const stricter = result.report.blocking.find((b) => b.rule === "first_name.names+birth_date.year");
    expect(stricter?.refused).toBe(false);
    expect(stricter?.pairs).toBeLessThanOrEqual(100);
    // a rule given by the caller is refused, with the suggestion, in both languages
    const given = [{ name: "last_name", parts: [{ field: "last_name", key: "value" as const }] }];
    const withGiven = linkRecords([{ name: "t.csv", table }], {
      blocking: [...given, { name: "birth_date", parts: [{ field: "birth_date", key: "value" as const }] }],
      maxPairsPerRule: 100,
    });
    const refused = withGiven.report.issues.find((i) => i.code === "link.rule_refused");
    expect(refused?.params).toMatchObject({ rule: "last_name", pairs: 1770, cap: 100 });
    expect(formatIssue(refused as NonNullable<typeof refused>, "fr")).toContain("1770");
    expect(formatIssue(refused as NonNullable<typeof refused>, "en")).toContain("last_name+birth_date.year");
    // when every rule is refused, nothing is compared: an error
    const only = [{ name: "last_name", parts: [{ field: "last_name", key: "value" as const }] }];
    expect(() => linkRecords([{ name: "t.csv", table }], { blocking: only, maxPairsPerRule: 100 })).toThrowError(
      LinkError,
    );
    try {
      linkRecords([{ name: "t.csv", table }], { blocking: only, maxPairsPerRule: 100 });
    } catch (error) {
      expect((error as LinkError).issues.map((i) => i.code)).toEqual([
        "link.fields_chosen",
        "link.rule_refused",
        "link.no_blocking_rule",
      ]);
    }
  });

  it("refuses a table without identity column, naming the columns it looked for", () => {
    const table = fromCSV("N°;montant;date\n1;12;2024-01-02\n2;30;2024-02-03\n").table;
    try {
      linkRecords([{ name: "dons.csv", table }]);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(LinkError);
      const issue = (error as LinkError).issues[0];
      expect(issue?.code).toBe("link.no_identity_column");
      expect(issue?.params).toMatchObject({ table: "dons.csv", columns: "N°, montant, date" });
      expect(formatIssue(issue as NonNullable<typeof issue>, "fr")).toContain("date de naissance");
      expect(formatIssue(issue as NonNullable<typeof issue>, "en")).toContain("birth date");
    }
  });

  it("takes the given fields, and refuses one that no table has", () => {
    const result = linkRecords([register()], { fields: ["nom", "prénom"] });
    expect(result.report.fieldsChosen).toBe("given");
    expect(result.report.fields.map((f) => f.field)).toEqual(["last_name", "first_name"]);
    expect(() => linkRecords([register()], { fields: ["nom", "telephone"] })).toThrowError(/link.field_not_found/);
  });

  it("gives the same result twice (random pairs are seeded)", () => {
    const a = linkRecords([register()]);
    const b = linkRecords([register()]);
    expect(b.report).toEqual(a.report);
    expect(b.pairs).toEqual(a.pairs);
  });
});
