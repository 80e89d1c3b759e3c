import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findLeaks } from "../../core/test/privacy/find-leaks.js";
import { ExitCode } from "../src/exit-codes.js";
import type { Io } from "../src/io.js";
import { runCli } from "../src/program.js";

const SAMPLE = fileURLToPath(new URL("../../../datasets/samples/fr/benevoles.csv", import.meta.url));
const HEX = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";
const OTHER = "1f1e1d1c1b1a191817161514131211100f0e0d0c0b0a09080706050403020100";

let dir = "";
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "solidata-cli-clean-key-"));
  await copyFile(SAMPLE, join(dir, "benevoles.csv"));
  await writeFile(join(dir, "a.key"), `# solidata key\n${HEX}\n`);
  await writeFile(join(dir, "b.key"), `${OTHER}\n`);
  await writeFile(join(dir, "short.key"), `${HEX.slice(0, 62)}\n`);
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

/** Names, e-mails, phones, identifiers and birth dates (as written and as ISO dates) of the input. */
async function secretsOf(): Promise<string[]> {
  const text = (await readFile(SAMPLE, "utf8")).replace(/^\uFEFF/, "");
  const [header, ...rows] = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  const columns = (header as string).split(";");
  const at = (name: string) => columns.indexOf(name);
  const secrets = new Set<string>();
  for (const row of rows) {
    const cells = row.split(";");
    for (const name of ["Prénom", "Nom", "E-mail", "Tél. portable"]) {
      const v = cells[at(name)]?.trim();
      if (v && v.length >= 4) secrets.add(v);
    }
    const id = cells[at("N° adhérent")]?.trim();
    if (id && id.length >= 4) secrets.add(id);
    const birth = cells[at("Date de naissance")]?.trim();
    const m = birth ? /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(birth) : null;
    if (birth && m) secrets.add(birth).add(`${m[3]}-${m[2]}-${m[1]}`);
  }
  return [...secrets];
}

async function outputs(folder: string): Promise<string[]> {
  const files = await readdir(join(dir, folder));
  return Promise.all(files.map((f) => readFile(join(dir, folder, f), "utf8")));
}

describe("solidata clean --key", () => {
  it("writes no direct identifier of its input, where the same search finds them without a key", async () => {
    const secrets = await secretsOf();
    expect(secrets.length).toBeGreaterThan(300);
    // control: without a key the cleaned files hold names, e-mails, phones and birth dates
    expect(await runCli(["clean", "benevoles.csv", "--out", "plain"], fakeIo())).toBe(ExitCode.ok);
    const control = findLeaks(await outputs("plain"), secrets);
    expect(new Set(control.map((l) => l.secret)).size).toBeGreaterThan(secrets.length / 2);
    const io = fakeIo();
    expect(await runCli(["clean", "benevoles.csv", "--key", "a.key", "--out", "safe"], io)).toBe(ExitCode.ok);
    const texts = await outputs("safe");
    expect(findLeaks([...texts, ...io.out, ...io.err], secrets)).toEqual([]);
    const clean = texts.find((t) => t.startsWith("person_id")) as string;
    const header = (clean.split("\n")[0] as string).split(",");
    expect(header).toContain("birth_year");
    for (const gone of ["first_name", "last_name", "email", "phone", "birth_date"]) expect(header).not.toContain(gone);
    expect(clean.split("\n")[1]).toMatch(/^[0-9a-f]{32},/);
    expect(io.err.join("")).toMatch(/pseudonymised with key [0-9a-f]{8}: person_id replaced by 128-bit pseudonyms/);
    expect(io.err.join("") + io.out.join("")).not.toContain(HEX);
  });

  it("is stable under one key, unlinkable under another, and SOLIDATA_KEY can name the key file", async () => {
    await runCli(["clean", "benevoles.csv", "--key", "a.key", "--out", "a1"], fakeIo());
    await runCli(["clean", "benevoles.csv", "--out", "a2"], fakeIo({ LANG: "en_GB.UTF-8", SOLIDATA_KEY: "a.key" }));
    await runCli(["clean", "benevoles.csv", "--key", "b.key", "--out", "b"], fakeIo());
    const ids = async (folder: string) =>
      (await readFile(join(dir, folder, "clean.csv"), "utf8"))
        .trim()
        .split("\n")
        .slice(1)
        .map((l) => l.split(",")[0] as string)
        .filter((p) => p !== "");
    const a1 = await ids("a1");
    expect(await ids("a2")).toEqual(a1);
    const b = new Set(await ids("b"));
    expect(a1.some((p) => b.has(p))).toBe(false);
    // one pseudonym per person: as many distinct pseudonyms as distinct cleaned identifiers
    await runCli(["clean", "benevoles.csv", "--out", "plain"], fakeIo());
    const plain = await ids("plain");
    expect(new Set(a1).size).toBe(new Set(plain).size);
  });

  it("refuses a key shorter than 32 bytes with exit 5, never printing it", async () => {
    const io = fakeIo();
    expect(await runCli(["clean", "benevoles.csv", "--key", "short.key", "--out", "x"], io)).toBe(ExitCode.config);
    const printed = io.err.join("") + io.out.join("");
    expect(printed).toMatch(/too weak/);
    expect(printed).not.toContain(HEX.slice(0, 62));
    await expect(readdir(join(dir, "x"))).rejects.toThrow();
  });
});
