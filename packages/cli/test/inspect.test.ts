import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureExpectations } from "../../core/test/ingest/fixture-expectations.js";
import { ExitCode } from "../src/exit-codes.js";
import type { Io } from "../src/io.js";
import { runCli } from "../src/program.js";

const fixtures = fileURLToPath(new URL("../../core/test/fixtures/", import.meta.url));
let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "solidata-cli-inspect-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function fakeIo(): Io & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    isTTY: false,
    env: { LANG: "C", SOLIDATA_HOME: process.env.SOLIDATA_HOME },
    cwd: dir,
  };
}

async function inspect(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIo();
  const code = await runCli(["inspect", ...args], io);
  return { code, out: io.out.join(""), err: io.err.join("") };
}

interface JsonReport {
  encoding: string | null;
  delimiter: string | null;
  headerLine: number;
  rows: number;
  columns: { name: string; type: string; missing: number; distinct: number; examples: string[] }[];
  issues: { code: string; line: number | null; column: string | null; message: string }[];
}

describe("solidata inspect --json on every fixture", () => {
  for (const expected of fixtureExpectations) {
    it(`reports ${expected.path}`, async () => {
      const { code, out } = await inspect([fixtures + expected.path, "--json"]);
      expect(code).toBe(ExitCode.ok);
      const report = JSON.parse(out) as JsonReport;
      expect(report.encoding).toBe(expected.encoding);
      expect(report.delimiter).toBe(expected.delimiter);
      expect(report.headerLine).toBe(expected.headerLine);
      expect(report.rows).toBe(expected.rows);
      const types = Object.fromEntries(report.columns.map((c) => [c.name, c.type]));
      for (const [name, type] of Object.entries(expected.types))
        expect({ name, type: types[name] }).toEqual({ name, type });
    });
  }
});

describe("solidata inspect", () => {
  it("prints a localised table on stdout and the issues on stderr", async () => {
    const path = join(dir, "benevoles.csv");
    await writeFile(path, "Export du 31/12/2025\nNom;Code postal;Heures;Nom\nDupont;01000;2,5;A\nMartin;75011;3\n");
    const fr = await inspect([path, "--lang", "fr"]);
    expect(fr.code).toBe(ExitCode.ok);
    expect(fr.out).toContain("séparateur « ; »");
    expect(fr.out).toMatch(/Code postal\s+identifiant\s+0\s+2\s+01000, 75011/);
    expect(fr.out).toMatch(/Heures\s+décimal/);
    expect(fr.err).toContain("la ligne 1 est au-dessus de l'en-tête");
    expect(fr.err).toContain("Nom_2");
    const en = await inspect([path, "--lang", "en"]);
    expect(en.out).toMatch(/Code postal\s+identifier/);
    expect(en.err).toContain("line 4 has 3 fields instead of 4");
  });

  it("gives issues a code, line, column and message in JSON", async () => {
    const path = join(dir, "ragged.csv");
    await writeFile(path, "a,,a\n1,2,3\n4,5\n");
    const { code, out } = await inspect([path, "--json", "--lang", "en"]);
    expect(code).toBe(ExitCode.ok);
    const report = JSON.parse(out) as JsonReport;
    expect(report.columns.map((c) => c.name)).toEqual(["a", "column_2", "a_2"]);
    expect(report.rows).toBe(2);
    const ragged = report.issues.find((i) => i.code === "ingest.ragged_row");
    expect(ragged).toMatchObject({
      line: 3,
      message: "line 3 has 2 fields instead of 3: kept, missing cells are empty, extra ones get their own column",
    });
    expect(report.issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(["ingest.empty_header", "ingest.duplicate_header"]),
    );
  });

  it("reads a named sheet of a workbook", async () => {
    const { code, out } = await inspect([`${fixtures}excel/csvkit_sheets.xlsx`, "--sheet", "ʤ", "--json"]);
    expect(code).toBe(ExitCode.ok);
    const report = JSON.parse(out) as JsonReport & { sheet: string };
    expect(report.sheet).toBe("ʤ");
    expect(report.columns.map((c) => [c.name, c.type])).toEqual([
      ["a", "integer"],
      ["b", "integer"],
      ["c", "integer"],
    ]);
  });

  it("reads a sheet by its position, 1 for the first, as people count", async () => {
    // csvkit_sheets.xlsx: "not this one", "data", "ʤ"
    const third = await inspect([`${fixtures}excel/csvkit_sheets.xlsx`, "--sheet", "3", "--json"]);
    expect(third.code).toBe(ExitCode.ok);
    expect((JSON.parse(third.out) as { sheet: string }).sheet).toBe("ʤ");
    const second = await inspect([`${fixtures}excel/csvkit_sheets.xlsx`, "--sheet", "2", "--json"]);
    expect((JSON.parse(second.out) as { sheet: string }).sheet).toBe("data");
  });

  it("exits 2 naming the sheets when the sheet does not exist", async () => {
    const { code, err } = await inspect([`${fixtures}excel/csvkit_sheets.xlsx`, "--sheet", "nope", "--lang", "en"]);
    expect(code).toBe(ExitCode.usage);
    expect(err).toContain("csvkit_sheets.xlsx has no sheet nope. Its sheets are: not this one, data, ʤ.");
  });
});

describe("solidata inspect on bad input", () => {
  it("exits 3 on a missing file, naming it, in French", async () => {
    const { code, err, out } = await inspect(["absent.csv", "--lang", "fr"]);
    expect(code).toBe(ExitCode.noInput);
    expect(out).toBe("");
    expect(err).toBe("Erreur : absent.csv n'existe pas. Vérifiez le chemin et le nom du fichier.\n");
  });

  it("exits 4 on an empty file", async () => {
    await writeFile(join(dir, "empty.csv"), "\n\n");
    const { code, err } = await inspect(["empty.csv", "--lang", "en"]);
    expect(code).toBe(ExitCode.badData);
    expect(err).toContain("empty.csv is empty");
  });

  it("exits 4 on a binary file", async () => {
    const bytes = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    await writeFile(join(dir, "photo.csv"), bytes);
    const { code, err } = await inspect(["photo.csv", "--lang", "en"]);
    expect(code).toBe(ExitCode.badData);
    expect(err).toContain("photo.csv is not a text file");
    expect(err).not.toMatch(/at .*\.ts:\d+/);
  });

  it("exits 4 on a workbook named .csv", async () => {
    await writeFile(join(dir, "sheets.csv"), await readFile(`${fixtures}excel/csvkit_sheets.xlsx`));
    const { code, err } = await inspect(["sheets.csv", "--lang", "en"]);
    expect(code).toBe(ExitCode.badData);
    expect(err).toContain("sheets.csv is a workbook");
  });

  it("exits 4 on an unterminated quote, naming the line and the column", async () => {
    await writeFile(join(dir, "quote.csv"), 'nom;note\nA;ok\nB;"jamais fermé\nC;x\n');
    const { code, err } = await inspect(["quote.csv", "--lang", "fr"]);
    expect(code).toBe(ExitCode.badData);
    expect(err).toContain("quote.csv : un guillemet ouvert ligne 3 (colonne 2) n'est jamais fermé");
  });

  it("exits 4 on a 100 MB single field, naming its line", async () => {
    const path = join(dir, "huge.csv");
    const body = Buffer.alloc(100 * 1024 * 1024, 0x78);
    await writeFile(path, Buffer.concat([Buffer.from('a,b\n1,"'), body, Buffer.from('"\n')]));
    const { code, err } = await inspect(["huge.csv", "--lang", "en"]);
    expect(code).toBe(ExitCode.badData);
    expect(err).toContain("huge.csv: the field starting on line 2 (column 2) is longer than");
    await rm(path);
  });

  it("keeps NUL bytes and reports them", async () => {
    await writeFile(join(dir, "nul.csv"), Buffer.from("a,b\nx\u0000y,2\n"));
    const { code, out } = await inspect(["nul.csv", "--json", "--lang", "en"]);
    expect(code).toBe(ExitCode.ok);
    const report = JSON.parse(out) as JsonReport;
    expect(report.rows).toBe(1);
    expect(report.issues).toContainEqual(expect.objectContaining({ code: "ingest.nul_byte", line: 2 }));
  });

  it("exits 4 on a corrupted workbook", async () => {
    const bytes = await readFile(`${fixtures}excel/csvkit_sheets.xlsx`);
    await writeFile(join(dir, "broken.xlsx"), bytes.subarray(0, 3000));
    const { code, err } = await inspect(["broken.xlsx", "--lang", "en"]);
    expect(code).toBe(ExitCode.badData);
    expect(err).toContain("broken.xlsx is not a readable workbook");
  });

  it("exits 4 on a password-protected workbook", async () => {
    const { code, err } = await inspect([`${fixtures}made/password_protected.xlsx`, "--lang", "en"]);
    expect(code).toBe(ExitCode.badData);
    expect(err).toContain("is protected by a password");
  });
});

describe("solidata inspect --help", () => {
  it("documents the exit codes", async () => {
    const io = fakeIo();
    expect(await runCli(["inspect", "--help"], io)).toBe(ExitCode.ok);
    expect(io.out.join("")).toContain("3 missing or unreadable file, 4 unusable data");
  });

  it("shows the kind, its score and the mapping it would use, with reasons, in text and JSON", async () => {
    const centres = join(fixtures, "fr", "made_centres_sociaux.csv");
    const text = await inspect([centres]);
    expect(text.code).toBe(ExitCode.ok);
    expect(text.out).toMatch(/Kind: sites \(score 1, threshold 0\.3\); candidates: sites \(/);
    expect(text.out).toMatch(/Mapping it would use \(sites\):/);
    expect(text.out).toMatch(/Nom\s+name\s+1\.00\s+header is a known name of the field/);
    const json = await inspect([centres, "--json"]);
    const kind = (
      JSON.parse(json.out) as {
        kind: { kind: string; score: number; mapping: { header: string; field: string | null; reason: string }[] };
      }
    ).kind;
    expect(kind.kind).toBe("sites");
    expect(kind.score).toBe(1);
    expect(kind.mapping.find((m) => m.header === "Code postal")).toMatchObject({
      field: "postcode",
      reason: "map.reason_synonym",
    });
  });
  it("says when the kind cannot be told, with the candidates and how to choose", async () => {
    const path = join(dir, "communes.csv");
    await writeFile(path, "Commune\nLyon\nParis\nLille\n");
    const text = await inspect([path]);
    expect(text.code).toBe(ExitCode.ok);
    expect(text.out).toMatch(/Kind: not recognised \(score 0, threshold 0\.3\); candidates: .*--schema/);
  });

  it("shows the mapping of a kind given with --schema, refusing an unknown kind", async () => {
    const path = join(dir, "communes2.csv");
    await writeFile(path, "Commune;CP\nLyon;69008\nParis;75012\nLille;59000\n");
    const text = await inspect([path, "--schema", "sites"]);
    expect(text.out).toMatch(/Mapping it would use \(sites\):/);
    expect(text.out).toMatch(/CP\s+postcode\s+1\.00/);
    expect((await inspect([path, "--schema", "people"])).code).toBe(ExitCode.usage);
  });
});
