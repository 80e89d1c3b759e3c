import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Every `@example` of packages/core/src, run against the built package (packages/core/dist, built
// by `tsc -b` before the tests) with every export of `@solidata/core`, `@solidata/core/node` and
// arquero (`aq`) in scope. A statement followed by `// => value` is checked: its value (or the
// value of the variable it declares) must deep-equal `value`.

const root = fileURLToPath(new URL("../../", import.meta.url));
const src = join(root, "src");

const T = "uses a table (log, register, outcomes…) the example names but does not build";
const F = "reads a file of the user's (benevoles.csv, registre.xlsx…) by a relative path";
const B = "uses bytes or a stream the example names but does not build";
const K = "uses a secret key the example names but does not build (a real key is never written in docs)";
const W = "reads or writes a key file in the current folder";
const D = "its value depends on whether the optional package @duckdb/node-api is installed";

/**
 * Examples that cannot run on their own, by file and the 0-based index of the example in the file,
 * with the reason.
 */
const SKIP: Record<string, string> = {
  "analyses/attrition-by-wave.ts#0": T,
  "analyses/demographics.ts#0": T,
  "analyses/engagement-segments.ts#0": T,
  "analyses/outcome-change.ts#0": T,
  "analyses/outcome-rate.ts#0": T,
  "analyses/plausibility-checks.ts#0": T,
  "analyses/positive-exits.ts#0": T,
  "analyses/pre-post.ts#0": T,
  "analyses/reach.ts#0": T,
  "analyses/retention-cohorts.ts#0": T,
  "analyses/survival.ts#0": T,
  "analyses/volunteer-activity.ts#0": T,
  "analyses/volunteer-hours.ts#0": T,
  "analyses/volunteer-value.ts#0": T,
  "clean/apply-recipe.ts#0": T,
  "clean/apply-recipe.ts#1": T,
  "indicators/beneficiary-indicators.ts#0": T,
  "indicators/outcome-indicators.ts#0": T,
  "indicators/site-indicators.ts#0": T,
  "indicators/territory-indicators.ts#0": T,
  "indicators/volunteer-indicators.ts#0": T,
  "pipeline/link-people.ts#0": T,
  "privacy/count-distinct.ts#0": T,
  "privacy/enforce-k-anonymity.ts#0": T,
  "privacy/generalise-quasi-identifiers.ts#0": T,
  "privacy/k-anonymity.ts#0": T,
  "privacy/protect-survival-steps.ts#0": T,
  "analyses/success-factors.ts#0": T,
  "indicators/factor-indicators.ts#0": T,
  "indicators/group-census-indicators.ts#0": T,
  "indicators/indicator-progress.ts#0": T,
  "indicators/prepare-cell-keys.ts#0": T,
  "indicators/signal-indicators.ts#0": T,
  "duckdb/load-duckdb.ts#0": D,
  "duckdb/prepare-with-duckdb.ts#0": F,
  "ingest/check-zip-limits.ts#0": F,
  "pipeline/pseudonymise-prepared.ts#0": F,
  "indicators/compute-indicators.ts#0": F,
  "ingest/node.ts#0": F,
  "ingest/read-xlsx-layout.ts#0": F,
  "ingest/node.ts#1": F,
  "ingest/node.ts#2": F,
  "files/find-duplicate-files.ts#0": B,
  "pipeline/prepare-table.ts#0": B,
  "ingest/scan-csv.ts#0": B,
  "privacy/import-key.ts#0": K,
  "privacy/pseudonym-key.ts#0": K,
  "privacy/pseudonymise-export.ts#0": K,
  "privacy/pseudonymise.ts#0": K,
  "privacy/record-keys.ts#0": K,
  "privacy/load-key.ts#0": W,
  "privacy/write-key-file.ts#0": W,
};

interface Example {
  file: string;
  index: number;
  code: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** The `@example` blocks of a file's TSDoc comments, without their `*` margins or code fences. */
function examplesOf(path: string): Example[] {
  const text = readFileSync(path, "utf8");
  const file = relative(src, path);
  const examples: Example[] = [];
  for (const comment of text.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    const lines = comment
      .replace(/^\/\*\*/, "")
      .replace(/\*\/$/, "")
      .split("\n")
      .map((line) => line.replace(/^\s*\* ?/, ""));
    let current: string[] | undefined;
    const flush = (): void => {
      if (current === undefined) return;
      const code = current
        .filter((line) => !/^\s*```/.test(line))
        .join("\n")
        .trim();
      if (code !== "") examples.push({ file, index: examples.length, code });
      current = undefined;
    };
    for (const line of lines) {
      if (/^\s*@example\b/.test(line)) {
        flush();
        current = [line.replace(/^\s*@example\b\s?/, "")];
      } else if (/^\s*@\w+/.test(line)) flush();
      else current?.push(line);
    }
    flush();
  }
  return examples;
}

/** The `// =>` comment right after a statement (same line, or alone on the next line), if any. */
function arrowAfter(text: string, end: number): string | undefined {
  // the comment on the statement's last line, then those of the next lines
  const ranges = [
    ...(ts.getTrailingCommentRanges(text, end) ?? []),
    ...(ts.getLeadingCommentRanges(text, end) ?? []),
  ].map((r) => text.slice(r.pos, r.end));
  const first = ranges[0];
  if (first === undefined || !first.startsWith("//") || !first.slice(2).trim().startsWith("=>")) return undefined;
  const parts = [first.slice(2).trim().slice(2).trim()];
  // a value written over several lines goes on in `//` comments that do not start with `=>`
  for (const next of ranges.slice(1)) {
    if (!next.startsWith("//") || next.slice(2).trim().startsWith("=>")) break;
    parts.push(next.slice(2).trim());
  }
  return parts.join(" ");
}

/** The example as JavaScript, each statement followed by `// =>` turned into a check. */
function compile(example: Example): { js: string; checks: number } {
  const source = ts.createSourceFile("example.ts", example.code, ts.ScriptTarget.ES2022, true);
  const text = example.code;
  const edits: { start: number; end: number; text: string }[] = [];
  let checks = 0;
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      edits.push({ start: statement.getFullStart(), end: statement.end, text: "" });
      continue;
    }
    const expected = arrowAfter(text, statement.end);
    if (expected === undefined) continue;
    const at = JSON.stringify(`${example.file}#${example.index}: ${statement.getText().slice(0, 80)}`);
    const want = JSON.stringify(expected);
    checks++;
    let value: string;
    if (ts.isExpressionStatement(statement)) value = `async () => (${statement.expression.getText()})`;
    else if (ts.isVariableStatement(statement)) {
      const names = statement.declarationList.declarations.map((d) => d.name.getText());
      edits.push({
        start: statement.end,
        end: statement.end,
        text: `\nawait __check(${at}, async () => (${names[names.length - 1]}), ${want});`,
      });
      continue;
    } else if (ts.isTryStatement(statement) && statement.catchClause) {
      // try { … } catch (e) { value } // => the value of the catch block's last expression
      const block = statement.catchClause.block.statements;
      const last = block[block.length - 1];
      if (last === undefined || !ts.isExpressionStatement(last))
        throw new Error(`${at}: a catch block without a value`);
      const variable = statement.catchClause.variableDeclaration?.getText() ?? "e";
      value = `async () => { try ${statement.tryBlock.getText()} catch (${variable}) { return (${last.expression.getText()}); } return undefined; }`;
    } else throw new Error(`${example.file}#${example.index}: a // => after a statement that has no value`);
    edits.push({ start: statement.getStart(), end: statement.end, text: `await __check(${at}, ${value}, ${want});` });
  }
  let code = text;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    code = code.slice(0, edit.start) + edit.text + code.slice(edit.end);
  const js = ts.transpileModule(code, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
  return { js, checks };
}

/**
 * Reads the expected value written after `// =>`: a JavaScript literal, where a decimal number
 * matches to its last digit (`1.5491…` to four decimals, `0.5` to twelve), a string ending in `...` or
 * `…` matches its beginning, an object ending in `...` or `…` matches the keys it names, and a
 * comment in parentheses after the literal is ignored (`1 (31/02 is not a date)`).
 */
function expectedValue(written: string): unknown {
  let text = written.trim();
  const note = /^(.*?)\s+\((?:[^()]|\([^()]*\))*\)$/.exec(text);
  if (note?.[1] !== undefined) text = note[1];
  const scanner = ts.createScanner(ts.ScriptTarget.ES2022, false, ts.LanguageVariant.Standard, text);
  let out = "";
  let last = 0;
  const matchers: string[] = [];
  let minus = -1;
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    let start = scanner.getTokenStart();
    const end = scanner.getTokenEnd();
    const after = text.slice(end);
    const sign = minus >= 0 ? "-" : "";
    if (minus >= 0 && token === ts.SyntaxKind.NumericLiteral) start = minus;
    minus = token === ts.SyntaxKind.MinusToken ? start : -1;
    if (token === ts.SyntaxKind.NumericLiteral && text.slice(start, end).includes(".")) {
      const number = `${sign}${scanner.getTokenText()}`;
      const digits = number.split(".")[1]?.length ?? 0;
      const truncated = /^(…|\.\.\.)/.exec(after);
      out += `${text.slice(last, start)}expect.closeTo(${number}, ${truncated ? digits - 1 : Math.min(digits, 12)})`;
      last = end + (truncated ? (truncated[1] as string).length : 0);
    } else if (token === ts.SyntaxKind.StringLiteral) {
      const value = scanner.getTokenValue();
      const prefix = /(\.\.\.|…)$/.exec(value);
      if (prefix) {
        const begin = value.slice(0, value.length - (prefix[1] as string).length);
        matchers.push(begin);
        out += `${text.slice(last, start)}__prefix(${matchers.length - 1})`;
        last = end;
      }
    }
  }
  out += text.slice(last);
  // `{ a: 1, ... }`: the keys named only
  out = out.replace(/,\s*(…|\.\.\.)\s*}/g, ", __partial: true }");
  const partial = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(partial);
    if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
      const entries = Object.entries(value).filter(([key]) => key !== "__partial");
      const inner = Object.fromEntries(entries.map(([k, v]) => [k, partial(v)]));
      return "__partial" in value ? expect.objectContaining(inner) : inner;
    }
    return value;
  };
  const prefix = (i: number): unknown => expect.stringMatching(new RegExp(`^${escapeRegExp(matchers[i] as string)}`));
  return partial(new Function("expect", "__prefix", `return (${out});`)(expect, prefix));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const examples = sourceFiles(src).flatMap(examplesOf);
const dist = join(root, "dist", "index.js");

describe("core TSDoc examples", () => {
  it("are many, and every skipped one still exists", () => {
    expect(examples.length).toBeGreaterThan(150);
    const keys = new Set(examples.map((e) => `${e.file}#${e.index}`));
    for (const key of Object.keys(SKIP)) expect(keys.has(key), key).toBe(true);
  });

  it.runIf(existsSync(dist))("hold when run against the built package", { timeout: 300_000 }, async () => {
    const core = await import(pathToFileURL(dist).href);
    const node = await import(pathToFileURL(join(root, "dist", "node.js")).href);
    const aq = await import("arquero");
    const scope: Record<string, unknown> = { ...core, ...node, aq };
    const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
      ...args: string[]
    ) => (...values: unknown[]) => Promise<void>;
    const failures: string[] = [];
    let checked = 0;
    let unchecked = 0;
    const check = async (at: string, actual: () => Promise<unknown>, expected: string): Promise<void> => {
      checked++;
      let want: unknown;
      try {
        want = expectedValue(expected);
      } catch {
        failures.push(`${at}: the expected value is not a literal: ${expected}`);
        return;
      }
      try {
        expect(await actual()).toEqual(want);
      } catch (error) {
        failures.push(`${at}: ${(error as Error).message.split("\n")[0]}`);
      }
    };
    for (const example of examples) {
      const key = `${example.file}#${example.index}`;
      if (SKIP[key] !== undefined) continue;
      let compiled: { js: string; checks: number };
      try {
        compiled = compile(example);
      } catch (error) {
        failures.push(`${key}: ${(error as Error).message}`);
        continue;
      }
      if (compiled.checks === 0) unchecked++;
      // the internal functions of the example's own module are in scope too
      const own = await import(pathToFileURL(join(root, "dist", example.file.replace(/\.ts$/, ".js"))).href);
      const all: Record<string, unknown> = { ...own, ...scope };
      const names = Object.keys(all).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
      try {
        const run = new AsyncFunction(...names, "__check", compiled.js);
        await run(...names.map((name) => all[name]), check);
      } catch (error) {
        failures.push(`${key}: threw ${(error as Error).message.split("\n")[0]}`);
      }
    }
    expect(failures).toEqual([]);
    // examples without a `// =>` still run (they must not throw); most have one
    expect(checked).toBeGreaterThan(100);
    expect(unchecked).toBeLessThan(checked / 3);
  });
});
