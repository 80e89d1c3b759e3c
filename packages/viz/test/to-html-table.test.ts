import { describe, expect, it } from "vitest";
import { barChart } from "../src/bar-chart.js";
import { toHTMLTable } from "../src/to-html-table.js";

describe("toHTMLTable", () => {
  it("writes a caption, column headers and right-alignable numbers, with suppressed cells as '< 10'", () => {
    const spec = barChart(
      [
        { site: "Lyon", n: 1200, n_status: "ok" },
        { site: "Metz", n: null, n_status: "primary" },
      ],
      { x: "site", y: "n", title: "Bénévoles" },
    );
    expect(toHTMLTable(spec)).toBe(
      '<table><caption>Bénévoles</caption><thead><tr><th scope="col">site</th><th scope="col" class="num">n</th></tr></thead>' +
        '<tbody><tr><td>Lyon</td><td class="num">1\u00a0200</td></tr><tr><td>Metz</td><td class="num">&lt; 10</td></tr></tbody></table>',
    );
  });
});
