import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// French wording (what a user reads, and the words solidata recognises in French files) lives in
// folders named `locales` or `messages` and in files named `messages.ts`. Every other source file of
// packages/*/src is scanned: a string literal with a French accented letter, or with a common French
// word among several words, fails, unless its file is listed below.

const packages = fileURLToPath(new URL("../../../", import.meta.url));

const ACCENTED = /[àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ]/;
const FRENCH_WORDS =
  /(^|[\s'’(])(le|la|les|des|du|une|est|sont|pour|avec|sans|dans|sur|aux|pas|et|ou|nombre|personnes|aucun|aucune)(?=[\s,.;:!?)]|$)/;

/** Files that must keep French text, with the reason. */
const MUST_STAY: Record<string, string> = {
  "core/src/ingest/ingest-engine.ts": "the characters of mojibake detection (\\u00c2, \\u00c3), not wording",
  "viz/src/geometry/departements-geometry.ts": "place names of the map data (official names of the départements)",
  "viz/src/geometry/regions-geometry.ts": "place names of the map data (official names of the regions)",
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === "locales" || entry.name === "messages" || entry.name === "node_modules") return [];
      return sourceFiles(path);
    }
    return entry.name.endsWith(".ts") && entry.name !== "messages.ts" ? [path] : [];
  });
}

/** Tokens after which a `/` divides; after any other, it starts a regular expression. */
const OPERANDS = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.Identifier,
  ts.SyntaxKind.NumericLiteral,
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.CloseParenToken,
  ts.SyntaxKind.CloseBracketToken,
  ts.SyntaxKind.CloseBraceToken,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.ThisKeyword,
]);

/** The text of every string literal and template piece of a file (comments are not read). */
function literals(text: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.ES2022, true, ts.LanguageVariant.Standard, text);
  const found: string[] = [];
  // brace depth at each open `${` of a template
  const templates: number[] = [];
  let depth = 0;
  let previous = ts.SyntaxKind.Unknown;
  let token = scanner.scan();
  while (token !== ts.SyntaxKind.EndOfFileToken) {
    if (token === ts.SyntaxKind.CloseBraceToken && templates[templates.length - 1] === depth) {
      // the end of a `${…}`: read the template's next piece
      token = scanner.reScanTemplateToken(false);
      templates.pop();
    } else if (token === ts.SyntaxKind.OpenBraceToken) depth++;
    else if (token === ts.SyntaxKind.CloseBraceToken) depth--;
    else if (
      (token === ts.SyntaxKind.SlashToken || token === ts.SyntaxKind.SlashEqualsToken) &&
      !OPERANDS.has(previous)
    )
      token = scanner.reScanSlashToken();
    if (
      token === ts.SyntaxKind.StringLiteral ||
      token === ts.SyntaxKind.NoSubstitutionTemplateLiteral ||
      token === ts.SyntaxKind.TemplateHead ||
      token === ts.SyntaxKind.TemplateMiddle ||
      token === ts.SyntaxKind.TemplateTail
    )
      found.push(scanner.getTokenValue());
    if (token === ts.SyntaxKind.TemplateHead || token === ts.SyntaxKind.TemplateMiddle) templates.push(depth);
    previous = token;
    token = scanner.scan();
  }
  return found;
}

function isFrench(literal: string): boolean {
  if (ACCENTED.test(literal)) return true;
  return /\s/.test(literal.trim()) && FRENCH_WORDS.test(literal);
}

const files = (["core", "viz", "cli"] as const).flatMap((pkg) => sourceFiles(join(packages, pkg, "src")));
const wording = new Map<string, string[]>();
for (const path of files) {
  const hits = literals(readFileSync(path, "utf8")).filter(isFrench);
  if (hits.length > 0) wording.set(relative(packages, path), hits);
}

describe("no French wording outside locales and messages", () => {
  it("scans the sources of every package", () => {
    expect(files.length).toBeGreaterThan(200);
    // the scanner reads literals, not comments
    const sample = ['// "Café"', 'const a = "Bénévole";', "const b = `x $", "{{ a }.a} pour la ville`;"].join("\n");
    expect(literals(sample.replace("$\n", "$"))).toEqual(["Bénévole", "x ", " pour la ville"]);
    expect(isFrench("pour la ville")).toBe(true);
    expect(isFrench("ingest.ragged_row")).toBe(false);
  });

  it("finds none outside the files listed", () => {
    const unexpected = [...wording].filter(([file]) => MUST_STAY[file] === undefined);
    expect(Object.fromEntries(unexpected.map(([file, hits]) => [file, hits.slice(0, 3)]))).toEqual({});
  });
});
