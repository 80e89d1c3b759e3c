import { fromCSV } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { profileColumns } from "../../src/inspect/profile-columns.js";
import { renderProfileHtml } from "../../src/inspect/render-profile-html.js";
import { cliEn } from "../../src/locales/cli-en.js";
import { cliFr } from "../../src/locales/cli-fr.js";

/**
 * 30 rows of four fields, of which the rows on lines 5, 12 and 20 are ragged by construction (line 5
 * has three fields, line 12 five, line 20 two): the page must count 3 `ingest.ragged_row`.
 */
function sample(): string {
  const lines = ["Antenne;Date;Heures;Activité"];
  for (let line = 2; line <= 31; line++) {
    const row = [`Site${line % 3}`, `0${(line % 9) + 1}/03/2025`, String(line % 7), "Accueil"];
    if (line === 5) row.pop();
    if (line === 12) row.push("en trop");
    if (line === 20) row.splice(2);
    lines.push(row.join(";"));
  }
  return lines.join("\n");
}

/** What a reader sees: the page without its style sheet and without any tag or attribute. */
function visibleText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/\s+/g, " ");
}

describe("renderProfileHtml", () => {
  const { table, report } = fromCSV(sample());
  const profiles = profileColumns(table, report, 10);
  const ragged = sample()
    .split("\n")
    .slice(1)
    .filter((l) => l.split(";").length !== 4).length;

  it("reads the three ragged rows built into the sample", () => {
    expect(ragged).toBe(3);
    expect(report.issueCounts["ingest.ragged_row"]).toBe(ragged);
  });

  it("words the problems of the file in French, with the code only in attributes", async () => {
    const html = await renderProfileHtml(report, profiles, "fr", 10);
    const words = cliFr["inspect.html.issue.ragged_row"];
    expect(words).toBe("lignes avec trop ou trop peu de champs");
    expect(html).toContain(
      `<td data-code="ingest.ragged_row" title="ingest.ragged_row">${words}</td><td class="num">${ragged}</td>`,
    );
    const text = visibleText(html);
    expect(text).toContain(words);
    expect(text).toContain("Problèmes relevés à la lecture");
    expect(text).not.toMatch(/ingest\./);
    expect(text).not.toContain(cliEn["inspect.html.issue.ragged_row"]);
  });

  it("words them in English on an English page", async () => {
    const text = visibleText(await renderProfileHtml(report, profiles, "en", 10));
    expect(text).toContain("rows with too few or too many fields");
    expect(text).not.toMatch(/ingest\./);
  });
});
