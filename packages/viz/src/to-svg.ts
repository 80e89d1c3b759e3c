import { type LoggerInterface, parse, View } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { escapeXml } from "./escape-xml.js";

/**
 * Renders a Vega-Lite spec to an SVG string, in Node, Deno or a browser, without any canvas
 * package (Vega's headless view).
 *
 * Why: reports, golden tests and notebooks need the picture without a browser. Every text from
 * the data is escaped by Vega's SVG writer; the spec's title and description are added as the
 * SVG's `<title>` and `<desc>` (escaped) and as its `aria-label`, so screen readers get the
 * alternative text. Text is measured approximately (no canvas), so the layout can differ from a
 * browser's by a few pixels. The output is deterministic for a given spec.
 *
 * @param spec - a Vega-Lite spec (any, not only one of solidata's builders)
 * @returns the SVG document as a string
 * @throws Error "toSVG: needs a valid Vega-Lite spec" (with Vega's reason) when the spec does not compile
 * @example
 * const svg = await toSVG(barChart([{ site: "Lyon", count: 12 }], { x: "site", y: "count" }));
 * svg.startsWith("<svg") // => true
 */
export async function toSVG(spec: TopLevelSpec): Promise<string> {
  let view: View;
  try {
    view = new View(parse(compile(spec, { logger: quietLogger }).spec), { renderer: "none", logLevel: 0 });
  } catch (error) {
    throw new Error(`toSVG: needs a valid Vega-Lite spec (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    const svg = await view.toSVG();
    return accessible(svg, spec);
  } finally {
    view.finalize();
  }
}

/** Vega-Lite's warnings are not printed: libraries never print. */
const quietLogger: LoggerInterface = {
  level(): number {
    return 0;
  },
  error(): LoggerInterface {
    return quietLogger;
  },
  warn(): LoggerInterface {
    return quietLogger;
  },
  info(): LoggerInterface {
    return quietLogger;
  },
  debug(): LoggerInterface {
    return quietLogger;
  },
};

/** Numbers Vega's clip-path and gradient ids from 1 in each document, and adds title and description. */
function accessible(svg: string, spec: TopLevelSpec): string {
  const ids = new Map<string, string>();
  let out = svg.replace(/\b(clip|gradient|pattern)(\d+)\b/g, (whole, kind: string) => {
    let id = ids.get(whole);
    if (id === undefined) {
      id = `${kind}${ids.size + 1}`;
      ids.set(whole, id);
    }
    return id;
  });
  const title = titleText(spec);
  const description = typeof spec.description === "string" ? spec.description : "";
  const label = [title, description].filter(Boolean).join(". ");
  out = out.replace(/^<svg /, `<svg role="img" aria-label="${escapeXml(label)}" `);
  const head = `${title ? `<title>${escapeXml(title)}</title>` : ""}${description ? `<desc>${escapeXml(description)}</desc>` : ""}`;
  return out.replace(/^(<svg[^>]*>)/, `$1${head}`);
}

function titleText(spec: TopLevelSpec): string {
  const title = (spec as { title?: unknown }).title;
  if (typeof title === "string") return title;
  if (title && typeof title === "object" && "text" in title) {
    const text = (title as { text: unknown }).text;
    return Array.isArray(text) ? text.join(" ") : typeof text === "string" ? text : "";
  }
  return "";
}
