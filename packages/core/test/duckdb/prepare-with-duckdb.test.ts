import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDuckDB } from "../../src/duckdb/load-duckdb.js";
import { prepareWithDuckDB } from "../../src/duckdb/prepare-with-duckdb.js";
import { computeIndicators, fromCSV, type PreparedTable, prepareTable } from "../../src/index.js";

const root = join(import.meta.dirname, "../../../..");
const samples = join(root, "datasets/samples/fr");
const fixtures = join(import.meta.dirname, "../fixtures/duckdb");
const now = new Date("2026-06-01T00:00:00Z");
const available = (await loadDuckDB()) !== null;

async function both(path: string): Promise<{ js: PreparedTable; duck: PreparedTable; sql: string[] }> {
  const js = await prepareTable(
    fromCSV(new Uint8Array(readFileSync(path)), { file: "f.csv", maxIssuesPerCode: Infinity }),
    {
      kind: "auto",
      mergeLabels: true,
      now,
    },
  );
  const duck = await prepareWithDuckDB(path, { name: "f.csv", now });
  if (!duck.ok) throw new Error(`declined: ${duck.issue.code}`);
  return { js, duck: duck.prepared, sql: duck.sql };
}

/** What a report publishes of the indicators: every cell's id, value, n and status. */
function published(files: PreparedTable[]): unknown {
  const indicators = computeIndicators(files, { now });
  return indicators.sections.map((s) => ({ id: s.id, figures: s.figures, series: s.series, tables: s.tables }));
}

describe.skipIf(!available)("prepareWithDuckDB against the JavaScript pipeline", () => {
  it.each([
    ["volunteers sample", join(samples, "benevoles.csv")],
    ["visits sample", join(samples, "passages.csv")],
    ["generated heavy-mess log with a title line", join(fixtures, "benevoles-heavy.csv")],
    ["hand-made log with every quarantine reason", join(fixtures, "quarantine-mix.csv")],
    ["hand-made log of impossible and implausible values", join(fixtures, "implausible-mix.csv")],
  ])(
    "%s: same rows kept, set aside and merged, same published cells",
    async (_, path) => {
      const { js, duck, sql } = await both(path);
      const a = js.cleaned?.report;
      const b = duck.cleaned?.report;
      expect(b?.rowsIn).toBe(a?.rowsIn);
      expect(b?.rowsClean).toBe(a?.rowsClean);
      expect(b?.rowsQuarantined).toBe(a?.rowsQuarantined);
      expect(b?.rowsMerged).toBe(a?.rowsMerged);
      expect(b?.byCode).toEqual(a?.byCode);
      if (path.endsWith("quarantine-mix.csv"))
        // the hand-made log holds one row of each reason (see the file)
        expect(b?.byCode).toEqual({
          "clean.invalid_duration": 1,
          "clean.required_missing": 1,
          "clean.negative_value": 1,
          "clean.future_date": 1,
          // 31/02/2025: a date the calendar does not have
          "clean.impossible_date": 1,
        });
      if (path.endsWith("implausible-mix.csv")) {
        // catalogue entry 26, one row per rule (see the file): each row set aside names its column and rule,
        // in descriptive fields too; a birth date that is no date at all ("bientôt", line 7) is only emptied
        const quarantined = (q: PreparedTable) =>
          ((q.cleaned?.quarantine.objects() ?? []) as { line: number; code: string; column: string }[]).map((r) => [
            r.line,
            r.code,
            r.column,
          ]);
        expect(quarantined(duck)).toEqual([
          [3, "clean.out_of_range", "Âge"],
          [4, "clean.future_date", "Date de naissance"],
          [5, "clean.impossible_date", "Date de naissance"],
          [6, "clean.impossible_date", "Date d'inscription"],
          [8, "clean.negative_value", "Âge"],
          [9, "clean.out_of_range", "Nb d'heures"],
        ]);
        expect(quarantined(duck)).toEqual(quarantined(js));
        expect([b?.rowsIn, b?.rowsClean, b?.rowsMerged]).toEqual([11, 4, 1]);
      }
      // names, e-mails and phones never come back from DuckDB
      expect(duck.cleaned?.clean.columnNames()).not.toContain("email");
      // rows in = clean + quarantined + merged, on DuckDB's side too
      expect((b?.rowsClean ?? 0) + (b?.rowsQuarantined ?? 0) + (b?.rowsMerged ?? 0)).toBe(b?.rowsIn);
      expect(duck.cleaned?.clean.array("_line")).toEqual(js.cleaned?.clean.array("_line"));
      expect(published([duck])).toEqual(published([js]));
      if (path.endsWith("benevoles.csv")) {
        // docs/scale.md prints the SQL the builder emits for this file
        const doc = readFileSync(join(root, "docs/scale.md"), "utf8");
        const block = /<!-- sql:start -->\n```sql\n([\s\S]*?)\n```\n<!-- sql:end -->/.exec(doc)?.[1];
        expect(block).toBe(sql.map((st) => `${st.replaceAll(path, "benevoles.csv")};`).join("\n\n"));
        // and the generator's truth: 118 volunteers, 8431.5 hours
        const truth = JSON.parse(readFileSync(join(samples, "truth/volunteers-summary.json"), "utf8"));
        const figures = computeIndicators([duck], { now }).sections.find((s) => s.id === "volunteers")?.figures ?? [];
        expect(figures.find((f) => f.id === "volunteers.people")?.value).toBe(truth.distinct_volunteers);
        expect(figures.find((f) => f.id === "volunteers.hours")?.value).toBe(truth.hours_total);
      }
    },
    180_000,
  );

  it("declines a file that is not UTF-8, and a kind it does not prepare, with a reason", async () => {
    const latin = join(fixtures, "quarantine-mix.csv");
    const bytes = readFileSync(latin).subarray(3);
    const win = Buffer.from(bytes.toString("utf8"), "latin1");
    const { writeFileSync, mkdtempSync } = await import("node:fs");
    const dir = mkdtempSync(join((await import("node:os")).tmpdir(), "duck-"));
    writeFileSync(join(dir, "w.csv"), win);
    const declined = await prepareWithDuckDB(join(dir, "w.csv"), { now });
    expect(declined.ok).toBe(false);
    if (!declined.ok) expect(declined.issue.code).toBe("duckdb.not_utf8");
    const groups = await prepareWithDuckDB(join(samples, "groupes.csv"), { now });
    expect(groups.ok).toBe(false);
    if (!groups.ok) expect(groups.issue.code).toBe("duckdb.kind_unsupported");
  });
});
