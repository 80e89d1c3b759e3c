import { describe, expect, it } from "vitest";
import { escapeHtml } from "../../src/report/escape-html.js";

describe("escapeHtml", () => {
  it("replaces every markup character by its entity", () => {
    expect(escapeHtml(`<a href="x" title='y'>&\`</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&#96;&lt;/a&gt;",
    );
  });
  it("turns hostile labels into inert text", () => {
    expect(escapeHtml("<img src=x onerror=alert(1)>")).toBe("&lt;img src=x onerror=alert(1)&gt;");
    expect(escapeHtml("</script><script>alert(1)</script>")).toBe(
      "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;",
    );
  });
  it("keeps accents, non-breaking spaces and newlines, shows control characters as visible symbols", () => {
    // U+2400 + code is Unicode's "Control Pictures" block: NUL → ␀ (U+2400), ESC → ␛ (U+241B)
    expect(escapeHtml("Épicerie\u00a0solidaire\nÀ\u0000B\u001b")).toBe("Épicerie\u00a0solidaire\nÀ\u2400B\u241b");
    expect(escapeHtml("a\u2028b\u2029c\u007f")).toBe("a b c\u2421");
  });
  it("escapes an ampersand once, so entities already in the data show literally", () => {
    expect(escapeHtml("&amp;")).toBe("&amp;amp;");
  });
});
