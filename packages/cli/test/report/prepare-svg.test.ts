import { describe, expect, it } from "vitest";
import { prepareSvg } from "../../src/report/prepare-svg.js";

describe("prepareSvg", () => {
  it("gives the root an accessible name and drops the XML prolog", () => {
    const out = prepareSvg('<?xml version="1.0"?>\n<svg width="10" height="10"><rect/></svg>', "Bars <by> site", "c1");
    expect(out).toBe(
      '<svg role="img" aria-labelledby="c1-title" width="10" height="10"><title id="c1-title">Bars &lt;by&gt; site</title><rect/></svg>',
    );
  });
  it("removes scripts, event attributes, javascript links and foreign objects", () => {
    const svg =
      '<svg><script>alert(1)</script><rect onclick="alert(2)" onload=alert(3) width="1"/><a href="javascript:alert(4)"><text>x</text></a><foreignObject><div>y</div></foreignObject></svg>';
    const out = prepareSvg(svg, "alt", "c2");
    expect(out).not.toMatch(/script|onclick|onload|javascript|foreignObject/i);
    expect(out).toContain('<rect width="1"/>');
    expect(out).toContain("<text>x</text>");
  });
  it("leaves escaped text and attribute values that merely mention an event untouched", () => {
    const svg =
      '<svg><path aria-label="a: &lt;img src=x onerror=alert(1)&gt;" d="M0"/><text>&lt;img src=x onerror=alert(1)&gt;</text></svg>';
    const out = prepareSvg(svg, "alt", "c3");
    expect(out).toContain('<path aria-label="a: &lt;img src=x onerror=alert(1)&gt;" d="M0"/>');
    expect(out).toContain("<text>&lt;img src=x onerror=alert(1)&gt;</text>");
  });
  it("refuses a text that is not SVG", () => {
    expect(() => prepareSvg("<div></div>", "alt", "c4")).toThrow("prepareSvg: needs an SVG document");
  });
});
