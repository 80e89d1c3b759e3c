import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ExitCode } from "../src/exit-codes.js";
import type { Io } from "../src/io.js";
import { runCli } from "../src/program.js";

let dir = "";
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "solidata-cli-link-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function fakeIo(lang = "en_GB.UTF-8"): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    isTTY: false,
    env: { LANG: lang, SOLIDATA_HOME: process.env.SOLIDATA_HOME },
    cwd: dir,
  };
}

/** Plain comma-separated lines (the outputs quote nothing here but the header words are checked as written). */
const rows = (text: string) =>
  text
    .trim()
    .split("\n")
    .map((l) => l.split(","));

const fixture = (name: string) => new URL(`../../core/test/fixtures/dedup/${name}`, import.meta.url);

describe("solidata link", () => {
  it("links FEBRL 4a and 4b (5,000 true pairs) and writes clusters, pairs, review and the report", async () => {
    await copyFile(fixture("febrl_dataset4a.csv"), join(dir, "a.csv"));
    await copyFile(fixture("febrl_dataset4b.csv"), join(dir, "b.csv"));
    const io = fakeIo();
    const code = await runCli(["link", "a.csv", "b.csv", "--across-only", "--out", "out"], io);
    expect(io.err.join("")).toContain("identity columns given_name (first_name), surname (last_name)");
    expect(code).toBe(ExitCode.ok);
    const clusters = rows(await readFile(join(dir, "out", "clusters.csv"), "utf8"));
    expect(clusters[0]).toEqual(["file", "record", "cluster"]);
    expect(clusters.length - 1).toBe(10_000);
    // the truth (rec_id, never read by the linker: a record key is not an identity column)
    const truth = new Map<string, string>();
    for (const [file, name] of [
      ["a.csv", "febrl_dataset4a.csv"],
      ["b.csv", "febrl_dataset4b.csv"],
    ] as const) {
      const lines = (await readFile(fixture(name), "utf8"))
        .split(/\r?\n/)
        .slice(1)
        .filter((l) => l !== "");
      for (const [i, line] of lines.entries()) {
        truth.set(`${file}:${i + 1}`, (/rec-(\d+)-/.exec(line) as RegExpExecArray)[1] as string);
      }
    }
    const members = new Map<string, string[]>();
    for (const [file, record, cluster] of clusters.slice(1)) {
      const list = members.get(cluster as string) ?? [];
      list.push(`${file}:${record}`);
      members.set(cluster as string, list);
    }
    let right = 0;
    let wrong = 0;
    for (const list of members.values()) {
      for (let x = 0; x < list.length; x++)
        for (let y = x + 1; y < list.length; y++) {
          if (truth.get(list[x] as string) === truth.get(list[y] as string)) right++;
          else wrong++;
        }
    }
    expect(right).toBeGreaterThanOrEqual(4950);
    expect(wrong).toBeLessThanOrEqual(25);
    const pairs = rows(await readFile(join(dir, "out", "pairs.csv"), "utf8"));
    expect(pairs[0]?.slice(0, 9)).toEqual([
      "file_a",
      "record_a",
      "file_b",
      "record_b",
      "probability",
      "weight",
      "status",
      "first_name_level",
      "first_name_weight",
    ]);
    const report = JSON.parse(await readFile(join(dir, "out", "link-report.json"), "utf8"));
    expect(report.counts.records).toBe(10_000);
    expect(report.blocking.length).toBeGreaterThan(3);
    expect(report.fields.map((f: { field: string }) => f.field)).toContain("birth_date");
    expect(io.out.join("")).toContain("clusters.csv");
  });

  it("replays the decisions written in review.csv", async () => {
    const csv =
      "nom;prénom;né le;courriel\nDurand;Marie;03/04/1985;marie.durand@exemple.fr\nMartin;Paul;01/01/1990;\n" +
      "DURAND;Marie;04/03/1985;Marie.Durand@exemple.fr\nLefèvre;Jean-Pierre;12/11/1972;jp.lefevre@exemple.fr\n" +
      "Lefevre;Jean Pierre;12/11/1972;\nPetit;Louise;08/08/2001;louise@exemple.fr\nMartin;Pauline;01/01/1990;\n";
    await writeFile(join(dir, "inscrits.csv"), csv);
    const first = fakeIo("fr_FR.UTF-8");
    expect(await runCli(["link", "inscrits.csv", "--out", "out"], first)).toBe(ExitCode.ok);
    expect(first.err.join("")).toContain("personnes");
    const review = rows(await readFile(join(dir, "out", "review.csv"), "utf8"));
    expect(review.length).toBeGreaterThan(1);
    const header = review[0] as string[];
    const decided = review.map((row, i) =>
      i === 0 ? row : row.map((c, j) => (j === header.indexOf("decision") ? "oui" : c)),
    );
    await writeFile(join(dir, "decisions.csv"), `${decided.map((r) => r.join(",")).join("\n")}\n`);
    const second = fakeIo();
    expect(
      await runCli(["link", "inscrits.csv", "--decisions", "decisions.csv", "--out", "out2", "--json"], second),
    ).toBe(ExitCode.ok);
    const report = JSON.parse(second.out.join("")).report;
    expect(report.counts.decisionsReplayed).toBe(review.length - 1);
    expect(report.counts.pairsReview).toBe(0);
    const clusters = rows(await readFile(join(dir, "out2", "clusters.csv"), "utf8"));
    expect(clusters.find((r) => r[1] === "7")?.[2]).toBe("inscrits.csv:2");
  });

  it("says which columns it looked for when a file has no identity column (exit 4), and refuses a missing file (exit 3)", async () => {
    await writeFile(join(dir, "dons.csv"), "montant;date\n12;2024-01-02\n30;2024-02-03\n");
    const io = fakeIo();
    expect(await runCli(["link", "dons.csv"], io)).toBe(ExitCode.badData);
    expect(io.err.join("")).toContain("birth date");
    expect(io.err.join("")).toContain("montant, date");
    const fr = fakeIo("fr_FR.UTF-8");
    expect(await runCli(["link", "dons.csv"], fr)).toBe(ExitCode.badData);
    expect(fr.err.join("")).toContain("date de naissance");
    expect(await runCli(["link", "absent.csv"], fakeIo())).toBe(ExitCode.noInput);
    expect(await runCli(["link", "dons.csv", "--threshold", "2"], fakeIo())).toBe(ExitCode.usage);
  });
});
