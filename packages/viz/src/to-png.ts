import type { TopLevelSpec } from "vega-lite";
import { toSVG } from "./to-svg.js";

interface ResvgModule {
  Resvg: new (
    svg: string,
    options: { fitTo: { mode: "zoom"; value: number }; font: { loadSystemFonts: boolean } },
  ) => { render(): { asPng(): Uint8Array } };
}

/**
 * Renders a Vega-Lite spec to a PNG image through `@resvg/resvg-js` (an optional dependency
 * shipping prebuilt binaries on the npm registry: nothing is downloaded at install).
 *
 * Why: some report tools and messaging apps take images, not SVG. Node only; fonts come from
 * the system.
 *
 * @param spec - a Vega-Lite spec
 * @param options - `scale`: pixel ratio from 0.1 to 10 (default 2, sharp on screens and in print)
 * @returns the PNG bytes
 * @throws Error "toPNG: needs the optional package @resvg/resvg-js (pnpm add @resvg/resvg-js)" when it is not installed; RangeError on a bad scale; errors of {@link toSVG}
 * @example
 * const png = await toPNG(barChart(rows, { x: "site", y: "hours" }), { scale: 1 });
 * png[1] // => 80 (the "P" of the PNG signature)
 */
export async function toPNG(spec: TopLevelSpec, options: { scale?: number } = {}): Promise<Uint8Array> {
  const scale = options.scale ?? 2;
  if (!Number.isFinite(scale) || scale < 0.1 || scale > 10)
    throw new RangeError("toPNG: needs scale between 0.1 and 10");
  let resvg: ResvgModule;
  try {
    const name = "@resvg/resvg-js";
    resvg = (await import(/* @vite-ignore */ name)) as ResvgModule;
  } catch {
    throw new Error("toPNG: needs the optional package @resvg/resvg-js (pnpm add @resvg/resvg-js)");
  }
  const svg = await toSVG(spec);
  const image = new resvg.Resvg(svg, { fitTo: { mode: "zoom", value: scale }, font: { loadSystemFonts: true } });
  return image.render().asPng();
}
