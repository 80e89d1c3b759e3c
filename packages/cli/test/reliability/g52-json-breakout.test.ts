// Catalogue entry 52: embedded JSON breakout (`</script><script>…`, `<!--`, U+2028/U+2029 in a name).
// Choice: the HTML report embeds no JSON and no script at all (nothing to break out of); report.json
// escapes U+2028/U+2029 as \u2028/\u2029, and JSON.parse gives back the exact original strings.
import { describe, expect, it } from "vitest";
import { drawCharts } from "../../src/report/draw-charts.js";
import { renderHTML } from "../../src/report/render-html.js";
import { renderJSON } from "../../src/report/render-json.js";
import { sampleModel } from "../report/sample-model.js";

describe("52. embedded JSON breakout", () => {
  it("escapes the separators in report.json and round-trips every string; the page has no script", async () => {
    const model = sampleModel();
    const name = "</script><script>alert(1)</script> <!-- A\u2028B\u2029C";
    model.organisation = { name };
    const json = renderJSON(model);
    expect(json).not.toMatch(/[\u2028\u2029]/);
    expect(json).toContain("A\\u2028B\\u2029C");
    expect(JSON.parse(json).organisation.name).toBe(name);
    const html = renderHTML(await drawCharts(model, "en"), "en");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/[\u2028\u2029]/);
  });
});
