import type { Lang } from "@solidata/core";
import { escapeHtml } from "./escape-html.js";

/**
 * The opening of an offline page of solidata, up to `<body>`: language, the strict content
 * security policy (nothing loaded, no script), no referrer, the title and the page's style.
 *
 * Why: the report and the profile page of `inspect --html` must be opened from `file://` with the
 * same guarantees; one head keeps them equal.
 *
 * @param lang - the page's language
 * @param title - the page's title (escaped here)
 * @param style - the page's CSS
 * @param csp - the content security policy
 * @returns the HTML from `<!doctype html>` to `<body>`
 * @throws never
 * @example
 * htmlHead("fr", "Rapport", "body{}", "default-src 'none'").startsWith("<!doctype html>") // => true
 */
export function htmlHead(lang: Lang, title: string, style: string, csp: string): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="solidata">
<title>${escapeHtml(title)}</title>
<style>${style}</style>
</head>
<body>
`;
}
