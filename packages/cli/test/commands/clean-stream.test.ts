// `cleanStream` against the in-memory path of `solidata clean` (loadTable → prepareTable → toCSV):
// the same clean.csv, quarantine.csv and duplicates.csv bytes on the files clean's tests use and on a
// generated file with ragged rows, duplicates (adjacent, a block pasted again, equal after cleaning),
// a missing identifier told by its e-mail and Windows-1252 bytes, read in batches of a few rows so
// every step crosses batch boundaries. The truth is the in-memory path, which clean's own tests check
// against the generator's truth files.
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { prepareTable, toCSV } from "@solidata/core";
import { loadTable } from "@solidata/core/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanStream } from "../../src/commands/clean-stream.js";
import { openOutputFolder } from "../../src/output/open-output-folder.js";

const root = (p: string): string => fileURLToPath(new URL(`../../../../${p}`, import.meta.url));
const NOW = new Date("2026-06-01T00:00:00Z");
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "solidata-clean-stream-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The three CSV files of the in-memory path. */
async function inMemory(path: string): Promise<Record<string, string>> {
  const ingested = await loadTable(path, { file: basename(path), maxIssuesPerCode: Number.POSITIVE_INFINITY });
  const prepared = await prepareTable(ingested, { kind: "auto", mergeLabels: true, lang: "en", now: NOW });
  const r = prepared.cleaned;
  if (r === null) throw new Error(`not cleanable: ${path}`);
  return { clean: toCSV(r.clean), quarantine: toCSV(r.quarantine), duplicates: toCSV(r.duplicates) };
}

/** The three CSV files of the streamed path, with the report's counts. */
async function streamed(path: string, batchRows: number, sampleBytes?: number) {
  const out = join(dir, `${basename(path)}-${batchRows}-${sampleBytes ?? "all"}`);
  const done = await cleanStream(path, {
    file: basename(path),
    prepare: { kind: "auto", mergeLabels: true, lang: "en", now: NOW },
    batchRows,
    ...(sampleBytes === undefined ? {} : { sampleBytes }),
    open: () => openOutputFolder(out, { command: "clean", expect: [] }),
  });
  if (done.state !== "done") throw new Error(`not streamed: ${done.state}`);
  await done.out.commit();
  const read = (name: string): Promise<string> => readFile(join(out, `${name}.csv`), "utf8");
  const manifest = JSON.parse(await readFile(join(out, "manifest.json"), "utf8")) as {
    files: { name: string; rows?: number }[];
  };
  return {
    files: { clean: await read("clean"), quarantine: await read("quarantine"), duplicates: await read("duplicates") },
    report: done.report,
    ingest: done.ingest,
    manifest,
  };
}

/** A volunteer log with the hard cases, as bytes (UTF-8 with Windows-1252 rows). */
function generated(): Buffer {
  const header = "N° adhérent;Prénom;Nom;E-mail;Date de la mission;Mission;Nb d'heures;Antenne";
  const rows: string[] = [];
  // past the first 64 KiB, where the encoding is told (UTF-8), the Windows-1252 row is repaired
  for (let i = 0; i < 1300; i++) {
    const id = String(100 + (i % 17)).padStart(6, "0");
    rows.push(`${id};Ana${i % 17};Durand;ana${i % 17}@asso.fr;${1 + (i % 28)}/03/2025;Collecte;${(i % 5) + 1};Lyon`);
  }
  const block = rows.slice(10, 14);
  const lines = [
    header,
    ...rows.slice(0, 20),
    rows[19] as string, // identical, next to its first
    "000101;Ana1;Durand;ana1@asso.fr;2/03/2025;Collecte;2,50;Lyon", // equal after cleaning to none before
    "000101;Ana1;Durand;ana1@asso.fr;2/03/2025;COLLECTE;2,5;Lyon", // equal after cleaning to the row before
    "000102;Ana2;Durand;;3/03/2025;Collecte;3;Lyon", // e-mail missing: normalised_missing
    "000102;Ana2;Durand;ana2@asso.fr;3/03/2025;Collecte;3;Lyon",
    ";Ana3;Durand;ana3@asso.fr;4/03/2025;Collecte;4;Lyon", // identifier told by the e-mail
    "000103;Ana3;Durand;ana3@asso.fr;4/03/2025;Collecte", // short row: ragged
    "000104;Ana4;Durand;ana4@asso.fr;5/03/2025;Collecte;5;Lyon;extra;cells", // long row: ragged
    ...rows.slice(20, 40),
    ...block, // a block pasted again far from its first copy
    rows[3] as string, // alone far from its first: kept, listed as possible
    "000105;Ana5;Durand;ana5@asso.fr;31/02/2025;Collecte;1;Lyon", // impossible date: quarantined
    "000106;Ana6;Durand;ana6@asso.fr;6/03/2025;Accueil;-2;Lyon", // negative hours
    ...rows.slice(40),
    "WIN1252",
    ...rows.slice(40, 50),
  ];
  const text = `${lines.join("\r\n")}\r\n`;
  const [before, after] = text.split("WIN1252\r\n") as [string, string];
  // a row written by a Windows-1252 program: é and € as single bytes inside a UTF-8 file
  const legacy = Buffer.from(
    "000107;Hélène;Béranger;helene@asso.fr;7/03/2025;Épicerie \x80 solidaire;2;Lyon\r\n",
    "latin1",
  );
  return Buffer.concat([Buffer.from(before, "utf8"), legacy, Buffer.from(after, "utf8")]);
}

const FIXTURES = [
  "datasets/samples/fr/benevoles.csv",
  "datasets/samples/fr/passages.csv",
  "datasets/samples/en/volunteers.csv",
  "datasets/samples/en/groups.csv",
  "packages/core/test/fixtures/fr/made_centres_sociaux.csv",
  "packages/core/test/fixtures/dedup/febrl_dataset1.csv",
];

describe("cleanStream", () => {
  it("writes the in-memory bytes on a generated file, batch by batch (11 and 1000 rows)", async () => {
    const path = join(dir, "generated.csv");
    await writeFile(path, generated());
    const expected = await inMemory(path);
    // the cases are there: merges of each rule, a fill, quarantined rows
    expect(expected.duplicates).toMatch(/identical/);
    expect(expected.duplicates).toMatch(/,normalised,/);
    expect(expected.duplicates).toMatch(/normalised_missing/);
    expect(expected.quarantine).toMatch(/clean\.ragged_row/);
    expect(expected.clean).toMatch(/Béranger,helene@asso.fr,2025-03-07,Épicerie € solidaire/);
    for (const batch of [11, 1000]) {
      const got = await streamed(path, batch);
      expect(got.files).toEqual(expected);
      const r = got.report;
      expect(r.rowsIn).toBe(got.ingest.rows);
      expect(r.rowsIn).toBe(r.rowsClean + r.rowsQuarantined + r.rowsMerged);
      expect(r.changes.find((c) => c.operation === "fill_from_email")?.cells).toBe(1);
    }
  });

  it.each(FIXTURES)("writes the in-memory bytes on %s", async (file) => {
    const path = root(file);
    const expected = await inMemory(path);
    const got = await streamed(path, 97);
    expect(got.files.clean).toBe(expected.clean);
    expect(got.files.quarantine).toBe(expected.quarantine);
    expect(got.files.duplicates).toBe(expected.duplicates);
  });

  it("cuts its sample again when the first cut falls inside a quoted field over two lines", async () => {
    const rows = Array.from(
      { length: 400 },
      (_, i) =>
        `${String(100 + (i % 13)).padStart(6, "0")};Durand;${1 + (i % 28)}/03/2025;Collecte;${1 + (i % 4)};"vu le ${i}\nrappeler"`,
    );
    const path = join(dir, "multiline.csv");
    await writeFile(path, `N° adhérent;Nom;Date de la mission;Mission;Nb d'heures;Commentaire\n${rows.join("\n")}\n`);
    // each record holds one line end inside its quotes: among these cuts, some fall inside a field
    for (const sampleBytes of [4000, 4021, 4050, 4077]) {
      const got = await streamed(path, 100, sampleBytes);
      expect(got.report.rowsIn).toBe(400);
      expect(got.report.rowsIn).toBe(got.report.rowsClean + got.report.rowsQuarantined + got.report.rowsMerged);
    }
  });

  it("reconciles when the decisions come from a sample smaller than the file", async () => {
    const path = root("datasets/samples/fr/benevoles.csv");
    const got = await streamed(path, 500, 64 * 1024);
    const r = got.report;
    // truth: the generator's summary of the file (rows written)
    const truth = JSON.parse(await readFile(root("datasets/samples/fr/truth/volunteers-summary.json"), "utf8")) as {
      rows: number;
    };
    expect(r.rowsIn).toBe(truth.rows);
    expect(r.rowsIn).toBe(r.rowsClean + r.rowsQuarantined + r.rowsMerged);
    const rows = Object.fromEntries(got.manifest.files.map((f) => [f.name, f.rows]));
    expect(rows["clean.csv"]).toBe(r.rowsClean);
    expect(rows["quarantine.csv"]).toBe(r.rowsQuarantined);
    expect(rows["duplicates.csv"]).toBe(r.rowsMerged);
    expect(got.files.duplicates.trimEnd().split("\n").length - 1).toBe(r.rowsMerged);
  });
});
