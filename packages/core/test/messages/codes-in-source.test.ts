import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { catalogue } from "@solidata/core";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { cliEn } from "../../../cli/src/locales/cli-en.js";
import { cliFr } from "../../../cli/src/locales/cli-fr.js";
import { reportEn } from "../../../cli/src/locales/report-en.js";
import { reportFr } from "../../../cli/src/locales/report-fr.js";

// The compiler checks every code passed to formatMessage, t and word, and every Issue's code. This
// test covers what it cannot see: a code-shaped string literal of the sources (`"ingest.ragged_row"`)
// whose first word is a prefix of the catalogue must be a code of it, in English and in French, and
// the fixed head of a computed code (`clean.excel.column.${name}`) must begin at least one code.

const packages = fileURLToPath(new URL("../../../", import.meta.url));
const CODE = /^[a-z]+(?:\.[a-z0-9_]+)+$/;
/** Output file names look like codes (`report.html`, `solidata.key`): they are not. */
const FILE_NAME = /\.(?:csv|xlsx|html|md|json|ya?ml|key)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "locales" ? [] : sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** The code-shaped literals and the heads of computed codes of a package's sources, with their file. */
function codesUsed(pkg: string, prefixes: ReadonlySet<string>): { literals: string[]; heads: string[] } {
  const literals: string[] = [];
  const heads: string[] = [];
  for (const file of sourceFiles(join(packages, pkg, "src"))) {
    const where = relative(packages, file);
    const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        const text = node.text;
        if (CODE.test(text) && !FILE_NAME.test(text) && prefixes.has(text.split(".")[0] ?? ""))
          literals.push(`${where}: ${text}`);
      } else if (ts.isTemplateExpression(node)) {
        const head = node.head.text;
        if (/^[a-z]+(?:\.[a-z0-9_]+)*[._]$/.test(head) && prefixes.has(head.split(".")[0] ?? ""))
          heads.push(`${where}: ${head}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { literals, heads };
}

const text = (entry: string): string => entry.slice(entry.indexOf(": ") + 2);
const prefixesOf = (codes: readonly string[]): Set<string> => new Set(codes.map((c) => c.split(".")[0] ?? ""));

describe("the codes used in the sources", () => {
  it("of core exist in core's catalogue, in English and in French", () => {
    const en = Object.keys(catalogue.en);
    const fr = new Set(Object.keys(catalogue.fr));
    const { literals, heads } = codesUsed("core", prefixesOf(en));
    // ingest, clean, kind, indicators… are all used: the scan sees the sources
    expect(literals.length).toBeGreaterThan(200);
    expect(literals.filter((l) => !en.includes(text(l)) || !fr.has(text(l)))).toEqual([]);
    expect(heads.filter((h) => !en.some((c) => c.startsWith(text(h))))).toEqual([]);
  });

  it("of the CLI exist in its catalogues or core's, in English and in French", () => {
    const en = [...Object.keys(cliEn), ...Object.keys(reportEn), ...Object.keys(catalogue.en)];
    const fr = new Set([...Object.keys(cliFr), ...Object.keys(reportFr), ...Object.keys(catalogue.fr)]);
    const { literals, heads } = codesUsed("cli", prefixesOf(en));
    expect(literals.length).toBeGreaterThan(200);
    expect(literals.filter((l) => !en.includes(text(l)) || !fr.has(text(l)))).toEqual([]);
    expect(heads.length).toBeGreaterThan(10);
    expect(heads.filter((h) => !en.some((c) => c.startsWith(text(h))))).toEqual([]);
  });
});
