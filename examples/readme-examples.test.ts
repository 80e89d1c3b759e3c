import { execFile } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Every TypeScript and shell example of the READMEs runs against the built packages (`dist/`, as a
 * user who installed them gets): TypeScript blocks with Node and tsx, shell blocks with the built
 * `solidata` command, each in a fresh folder holding the French sample files. A line `EXPR; // => VALUE`
 * (or `// => VALUE` under it) whose value is a plain literal is checked. A block that cannot run is
 * preceded by `<!-- example: not run: REASON -->` in the README. The TypeScript blocks run one after
 * the other in one Node process (each its own module, run from its own folder), so the packages are
 * loaded once instead of once per block.
 */

const run = promisify(execFile);
const root = fileURLToPath(new URL("../", import.meta.url));
const bin = join(root, "packages", "cli", "bin", "solidata.js");
const tsx = pathToFileURL(join(root, "node_modules", "tsx", "dist", "loader.mjs")).href;
const samples = join(root, "datasets", "samples", "fr");
const READMES = [
  "README.md",
  "README.fr.md",
  "packages/core/README.md",
  "packages/viz/README.md",
  "packages/cli/README.md",
];
const NOT_RUN = /^<!--\s*example:\s*not run:\s*(.+?)\s*-->$/;

interface Block {
  readme: string;
  line: number;
  lang: string;
  code: string;
  notRun?: string;
}

/** The fenced blocks of a Markdown text, with the marker that precedes them (internal). */
function fencedBlocks(readme: string, text: string): Block[] {
  const lines = text.split("\n");
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i] as string);
    if (!open) continue;
    let end = i + 1;
    while (end < lines.length && !/^```\s*$/.test(lines[end] as string)) end++;
    let before = i - 1;
    while (before >= 0 && (lines[before] as string).trim() === "") before--;
    const marker = NOT_RUN.exec((lines[before] ?? "").trim());
    blocks.push({
      readme,
      line: i + 1,
      lang: open[1] as string,
      code: lines.slice(i + 1, end).join("\n"),
      ...(marker ? { notRun: marker[1] as string } : {}),
    });
    i = end;
  }
  return blocks;
}

const LITERAL = /^(true|false|null|-?\d+(\.\d+)?|"[^"]*")$/;

/** Turns `EXPR; // => LITERAL` (or `// => LITERAL` on the next line) into a check (internal). */
function withChecks(code: string, where: string): string {
  const lines = code.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const inline = /^(\s*)(.+?);\s*\/\/ => (.+)$/.exec(line);
    const next = /^\s*\/\/ => (.+)$/.exec(lines[i + 1] ?? "");
    if (inline && LITERAL.test((inline[3] as string).trim())) {
      out.push(`${inline[1]}__check(${inline[2]}, ${(inline[3] as string).trim()}, "${where}:${i + 1}");`);
    } else if (
      next &&
      LITERAL.test((next[1] as string).trim()) &&
      /;\s*$/.test(line) &&
      !/^\s*(const|let|import)\b/.test(line)
    ) {
      out.push(`__check(${line.replace(/;\s*$/, "")}, ${(next[1] as string).trim()}, "${where}:${i + 1}");`);
      i++;
    } else out.push(line);
  }
  return out.join("\n");
}

const CHECK = `function __check(actual, expected, where) {
  if (actual !== expected) throw new Error(where + ": expected " + JSON.stringify(expected) + ", got " + JSON.stringify(actual));
}\n`;

/** Data the viz README's fragments name, made up for the example (internal). */
const VIZ_DATA = `
import * as __viz from "@solidata/viz";
import { prepareFile as __prepareFile } from "@solidata/core/node";
const rows = [
  { site: "Lyon", hours: 1234.5, hours_status: "ok", quarter: "2025-Q1", count: 40, count_status: "ok" },
  { site: "Metz", hours: 845, hours_status: "ok", quarter: "2025-Q1", count: 25, count_status: "ok" },
];
const bySiteAndGender = [
  { site: "Lyon", gender: "F", count: 40, count_status: "ok" },
  { site: "Lyon", gender: "H", count: 32, count_status: "ok" },
  { site: "Metz", gender: "F", count: null, count_status: "primary" },
];
const monthly = [
  { period: "2025-01", visits: 180, visits_status: "ok", flagged: false },
  { period: "2025-02", visits: 240, visits_status: "ok", flagged: true },
  { period: "2025-03", visits: null, visits_status: "primary", flagged: false },
];
const result = {
  tables: {
    cohorts: [
      { cohort: "2025-01", offset: 0, rate: 1, rate_status: "ok" },
      { cohort: "2025-01", offset: 1, rate: 0.6, rate_status: "ok" },
    ],
    curve: [
      { time: 0, survival: 1, lower: 1, upper: 1 },
      { time: 30, survival: 0.8, lower: 0.7, upper: 0.9 },
      { time: 90, survival: 0.55, lower: 0.45, upper: 0.65 },
    ],
    rates: [
      // as core's outcomeRate gives them: Wilson intervals of 42/60 and 30/58
      { arm: "accompagnement", successes: 42, responded: 60, rate: 0.7, lower: 0.5749, upper: 0.801, rate_status: "ok" },
      { arm: "témoin", successes: 30, responded: 58, rate: 0.5172, lower: 0.3916, upper: 0.6407, rate_status: "ok" },
    ],
  },
};
const beneficiaries = Array.from({ length: 60 }, (_, i) => ({ age: 18 + ((i * 7) % 60) }));
const hoursPerVolunteer = Array.from({ length: 40 }, (_, i) => ({ site: i % 2 ? "Lyon" : "Metz", hours: 2 + ((i * 13) % 30) }));
const byDepartement = [{ departement: "01", count: 12 }, { departement: "2A", count: 15 }, { departement: "971", count: 20 }];
const byRegion = [{ region: "84", rate: 0.4 }, { region: "11", rate: 0.25 }];
const groupsByCountry = [{ country: "250", groups: 12 }, { country: "France", groups: 3 }];
// every fragment gets the same cleaned log: cleaned once for all the fragments of the process
const log = (globalThis.__readmeLog ??= (await __prepareFile("benevoles.csv")).cleaned.clean);
const spec = __viz.barChart(rows, { x: "site", y: "hours" });
`;

/** The names a block imports itself, so the preamble does not declare them twice (internal). */
function importedNames(code: string): Set<string> {
  const names = new Set<string>();
  for (const m of code.matchAll(/^import\s*\{([^}]*)\}\s*from/gm))
    for (const part of (m[1] as string).split(",")) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop();
      if (name) names.add(name);
    }
  return names;
}

/** The preamble of a README's TypeScript blocks: the viz README's fragments need data and its names. */
function preamble(readme: string, code: string): string {
  if (readme !== "packages/viz/README.md") return CHECK;
  const own = importedNames(code);
  const vizNames = [
    "barChart",
    "lineChart",
    "heatmapChart",
    "survivalChart",
    "rateChart",
    "histogramChart",
    "boxPlot",
    "progressChart",
    "franceMap",
    "worldMap",
    "smallMultiples",
    "chartResult",
    "toSVG",
    "toAccessibleTable",
    "toHTMLTable",
    "toMimeBundle",
    "withDisplay",
  ].filter((n) => !own.has(n));
  const png = own.has("toPNG") ? "" : 'import { toPNG } from "@solidata/viz/node";\n';
  return `${CHECK}${png}${VIZ_DATA}const { ${vizNames.join(", ")} } = __viz;\n`;
}

/** A fresh folder with the French samples and the workspace's packages as `node_modules` (internal). */
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), "solidata-readme-"));
  for (const f of readdirSync(samples)) if (/\.(csv|xlsx)$/.test(f)) copyFileSync(join(samples, f), join(dir, f));
  symlinkSync(join(root, "examples", "node_modules"), join(dir, "node_modules"), "dir");
  symlinkSync(join(root, "datasets"), join(dir, "datasets"), "dir");
  writeFileSync(join(dir, "package.json"), '{ "type": "module", "private": true }\n');
  return dir;
}

/** Splits a shell line into words (quotes kept together, no expansion) (internal). */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? (m[3] as string));
}

/** The arguments of `solidata …`, `pnpm solidata …` or `npx pnpm@… solidata …` (internal). */
function solidataArgs(line: string): string[] | null {
  const w = words(line.replace(/\s+#.*$/, ""));
  const at = w.indexOf("solidata");
  if (at < 0) return null;
  const before = w.slice(0, at).join(" ");
  if (!/^((npx (--yes )?)?pnpm(@[\d.]+)?)?$/.test(before)) return null;
  return w.slice(at + 1);
}

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

const all = READMES.flatMap((readme) => fencedBlocks(readme, readFileSync(join(root, readme), "utf8")));
const examples = all.filter((b) => ["ts", "typescript", "sh", "bash", "js"].includes(b.lang));
const typescript = examples.filter((b) => b.notRun === undefined && (b.lang === "ts" || b.lang === "typescript"));

/**
 * Imports each example module in turn from its own folder, and writes what became of each, in order:
 * `{ ok: true }` or `{ ok: false, error }` (internal).
 */
const RUNNER = `import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
const [list, out] = process.argv.slice(2);
const results = [];
for (const { dir, file } of JSON.parse((await import("node:fs")).readFileSync(list, "utf8"))) {
  process.chdir(dir);
  try {
    await import(pathToFileURL(file).href);
    results.push({ ok: true });
  } catch (error) {
    results.push({ ok: false, error: String(error instanceof Error ? (error.stack ?? error.message) : error) });
  }
  writeFileSync(out, JSON.stringify(results));
}
process.exit(0);
`;

/** What became of each TypeScript block, by its place (filled once, before the tests). */
const outcomes = new Map<string, { ok: boolean; error?: string }>();
let runnerFailure = "";
beforeAll(async () => {
  const base = mkdtempSync(join(tmpdir(), "solidata-readme-run-"));
  folders.push(base);
  const list = typescript.map((block) => {
    const where = `${block.readme}:${block.line}`;
    const dir = folder();
    folders.push(dir);
    const code = `${preamble(block.readme, block.code)}${withChecks(block.code, where)}\nexport {};\n`;
    writeFileSync(join(dir, "example.mts"), code);
    return { where, dir, file: join(dir, "example.mts") };
  });
  writeFileSync(join(base, "list.json"), JSON.stringify(list));
  writeFileSync(join(base, "runner.mjs"), RUNNER);
  const out = join(base, "results.json");
  try {
    await run(process.execPath, ["--import", tsx, join(base, "runner.mjs"), join(base, "list.json"), out], {
      cwd: base,
      env: { ...process.env, TZ: "UTC" },
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch (error) {
    runnerFailure = String(error instanceof Error ? error.message : error);
  }
  const results: { ok: boolean; error?: string }[] = existsSync(out) ? JSON.parse(readFileSync(out, "utf8")) : [];
  list.forEach(({ where }, i) => {
    const result = results[i];
    if (result) outcomes.set(where, result);
  });
}, 1_200_000);

describe("README examples", () => {
  it("finds the examples and every one runs or says why not", () => {
    expect(examples.length).toBeGreaterThan(20);
    for (const b of examples) {
      if (b.notRun !== undefined) expect(b.notRun.length, `${b.readme}:${b.line}`).toBeGreaterThan(10);
    }
  });

  for (const block of examples.filter((b) => b.notRun === undefined)) {
    const where = `${block.readme}:${block.line}`;
    if (block.lang === "ts" || block.lang === "typescript") {
      it(`${where} (TypeScript) runs against the built packages`, () => {
        const outcome = outcomes.get(where);
        if (outcome === undefined)
          expect.fail(`${where} did not run: ${runnerFailure || "the runner stopped before it"}`);
        if (!outcome.ok) expect.fail(`${where} failed: ${outcome.error}`);
        expect(outcome.ok).toBe(true);
      });
    } else if (block.lang === "sh" || block.lang === "bash") {
      it(`${where} (shell) runs with the built solidata command`, async () => {
        const dir = folder();
        folders.push(dir);
        const lines = block.code.split("\n").filter((l) => l.trim() !== "" && !l.trim().startsWith("#"));
        expect(lines.length, where).toBeGreaterThan(0);
        for (const line of lines) {
          const args = solidataArgs(line);
          expect(args, `${where}: "${line}" is not a solidata command: mark the block as not run`).not.toBeNull();
          await run(process.execPath, [bin, ...(args as string[])], { cwd: dir, env: { ...process.env, TZ: "UTC" } });
        }
      }, 600_000);
    } else {
      it(`${where} (${block.lang}) is marked`, () => {
        expect.fail(`${where}: a ${block.lang} block cannot run here: mark it as not run with a reason`);
      });
    }
  }
});
