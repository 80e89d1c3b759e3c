import { readFileSync } from "node:fs";
import * as core from "@solidata/core";
import * as coreNode from "@solidata/core/node";
import * as viz from "@solidata/viz";
import { describe, expect, it } from "vitest";

/** Published package names a notebook may import, and what each exports. */
const PUBLISHED: Record<string, Record<string, unknown>> = {
  "npm:@solidata/core": core,
  "npm:@solidata/core/node": coreNode,
  "npm:@solidata/viz": viz,
};

/** Every `import { a, b } from "x"` of a piece of code, with its names. */
function imports(code: string): { from: string; names: string[] }[] {
  const found: { from: string; names: string[] }[] = [];
  for (const m of code.matchAll(/import\s*\{([^}]*)\}\s*from\s*"([^"]+)"/g)) {
    found.push({
      from: m[2]!,
      names: m[1]!
        .split(",")
        .map((n) => n.trim().split(/\s+as\s+/)[0]!)
        .filter(Boolean),
    });
  }
  for (const m of code.matchAll(/import\s+(?:\*\s+as\s+\w+|\w+)\s+from\s*"([^"]+)"/g))
    found.push({ from: m[1]!, names: [] });
  return found;
}

function checkImports(code: string): number {
  const all = imports(code);
  for (const { from, names } of all) {
    expect(Object.keys(PUBLISHED)).toContain(from);
    for (const name of names) expect(PUBLISHED[from]!, `${from} exports ${name}`).toHaveProperty(name);
  }
  return all.length;
}

interface Notebook {
  nbformat: number;
  nbformat_minor: number;
  metadata: { kernelspec?: { name?: string; language?: string } };
  cells: { cell_type: string; source: string[] | string; outputs?: unknown[]; id?: string }[];
}

describe("notebook.ipynb", () => {
  const notebook = JSON.parse(readFileSync(new URL("./notebook.ipynb", import.meta.url), "utf8")) as Notebook;

  it("is nbformat 4 for the Deno kernel, with markdown and code cells", () => {
    expect(notebook.nbformat).toBe(4);
    expect(notebook.nbformat_minor).toBeGreaterThanOrEqual(5);
    expect(notebook.metadata.kernelspec?.name).toBe("deno");
    const kinds = new Set(notebook.cells.map((c) => c.cell_type));
    expect([...kinds].sort()).toEqual(["code", "markdown"]);
    const ids = notebook.cells.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const cell of notebook.cells) {
      expect(Array.isArray(cell.source)).toBe(true);
      if (cell.cell_type === "code") expect(cell.outputs).toEqual([]);
    }
  });

  it("imports only published package names, and only names they export", () => {
    const code = notebook.cells
      .filter((c) => c.cell_type === "code")
      .map((c) => (Array.isArray(c.source) ? c.source.join("") : c.source))
      .join("\n");
    expect(checkImports(code)).toBeGreaterThanOrEqual(3);
    expect(code).toContain('Symbol.for("Jupyter.display")');
  });
});

describe("observable.md", () => {
  it("imports only published package names, and only names they export", () => {
    const text = readFileSync(new URL("./observable.md", import.meta.url), "utf8");
    const code = [...text.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]).join("\n");
    expect(checkImports(code)).toBe(2);
    expect(code).not.toContain("@solidata/core/node");
  });
});
