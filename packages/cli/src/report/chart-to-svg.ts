import { type Loader, parse, View } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";

/**
 * Draws a Vega-Lite spec as SVG text, with no browser, canvas or network.
 *
 * Why: a report carries its charts inline so it opens anywhere and needs no script.
 *
 * @param spec - a Vega-Lite spec with its data inline (`data.values`); remote data is refused
 * @returns the SVG document as text (labels escaped by Vega's SVG renderer)
 * @throws Error "chartToSvg: needs inline data" when the spec loads data from a URL
 * @example
 * await chartToSvg({ data: { values: [{ a: "x", b: 1 }] }, mark: "bar", encoding: { x: { field: "a" }, y: { field: "b", type: "quantitative" } } })
 * // => '<svg xmlns="http://www.w3.org/2000/svg" …'
 */
export async function chartToSvg(spec: Record<string, unknown>): Promise<string> {
  if (JSON.stringify(spec).includes('"url"')) throw new Error("chartToSvg: needs inline data");
  const vega = compile(spec as unknown as TopLevelSpec).spec;
  const refuse = (): Promise<never> => Promise.reject(new Error("chartToSvg: needs inline data"));
  const noNetwork = { load: refuse, sanitize: refuse, http: refuse, file: refuse } as unknown as Loader;
  const view = new View(parse(vega), { renderer: "none", loader: noNetwork });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
