// Catalogue entry 48: metadata leaks. A workbook saved under the user's folder
// (…/Users/marie.dupont/Documents/beneficiaires_Ahmed_K.xlsx), its sheet named after a person, a
// free-text "Notes" column ("enceinte, violences conjugales"), Excel author properties; and a
// projects file whose "Observations" column has few distinct values (it would pass for a category).
// Expected: the outputs show the base name only, never the folder; notes and document properties
// appear in no report (HTML, Markdown, JSON, charts) and in no inspect output (JSON, text, profile
// page); the profile page names no sheet. A control run on a copy with the notes under a neutral
// header proves that the search would catch the strings.
// Documented choice: the base name is kept (it tells the reader which file a figure comes from);
// a base name that itself names a person is not yet replaced by a neutral label.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { xlsx } from "../../../core/test/reliability/xlsx.js";
import type { Io } from "../../src/io.js";
import { runCli } from "../../src/program.js";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "solidata-g48-"));
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

/** Every output of a folder (HTML, Markdown, JSON, SVG, CSV), by path. */
async function outputs(root: string): Promise<Record<string, string>> {
  const entries = await readdir(root, { withFileTypes: true, recursive: true });
  const texts: Record<string, string> = {};
  for (const e of entries)
    if (e.isFile()) texts[join(e.parentPath, e.name)] = await readFile(join(e.parentPath, e.name), "utf8");
  return texts;
}

const NOTES = ["enceinte, violences conjugales", "sans papiers, hébergée chez sa sœur", "dettes de loyer, expulsion"];
const PROPERTIES = { creator: "Ginette Auteurprop", lastModifiedBy: "Lucien Modifprop", company: "Foyer Companyprop" };
/** Strings that must appear nowhere: notes, document properties, the folder, the sheet's name. */
const SECRETS = [
  "enceinte",
  "violences conjugales",
  "sans papiers",
  "expulsion",
  "Auteurprop",
  "Modifprop",
  "Companyprop",
  "marie.dupont",
  "Documents",
  "Karim",
];

async function source(name: string): Promise<string[]> {
  const url = new URL(`../../../../datasets/samples/fr/${name}`, import.meta.url);
  return (await readFile(url, "utf8"))
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/);
}

/** Writes the register (120 people, one note each) and the projects; returns their paths. */
async function files(noteHeader: string, folder: string): Promise<{ register: string; projects: string }> {
  const lines = (await source("beneficiaires.csv")).slice(0, 121);
  const rows = lines.map((l, i) => [...l.split(";"), i === 0 ? noteHeader : (NOTES[i % 3] as string)]);
  await mkdir(folder, { recursive: true });
  const register = join(folder, "beneficiaires_Ahmed_K.xlsx");
  await writeFile(register, xlsx("Ahmed Karim", rows, PROPERTIES));
  const projects = join(folder, "projets.csv");
  const observation = noteHeader === "Notes" ? "Observations" : noteHeader;
  const p = (await source("projets.csv")).map((l, i) => `${l};${i === 0 ? observation : NOTES[i % 3]}`);
  await writeFile(projects, `${p.join("\n")}\n`);
  return { register, projects };
}

/** Runs report and inspect (JSON, text, --html) and returns every output and message, by name. */
async function everything(noteHeader: string, name: string): Promise<Record<string, string>> {
  const { register, projects } = await files(noteHeader, join(dir, name, "Users", "marie.dupont", "Documents"));
  const texts: Record<string, string> = {};
  const report = await run(["report", register, projects, "--out", join(dir, name, "report"), "--lang", "fr"]);
  expect(report.code, report.err).toBe(0);
  const json = await run(["inspect", register, "--json", "--html", "--out", join(dir, name, "inspect")]);
  expect(json.code, json.err).toBe(0);
  const text = await run(["inspect", register, "--lang", "fr"]);
  const projectsJson = await run(["inspect", projects, "--json"]);
  Object.assign(texts, {
    "report stdout": report.out,
    "inspect --json": json.out,
    "inspect text": text.out,
    "inspect projects --json": projectsJson.out,
  });
  Object.assign(texts, await outputs(join(dir, name, "report")), await outputs(join(dir, name, "inspect")));
  return texts;
}

/** Outputs that go to the terminal of the person inspecting: they keep the sheet names (`--sheet` takes them). */
const TERMINAL = new Set(["inspect --json", "inspect text"]);

function leaks(texts: Record<string, string>): string[] {
  return Object.entries(texts).flatMap(([file, text]) =>
    SECRETS.filter((s) => text.includes(s) && !(s === "Karim" && TERMINAL.has(file))).map(
      (s) => `${file.split("/").pop()}: ${s}`,
    ),
  );
}

describe("48. metadata leaks", () => {
  it("no output holds the notes, the document properties, the folder or the sheet's name", async () => {
    const texts = await everything("Notes", "run");
    const names = Object.keys(texts);
    expect(names.some((n) => n.endsWith("report.html"))).toBe(true);
    expect(names.some((n) => n.endsWith("report.md"))).toBe(true);
    expect(names.some((n) => n.endsWith("report.json"))).toBe(true);
    expect(names.some((n) => n.endsWith(".profile.html"))).toBe(true);
    expect(leaks(texts)).toEqual([]);
    // the base name is what names the file (no folder)
    const inspected = JSON.parse(texts["inspect --json"] as string) as { file: string; sheet: string };
    expect(inspected.file).toBe("beneficiaires_Ahmed_K.xlsx");
    // the page names the sheet by position; the terminal keeps the name (--sheet needs it), not the page
    const page = Object.entries(texts).find(([n]) => n.endsWith(".profile.html"))?.[1] ?? "";
    expect(page).not.toContain("Ahmed Karim");
  });

  it("control: under a neutral header the notes are a category, and the search finds them", async () => {
    // "Situation 2" holds the same sentences, with three values: inspect shows them as examples and
    // the projects' factors table publishes them; the property and folder strings stay absent
    const texts = await everything("Situation 2", "control");
    const found = leaks(texts);
    expect(found.some((f) => f.endsWith(": enceinte"))).toBe(true);
    expect(found.filter((f) => /Auteurprop|Modifprop|Companyprop|marie\.dupont|Documents/.test(f))).toEqual([]);
  });
});
