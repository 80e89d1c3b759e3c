// Catalogue entry 55: Markdown report injection (cells with `|`, backticks, `<script>`,
// `[x](javascript:alert(1))`, lines starting with `#`): table structure intact, HTML escaped,
// `javascript:` links neutralised. I3: the sample's suppressed cell is not shown as a number.
import { describe, expect, it } from "vitest";
import { escapeMarkdown } from "../../src/report/escape-markdown.js";
import { renderMarkdown } from "../../src/report/render-markdown.js";
import { sampleModel } from "../report/sample-model.js";

const CELLS = ["a|b", "`code`", "<script>alert(1)</script>", "[x](javascript:alert(1))", "# title\n## sub"];

describe("55. Markdown report injection", () => {
  it("escapes every hostile cell so no link, heading, tag or column appears", () => {
    for (const cell of CELLS) {
      const out = escapeMarkdown(cell);
      expect(out).not.toMatch(/(^|[^\\])\|/);
      expect(out).not.toMatch(/(^|[^\\])`/);
      expect(out).not.toMatch(/<script/i);
      expect(out).not.toMatch(/(^|[^\\])\]\(javascript:/i);
      expect(out).not.toMatch(/^#|\n/);
    }
  });

  it("keeps every table row with as many cells as its header in a report holding hostile labels", async () => {
    const md = renderMarkdown(sampleModel(), "en");
    const cells = (line: string): number => line.replace(/\\\|/g, "").split("|").length;
    const lines = md.split("\n");
    let checked = 0;
    for (let i = 0; i < lines.length; i += 1) {
      const line = lines[i] as string;
      if (/^\|(\s*:?-+:?\s*\|)+$/.test(line)) {
        const width = cells(lines[i - 1] as string);
        for (let j = i + 1; j < lines.length && (lines[j] as string).startsWith("|"); j += 1) {
          expect(cells(lines[j] as string)).toBe(width);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(md).not.toMatch(/<script/i);
  });
});
