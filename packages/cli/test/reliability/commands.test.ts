import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { zip } from "../../../core/test/reliability/zip.js";
import { ExitCode } from "../../src/exit-codes.js";
import type { Io } from "../../src/io.js";
import { runCli } from "../../src/program.js";

// RELIABILITY.md #2, #3, #10, #29 through the commands: --encoding overrides the detection,
// headers named like Object members survive inspect and clean, a zip bomb exits 4 naming the limit.
let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "solidata-cli-reliability-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    isTTY: false,
    env: { LANG: "C", SOLIDATA_HOME: process.env.SOLIDATA_HOME },
    cwd: dir,
  };
  const code = await runCli(args, io);
  return { code, out: out.join(""), err: err.join("") };
}

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const latin = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));

describe("commands and hostile inputs", () => {
  it("inspect --encoding overrides the detection; an unknown encoding is a usage error", async () => {
    const body = Buffer.concat([
      utf8("Nom;Prénom\n"),
      utf8("Müller;Hélène\n".repeat(10)),
      latin("Lefèvre;Françoise\n"),
    ]);
    await writeFile(join(dir, "mixed.csv"), body);
    const detected = JSON.parse((await run(["inspect", "mixed.csv", "--json"])).out);
    expect(detected.encoding).toBe("utf-8");
    expect(detected.columns[0].examples).toContain("Lefèvre");
    expect(detected.issueCounts["ingest.encoding_repaired"]).toBe(2);
    const forced = JSON.parse((await run(["inspect", "mixed.csv", "--json", "--encoding", "latin1"])).out);
    expect(forced.encoding).toBe("windows-1252");
    expect(forced.columns[1].name).toBe("PrÃ©nom");
    const bad = await run(["inspect", "mixed.csv", "--encoding", "ebcdic"]);
    expect(bad.code).toBe(ExitCode.usage);
    expect(bad.err).toContain("ebcdic");
    expect(bad.err).not.toMatch(/\n\s+at /);
  });

  it("clean --encoding reads a Windows-1252 file given as such, rows reconciled", async () => {
    await writeFile(
      join(dir, "b.csv"),
      latin("Nom;Prénom;Code postal\nLefèvre;Françoise;01000\nCœur;Zoé;75001\n".replace("œ", "\u009c")),
    );
    const result = await run([
      "clean",
      "b.csv",
      "--encoding",
      "windows-1252",
      "--schema",
      "beneficiaries",
      "--out",
      "b-out",
      "--json",
    ]);
    expect(result.code).toBe(ExitCode.ok);
    const clean = await readFile(join(dir, "b-out", "clean.csv"), "utf8");
    expect(clean).toContain("Françoise");
    expect(clean).toContain("Cœur");
  });

  it("inspect and clean keep __proto__, constructor and toString columns", async () => {
    await writeFile(
      join(dir, "proto.csv"),
      "Nom;Prénom;Code postal;__proto__;constructor;toString\nDupont;Marie;01000;a;b;c\nNa;Null;75001;d;e;f\n",
    );
    const inspected = await run(["inspect", "proto.csv", "--json"]);
    expect(inspected.code).toBe(ExitCode.ok);
    const report = JSON.parse(inspected.out);
    expect(report.columns.map((c: { name: string }) => c.name)).toEqual([
      "Nom",
      "Prénom",
      "Code postal",
      "__proto___2",
      "constructor",
      "toString",
    ]);
    expect(report.columns.every((c: { type: string }) => c.type === "text" || c.type === "identifier")).toBe(true);
    const cleaned = await run(["clean", "proto.csv", "--schema", "beneficiaries", "--out", "p-out"]);
    expect(cleaned.code).toBe(ExitCode.ok);
    const csv = await readFile(join(dir, "p-out", "clean.csv"), "utf8");
    expect(csv.split("\n")[0]).toContain("__proto___2,constructor,toString");
    expect(csv).toContain("Null,Na");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("refuses a zip bomb with exit 4, naming the part and the limit, no stack trace", async () => {
    await writeFile(
      join(dir, "bomb.xlsx"),
      zip([{ name: "xl/worksheets/sheet1.xml", data: new Uint8Array(32 << 20) }]),
    );
    for (const command of ["inspect", "clean"]) {
      const result = await run([command, "bomb.xlsx"]);
      expect(result.code).toBe(ExitCode.badData);
      expect(result.err).toContain("xl/worksheets/sheet1.xml");
      expect(result.err).toContain("100");
      expect(result.err).not.toMatch(/\n\s+at |Maximum call stack/);
    }
  });
});
