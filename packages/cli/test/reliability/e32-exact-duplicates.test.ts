// Catalogue entry 32: exact duplicate rows (the same export concatenated twice). Through
// `solidata clean`: the second copy is merged, each merged row listed in duplicates.csv with the
// line it was merged into; I1 holds (rows in = clean + quarantined + merged); the summary states the count.
import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ExitCode } from "../../src/exit-codes.js";
import { runCli } from "../../src/program.js";
import { parseCsv } from "../parse-csv.js";

const SAMPLE = fileURLToPath(new URL("../../../../datasets/samples/en/groups.csv", import.meta.url));
let dir = "";
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "solidata-e32-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("32. exact duplicate rows", () => {
  it("merges the second copy of a file concatenated twice, lists every merged row, and reconciles", async () => {
    await copyFile(SAMPLE, join(dir, "once.csv"));
    const text = (await readFile(SAMPLE, "utf8")).replace(/\r?\n$/, "");
    const [header, ...body] = text.split(/\r?\n/);
    await writeFile(join(dir, "twice.csv"), `${[header, ...body, ...body].join("\n")}\n`);
    const out: string[] = [];
    const err: string[] = [];
    const io = {
      stdout: (t: string) => out.push(t),
      stderr: (t: string) => err.push(t),
      isTTY: false,
      env: { LANG: "C.UTF-8", SOLIDATA_HOME: process.env.SOLIDATA_HOME },
      cwd: dir,
    };
    expect(await runCli(["clean", "once.csv", "--out", "a", "--json"], io)).toBe(ExitCode.ok);
    const once = JSON.parse(out.join("")).report;
    out.length = 0;
    expect(await runCli(["clean", "twice.csv", "--out", "b", "--json"], io)).toBe(ExitCode.ok);
    const twice = JSON.parse(out.join("")).report;
    // truth: the file has 2 × body rows; the second copy adds exactly body.length merged rows
    expect(twice.rowsIn).toBe(2 * body.length);
    expect(twice.rowsMerged - once.rowsMerged).toBe(body.length - once.rowsQuarantined);
    expect(twice.rowsClean).toBe(once.rowsClean);
    // I1
    expect(twice.rowsClean + twice.rowsQuarantined + twice.rowsMerged).toBe(twice.rowsIn);
    const duplicates = parseCsv(await readFile(join(dir, "b", "duplicates.csv"), "utf8"));
    expect(duplicates.length - 1).toBe(twice.rowsMerged);
    const head = duplicates[0] ?? [];
    expect(head).toContain("kept_line");
    // every merged row of the second copy points to a line of the first copy
    const line = head.indexOf("line");
    const kept = head.indexOf("kept_line");
    for (const row of duplicates.slice(1)) expect(Number(row[kept])).toBeLessThan(Number(row[line]));
    expect(err.join("")).toMatch(/merged as duplicates/);
  });
});
