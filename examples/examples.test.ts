import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as aq from "arquero";
import Papa from "papaparse";
import { afterAll, describe, expect, it } from "vitest";
import { main as inspect } from "./01-load-and-inspect.js";
import { main as clean } from "./02-clean.js";
import { main as analyse } from "./03-analyse-volunteers.js";
import { main as chart } from "./04-chart.js";
import { main as report } from "./05-report.js";
import { sample } from "./samples.js";

/** "Today" for the checks on future dates: the day after the samples end. */
const NOW = new Date("2026-01-01T00:00:00Z");
const truthRows = Papa.parse<Record<string, string>>(readFileSync(sample("fr", "truth/volunteers.csv"), "utf8"), {
  header: true,
  skipEmptyLines: true,
}).data;
const truthByLine = new Map(truthRows.map((t) => [Number(t.line), t]));
const summary = JSON.parse(readFileSync(sample("fr", "truth/volunteers-summary.json"), "utf8")) as {
  rows: number;
  header_line: number;
};
const tmp = mkdtempSync(join(tmpdir(), "solidata-examples-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("examples run on the samples", () => {
  it("01-load-and-inspect: reads every row with the right encoding, delimiter, header and types", async () => {
    const result = await inspect();
    expect(result.rows).toBe(summary.rows);
    expect(result.encoding).toBe("utf-8");
    expect(result.delimiter).toBe(";");
    expect(result.headerLine).toBe(summary.header_line);
    const types = Object.fromEntries(result.columns.map((c) => [c.name, c.type]));
    expect(types["Date de la mission"]).toBe("date");
    expect(types["Code postal"]).toBe("identifier");
    expect(types["Nb d'heures"]).toBe("decimal");
    expect(result.columns).toHaveLength(14);
  });

  it("01-load-and-inspect: reads the English sample too", async () => {
    const result = await inspect(sample("en", "volunteers.csv"));
    expect(result.rows).toBe(summary.rows);
    expect(result.delimiter).toBe(",");
  });

  it("02-clean: rows in = clean + quarantined + merged, and clean dates and hours are the true ones", async () => {
    const { schema, rowsIn, clean: log, quarantine, duplicates } = await clean(undefined, NOW);
    expect(schema).toBe("volunteers");
    expect(rowsIn).toBe(summary.rows);
    expect(log.numRows() + quarantine.numRows() + duplicates.numRows()).toBe(rowsIn);
    let sameDate = 0;
    let sameHours = 0;
    const rows = log.objects() as { _line: number; activity_date: Date | null; hours: number | null }[];
    for (const row of rows) {
      const truth = truthByLine.get(row._line)!;
      expect(truth).toBeDefined();
      if (row.activity_date?.toISOString().slice(0, 10) === truth.activity_date) sameDate++;
      if (row.hours === Number(truth.hours)) sameHours++;
    }
    expect(sameDate / rows.length).toBeGreaterThan(0.99);
    expect(sameHours / rows.length).toBeGreaterThan(0.99);
  });

  it("03-analyse-volunteers: total hours add up and small counts of people are suppressed", async () => {
    const { clean: log } = await clean(undefined, NOW);
    // rows without a member number cannot be counted per volunteer: the analysis leaves them out
    const withPerson = log.filter(
      (d: { hours: number | null; person_id: string | null }) => d.hours !== null && d.person_id !== null,
    );
    const expected = withPerson.rollup({ h: aq.op.sum("hours") }).get("h", 0) as number;
    const { hours, activity } = await analyse(undefined, NOW);
    const total = hours.tables.summary.get("hours", 0) as number;
    expect(total).toBeCloseTo(expected, 6);
    expect(hours.tables.summary.get("records", 0)).toBe(withPerson.numRows());
    const bySite = hours.tables.by_site!.objects() as { volunteers: number | null; volunteers_status: string }[];
    expect(bySite.some((r) => r.volunteers_status === "ok" && (r.volunteers ?? 0) >= 10)).toBe(true);
    for (const r of bySite) if (r.volunteers_status !== "ok") expect(r.volunteers).toBeNull();
    const quarters = activity.tables.activity.array("period") as string[];
    expect(quarters[0]).toBe("2024-Q1");
    expect(quarters.at(-1)).toBe("2025-Q4");
  });

  it("04-chart: draws the hours by activity as an SVG file", async () => {
    const out = join(tmp, "hours.svg");
    const { svg, spec } = await chart(undefined, out, NOW);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(readFileSync(out, "utf8")).toBe(svg);
    expect(String(spec.$schema)).toContain("vega-lite");
    expect(svg).toContain("Distribution alimentaire");
  });

  it("05-report: builds the report of the five sample files, with no personal data in the HTML", async () => {
    const out = join(tmp, "rapport.html");
    const { model, html } = await report(undefined, out, NOW);
    expect(readFileSync(out, "utf8")).toBe(html);
    const ids = model.sections.map((s) => s.id);
    for (const id of ["volunteers", "beneficiaries", "outcomes", "quality"]) expect(ids).toContain(id);
    const read = Object.fromEntries(model.files.map((f) => [f.name, f.rowsRead]));
    for (const [file, kind] of [
      ["benevoles.csv", "volunteers"],
      ["beneficiaires.csv", "beneficiaries"],
      ["passages.csv", "visits"],
      ["suivi.csv", "outcomes"],
      ["groupes.csv", "groups"],
    ] as const) {
      const truth = JSON.parse(readFileSync(sample("fr", `truth/${kind}-summary.json`), "utf8")) as { rows: number };
      expect(read[file]).toBe(truth.rows);
    }
    for (const who of ["volunteers", "beneficiaries"]) {
      const people = Papa.parse<Record<string, string>>(readFileSync(sample("fr", `truth/${who}-people.csv`), "utf8"), {
        header: true,
        skipEmptyLines: true,
      }).data;
      for (const p of people) {
        expect(html).not.toContain(p.email);
        expect(html).not.toContain(`${p.first_name} ${p.last_name}`);
        expect(html).not.toContain(p.phone!.slice(-8));
      }
    }
  });
});
