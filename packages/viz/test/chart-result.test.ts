import { fromCSV, retentionCohorts, survival, volunteerActivity, volunteerHours } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { chartResult } from "../src/chart-result.js";
import { toSVG } from "../src/to-svg.js";
import { expectValidSpec, svgTexts } from "./helpers.js";

// A small activity log: 30 volunteers active in January, 20 of them again in February, 4 in March.
function log(): string {
  const lines = ["person_id;activity_date;hours"];
  for (let p = 1; p <= 30; p++)
    lines.push(`P${String(p).padStart(3, "0")};2025-01-${String((p % 28) + 1).padStart(2, "0")};2`);
  for (let p = 1; p <= 20; p++) lines.push(`P${String(p).padStart(3, "0")};2025-02-10;3`);
  for (let p = 1; p <= 4; p++) lines.push(`P${String(p).padStart(3, "0")};2025-03-05;1,5`);
  return `${lines.join("\n")}\n`;
}

describe("chartResult", () => {
  it("draws volunteer activity as a time series and shows core's suppressed month", async () => {
    const { table } = fromCSV(log());
    const result = volunteerActivity(table, { period: "month" });
    const specs = chartResult(result, { lang: "en", source: "Volunteer log" });
    expect(specs).toHaveLength(1);
    const spec = specs[0]!;
    expectValidSpec(spec);
    expect(spec.usermeta.solidata.chart).toBe("line");
    const rows = spec.usermeta.solidata.table.rows;
    expect(rows.map((row) => row.period)).toEqual(["Jan 2025", "Feb 2025", "Mar 2025"]);
    expect(rows[0]?.value).toBe(30);
    expect(rows[2]).toMatchObject({ value: null, status_label: "< 10" }); // 4 people: suppressed by core
    expect(svgTexts(await toSVG(spec))).toContain("< 10");
  });

  it("draws retention cohorts as a heatmap", () => {
    const { table } = fromCSV(log().replace("person_id;activity_date;hours", "person_id;activity_date;hours"));
    const result = retentionCohorts(table, { period: "month" });
    const [spec] = chartResult(result, { lang: "fr" });
    expect(spec).toBeDefined();
    expectValidSpec(spec);
    expect(spec?.usermeta.solidata.chart).toBe("heatmap");
    expect(spec?.usermeta.solidata.table.rows[0]).toMatchObject({ row: "2025-01", column: "0" });
  });

  it("draws tenure as a Kaplan–Meier curve and hours per volunteer as bars", () => {
    const { table } = fromCSV(log());
    const [curve] = chartResult(survival(table), { lang: "en" });
    expect(curve?.usermeta.solidata.chart).toBe("survival");
    expectValidSpec(curve);
    expect(curve?.usermeta.solidata.table.rows[0]).toMatchObject({ time: 0, survival: 1 });
    expect(curve?.usermeta.solidata.table.columns[0]?.title).toBe("months"); // core's default tenure unit
    const [bars] = chartResult(volunteerHours(table), { lang: "en" });
    expect(bars?.usermeta.solidata.chart).toBe("bar");
    expectValidSpec(bars);
  });

  it("gives no chart for a kind it does not know", () => {
    const { table } = fromCSV(log());
    const result = { ...volunteerActivity(table), kind: "somethingElse" };
    expect(chartResult(result)).toEqual([]);
  });
});
