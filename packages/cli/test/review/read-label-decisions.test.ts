import { describe, expect, it } from "vitest";
import { readLabelDecisions } from "../../src/review/read-label-decisions.js";

/** Windows-1252 bytes of a text whose characters are all in Latin-1 (as a spreadsheet saves it on Windows). */
const latin1 = (text: string): Uint8Array => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

describe("readLabelDecisions", () => {
  it("reads the file solidata labels writes: merge takes the proposal, keep the label, any other text replaces it", () => {
    const text = [
      "\uFEFFfield,label,proposed,decision,rows",
      "activity,Maraude de nuit,Maraude,merge,12",
      "activity,Collecte de jouets,Collecte,Collecte,3",
      "activity,Distribution,Distribution alimentaire,garder,40",
      "activity,Atelier,Atelier cuisine,,5",
      "site,Antenne Nord,Nord,fusionner,7",
      "",
    ].join("\r\n");
    expect(readLabelDecisions(text)).toEqual({
      ok: true,
      decisions: {
        activity: { "Maraude de nuit": "Maraude", "Collecte de jouets": "Collecte", Distribution: "Distribution" },
        site: { "Antenne Nord": "Nord" },
      },
      rows: 4,
    });
  });

  it("reads a review saved again by a spreadsheet on Windows: semicolons and Windows-1252", () => {
    const bytes = latin1(
      'field;label;proposed;decision\r\nactivity;Épicerie solidaire;Épicerie;fusionner\r\nactivity;"Aide; écoute";Écoute;Écoute\r\n',
    );
    expect(readLabelDecisions(bytes)).toEqual({
      ok: true,
      decisions: { activity: { "Épicerie solidaire": "Épicerie", "Aide; écoute": "Écoute" } },
      rows: 2,
    });
  });

  it("keeps labels that look like numbers, dates or missing markers as written, and undoes the formula guard", () => {
    const text =
      "field,label,proposed,decision\nactivity,007,7,keep\nactivity,NA,N/A,merge\nactivity,01/02/2024,Atelier,merge\nactivity,'=cmd,cmd,keep\n";
    expect(readLabelDecisions(text)).toEqual({
      ok: true,
      decisions: { activity: { "007": "007", NA: "N/A", "01/02/2024": "Atelier", "=cmd": "=cmd" } },
      rows: 4,
    });
  });

  it("names the columns a file lacks", () => {
    expect(readLabelDecisions("field,libellé,proposed,décision\nactivity,Maraude,Maraude,merge\n")).toEqual({
      ok: false,
      missing: ["label", "decision"],
    });
  });
});
