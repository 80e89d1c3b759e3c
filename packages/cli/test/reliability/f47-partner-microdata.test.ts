// Catalogue entry 47: cleaned microdata meant for a partner, with the quasi-identifiers age, gender,
// postcode and nationality. Expected: recoding (ten-year age bands, postcode to département, Corsica
// 2A/2B and overseas 971–976 included), then local suppression until k ≥ 5; the run lists the
// quasi-identifiers and the values blanked per variable, and refuses the release (exit 6, no file)
// when more than 3 % of the records remain at risk. The check of k is independent: the classes of
// the written file are counted here, and the départements are written out by hand.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExitCode } from "../../src/exit-codes.js";
import type { Io } from "../../src/io.js";
import { runCli } from "../../src/program.js";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "solidata-f47-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY: false, env: { LANG: "C" }, cwd: dir };
  const code = await runCli(args, io);
  return { code, out: out.join(""), err: err.join("") };
}

/** Postcode → département, written by hand (the truth of the recoding). */
const DEPARTEMENT: Record<string, string> = {
  "69003": "69",
  "69100": "69",
  "38200": "38",
  "01000": "01",
  "20090": "2A",
  "20200": "2B",
  "97110": "971",
  "97600": "976",
};

/** Profiles (age, gender, postcode, nationality) and how many people have each. */
const COMMON: [number, string, string, string, number][] = [
  [34, "F", "69003", "française", 40],
  [37, "F", "69100", "française", 30],
  [41, "H", "69003", "française", 40],
  [52, "H", "38200", "algérienne", 30],
  [23, "F", "01000", "française", 30],
  [66, "H", "20090", "française", 10],
  [61, "F", "20200", "française", 10],
  [45, "F", "97110", "française", 10],
  [29, "H", "97600", "comorienne", 10],
];

function microdata(rare: number): string {
  const lines = ["Prénom;Âge;Genre;Code postal;Nationalité;Situation"];
  let i = 0;
  for (const [age, gender, postcode, nationality, count] of COMMON) {
    for (let c = 0; c < count; c++) {
      // ages spread inside their ten-year band
      const a = Math.floor(age / 10) * 10 + ((c * 3) % 10);
      lines.push(`P${i++};${a};${gender};${postcode};${nationality};${c % 2 ? "seule" : "couple"}`);
    }
  }
  // people alone in their profile (rare nationalities, unusual ages)
  const nationalities = ["érythréenne", "géorgienne", "péruvienne", "mongole", "islandaise", "népalaise"];
  for (let r = 0; r < rare; r++) {
    lines.push(`R${r};${95 - (r % 5)};X;69003;${nationalities[r % nationalities.length]}${r};seule`);
  }
  return `${lines.join("\n")}\n`;
}

function parse(csv: string): Record<string, string>[] {
  const [head, ...rows] = csv.trim().split(/\r?\n/);
  const names = (head ?? "").split(/[;,]/);
  return rows.map((row) => Object.fromEntries(row.split(/[;,]/).map((v, j) => [names[j] as string, v])));
}

const QUASI = "Âge,Genre,Code postal,Nationalité";

describe("47. microdata for a partner", () => {
  it("recodes, suppresses locally until k ≥ 5 and lists the quasi-identifiers and the blanked values", async () => {
    const records = 210 + 5; // 5 rare records: 2.3 %, under the 3 % limit
    await writeFile(join(dir, "partner.csv"), microdata(5));
    const out = join(dir, "partner-k5.csv");
    const r = await run([
      "privacy-check",
      "partner.csv",
      "--quasi",
      QUASI,
      "--k",
      "5",
      "--apply",
      "generalise",
      "--out",
      out,
      "--json",
      "--lang",
      "en",
    ]);
    expect(r.code, r.err).toBe(0);
    const rows = parse(await readFile(out, "utf8"));
    expect(rows.length).toBe(records);
    // direct identifiers are not in the file
    expect(Object.keys(rows[0] ?? {})).not.toContain("Prénom");
    // ten-year bands and départements (Corsica and overseas included)
    for (const row of rows) {
      const age = row["Âge"] ?? "";
      if (age === "" || age === "90+") continue;
      const [low, high] = age.split("-").map(Number);
      expect(low !== undefined && low % 10 === 0 && high === low + 9, age).toBe(true);
    }
    const input = parse(microdata(5));
    input.forEach((row, i) => {
      const written = rows[i]?.["Code postal"] ?? "";
      if (written !== "") expect(written).toBe(DEPARTEMENT[row["Code postal"] as string]);
    });
    expect(new Set(rows.map((row) => row["Code postal"]).filter((v) => v !== ""))).toEqual(
      new Set(["69", "38", "01", "2A", "2B", "971", "976"]),
    );
    // k ≥ 5, counted here on the written file (a blanked value counted as a value of its own)
    const classes = new Map<string, number>();
    for (const row of rows) {
      const key = ["Âge", "Genre", "Code postal", "Nationalité"].map((c) => row[c] ?? "").join("|");
      classes.set(key, (classes.get(key) ?? 0) + 1);
    }
    expect(Math.min(...classes.values())).toBeGreaterThanOrEqual(5);
    // the run lists the quasi-identifiers and, per variable, the values blanked: they match the file
    const json = JSON.parse(r.out) as { quasi: string[]; suppressedByColumn: Record<string, number> };
    expect(json.quasi).toEqual(QUASI.split(","));
    for (const column of QUASI.split(",")) {
      const blanked = rows.filter((row, i) => (row[column] ?? "") === "" && (input[i]?.[column] ?? "") !== "").length;
      expect(json.suppressedByColumn[column], column).toBe(blanked);
    }
    expect(Object.values(json.suppressedByColumn).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(r.err).toContain("quasi-identifiers: Âge, Genre, Code postal, Nationalité; values blanked per column:");
  });

  it("refuses the release when more than 3 % of the records remain at risk: exit 6, a message, no file", async () => {
    await writeFile(join(dir, "risky.csv"), microdata(20)); // 20 of 230: 8.7 %
    const out = join(dir, "risky-k5.csv");
    const r = await run([
      "privacy-check",
      "risky.csv",
      "--quasi",
      QUASI,
      "--k",
      "5",
      "--apply",
      "generalise",
      "--out",
      out,
      "--lang",
      "en",
    ]);
    expect(r.code).toBe(ExitCode.dataCheck);
    expect(r.err).toMatch(
      /not released: \d+ of 230 records \([\d.]+ %\) were still at risk after generalisation, more than 3 %/,
    );
    expect(r.err).not.toMatch(/\n\s+at /);
    await expect(readFile(out, "utf8")).rejects.toThrow();
  });
});
