import { describe, expect, it } from "vitest";
import { escapeMarkdown } from "../../src/report/escape-markdown.js";

describe("escapeMarkdown", () => {
  it("backslash-escapes markup and table pipes", () => {
    expect(escapeMarkdown("a|b *c* _d_ [e](f) `g`")).toBe("a\\|b \\*c\\* \\_d\\_ \\[e\\]\\(f\\) \\`g\\`");
  });
  it("turns raw HTML into entities so no renderer runs it", () => {
    expect(escapeMarkdown("<img src=x onerror=alert(1)>")).toBe("&lt;img src=x onerror=alert\\(1\\)&gt;");
  });
  it("keeps a cell on one line", () => {
    expect(escapeMarkdown("Accueil\r\norientation")).toBe("Accueil orientation");
  });
});
