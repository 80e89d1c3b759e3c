import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadTable } from "@solidata/core/node";
import * as aq from "arquero";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sheetCells, unzipEntries } from "../../core/test/format/unzip-entries.js";
import { workbookHeaders } from "../src/commands/clean-workbook.js";
import { ExitCode } from "../src/exit-codes.js";
import type { Io } from "../src/io.js";
import { runCli } from "../src/program.js";
import { parseCsv } from "./parse-csv.js";

let dir = "";
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "solidata-cli-xlsx-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function fakeIo(): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (s) => out.push(s), stderr: (s) => err.push(s), isTTY: false, env: {}, cwd: dir };
}

// what a user types into their register: member numbers and postcodes with leading zeros, French phones
const register = [
  "N° adhérent;Prénom;Code postal;Tél. portable;Date de la mission;Mission;Nb d'heures",
  "00152;Marie;01000;06 12 34 56 78;05/01/2024;Accueil;2,5",
  "00152;Marie;01000;06 12 34 56 78;05/01/2024;Accueil;2,5",
  "00153;Paul;00152;+33 7 15 12 40 15;31/02/2024;Accueil;1",
  "00154;Léa;01000;0612345679;07/01/2024;Distribution;3",
].join("\r\n");

describe("solidata clean --excel", () => {
  it("writes clean.xlsx whose codes, postcodes and phones read back as text, dates as dates, with French headers", async () => {
    await writeFile(join(dir, "registre.csv"), register);
    const io = fakeIo();
    const code = await runCli(
      ["clean", "registre.csv", "--schema", "volunteers", "--excel", "--lang", "fr", "--out", "x", "--json"],
      io,
    );
    expect(code).toBe(ExitCode.ok);
    const printed = JSON.parse(io.out.join(""));
    expect(printed.paths.excel).toBe(join(dir, "x", "clean.xlsx"));
    // the CSV files are still written as before
    const csv = parseCsv((await readFile(join(dir, "x", "clean.csv"), "utf8")).slice(1), ";");
    expect(csv.length - 1).toBe(2);

    const bytes = await readFile(join(dir, "x", "clean.xlsx"));
    const files = unzipEntries(bytes);
    const names = [...(files.get("xl/workbook.xml") ?? "").matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(["Lignes propres", "Quarantaine", "Doublons"]);

    // read back with core's own workbook reader, sheet by sheet
    const path = join(dir, "x", "clean.xlsx");
    const clean = (await loadTable(path, { file: "clean.xlsx", sheet: "Lignes propres" })).table;
    expect(clean.columnNames()).toEqual(
      expect.arrayContaining(["Identifiant", "Prénom", "Code postal", "Téléphone", "Date de la mission", "Heures"]),
    );
    expect(clean.array("Identifiant")).toEqual(["00152", "00154"]);
    expect(clean.array("Code postal")).toEqual(["01000", "01000"]);
    expect(clean.array("Téléphone")).toEqual(["+33612345678", "+33612345679"]);
    expect(clean.array("Heures")).toEqual([2.5, 3]);
    expect((clean.array("Date de la mission") as Date[]).map((d) => d.toISOString().slice(0, 10))).toEqual([
      "2024-01-05",
      "2024-01-07",
    ]);
    const quarantine = (await loadTable(path, { file: "clean.xlsx", sheet: "Quarantaine" })).table;
    expect(quarantine.array("Ligne")).toEqual([4]);
    // line 4's mission date, 31/02/2024, does not exist
    expect(quarantine.array("Code")).toEqual(["clean.impossible_date"]);
    // the original postcode of the quarantined row is kept as typed
    expect(quarantine.array("Code postal")).toEqual(["00152"]);
    const duplicates = (await loadTable(path, { file: "clean.xlsx", sheet: "Doublons" })).table;
    expect([duplicates.array("Ligne")[0], duplicates.array("Ligne gardée")[0]]).toEqual([3, 2]);

    // and in the XML: the codes are shared-string cells, the hours a number, the date a styled number
    const header = clean.columnNames();
    const col = (name: string): string => String.fromCharCode(65 + header.indexOf(name));
    const cells = sheetCells(files.get("xl/worksheets/sheet1.xml") ?? "");
    for (const name of ["Identifiant", "Code postal", "Téléphone"]) expect(cells.get(`${col(name)}2`)?.t).toBe("s");
    expect(cells.get(`${col("Heures")}2`)).toMatchObject({ t: null, v: "2.5" });
    // 2024-01-05 is Excel serial day 45296 (=DATE(2024;1;5))
    expect(cells.get(`${col("Date de la mission")}2`)).toMatchObject({ t: null, v: "45296" });
    expect(cells.get(`${col("Date de la mission")}2`)?.s).not.toBeNull();
  });

  it("writes no duplicates sheet when nothing was merged, and English names under --lang en", async () => {
    await writeFile(join(dir, "r.csv"), register.split("\r\n").slice(0, 2).join("\r\n"));
    const io = fakeIo();
    expect(await runCli(["clean", "r.csv", "--schema", "volunteers", "--excel", "--lang", "en"], io)).toBe(ExitCode.ok);
    const files = unzipEntries(await readFile(join(dir, "solidata-clean", "clean.xlsx")));
    const names = [...(files.get("xl/workbook.xml") ?? "").matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(["clean", "quarantine"]);
    const back = (await loadTable(join(dir, "solidata-clean", "clean.xlsx"), { file: "clean.xlsx", sheet: "clean" }))
      .table;
    expect(back.array("Person ID")).toEqual(["00152"]);
    expect(back.array("Postcode")).toEqual(["01000"]);
  });

  it("labels the schema's fields, the columns clean adds, and keeps other names, never twice the same", () => {
    const table = aq.table({ postcode: [], commune_code: [], "Code postal": [], Notes: [] });
    expect(workbookHeaders(table, "volunteers", "fr")).toEqual({
      postcode: "Code postal",
      commune_code: "Code commune (INSEE)",
      "Code postal": "Code postal (Code postal)",
      Notes: "Notes",
    });
  });
});
