import type { TopLevelSpec } from "vega-lite";
import { toSVG } from "./to-svg.js";

/** The symbol the Deno Jupyter kernel (and others) call to display an object. */
export const jupyterDisplay: unique symbol = Symbol.for("Jupyter.display") as never;

/** What a chart shows in a notebook: the interactive spec, a static picture and its text. */
export interface MimeBundle {
  "application/vnd.vegalite.v5+json": Record<string, unknown>;
  "image/svg+xml": string;
  "text/plain": string;
}

/**
 * The notebook display of a spec: the Vega-Lite JSON (drawn interactively by JupyterLab, VS Code),
 * the SVG (for viewers without Vega) and the description as plain text.
 *
 * Why: `display(spec)` in a Deno Jupyter kernel awaits `spec[Symbol.for("Jupyter.display")]()`;
 * every builder of this package attaches that method (not enumerable, so JSON is unchanged), and
 * this function is what it returns.
 *
 * @param spec - a Vega-Lite spec
 * @returns the MIME bundle
 * @throws errors of {@link toSVG}
 * @example
 * const bundle = await toMimeBundle(barChart(rows, { x: "site", y: "hours" }));
 * Object.keys(bundle) // => ["application/vnd.vegalite.v5+json", "image/svg+xml", "text/plain"]
 */
export async function toMimeBundle(spec: TopLevelSpec): Promise<MimeBundle> {
  const json = JSON.parse(JSON.stringify(spec)) as Record<string, unknown>;
  return {
    "application/vnd.vegalite.v5+json": json,
    "image/svg+xml": await toSVG(spec),
    "text/plain": typeof spec.description === "string" ? spec.description : "",
  };
}

/** Attaches the notebook display method to a spec (not enumerable), and returns the spec. */
export function withDisplay<T extends TopLevelSpec>(spec: T): T {
  Object.defineProperty(spec, jupyterDisplay, {
    value: () => toMimeBundle(spec),
    enumerable: false,
    configurable: true,
  });
  return spec;
}
