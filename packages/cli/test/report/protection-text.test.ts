import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { importKey, type Protection } from "@solidata/core";
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/report/build-report.js";
import type { Cell, ReportModel } from "../../src/report/model.js";
import { protectionText } from "../../src/report/protection-text.js";

const root = fileURLToPath(new URL("../../../../", import.meta.url));
const NOW = new Date("2026-06-30T12:00:00Z");
/** A fixed test key (not a secret: it protects nothing), so the measured figures are reproducible. */
const TEST_KEY = "5f1c0e7a9b3d42e8a6c1f0b2d4e6a8c0b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1";

const exact: Protection = {
  method: "exact",
  k: 10,
  minContributors: 3,
  dominance: 0.85,
  label: "suppressed",
  maxChange: null,
  cells: 0,
  meanAbsoluteChange: null,
  shareChanged: null,
};

/** Every count cell of the people and visits sections, by place, with its value. */
function counts(model: ReportModel): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of model.sections) {
    if (!["volunteers", "beneficiaries", "territory"].includes(s.id)) continue;
    for (const f of s.figures) if (f.format === "count" && typeof f.value === "number") out.set(f.id, f.value);
    for (const c of s.charts) {
      if (c.id === "territory-map") continue;
      const i = c.table.columns.findIndex((col) => col.format === "count");
      if (i < 0) continue;
      for (const row of c.table.rows) {
        const label = row[0]?.value;
        const v = (row[i] as Cell).value;
        if (typeof v === "number") out.set(`${c.id}/${typeof label === "object" ? JSON.stringify(label) : label}`, v);
      }
    }
  }
  return out;
}

describe("protectionText", () => {
  it("states the rules and, for exact figures, that overlapping reports can be subtracted and that they were asked for with --exact (fr, en)", () => {
    const [rulesEn, methodEn] = protectionText(exact, "en");
    expect(rulesEn).toContain("from 1 to 9 is hidden");
    expect(rulesEn).toContain("at least 3 people");
    expect(rulesEn).toContain("85%");
    expect(rulesEn).toContain("“hidden”");
    expect(methodEn).toContain("two overlapping reports");
    expect(methodEn).toContain("subtracted");
    expect(methodEn).toContain("--exact");
    const [rulesFr, methodFr] = protectionText(exact, "fr");
    expect(rulesFr).toContain("de 1 à 9 personnes est masqué");
    expect(rulesFr).toContain("« masqué »");
    expect(methodFr).toContain("soustraits");
    expect(methodFr).toContain("--exact");
  });

  it("says why the demo is exact (synthetic data) and, with the release key of this computer, names it before the measured effect (fr, en)", () => {
    expect(protectionText({ ...exact, release: "synthetic" }, "en")[1]).toContain(
      "synthetic data (solidata demo), published exactly so that they can be checked against the generator's truth",
    );
    expect(protectionText({ ...exact, release: "synthetic" }, "fr")[1]).toContain("données synthétiques");
    const local = {
      ...exact,
      method: "cell-key" as const,
      maxChange: 2,
      cells: 8,
      meanAbsoluteChange: 0.5,
      shareChanged: 0.375,
      release: "local" as const,
    };
    const en = protectionText(local, "en")[1] as string;
    expect(en.startsWith("Method: cell-key perturbation, release key stored on this computer.")).toBe(true);
    expect(en).toContain("On the 8 counts of this report, the mean absolute change is 0.5 and 37.5% of them changed");
    const fr = protectionText(local, "fr")[1] as string;
    expect(
      fr.startsWith("Méthode : perturbation par clés de cellule, clé de publication conservée sur cet ordinateur."),
    ).toBe(true);
    // the association's own key: no mention of this computer
    expect(protectionText({ ...local, release: "key" }, "en")[1]).not.toContain("this computer");
  });

  it("on the demo (English samples) with a fixed key: the cell-key method's largest change and the measured change, checked against the exact report cell by cell", async () => {
    const dir = join(root, "datasets", "samples", "en");
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".csv"))
      .map((f) => join(dir, f));
    const key = await importKey(TEST_KEY);
    const [plain, keyed] = await Promise.all([
      buildReport(files, { lang: "en" }, { now: NOW }),
      buildReport(files, { lang: "en" }, { now: NOW, key }),
    ]);
    // without a key: exact, the generator's truth
    const truth = JSON.parse(readFileSync(join(dir, "truth", "visits-summary.json"), "utf8"));
    expect(plain.protection.method).toBe("exact");
    expect(counts(plain).get("beneficiaries.visits")).toBe(truth.visits);
    // with the key: every count within ±2 of the exact one, never below k
    const a = counts(plain);
    const b = counts(keyed);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    let changed = 0;
    let abs = 0;
    for (const [where, value] of a) {
      const d = (b.get(where) as number) - value;
      expect(Math.abs(d), where).toBeLessThanOrEqual(2);
      if (value >= 10) expect(b.get(where) as number, where).toBeGreaterThanOrEqual(10);
      if (d !== 0) changed += 1;
      abs += Math.abs(d);
    }
    const p = keyed.protection;
    expect(p).toMatchObject({ method: "cell-key", maxChange: 2, k: 10, label: "suppressed" });
    // measured on this report (figures, series points and n's, the outcome and retention tables'
    // counts of people, the positive exits): 97 counts, 44 people or visits of change in all (mean
    // absolute change 0.45), 35 counts changed (36.1%)
    expect(p.cells).toBe(97);
    expect(p.meanAbsoluteChange).toBeCloseTo(44 / 97, 6);
    expect(p.shareChanged).toBeCloseTo(35 / 97, 6);
    // the visible count cells agree with it: the p-table's expectation is 144/256 = 0.5625 and 112/256 = 0.4375
    expect(abs / a.size).toBeGreaterThan(0.3);
    expect(abs / a.size).toBeLessThan(0.9);
    expect(changed / a.size).toBeGreaterThan(0.25);
    expect(changed / a.size).toBeLessThan(0.65);
    const text = protectionText(p, "en")[1] as string;
    expect(text).toContain(
      `On the ${p.cells} counts of this report, the mean absolute change is 0.45 and 36.1% of them changed`,
    );
    expect(protectionText(p, "fr")[1]).toContain("l'écart absolu moyen est de 0,45 et 36,1");
  }, 240_000);
});
