import { readFileSync } from "node:fs";
import { applyRecipe, cleanTable, fromCSV, recipeSchema, safeApplyRecipe, safeParseRecipe } from "@solidata/core";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { realReference } from "./reference.js";

const now = new Date("2024-12-31T00:00:00Z");
const reference = realReference();

const january = `N° adhérent;Prénom;CP;Date de la mission;Mission;Nb d'heures
A01;MARIE;1400;05/01/2024;Distribution alimentaire;2h
A02;paul;75 012;06/01/2024;Distrib. alimentaire;1,5
A03;Léa;20000;31/01/2024;Accueil;3
`;
const february = `N° adhérent;Prénom;CP;Date de la mission;Mission;Nb d'heures
A01;Marie;01400;02/02/2024;Distrib. alimentaire;2
A04;JEAN;13001;03/02/2024;Distribution alimentaire;1h30
A05;Zoé;97100;04/02/2024;Accueil;45 min
`;

describe("recipes", () => {
  it("re-applied to next month's file give the same result as cleaning it interactively", async () => {
    const first = await cleanTable(fromCSV(january).table, { now, reference, mergeLabels: true });
    const again = await applyRecipe(fromCSV(february).table, JSON.parse(JSON.stringify(first.recipe)), {
      now,
      reference,
    });
    const interactive = await cleanTable(fromCSV(february).table, { now, reference, mergeLabels: true });
    expect(again.report.uncovered).toEqual([]);
    expect(again.clean.objects()).toEqual(interactive.clean.objects());
    // "Accueil" is a variant of the vocabulary's "Accueil et orientation"
    expect(again.clean.array("activity")).toEqual([
      "Distribution alimentaire",
      "Distribution alimentaire",
      "Accueil et orientation",
    ]);
    expect(again.clean.array("hours")).toEqual([2, 1.5, 0.75]);
  });

  it("reports, and does not guess, what the recipe does not cover", async () => {
    const first = await cleanTable(fromCSV(january).table, { now, reference });
    const march = `N° adhérent;Prénom;Date de la mission;Mission;Nb d'heures;Remarque
A01;Marie;01/03/2024;Maraude;2;rien
`;
    const out = await applyRecipe(fromCSV(march).table, first.recipe, { now, reference });
    expect(out.report.uncovered).toEqual([
      { code: "clean.recipe_header_uncovered", severity: "warning", column: "Remarque" },
      { code: "clean.recipe_column_missing", severity: "warning", column: "CP" },
      {
        code: "clean.recipe_value_uncovered",
        severity: "warning",
        column: "Mission",
        value: "Maraude",
        params: { count: 1, field: "activity" },
      },
    ]);
    expect(out.clean.array("activity")).toEqual(["Maraude"]);
    expect(out.clean.array("Remarque")).toEqual(["rien"]);
  });

  it("lets a label typed differently from one it knows follow it, and reports the others", async () => {
    const first = await cleanTable(aq.table({ Date: ["01/03/2024", "02/03/2024"], Antenne: ["Ajaccio", "ajaccio"] }), {
      schema: "volunteers",
      now,
    });
    expect(first.recipe.fields.site?.labels).toEqual({ Ajaccio: "Ajaccio", ajaccio: "Ajaccio" });
    const next = aq.table({
      Date: ["01/04/2024", "02/04/2024", "03/04/2024"],
      Antenne: ["AJACCIO", " ajaccio", "Bastia"],
    });
    const out = await applyRecipe(next, first.recipe, { now });
    expect(out.clean.array("site")).toEqual(["Ajaccio", "Ajaccio", "Bastia"]);
    expect(out.report.uncovered.map((u) => u.value)).toEqual(["Bastia"]);
    expect(out.recipe.fields.site?.labels?.AJACCIO).toBe("Ajaccio");
    expect(first.recipe.fields.site?.labels).not.toHaveProperty("AJACCIO");
  });

  it("lets a new label surely one with a known label follow it: same vocabulary entry, abbreviation", async () => {
    const first = await cleanTable(
      aq.table({ Date: ["01/03/2024", "02/03/2024"], Situation: ["Sans domicile", "Famille monoparentale"] }),
      { schema: "beneficiaries", now },
    );
    const next = aq.table({
      Date: ["01/04/2024", "02/04/2024", "03/04/2024", "04/04/2024"],
      Situation: ["SDF", "Famille monop.", "sans domicile", "Couple"],
    });
    const out = await cleanTable(next, { schema: "beneficiaries", recipe: first.recipe, now });
    // "Couple" is an entry of the vocabulary the first file never used: not covered, kept as read
    expect(out.clean.array("situation")).toEqual(["Sans domicile", "Famille monoparentale", "Sans domicile", "Couple"]);
    expect(out.report.uncovered.map((i) => i.value)).toEqual(["Couple"]);
    expect(out.report.merged.situation?.find((m) => m.label === "Sans domicile")?.from).toEqual([
      { value: "SDF", count: 1, rule: "vocabulary", score: 1 },
      { value: "sans domicile", count: 1, rule: "recipe", score: 1 },
    ]);
  });

  it("keeps the date order decided on the first file", async () => {
    const us = aq.table({ Date: ["12/31/2023", "01/02/2024"], Heures: [1, 2] });
    const first = await cleanTable(us, { schema: "volunteers", now });
    expect(first.recipe.fields.activity_date?.dateOrder).toBe("mdy");
    const next = await applyRecipe(aq.table({ Date: ["01/03/2024"], Heures: [1] }), first.recipe, { now });
    expect(next.clean.array("activity_date")).toEqual([new Date("2024-01-03T00:00:00Z")]);
  });

  it("refuses a malformed recipe with issues in the safe form", async () => {
    expect(safeParseRecipe({ format: "solidata-recipe", version: 2 }).ok).toBe(false);
    const out = await safeApplyRecipe(aq.table({ a: [1] }), { format: "other" });
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.issues.every((i) => i.code === "clean.recipe_invalid")).toBe(true);
    await expect(applyRecipe(aq.table({ a: [1] }), null)).rejects.toThrow("applyRecipe requires a valid recipe");
    const edited = {
      format: "solidata-recipe",
      version: 1,
      schema: "visits",
      columns: [{ header: "a", field: "hours" }],
      fields: {},
    };
    const wrong = await safeApplyRecipe(aq.table({ a: [1] }), edited);
    expect(wrong).toEqual({
      ok: false,
      issues: [
        {
          code: "clean.recipe_invalid",
          severity: "error",
          params: { message: 'columns: "hours" is not a field of visits' },
        },
      ],
    });
  });

  it("has its JSON Schema checked in, generated from the zod description", () => {
    const file = JSON.parse(readFileSync(new URL("../../schema/recipe.schema.json", import.meta.url), "utf8"));
    const { $id: _id, title: _title, ...rest } = file;
    expect(rest).toEqual(z.toJSONSchema(recipeSchema));
    expect(file.$id).toBe("https://solidata.org/schema/recipe/v1.json");
  });
});
