import { escapeHtml } from "./escape-html.js";

const attributePattern = /\s+([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>"']+))?/g;

/** Keeps the attributes of one tag that cannot run anything. */
function safeAttributes(attributes: string): string {
  return attributes.replace(attributePattern, (whole, name: string, value: string | undefined) => {
    if (/^on/i.test(name)) return "";
    if (value && /^["']?\s*javascript:/i.test(value)) return "";
    return whole;
  });
}

/**
 * Makes an SVG chart safe and accessible to inline in a report: drops the XML prolog, anything
 * that could run (scripts, event attributes, `javascript:` links, foreign objects), and gives the
 * root `role="img"`, an `aria-label` and a `<title>` holding the alt text.
 *
 * Why: the report has no script and must stay so even when a label is hostile; screen readers
 * read charts by their alt text.
 *
 * @param svg - an SVG document as text (as written by Vega's SVG renderer)
 * @param alt - the alt text (escaped here)
 * @param id - a unique identifier for the chart's title element
 * @returns the `<svg>` element as text
 * @throws Error "prepareSvg: needs an SVG document" when the text has no `<svg` element
 * @example
 * prepareSvg('<svg width="10" height="10"></svg>', "A bar chart", "c1")
 * // => '<svg role="img" aria-labelledby="c1-title" width="10" height="10"><title id="c1-title">A bar chart</title></svg>'
 */
export function prepareSvg(svg: string, alt: string, id: string): string {
  const start = svg.indexOf("<svg");
  if (start < 0) throw new Error("prepareSvg: needs an SVG document");
  const safeId = id.replace(/[^A-Za-z0-9_-]/g, "-");
  const cleaned = svg
    .slice(start)
    .replace(/<script[\s\S]*?<\/script\s*>/gi, "")
    .replace(/<script[^>]*\/>/gi, "")
    .replace(/<foreignObject[\s\S]*?<\/foreignObject\s*>/gi, "")
    .replace(
      /<[A-Za-z][^\s/>]*((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>/g,
      (tag, attributes: string) => (attributes ? tag.replace(attributes, safeAttributes(attributes)) : tag),
    );
  return cleaned.replace(
    /^<svg([^>]*)>/,
    (_whole, attributes: string) =>
      `<svg role="img" aria-labelledby="${safeId}-title"${attributes}><title id="${safeId}-title">${escapeHtml(alt)}</title>`,
  );
}
