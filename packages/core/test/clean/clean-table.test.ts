import { cleanTable, formatIssue, safeCleanTable } from "@solidata/core";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import { realReference } from "./reference.js";

const now = new Date("2024-06-30T12:00:00Z");
const d = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);

function volunteerLog() {
  return aq.table({
    Prénom: ["  JEAN-PIERRE ", "marie", "Paul", "Léa", "Ana"],
    "E-mail": ["JP@Asso.FR", "pas-un-mail", "", "lea@asso.fr", "ana@asso.fr"],
    "Tél. portable": ["06 12 34 56 78", "612345679", "", "+33 7 00 00 00 00", ""],
    CP: ["75 012", "1400", "ABC", "20000", "97100"],
    Ville: ["Paris", "Romans", "", "Ajaccio", ""],
    "Date de la mission": ["03/04/2024", "31/02/2024", "05/04/2024", "", "01/08/2024"],
    Mission: ["Distribution alimentaire", "distribution  alimentaire ", "Distrib. alimentaire", "Accueil", "Accueil"],
    "Nb d'heures": ["2h30", "1,5", "-2", "3", "1"],
    Remarques: ["=1+1", "ok", "", "x", "y"],
    _line: [2, 3, 4, 6, 7],
  });
}

describe("cleanTable onProgress", () => {
  it("reports the rows cleaned as each field is normalised, ending at every row", async () => {
    const table = volunteerLog();
    const calls: [number, number][] = [];
    await cleanTable(table, { schema: "volunteers", now, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.length).toBeGreaterThan(2);
    expect(calls.every(([, total]) => total === table.numRows())).toBe(true);
    expect(calls.every(([done], k) => k === 0 || done >= (calls[k - 1] as [number, number])[0])).toBe(true);
    expect(calls[0]).toEqual([0, 5]);
    expect(calls.at(-1)).toEqual([5, 5]);
  });
});

describe("cleanTable", () => {
  it("maps, normalises and splits rows into clean and quarantine, reconciling counts", async () => {
    const { clean, quarantine, report, schema } = await cleanTable(volunteerLog(), { now, reference: realReference() });
    expect(schema).toBe("volunteers");
    expect(report.rowsIn).toBe(5);
    expect(report.rowsClean + report.rowsQuarantined).toBe(5);
    // line 3: 31/02 is a date the calendar does not have; line 4: negative hours; line 6: no activity date; line 7: in the future
    expect(quarantine.array("line")).toEqual([3, 4, 6, 7]);
    expect(quarantine.array("code")).toEqual([
      "clean.impossible_date",
      "clean.negative_value",
      "clean.required_missing",
      "clean.future_date",
    ]);
    expect(report.byCode).toEqual({
      "clean.impossible_date": 1,
      "clean.negative_value": 1,
      "clean.required_missing": 1,
      "clean.future_date": 1,
    });
    expect(quarantine.array("message_fr")[0]).toBe(
      "ligne 3 : Date de la mission « 31/02/2024 » est une date qui n'existe pas au calendrier (attendu : dd/mm/yyyy)",
    );
    expect(quarantine.array("message_en")[1]).toBe("line 4: Nb d'heures is negative (-2)");
    // original values are kept as read
    expect(quarantine.array("Mission")[1]).toBe("Distrib. alimentaire");
    expect(quarantine.array("Nb d'heures")[1]).toBe("-2");
    expect(clean.objects()).toEqual([
      {
        first_name: "Jean-Pierre",
        email: "jp@asso.fr",
        phone: "+33612345678",
        postcode: "75012",
        commune_code: "75056",
        departement: "75",
        region: "11",
        commune: "Paris",
        activity_date: d("2024-04-03"),
        activity: "Distribution alimentaire",
        hours: 2.5,
        Remarques: "=1+1",
        _line: 2,
      },
    ]);
  });

  it("warns and empties descriptive cells that cannot be read, keeping the row", async () => {
    const table = aq.table({
      "Date de la mission": ["03/04/2024"],
      "E-mail": ["pas-un-mail"],
      CP: ["ABC"],
      Heures: ["1"],
    });
    const { clean, report } = await cleanTable(table, { now, reference: realReference() });
    expect(clean.numRows()).toBe(1);
    expect(clean.get("email", 0)).toBeNull();
    expect(clean.get("postcode", 0)).toBeNull();
    expect(report.warningsByCode).toEqual({ "clean.invalid_email": 1, "clean.invalid_postcode": 1 });
    expect(report.warnings[0]).toEqual({
      code: "clean.invalid_email",
      severity: "warning",
      line: 2,
      column: "E-mail",
      value: "pas-un-mail",
    });
  });

  it("counts cells changed by each operation", async () => {
    const { report } = await cleanTable(volunteerLog(), { now, reference: realReference() });
    const cells = (field: string, operation: string) =>
      report.changes.find((c) => c.field === field && c.operation === operation)?.cells;
    expect(cells("first_name", "name")).toBe(2); // "  JEAN-PIERRE " and "marie"
    expect(cells("email", "email")).toBe(1); // "JP@Asso.FR"; the invalid one is counted as emptied
    expect(cells("email", "blank_invalid")).toBe(1);
    expect(cells("postcode", "postcode")).toBe(2); // "75 012", "1400"
    expect(cells("activity", "category")).toBe(1); // "distribution  alimentaire "
  });

  it("merges confident label clusters by default, lists what became what, and keeps every label when asked", async () => {
    const merged = await cleanTable(volunteerLog(), { now, reference: realReference() });
    expect(merged.recipe.fields.activity?.labels?.["Distrib. alimentaire"]).toBe("Distribution alimentaire");
    expect(merged.report.changes.filter((c) => c.operation.startsWith("merge_"))).toEqual([
      { field: "activity", operation: "merge_format", cells: 1 },
      { field: "activity", operation: "merge_labels", cells: 3 }, // "Distrib. alimentaire", "Accueil" twice
    ]);
    // what the report's appendix prints: the label kept, and each variant with its rows and rule
    expect(merged.report.merged.activity).toEqual([
      {
        label: "Accueil et orientation",
        rows: 2,
        entry: "reception_guidance",
        from: [{ value: "Accueil", count: 2, rule: "vocabulary", score: 1 }],
      },
      {
        label: "Distribution alimentaire",
        rows: 2,
        entry: "food_distribution",
        from: [
          { value: "Distrib. alimentaire", count: 1, rule: "abbreviation", score: 0.95 },
          { value: "distribution alimentaire", count: 1, rule: "key", score: 1 },
        ],
      },
    ]);
    const listed = await cleanTable(volunteerLog(), { now, reference: realReference(), mergeLabels: false });
    // "distribution  alimentaire " differs only in case and spaces: merged in any case; the abbreviation is listed
    expect(listed.recipe.fields.activity?.labels?.["Distrib. alimentaire"]).toBe("Distrib. alimentaire");
    expect(listed.recipe.fields.activity?.labels?.["distribution alimentaire"]).toBe("Distribution alimentaire");
    expect(listed.report.changes.find((c) => c.operation === "merge_labels")).toBeUndefined();
    expect(listed.report.clusters.activity?.[0]?.values.map((v) => v.value).sort()).toEqual([
      "Distrib. alimentaire",
      "Distribution alimentaire",
      "distribution alimentaire",
    ]);
  });

  it("joins labels through the user's vocabularies and applies a person's decisions over the merging", async () => {
    const table = aq.table({
      "Date de la mission": Array(6).fill("03/04/2024"),
      Mission: ["Maraude", "Maraude du soir", "Tournée Nord", "Accueil", "Collecte", "Collecte de jouets"],
    });
    const out = await cleanTable(table, {
      schema: "volunteers",
      now,
      vocabularies: { activity: { Maraude: ["Tournée Nord", "Maraude du soir"] } },
      labelDecisions: { activity: { "Collecte de jouets": "Collecte", Accueil: "Accueil" } },
    });
    expect(out.clean.array("activity")).toEqual(["Maraude", "Maraude", "Maraude", "Accueil", "Collecte", "Collecte"]);
    expect(out.report.merged.activity).toEqual([
      {
        label: "Maraude",
        rows: 2,
        entry: "user",
        from: [
          { value: "Maraude du soir", count: 1, rule: "vocabulary", score: 1 },
          { value: "Tournée Nord", count: 1, rule: "vocabulary", score: 1 },
        ],
      },
      { label: "Collecte", rows: 1, from: [{ value: "Collecte de jouets", count: 1, rule: "decision", score: 1 }] },
    ]);
    // the decisions are in the recipe: replayed, they give the same labels
    const again = await cleanTable(table, { recipe: JSON.parse(JSON.stringify(out.recipe)), now });
    expect(again.clean.array("activity")).toEqual(out.clean.array("activity"));
    expect(again.report.uncovered).toEqual([]);
  });

  it("merges labels that differ only in case, accents or spaces into their most frequent variant", async () => {
    const table = aq.table({
      "Date de la mission": Array(9).fill("03/04/2024"),
      // "ajaccio" is the most frequent; "Epicerie"/"Épicerie" tie: the accented one wins;
      // "Maraude"/"maraude" tie: the capitalised one; "Accueil"/"ACCUEIL" tie (both capitals): the first seen
      Antenne: ["ajaccio", "Ajaccio", "ajaccio", "AJACCIO ", "Nice", "Nice", "Nice", "Nice", "Nice"],
      Mission: ["Epicerie", "Épicerie", "maraude", "Maraude", "Accueil", "ACCUEIL", "Épicerie solidaire", "x", "X"],
    });
    // rows repeat on purpose here: duplicates are another test's subject; without the built-in
    // vocabularies, which would make "Accueil" "Accueil et orientation"
    const out = await cleanTable(table, {
      schema: "volunteers",
      now,
      mergeDuplicates: false,
      builtinVocabularies: false,
    });
    expect(out.clean.array("site")).toEqual([
      "ajaccio",
      "ajaccio",
      "ajaccio",
      "ajaccio",
      "Nice",
      "Nice",
      "Nice",
      "Nice",
      "Nice",
    ]);
    expect(out.clean.array("activity")).toEqual([
      "Épicerie",
      "Épicerie",
      "Maraude",
      "Maraude",
      "Accueil",
      "Accueil",
      "Épicerie solidaire",
      "X",
      "X",
    ]);
    const changes = out.report.changes.filter((c) => c.operation === "merge_format");
    expect(changes).toEqual([
      { field: "activity", operation: "merge_format", cells: 4 },
      { field: "site", operation: "merge_format", cells: 2 },
    ]);
    // the merges are in the recipe: a replay on a file with the same variants does the same
    expect(out.recipe.fields.site?.labels).toEqual({
      AJACCIO: "ajaccio",
      Ajaccio: "ajaccio",
      Nice: "Nice",
      ajaccio: "ajaccio",
    });
    const again = await cleanTable(table, {
      recipe: JSON.parse(JSON.stringify(out.recipe)),
      now,
      mergeDuplicates: false,
      builtinVocabularies: false,
    });
    expect(again.clean.objects()).toEqual(out.clean.objects());
    expect(again.report.changes.filter((c) => c.operation === "merge_format")).toEqual(changes);
  });

  it("gives identifiers back the leading zeros a spreadsheet removed, and says so", async () => {
    const table = aq.table({
      // all-digit values: 10, of which 5 have 6 digits and start with 0 (half: enough evidence)
      "N° adhérent": [
        "000065",
        "65",
        "000123",
        "A12",
        "042",
        "1234567",
        "7",
        " 65 ",
        "000065",
        "B007",
        "000099",
        "000100",
      ],
      "Date de la mission": Array(12).fill("03/04/2024"),
      _line: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
    });
    const out = await cleanTable(table, { schema: "volunteers", now, mergeDuplicates: false });
    expect(out.clean.array("person_id")).toEqual([
      "000065",
      "000065",
      "000123",
      "A12",
      "000042",
      "1234567",
      "000007",
      "000065",
      "000065",
      "B007",
      "000099",
      "000100",
    ]);
    expect(out.recipe.fields.person_id?.padWidth).toBe(6);
    expect(out.report.changes).toContainEqual({ field: "person_id", operation: "pad_zeros", cells: 4 });
    expect(out.report.warnings).toContainEqual({
      code: "clean.id_longer_than_padding",
      severity: "warning",
      line: 7,
      column: "N° adhérent",
      value: "1234567",
      expected: "6",
    });
    // replayed, the recipe pads to the stored width even when the new file shows no zero itself
    const next = aq.table({ "N° adhérent": ["65", "12"], "Date de la mission": ["04/04/2024", "05/04/2024"] });
    const replay = await cleanTable(next, { recipe: out.recipe, now });
    expect(replay.clean.array("person_id")).toEqual(["000065", "000012"]);
    expect(replay.report.changes).toContainEqual({ field: "person_id", operation: "pad_zeros", cells: 2 });
  });

  it("pads identifiers only with evidence of zero padding", async () => {
    const ids = async (values: string[]) => {
      const table = aq.table({ "N° adhérent": values, "Date de la mission": values.map(() => "03/04/2024") });
      const out = await cleanTable(table, { schema: "volunteers", now });
      return { ids: out.clean.array("person_id"), width: out.recipe.fields.person_id?.padWidth };
    };
    // no value starts with 0: widths differ because numbers grow
    expect(await ids(["65", "123", "4567", "1234", "9999"])).toEqual({
      ids: ["65", "123", "4567", "1234", "9999"],
      width: undefined,
    });
    // the zero-led width is not the dominant one (fewer than half of the all-digit values)
    expect(await ids(["0065", "12", "13", "14", "15"])).toEqual({
      ids: ["0065", "12", "13", "14", "15"],
      width: undefined,
    });
    // identifiers with letters are never padded, nor count as evidence
    expect(await ids(["B0001", "B0002", "12"])).toEqual({ ids: ["B0001", "B0002", "12"], width: undefined });
  });

  it("writes follow-up waves as their number, whatever the export called them", async () => {
    const table = aq.table({
      Identifiant: ["1", "2", "3", "4", "5", "6"],
      "Score initial": [10, 11, 12, 13, 14, 15],
      "Score suivi": [9, 10, 11, 12, 13, 14],
      Vague: ["1", "V1", "vague 1", "Wave 1", "T2", "2m"],
    });
    const out = await cleanTable(table, { schema: "outcomes", now });
    expect(out.clean.array("followup_wave")).toEqual(["1", "1", "1", "1", "2", "2m"]);
    expect(out.report.changes).toContainEqual({ field: "followup_wave", operation: "wave", cells: 4 });
  });

  it("quarantines rows the ingest could not read or found misaligned, and warns about lesser losses", async () => {
    const table = aq.table({
      Date: ["01/03/2024", "02/03/2024", "03/03/2024", "04/03/2024", null],
      Heures: ["1", "2", null, "3", "1"],
      "E-mail": ["a@b.fr", null, "c@d.fr", "e@f.fr", "g@h.fr"],
      _line: [2, 3, 4, 5, 6],
    });
    const { quarantine, report } = await cleanTable(table, {
      schema: "volunteers",
      now,
      ingestIssues: [
        // a row with a value past the header: its cells may be shifted
        { code: "ingest.ragged_row", severity: "warning", line: 3, params: { found: 4, expected: 3 } },
        { code: "ingest.value_not_parsed", severity: "warning", line: 4, column: "Heures", value: "2 heures et demie" },
        { code: "ingest.value_not_parsed", severity: "warning", line: 5, column: "E-mail", value: "e@" },
        { code: "ingest.value_not_parsed", severity: "warning", line: 6, column: "Date", value: "le 5" },
        // any problem of severity error quarantines its row
        { code: "ingest.field_too_long", severity: "error", line: 2, value: "x" },
      ],
    });
    expect(quarantine.array("line")).toEqual([2, 3, 4, 6]);
    expect(quarantine.array("code")).toEqual([
      "clean.value_not_parsed",
      "clean.ragged_row",
      "clean.value_not_parsed",
      "clean.required_missing",
    ]);
    expect(quarantine.array("other_codes")).toEqual(["", "", "", "clean.value_not_parsed:Date"]);
    expect(quarantine.array("message_en")[1]).toBe(
      "line 3 does not have the 3 cells of the header: its values may be shifted",
    );
    expect(quarantine.array("message_fr")[2]).toBe(
      "ligne 4 : Heures n'a pas pu être lu à l'import (2 heures et demie)",
    );
    expect(report.rowsClean).toBe(1);
    expect(report.warnings).toContainEqual({
      code: "clean.value_not_parsed",
      severity: "warning",
      line: 5,
      column: "E-mail",
      value: "e@",
    });
  });

  it("cleans a table without rows into empty tables that keep their columns", async () => {
    const { clean, quarantine, report } = await cleanTable(aq.table({ Date: [], Heures: [] }), {
      schema: "volunteers",
      now,
    });
    expect([report.rowsIn, report.rowsClean, report.rowsQuarantined]).toEqual([0, 0, 0]);
    expect(clean.columnNames()).toEqual(["activity_date", "hours", "_line"]);
    expect(quarantine.columnNames()).toEqual([
      "line",
      "column",
      "code",
      "message_en",
      "message_fr",
      "other_codes",
      "flags",
      "Date",
      "Heures",
    ]);
  });

  it("numbers lines from 2 when the table has no _line column", async () => {
    const { quarantine } = await cleanTable(aq.table({ Date: ["x"], Heures: [1] }), { schema: "volunteers", now });
    expect(quarantine.array("line")).toEqual([2]);
  });

  it("reports a table it cannot recognise as issues in the safe form", async () => {
    const out = await safeCleanTable(aq.table({ foo: [1], bar: [2] }));
    expect(out).toEqual({ ok: false, issues: [{ code: "clean.schema_not_detected", severity: "error" }] });
    await expect(
      safeCleanTable(aq.table({ a: [1] }), { schema: "visits", mapping: { a: "hours" } }),
    ).resolves.toMatchObject({
      ok: false,
      issues: [{ code: "clean.mapping_invalid" }],
    });
  });

  it("counts people and rows once: identifiers case-folded, numbers filled from the e-mail, duplicates merged and listed", async () => {
    const table = aq.table({
      "N° adhérent": ["AB12", "ab12", null, "AB13", "AB14", "AB15", "AB16", "AB17", "AB18", "AB19", "AB12"],
      "E-mail": ["a@x.fr", "a@x.fr", "a@x.fr", "b@x.fr", null, null, null, null, null, null, "a@x.fr"],
      "Date de la mission": [
        "01/03/2024",
        "2024-03-01",
        "05/03/2024",
        "02/03/2024",
        "03/03/2024",
        "03/03/2024",
        "03/03/2024",
        "03/03/2024",
        "03/03/2024",
        "03/03/2024",
        "01/03/2024",
      ],
      "Nb d'heures": ["2,5", "2,50", "1", "3", "1", "1", "1", "1", "1", "1", "2,5"],
      _line: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    });
    const out = await cleanTable(table, { schema: "volunteers", now });
    // line 3 is line 2 typed again: merged; line 12 is line 2 cell for cell, alone far below: kept, listed
    expect(out.duplicates.objects()).toEqual([
      {
        line: 3,
        kept_line: 2,
        rule: "normalised",
        message_en: "line 3 repeats line 2 just above once cleaned: merged into it",
        message_fr: "la ligne 3 répète la ligne 2 juste au-dessus, une fois nettoyée : fusionnée avec elle",
      },
    ]);
    expect(out.report).toMatchObject({ rowsIn: 11, rowsClean: 10, rowsQuarantined: 0, rowsMerged: 1 });
    expect(out.report.mergedByRule).toEqual({ normalised: 1 });
    expect(out.report.warnings).toContainEqual({
      code: "clean.possible_duplicate",
      severity: "info",
      line: 12,
      params: { kept_line: 2 },
    });
    expect(out.clean.array("person_id")).toEqual([
      "AB12",
      "AB12",
      "AB13",
      "AB14",
      "AB15",
      "AB16",
      "AB17",
      "AB18",
      "AB19",
      "AB12",
    ]);
    expect(out.recipe.fields.person_id?.idCase).toBe("upper");
    expect(out.report.changes).toContainEqual({ field: "person_id", operation: "fold_case", cells: 1 });
    expect(out.report.changes).toContainEqual({ field: "person_id", operation: "fill_from_email", cells: 1 });
    expect(out.report.warnings).toContainEqual({
      code: "clean.person_id_filled",
      severity: "info",
      line: 4,
      column: "N° adhérent",
      value: "AB12",
      params: { field: "email" },
    });
    const filled = out.report.warnings.find((w) => w.code === "clean.person_id_filled");
    expect(filled && formatIssue(filled, "fr")).toBe(
      "ligne 4 : N° adhérent était vide ; AB12 attribué : seul identifiant vu avec le même email",
    );
    // the case is in the recipe: a file written all in small letters follows it
    const next = await cleanTable(aq.table({ "N° adhérent": ["ab20"], "Date de la mission": ["04/03/2024"] }), {
      recipe: out.recipe,
      now,
    });
    expect(next.clean.array("person_id")).toEqual(["AB20"]);
    const kept = await cleanTable(table, { schema: "volunteers", now, mergeDuplicates: false, fillPersonIds: false });
    expect(kept.report).toMatchObject({ rowsClean: 11, rowsMerged: 0 });
    expect(kept.clean.array("person_id")[2]).toBeNull();
  });

  it("keeps a row short only of optional last cells, with a warning", async () => {
    const table = aq.table({
      "Date de la mission": ["01/03/2024", "02/03/2024"],
      "Nb d'heures": ["2", "3"],
      Antenne: ["Nice", null],
      _line: [2, 3],
    });
    const out = await cleanTable(table, {
      schema: "volunteers",
      now,
      ingestIssues: [{ code: "ingest.ragged_row", severity: "warning", line: 3, params: { found: 2, expected: 3 } }],
    });
    expect(out.report.rowsClean).toBe(2);
    expect(out.report.warnings).toContainEqual({
      code: "clean.short_row",
      severity: "warning",
      line: 3,
      column: "Antenne",
      params: { count: 1, columns: "Antenne" },
    });
  });
});
