import { describe, expect, it } from "vitest";
import { barChart } from "../src/bar-chart.js";
import { lineChart } from "../src/line-chart.js";
import { toAccessibleTable } from "../src/to-accessible-table.js";

const rows = [
  { site: "Lyon", hours: 1234.5, hours_status: "ok" },
  { site: "Metz", hours: null, hours_status: "primary" },
];

describe("toAccessibleTable", () => {
  it("writes a chart's data with French formats and '< 10' for suppressed cells", () => {
    const table = toAccessibleTable(barChart(rows, { x: "site", y: "hours", yTitle: "heures" }));
    expect(table.caption).toBe("heures par site");
    expect(table.header).toEqual(["site", "heures"]);
    expect(table.numeric).toEqual([false, true]);
    expect(table.rows).toEqual([
      ["Lyon", "1\u00a0234,5"],
      ["Metz", "< 10"],
    ]);
    expect(table.summary).toContain("Lyon (1\u00a0234,5)");
  });

  it("writes English formats when asked", () => {
    const spec = barChart(rows, { x: "site", y: "hours" });
    expect(toAccessibleTable(spec, "en").rows[0]).toEqual(["Lyon", "1,234.5"]);
  });

  it("writes periods as readers do", () => {
    const spec = lineChart([{ m: "2025-01", n: 12 }], { x: "m", y: "n" });
    expect(toAccessibleTable(spec).rows).toEqual([["janv. 2025", "12"]]);
  });

  it("takes plain objects", () => {
    expect(toAccessibleTable([{ site: "Lyon", hours: 1234.5 }], "fr")).toEqual({
      caption: "",
      summary: "",
      header: ["site", "hours"],
      numeric: [false, true],
      rows: [["Lyon", "1\u00a0234,5"]],
    });
  });

  it("names what it needs", () => {
    expect(() => toAccessibleTable({} as never)).toThrow("toAccessibleTable: needs a spec made by @solidata/viz");
  });
});
