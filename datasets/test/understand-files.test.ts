import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cleanTable, detectKind, KIND_THRESHOLD, mapHeaders, reshapeWaves, type SchemaName } from "@solidata/core";
import { loadCSV } from "@solidata/core/node";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../src/generate.js";
import { MESS_PRESETS } from "../src/mess.js";
import { readTruth } from "./undo-mess.js";

const root = mkdtempSync(join(tmpdir(), "solidata-gen-understand-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const now = new Date("2026-01-01T00:00:00Z");

describe("generated files with headers of many shapes are read as their kind, each header as its field", () => {
  const kinds: SchemaName[] = ["volunteers", "beneficiaries", "visits"];
  for (const lang of ["fr", "en"] as const) {
    for (const kind of kinds) {
      it(`${lang} ${kind}: 6 seeds of varied headers, kind above the threshold, mapping equal to the truth`, async () => {
        let headers = 0;
        for (let seed = 1; seed <= 6; seed++) {
          const out = join(root, `h-${lang}-${kind}-${seed}`);
          const result = await generate({
            kind: kind as "volunteers",
            rows: 80,
            seed,
            out,
            mess: MESS_PRESETS.moderate,
            lang,
            truth: true,
            headers: "varied",
          });
          const truth = readTruth(join(out, "truth", `${kind}-headers.csv`));
          const { table } = await loadCSV(result.file);
          const detection = detectKind(table, { now });
          expect(detection.kind, `seed ${seed}`).toBe(kind);
          expect(detection.score).toBeGreaterThanOrEqual(KIND_THRESHOLD);
          const values = Object.fromEntries(table.columnNames().map((c) => [c, table.array(c)]));
          const matches = mapHeaders(
            table.columnNames().filter((c) => c !== "_line"),
            kind,
            {},
            {},
            { values, now },
          ).matches;
          for (const t of truth) {
            const m = matches.find((x) => x.header === t.header);
            expect({ seed, header: t.header, field: m?.field }).toEqual({ seed, header: t.header, field: t.field });
            expect(m?.reason).toMatch(/^map\.reason_(synonym|tokens|similar|hxl)$/);
            headers++;
          }
        }
        expect(headers).toBeGreaterThan(25);
      });
    }
  }
});

describe("generated sites: postcodes by country", () => {
  it("mixed countries with a Pays column: foreign postcodes untouched, French ones coded", async () => {
    const out = join(root, "sites-mixed");
    const result = await generate({
      kind: "sites",
      rows: 90,
      seed: 5,
      out,
      mess: { ...MESS_PRESETS.moderate, ragged: 0, blanks: 0 },
      lang: "fr",
      truth: true,
      country: "mixed",
    });
    const truth = new Map(readTruth(join(out, "truth", "sites.csv")).map((t) => [Number(t.line), t]));
    const { table } = await loadCSV(result.file);
    const { clean, report } = await cleanTable(table, { now });
    expect(report.schema).toBe("sites");
    const rows = clean.objects() as Record<string, unknown>[];
    let foreign = 0;
    for (const row of rows) {
      const t = truth.get(row._line as number);
      expect(t).toBeDefined();
      expect({ line: row._line, postcode: row.postcode }).toEqual({ line: row._line, postcode: t?.postcode });
      expect(row.departement ?? "").toBe(t?.departement ?? "");
      if (t?.country !== "FR") foreign++;
    }
    expect(foreign).toBeGreaterThan(10);
  });

  it("Belgian sites without a country column: the country option, or the commune names, decide", async () => {
    const out = join(root, "sites-be");
    const result = await generate({
      kind: "sites",
      rows: 30,
      seed: 6,
      out,
      mess: { ...MESS_PRESETS.moderate, ragged: 0, blanks: 0 },
      lang: "fr",
      truth: true,
      country: "BE",
    });
    const truth = readTruth(join(out, "truth", "sites.csv"));
    const { table } = await loadCSV(result.file);
    for (const options of [{ country: "BE" }, {}]) {
      const { clean } = await cleanTable(table, { now, schema: "sites", ...options });
      expect(clean.array("postcode")).toEqual(truth.map((t) => t.postcode));
      expect(clean.array("departement")).toEqual(truth.map(() => null));
    }
  });
});

describe("generated wide survey", () => {
  it("is reshaped to one row per person and wave, equal to the truth's long form", async () => {
    const out = join(root, "wide");
    const result = await generate({
      kind: "outcomes-wide",
      rows: 50,
      seed: 8,
      out,
      mess: MESS_PRESETS.moderate,
      lang: "fr",
      truth: true,
    });
    const truth = readTruth(join(out, "truth", "outcomes-wide.csv"));
    const { table } = await loadCSV(result.file);
    expect(detectKind(table, { now }).kind).toBe("outcomes");
    const r = reshapeWaves(table);
    expect(r.id).toBe("Identifiant");
    expect(r.rowsOut).toBe(truth.length);
    const got = (r.table.objects() as Record<string, unknown>[]).map((row) => [
      row.person_id,
      row.followup_order,
      row.baseline_value,
      row.followup_value ?? "",
      row.direction,
    ]);
    expect(got).toEqual(
      truth.map((t) => [
        t.person_id,
        Number(t.wave_months),
        Number(t.baseline_value),
        t.followup_value === "" ? "" : Number(t.followup_value),
        "higher",
      ]),
    );
  });
});
