import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findLeaks } from "../../core/test/privacy/find-leaks.js";
import { ExitCode } from "../src/exit-codes.js";
import type { Io } from "../src/io.js";
import { runCli } from "../src/program.js";

let dir = "";
const names: string[] = [];
const secrets: string[] = [];

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A beneficiary register in French: 60 people spread over a few common profiles (age, gender,
 * postcode) plus 3 people alone in their profile, at known lines.
 */
function register(count = 63): { csv: string; uniqueLines: number[] } {
  const next = random(7);
  const first = ["Zoé", "Karim", "Léa", "Mamadou", "Inès", "Thibault", "Aïcha", "Grégoire", "Nadia", "Yannick"];
  const last = [
    "Dupont",
    "Benali",
    "Moreau",
    "Traoré",
    "Lefebvre",
    "Nguyen",
    "Garcia",
    "Rousseau",
    "Mercier",
    "Bonnet",
  ];
  const profiles = [
    [34, "F", "69003"],
    [41, "H", "69007"],
    [27, "F", "69008"],
    [52, "H", "38200"],
  ] as const;
  const lines = ["Prénom;Nom;Courriel;Téléphone;Âge;Genre;Code postal;Situation"];
  const uniqueLines: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const f = first[Math.floor(next() * first.length)] as string;
    const l = `${last[Math.floor(next() * last.length)]}${i}`;
    const email = `${f.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "")}.${l.toLowerCase()}@example.org`;
    const phone = `06 ${String(10 + i).padStart(2, "0")} ${String(Math.floor(next() * 90) + 10)} 45 67`;
    let row: readonly [number, string, string];
    if (i === 10) row = [93, "H", "01000"];
    else if (i === 30) row = [19, "F", "20090"];
    else if (i === 50) row = [67, "X", "97110"];
    else row = profiles[i % profiles.length] as readonly [number, string, string];
    if (i === 10 || i === 30 || i === 50) uniqueLines.push(i + 2);
    names.push(l);
    secrets.push(l, email, phone);
    lines.push([f, l, email, phone, row[0], row[1], row[2], "emploi"].join(";"));
  }
  return { csv: `${lines.join("\r\n")}\r\n`, uniqueLines };
}

let uniqueLines: number[] = [];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "solidata-cli-privacy-"));
  const made = register();
  uniqueLines = made.uniqueLines;
  await writeFile(join(dir, "beneficiaires.csv"), made.csv, "utf8");
  // 3 rare records of 120 (2.5 %): few enough to be released once protected
  await writeFile(join(dir, "grand.csv"), register(120).csv, "utf8");
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function fakeIo(
  env: Record<string, string | undefined> = { LANG: "en_US.UTF-8" },
): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY: false, env, cwd: dir };
}

const QUASI = ["--quasi", "Âge,Genre,Code postal"];

describe("solidata privacy-check", () => {
  it("names the lines of rare records, exits 6, and prints no value of any record", async () => {
    const io = fakeIo();
    expect(await runCli(["privacy-check", "beneficiaires.csv", ...QUASI, "--k", "5"], io)).toBe(ExitCode.dataCheck);
    const err = io.err.join("");
    for (const line of uniqueLines) expect(err).toContain(`lines ${line}:`);
    expect(err).toMatch(/3 record\(s\) in 3 group\(s\) smaller than 5/);
    expect(err).not.toMatch(/01000|97110|20090/);
    expect(findLeaks([...io.out, ...io.err], secrets)).toEqual([]);
  });

  it("speaks French with --lang fr", async () => {
    const io = fakeIo({});
    expect(await runCli(["privacy-check", "beneficiaires.csv", ...QUASI, "--lang", "fr"], io)).toBe(ExitCode.dataCheck);
    expect(io.err.join("")).toMatch(/sont reconnaissables/);
  });

  it("exits 0 when k-anonymity holds", async () => {
    const io = fakeIo();
    expect(await runCli(["privacy-check", "beneficiaires.csv", "--quasi", "Situation", "--k", "5"], io)).toBe(
      ExitCode.ok,
    );
    expect(io.err.join("")).toMatch(/k-anonymity holds/);
  });

  it("prints a JSON report of sizes and lines only", async () => {
    const io = fakeIo();
    expect(await runCli(["privacy-check", "beneficiaires.csv", ...QUASI, "--json"], io)).toBe(ExitCode.dataCheck);
    const report = JSON.parse(io.out.join(""));
    expect(report).toMatchObject({ file: "beneficiaires.csv", k: 5, records: 63, holds: false, recordsAtRisk: 3 });
    expect(report.rare.map((r: { lines: number[] }) => r.lines[0]).sort((a: number, b: number) => a - b)).toEqual(
      uniqueLines,
    );
  });

  it("--apply generalise writes a k-anonymous file without names, e-mails or phones, logging every change", async () => {
    const io = fakeIo();
    const code = await runCli(
      ["privacy-check", "grand.csv", ...QUASI, "--apply", "generalise", "--out", "protected.csv", "--json"],
      io,
    );
    expect(code).toBe(ExitCode.ok);
    const written = await readFile(join(dir, "protected.csv"), "utf8");
    expect(written.split(/\r?\n/)[0]).toBe("Âge;Genre;Code postal;Situation");
    expect(findLeaks([written, ...io.out, ...io.err], secrets)).toEqual([]);
    const json = JSON.parse(io.out.join(""));
    expect(json.after.holds).toBe(true);
    expect(json.dropped).toEqual(["Prénom", "Nom", "Courriel", "Téléphone"]);
    expect(json.changes.length).toBeGreaterThan(0);
    expect(io.err.join("")).toMatch(/Âge generalised to age-band/);
    // the protected file passes the check
    const again = fakeIo();
    expect(await runCli(["privacy-check", "protected.csv", ...QUASI], again)).toBe(ExitCode.ok);
    // nothing lost silently: kept + removed = read
    const kept = written.trim().split(/\r?\n/).length - 1;
    const removed = json.changes.filter((c: { kind: string }) => c.kind === "remove-record").length;
    expect(kept + removed).toBe(120);
  });

  it("--apply suppress writes the protected CSV on stdout", async () => {
    const io = fakeIo();
    expect(await runCli(["privacy-check", "grand.csv", ...QUASI, "--apply", "suppress"], io)).toBe(ExitCode.ok);
    const csv = io.out.join("");
    expect(csv.split("\n").length - 2).toBeGreaterThanOrEqual(117);
    expect(io.err.join("")).toMatch(/line 12: Code postal suppressed so that k = 5 holds/);
    expect(findLeaks([csv, ...io.err], secrets)).toEqual([]);
    await writeFile(join(dir, "suppressed.csv"), csv);
    expect(await runCli(["privacy-check", "suppressed.csv", ...QUASI], fakeIo())).toBe(ExitCode.ok);
  });

  it("refuses the release when more than 3 % of the records are still at risk after generalisation", async () => {
    const io = fakeIo();
    const argv = ["privacy-check", "beneficiaires.csv", ...QUASI, "--apply", "generalise", "--out", "refused.csv"];
    expect(await runCli(argv, io)).toBe(ExitCode.dataCheck);
    // 3 of 63 (4.8 %) stay alone once ages are banded and postcodes cut to the département
    expect(io.err.join("")).toMatch(
      /not released: 3 of 63 records \(4\.8 %\) were still at risk after generalisation, more than 3 %/,
    );
    await expect(readFile(join(dir, "refused.csv"), "utf8")).rejects.toThrow();
  });

  it("suggests the quasi-identifiers itself and generalises the commune and dates with them", async () => {
    const lines = ["Nom;Âge;Genre;Code postal;Ville;Date de naissance;Date d'entrée;Nationalité;Atelier"];
    const formulas = [
      "=1+1",
      "@SUM(A1)",
      '=HYPERLINK("http://x.example/a";"clic")',
      "+1+1",
      "-1-1",
      "\t=2",
      "\r=3",
      "\uff1d1+1",
      '"=1+1\nnote"',
    ];
    for (let i = 0; i < 200; i += 1) {
      const pc = i % 2 === 0 ? "69003" : "69100";
      const ville = i % 2 === 0 ? "Lyon" : "Villeurbanne";
      const year = 1980 + (i % 4);
      const note = formulas[i % formulas.length];
      lines.push(
        [
          `Nom${i}`,
          2025 - year,
          i % 2 ? "F" : "H",
          pc,
          ville,
          `0${1 + (i % 9)}/03/${year}`,
          `1${i % 9}/02/2025`,
          "française",
          note,
        ].join(";"),
      );
    }
    await writeFile(join(dir, "suivi.csv"), `${lines.join("\n")}\n`, "utf8");
    const io = fakeIo();
    const code = await runCli(
      ["privacy-check", "suivi.csv", "--apply", "generalise", "--out", "suivi-protege.csv"],
      io,
    );
    const err = io.err.join("");
    expect(err).toMatch(
      /quasi-identifiers found in the file: Âge, Genre, Code postal, Ville, Date de naissance, Date d'entrée, Nationalité/,
    );
    expect(code).toBe(ExitCode.ok);
    const written = await readFile(join(dir, "suivi-protege.csv"), "utf8");
    // no commune, exact postcode or exact date left in clear
    expect(written).not.toMatch(/Lyon|Villeurbanne|69003|69100|\d{2}\/\d{2}\/\d{4}|2025-02-\d{2}/);
    expect(written).toMatch(/;69;69;1980-1989;2025-02;/);
    // every formula neutralised: no cell starts with = + - @ ＝, a tab or a carriage return
    const cells = written
      .split(/\n/)
      .flatMap((l) => l.split(";"))
      .map((c) => c.replace(/^"/, ""));
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r\uff1d]/);
    expect(written).toContain("'=1+1");
    expect(written).toContain("'@SUM(A1)");
    expect(written).toContain("'\uff1d1+1");
  });

  it.each([
    [
      ["privacy-check", "beneficiaires.csv", "--quasi", "age"],
      ExitCode.usage,
      /no column age; its columns are: Prénom/,
    ],
    [["privacy-check", "beneficiaires.csv", ...QUASI, "--k", "1"], ExitCode.usage, /--k must be a whole number/],
    [
      ["privacy-check", "beneficiaires.csv", ...QUASI, "--apply", "delete"],
      ExitCode.usage,
      /--apply must be suppress or generalise/,
    ],
    [["privacy-check", "absent.csv", ...QUASI], ExitCode.noInput, /absent\.csv/],
  ])("stops with a clear message: %j", async (argv, code, message) => {
    const io = fakeIo();
    expect(await runCli(argv as string[], io)).toBe(code);
    expect(io.err.join("")).toMatch(message);
  });
});
