import { describe, expect, it } from "vitest";
import { htmlHead } from "../../src/report/html-head.js";
import { REPORT_CSP } from "../../src/report/render-html.js";

describe("htmlHead", () => {
  it("opens an offline page with the language, the policy and an escaped title", () => {
    const head = htmlHead("fr", "Rapport <script>", "body{margin:0}", REPORT_CSP);
    expect(head.startsWith('<!doctype html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(head).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
    expect(head).toContain('<meta name="referrer" content="no-referrer">');
    expect(head).toContain("<title>Rapport &lt;script&gt;</title>");
    expect(head).toContain("<style>body{margin:0}</style>");
    expect(head.endsWith("</head>\n<body>\n")).toBe(true);
  });
});
