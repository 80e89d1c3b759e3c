import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { computeIndicators } from "../../src/indicators/compute-indicators.js";
import { fromCSV } from "../../src/ingest/from-csv.js";
import { prepareTable } from "../../src/pipeline/prepare-table.js";
import { pseudonymisePrepared } from "../../src/pipeline/pseudonymise-prepared.js";
import { importKey } from "../../src/privacy/import-key.js";
import { pseudonymiseExport } from "../../src/privacy/pseudonymise-export.js";

/** A visit log of people `from`..`to` (B0001…), one visit each in the given month of 2025. */
function visits(from: number, to: number, month: string): string {
  const lines = ["ID,Visit date,Service"];
  for (let p = from; p <= to; p++) lines.push(`B${String(p).padStart(4, "0")},15/${month}/2025,Food parcel`);
  return `${lines.join("\n")}\n`;
}

const prepare = (csv: string, file: string) =>
  prepareTable(fromCSV(new TextEncoder().encode(csv), { file, maxIssuesPerCode: Number.POSITIVE_INFINITY }));

/** What `clean --key` writes for a visit log, read back as a user would give it to the report. */
async function exported(csv: string, key: Awaited<ReturnType<typeof importKey>>): Promise<string> {
  const prepared = await prepare(csv, "raw.csv");
  const out = (await pseudonymiseExport(prepared.cleaned?.clean as never, key)).table;
  const ids = Array.from(out.array("person_id") as ArrayLike<string>);
  const dates = Array.from(out.array("visit_date") as ArrayLike<Date>);
  // the header clean writes: canonical names
  return `person_id,visit_date,service\n${ids.map((id, i) => `${id},${(dates[i] as Date).toISOString().slice(0, 10)},Food parcel`).join("\n")}\n`;
}

const reached = (files: Parameters<typeof computeIndicators>[0]): number | null =>
  computeIndicators(files, { sections: ["beneficiaries"] }).sections[0]?.figures.find(
    (f) => f.id === "beneficiaries.reached",
  )?.value ?? null;

describe("pseudonymisePrepared", () => {
  it("links a raw visit log with a clean --key export of another: people B0001–B0030 in January, B0020–B0050 exported in February are 50 people, not 61", async () => {
    const key = await importKey(randomBytes(32).toString("hex"));
    const january = await prepare(visits(1, 30, "01"), "january.csv");
    const february = await prepare(await exported(visits(20, 50, "02"), key), "february-export.csv");
    // without the key the export's pseudonyms and the raw numbers are different people
    expect(reached([january, february])).toBe(61);
    const linked = await pseudonymisePrepared([january, february], key);
    expect(reached(linked)).toBe(50);
    // no raw identifier is left: every person is a 128-bit pseudonym
    for (const f of linked)
      for (const id of Array.from(f.cleaned?.clean.array("person_id") as ArrayLike<string>))
        expect(id).toMatch(/^[0-9a-f]{32}$/);
    // control: under another key, the export does not link (61 again)
    const other = await importKey(randomBytes(32).toString("hex"));
    expect(reached(await pseudonymisePrepared([january, february], other))).toBe(61);
  });

  it("gives the pseudonyms clean --key writes, and keeps a file without person_id as it is", async () => {
    const key = await importKey(randomBytes(32).toString("hex"));
    const raw = await prepare(visits(1, 12, "03"), "march.csv");
    const [mine] = await pseudonymisePrepared([raw], key);
    const viaExport = (await pseudonymiseExport(raw.cleaned?.clean as never, key)).table;
    expect(Array.from(mine?.cleaned?.clean.array("person_id") as ArrayLike<string>)).toEqual(
      Array.from(viaExport.array("person_id") as ArrayLike<string>),
    );
    const groups = await prepare("Group,Status\nG1,Active\nG2,Closed\n", "groups.csv");
    const [same] = await pseudonymisePrepared([groups], key);
    expect(same).toBe(groups);
  });
});
