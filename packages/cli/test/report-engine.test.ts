import { readFileSync } from "node:fs";
import { copyFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadDuckDB } from "@solidata/core/duckdb";
import { describe, expect, it } from "vitest";
import { ExitCode } from "../src/exit-codes.js";
import { runCli } from "../src/program.js";
import type { ReportModel } from "../src/report/model.js";
import { fakeIo } from "./report/fake-io.js";

const heavy = fileURLToPath(new URL("../../core/test/fixtures/duckdb/benevoles-heavy.csv", import.meta.url));
const available = (await loadDuckDB()) !== null;

describe.skipIf(!available)("solidata report --engine", () => {
  it("gives the same report.json figures with --engine duckdb as with --engine js, and says which engine read the file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "solidata-engine-"));
    await copyFile(heavy, join(dir, "benevoles.csv"));
    const models: ReportModel[] = [];
    for (const engine of ["js", "duckdb"]) {
      const io = fakeIo(dir);
      const args = ["report", "benevoles.csv", "--engine", engine, "--out", engine, "--format", "json", "--quiet"];
      expect(await runCli(args, io)).toBe(ExitCode.ok);
      models.push(JSON.parse(readFileSync(join(dir, engine, "report.json"), "utf8")) as ReportModel);
    }
    const [js, duck] = models as [ReportModel, ReportModel];
    const figures = (m: ReportModel) =>
      m.sections.flatMap((s) => s.figures.map((f) => [f.id, f.value, f.n, f.status] as const));
    expect(figures(js).length).toBeGreaterThan(5);
    expect(figures(duck)).toEqual(figures(js));
    const series = (m: ReportModel) => m.sections.flatMap((s) => s.charts.map((c) => JSON.stringify(c)));
    expect(series(duck)).toEqual(series(js));
    expect(js.files.map((f) => f.engine)).toEqual(["js"]);
    expect(duck.files.map((f) => f.engine)).toEqual(["duckdb"]);
    expect(duck.files[0]?.rowsClean).toBe(js.files[0]?.rowsClean);
    expect(duck.warnings.map((w) => w.code)).toContain("report.engine_duckdb");
  }, 180_000);

  it("exits 2 on an unknown engine", async () => {
    const io = fakeIo(tmpdir());
    expect(await runCli(["report", heavy, "--engine", "spark"], io)).toBe(ExitCode.usage);
    expect(io.err.join("")).toContain("js, duckdb");
  });
});
