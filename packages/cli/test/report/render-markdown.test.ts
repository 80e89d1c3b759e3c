import { beforeAll, describe, expect, it } from "vitest";
import type { ReportModel } from "../../src/report/model.js";
import { renderMarkdown } from "../../src/report/render-markdown.js";
import { HOSTILE, sampleModel } from "./sample-model.js";

let model: ReportModel;
beforeAll(async () => {
  model = sampleModel();
});

describe("renderMarkdown", () => {
  it("has the same sections, figures and chart tables as the model", () => {
    const md = renderMarkdown(model, "fr");
    expect(md.startsWith("# Rapport d'impact\n")).toBe(true);
    for (const s of model.sections) expect(md).toContain(`## ${s.title.fr}`);
    expect(md).toContain("- **Heures données** : 15\u202f678,5 (n = 1\u202f234)");
    expect(md).toContain("- **Personnes d'un petit groupe** : &lt; 10 (n = 3)");
    expect(md).toContain("![Barres : nombre de bénévoles par site](charts/volunteers-by-site.fr.svg)");
    expect(md).toContain("| Site | Bénévoles |");
  });

  it("writes English figures with English punctuation", () => {
    expect(renderMarkdown(model, "en")).toContain("- **Hours given**: 15,678.5 (n = 1,234)");
  });

  it("escapes labels so no raw HTML or table break comes from the data", () => {
    const md = renderMarkdown(model, "en");
    for (const label of HOSTILE) expect(md).not.toContain(label);
    expect(md).toContain("| &lt;img src=x onerror=alert\\(1\\)&gt; | 1,234 |");
    expect(md).toContain('| Site "A" &amp; &lt;b&gt;B&lt;/b&gt; \\| \\*x\\* | &lt; 10 |');
  });
});
