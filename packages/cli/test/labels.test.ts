import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ExitCode } from "../src/exit-codes.js";
import { runCli } from "../src/program.js";
import { parseCsv } from "./parse-csv.js";
import { fakeIo } from "./report/fake-io.js";

let dir = "";
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "solidata-cli-labels-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const header = "N° adhérent;Date de la mission;Mission;Nb d'heures";
const january = [
  header,
  "A01;05/01/2024;Collecte;2",
  "A02;06/01/2024;Collecte;1",
  "A03;07/01/2024;Collecte de jouets;3",
  "A04;08/01/2024;Accueil;1",
  "A05;09/01/2024;Distribution alim.;2",
  "A06;10/01/2024;Distribution alimentaire;2",
  'A07;11/01/2024;"<b>Atelier</b> ""cuisine""";1',
].join("\n");
const february = [
  header,
  "A01;02/02/2024;Collecte de jouets;2",
  "A02;03/02/2024;COLLECTES;1",
  "A03;04/02/2024;accueil;1",
  "A04;05/02/2024;DISTRIBUTION ALIM;1",
].join("\n");

describe("solidata labels", () => {
  it("writes the clusters as a CSV with a decision column and as an offline HTML page", async () => {
    await writeFile(join(dir, "janvier.csv"), january);
    const io = fakeIo(dir);
    expect(await runCli(["labels", "janvier.csv", "--field", "activity", "--out", "rev"], io)).toBe(ExitCode.ok);
    const csv = await readFile(join(dir, "rev", "labels.csv"), "utf8");
    const [head, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ""));
    expect(head).toEqual([
      "field",
      "cluster",
      "label",
      "count",
      "proposed",
      "rule",
      "score",
      "merged_by_default",
      "decision",
    ]);
    const byLabel = new Map(rows.map((r) => [r[2], r]));
    // a confident cluster (abbreviation), merged by default; a vocabulary synonym; a proposal kept apart
    expect(byLabel.get("Distribution alim.")).toEqual([
      "activity",
      "1",
      "Distribution alim.",
      "1",
      "Distribution alimentaire",
      "abbreviation",
      "0.95",
      "yes",
      "merge",
    ]);
    expect(byLabel.get("Accueil")?.slice(4)).toEqual(["Accueil et orientation", "vocabulary", "1", "yes", "merge"]);
    expect(byLabel.get("Collecte de jouets")?.slice(3)).toEqual(["1", "Collecte", "extra_words", "0.25", "no", "keep"]);
    const html = await readFile(join(dir, "rev", "labels.html"), "utf8");
    expect(html).not.toMatch(/<script/i);
    expect(html).toMatch(/<style>/);
    expect(html).toContain("Collecte de jouets");
    expect(html).toMatch(/to review/);
    expect(html).toContain("<h2>Activity (activity)</h2>");
    expect(io.err.join("")).toMatch(/3 clusters of labels \(2 merged by default, 1 to review\)/);
    expect(io.out.join("")).toBe(`${join(dir, "rev", "labels.csv")}\n${join(dir, "rev", "labels.html")}\n`);
  });

  it("escapes every label in the page", async () => {
    await writeFile(
      join(dir, "a.csv"),
      [header, 'A1;01/01/2024;"<img src=x onerror=alert(1)>";1', 'A2;02/01/2024;"<IMG SRC=X ONERROR=ALERT(1)>";1'].join(
        "\n",
      ),
    );
    expect(await runCli(["labels", "a.csv", "--out", "r"], fakeIo(dir))).toBe(ExitCode.ok);
    const html = await readFile(join(dir, "r", "labels.html"), "utf8");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("takes the decisions back into clean and its recipe, which replays them on next month's file", async () => {
    await writeFile(join(dir, "janvier.csv"), january);
    await writeFile(join(dir, "fevrier.csv"), february);
    expect(await runCli(["labels", "janvier.csv", "--out", "rev"], fakeIo(dir))).toBe(ExitCode.ok);
    // a person merges the toy drive into "Collecte" and keeps "Accueil" as the association writes it,
    // then saves the file from a French spreadsheet (semicolons)
    const edited = parseCsv((await readFile(join(dir, "rev", "labels.csv"), "utf8")).replace(/^\uFEFF/, "")).map(
      (r) => {
        if (r[2] === "Collecte de jouets") r[8] = "merge";
        if (r[2] === "Accueil") r[8] = "keep";
        return r.map((c) => (/[;"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(";");
      },
    );
    await writeFile(join(dir, "decisions.csv"), `${edited.join("\r\n")}\r\n`);
    expect(await runCli(["clean", "janvier.csv", "--labels", "decisions.csv", "--out", "jan"], fakeIo(dir))).toBe(
      ExitCode.ok,
    );
    const activities = async (folder: string): Promise<string[]> => {
      const [h, ...rows] = parseCsv(await readFile(join(dir, folder, "clean.csv"), "utf8"));
      const i = (h as string[]).indexOf("activity");
      return rows.map((r) => r[i] as string);
    };
    expect(await activities("jan")).toEqual([
      "Collecte",
      "Collecte",
      "Collecte",
      "Accueil",
      "Distribution alimentaire",
      "Distribution alimentaire",
      '<b>Atelier</b> "cuisine"',
    ]);
    const recipe = JSON.parse(await readFile(join(dir, "jan", "recipe.json"), "utf8"));
    expect(recipe.fields.activity.labels["Collecte de jouets"]).toBe("Collecte");
    const report = JSON.parse(await readFile(join(dir, "jan", "clean-report.json"), "utf8"));
    expect(report.merged.activity).toContainEqual({
      label: "Collecte",
      rows: 1,
      from: [{ value: "Collecte de jouets", count: 1, rule: "decision", score: 1 }],
    });
    // next month: the recipe replays the decisions; new spellings of known labels follow them
    const io = fakeIo(dir);
    expect(await runCli(["clean", "fevrier.csv", "--recipe", "jan/recipe.json", "--out", "feb"], io)).toBe(ExitCode.ok);
    expect(await activities("feb")).toEqual(["Collecte", "Collecte", "Accueil", "Distribution alimentaire"]);
    expect(JSON.parse(await readFile(join(dir, "feb", "clean-report.json"), "utf8")).uncovered).toEqual([]);
  });

  it("refuses an unknown field and a file that is not a review", async () => {
    await writeFile(join(dir, "janvier.csv"), january);
    await writeFile(join(dir, "other.csv"), "a,b\n1,2\n");
    const io = fakeIo(dir);
    expect(await runCli(["labels", "janvier.csv", "--field", "colour"], io)).toBe(ExitCode.usage);
    expect(io.err.join("")).toMatch(/no category field "colour" in this file\. Its category fields: activity/);
    const fr = fakeIo(dir, { lang: "fr" });
    expect(await runCli(["clean", "janvier.csv", "--labels", "other.csv", "--out", "x"], fr)).toBe(ExitCode.config);
    expect(fr.err.join("")).toMatch(
      /other\.csv n'est pas une revue de libellés : il manque les colonnes field, label, proposed, decision/,
    );
  });
});
