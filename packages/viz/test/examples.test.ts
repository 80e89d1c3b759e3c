import { describe, expect, it } from "vitest";
import { barChart } from "../src/bar-chart.js";
import { boxPlot } from "../src/box-plot.js";
import { escapeXml } from "../src/escape-xml.js";
import { franceMap } from "../src/france-map.js";
import { heatmapChart } from "../src/heatmap-chart.js";
import { histogramChart } from "../src/histogram-chart.js";
import { lineChart } from "../src/line-chart.js";
import { chartLocale } from "../src/locale.js";
import { progressChart } from "../src/progress-chart.js";
import { rateChart } from "../src/rate-chart.js";
import { survivalChart } from "../src/survival-chart.js";
import { chartTheme } from "../src/theme.js";
import { toAccessibleTable } from "../src/to-accessible-table.js";
import { toHTMLTable } from "../src/to-html-table.js";
import { vizText } from "../src/viz-text.js";
import { worldMap } from "../src/world-map.js";

// The @example of every export's TSDoc, checked.
describe("TSDoc examples", () => {
  it("hold", () => {
    expect(
      barChart(
        [
          { site: "Lyon", count: 12, count_status: "ok" },
          { site: "Metz", count: null, count_status: "primary" },
        ],
        { x: "site", y: "count", lang: "en" },
      ).usermeta.solidata.table.rows[1]?.status_label,
    ).toBe("< 10");
    expect(
      lineChart(
        [
          { period: "2025-01", visits: 120 },
          { period: "2025-02", visits: 140 },
        ],
        { x: "period", y: "visits", lang: "en" },
      ).usermeta.solidata.table.rows[0]?.period,
    ).toBe("Jan 2025");
    expect(
      heatmapChart([{ cohort: "2025-01", period_index: 0, rate: 1 }], {
        x: "period_index",
        y: "cohort",
        value: "rate",
        lang: "en",
      }).usermeta.solidata.chart,
    ).toBe("heatmap");
    expect(
      survivalChart(
        [
          { time: 0, survival: 1 },
          { time: 30, survival: 0.4 },
        ],
        { lang: "en" },
      ).description,
    ).toBe("Kaplan–Meier curve of Survival with its 95% confidence band, 2 steps; at 30 it is 40%. Median: 30.");
    expect(
      rateChart([{ site: "Lyon", rate: 0.4, lower: 0.3, upper: 0.5 }], {
        x: "site",
        lang: "en",
      }).usermeta.solidata.table.columns.map((c) => c.key),
    ).toEqual(["category", "rate", "lower", "upper"]);
    const ages = Array.from({ length: 40 }, (_, i) => ({ age: 20 + (i % 4) * 10 }));
    expect(histogramChart(ages, { field: "age", maxBins: 4, lang: "en" }).usermeta.solidata.table.rows.length).toBe(3);
    const rows = Array.from({ length: 11 }, (_, i) => ({ hours: i }));
    expect(boxPlot(rows, { y: "hours", lang: "en" }).usermeta.solidata.table.rows[0]?.median).toBe(5);
    expect(progressChart([{ indicator: "Repas", value: 820, target: 1000 }], { lang: "en" }).description).toBe(
      "Progress toward targets: 1 indicators. Repas: 820 of 1,000 (82%).",
    );
    expect(
      franceMap([{ departement: "2A", count: 12 }], { value: "count", lang: "en" }).usermeta.solidata.table.rows[0]
        ?.code,
    ).toBe("2A");
    expect(
      worldMap([{ country: "250", groups: 14 }], { value: "groups", lang: "en" }).usermeta.solidata.table.rows[0]?.name,
    ).toBe("France");
    expect(escapeXml('<img src=x onerror="alert(1)">')).toBe("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(chartLocale("fr").number.decimal).toBe(",");
    expect(chartTheme("fr").locale?.number?.decimal).toBe(",");
    expect(vizText("fr", "source", { source: "Registre" })).toBe("Source : Registre");
    expect(toAccessibleTable([{ site: "Lyon", hours: 1234.5 }], "fr").rows).toEqual([["Lyon", "1\u00a0234,5"]]);
    expect(toHTMLTable([{ site: "<b>" }])).toBe(
      '<table><thead><tr><th scope="col">site</th></tr></thead><tbody><tr><td>&lt;b&gt;</td></tr></tbody></table>',
    );
  });
});
