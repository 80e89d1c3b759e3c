import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { computeIndicators } from "../../src/indicators/compute-indicators.js";
import { prepareCellKeys, rowIdentities } from "../../src/indicators/prepare-cell-keys.js";
import { fromCSV } from "../../src/ingest/from-csv.js";
import { prepareTable } from "../../src/pipeline/prepare-table.js";
import { importKey } from "../../src/privacy/import-key.js";
import { recordKeys } from "../../src/privacy/record-keys.js";

const prepare = (csv: string) =>
  prepareTable(fromCSV(new TextEncoder().encode(csv), { file: "v.csv", maxIssuesPerCode: Number.POSITIVE_INFINITY }));

/** 40 people, two visits each (January and February); two identical rows for B0001. */
function log(): string {
  const lines = ["ID,Visit date,Service"];
  for (let p = 1; p <= 40; p++) {
    const id = `B${String(p).padStart(4, "0")}`;
    lines.push(`${id},10/01/2025,Food parcel`, `${id},10/02/2025,Clothing`);
  }
  return `${lines.join("\n")}\n`;
}

describe("prepareCellKeys", () => {
  it("gives every person the record key recordKeys gives them, and every visit a key of its own", async () => {
    const key = await importKey(randomBytes(32).toString("hex"));
    const files = [await prepare(log())];
    const keys = await prepareCellKeys(files, key);
    const ids = Array.from({ length: 40 }, (_, i) => `B${String(i + 1).padStart(4, "0")}`);
    const expected = await recordKeys(ids, key);
    expect(keys.person.size).toBe(40);
    for (const id of ids) expect(keys.person.get(id)).toBe(expected.get(id));
    expect(keys.row.size).toBe(80);
    for (const v of keys.row.values()) expect(v >= 0 && v <= 255).toBe(true);
  });

  it("row identities do not depend on the source line, and tell identical rows apart by their rank", async () => {
    const a = (await prepare("ID,Visit date,Service\nB1,10/01/2025,Food\nB1,10/01/2025,Food\n")).cleaned?.clean;
    const b = (await prepare("ID,Visit date,Service\n\nB1,10/01/2025,Food\n")).cleaned?.clean;
    const ia = rowIdentities(a as never);
    expect(ia[0]).not.toBe(ia[1]);
    expect(rowIdentities(b as never)[0]).toBe(ia[0]);
  });

  it("computeIndicators with the keys perturbs the counts by at most 2 and says so; the same keys give the same figures", async () => {
    const files = [await prepare(log())];
    const key = await importKey(randomBytes(32).toString("hex"));
    const keys = await prepareCellKeys(files, key);
    const exact = computeIndicators(files, { sections: ["beneficiaries"] });
    const one = computeIndicators(files, { sections: ["beneficiaries"], cellKeys: keys });
    const two = computeIndicators(files, { sections: ["beneficiaries"], cellKeys: keys });
    expect(exact.protection.method).toBe("exact");
    expect(exact.protection.meanAbsoluteChange).toBeNull();
    expect(one.protection.method).toBe("cell-key");
    expect(one.protection.cells).toBeGreaterThan(3);
    expect(JSON.stringify(two.sections)).toBe(JSON.stringify(one.sections));
    const value = (ind: typeof one, id: string) => ind.sections[0]?.figures.find((f) => f.id === id)?.value as number;
    expect(value(exact, "beneficiaries.reached")).toBe(40);
    expect(value(exact, "beneficiaries.visits")).toBe(80);
    for (const id of ["beneficiaries.reached", "beneficiaries.visits"])
      expect(Math.abs(value(one, id) - value(exact, id))).toBeLessThanOrEqual(2);
    // the figure's n is the published count, not the exact one
    const reached = one.sections[0]?.figures.find((f) => f.id === "beneficiaries.reached");
    expect(reached?.n).toBe(reached?.value);
  });
});
