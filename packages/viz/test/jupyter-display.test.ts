import { describe, expect, it } from "vitest";
import { barChart } from "../src/bar-chart.js";
import { jupyterDisplay, toMimeBundle } from "../src/jupyter-display.js";

describe("notebook display", () => {
  it("gives what a builder returns a Jupyter.display method returning the MIME bundle", async () => {
    const spec = barChart([{ site: "Lyon", n: 12 }], { x: "site", y: "n", lang: "en", source: "Log", n: 12 });
    const display = (spec as unknown as Record<symbol, () => Promise<Record<string, unknown>>>)[
      Symbol.for("Jupyter.display")
    ];
    expect(typeof display).toBe("function");
    const bundle = await display!();
    expect(Object.keys(bundle).sort()).toEqual(["application/vnd.vegalite.v5+json", "image/svg+xml", "text/plain"]);
    expect(bundle["text/plain"]).toBe(spec.description);
    expect(String(bundle["image/svg+xml"]).startsWith("<svg")).toBe(true);
    expect(bundle["application/vnd.vegalite.v5+json"]).toEqual(JSON.parse(JSON.stringify(spec)));
    expect(jupyterDisplay).toBe(Symbol.for("Jupyter.display"));
  });

  it("keeps the method out of the JSON", () => {
    const spec = barChart([{ site: "Lyon", n: 12 }], { x: "site", y: "n" });
    expect(Object.keys(spec)).not.toContain("Symbol(Jupyter.display)");
    expect(JSON.stringify(spec)).not.toContain("Jupyter");
  });

  it("bundles any spec", async () => {
    const bundle = await toMimeBundle({
      description: "d",
      mark: "point",
      data: { values: [{ a: 1 }] },
      encoding: { x: { field: "a", type: "quantitative" } },
    });
    expect(bundle["text/plain"]).toBe("d");
  });
});
