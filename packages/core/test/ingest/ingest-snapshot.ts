import type { IngestResult } from "@solidata/core";

/** What `onPlan` tells of a parallel load. */
export type Plan = { ranges: number; workers: number; fellBack: string | null };

/** Every cell (dates by time), the whole report and every row's flags, as comparable text. */
export function snapshot(result: IngestResult): string {
  const { table, report, rowFlags } = result;
  const columns = table
    .columnNames()
    .map((name) => [name, table.array(name).map((v) => (v instanceof Date ? `D${v.getTime()}` : v))]);
  return JSON.stringify({ columns, report, flags: [...(rowFlags ?? new Map())] });
}
