import { distinctRows, encodeColumn, groupRollup, recodeColumn, yearMonth } from "@solidata/core";
import { loadCSV } from "@solidata/core/node";
import { cleanId } from "./arquero.js";
import { ACTIVITY_MAP, COL, type MonthActivity, type Peer, type PeerOutput } from "./spec.js";

const label = (raw: unknown): string | null =>
  ACTIVITY_MAP.get(
    String(raw ?? "")
      .trim()
      .toLowerCase(),
  ) ?? null;
const site = (raw: unknown): string =>
  String(raw ?? "")
    .trim()
    .toLowerCase();

/**
 * solidata: `loadCSV` from `@solidata/core/node` (encoding, delimiter, title line, header, types:
 * dates of every format and decimal commas are detected and parsed), then solidata's columnar verbs,
 * as a script using solidata would: each column dictionary-encoded once, identifiers, labels, sites
 * and months computed once per distinct value (`recodeColumn`), exact duplicates dropped on the
 * codes (`distinctRows`) and the figures rolled up on the codes (`groupRollup`).
 */
export const solidataPeer: Peer = async (file) => {
  const { table } = await loadCSV(file);
  const names = table.columnNames().filter((n) => n !== "_line");
  const column = (i: number) => encodeColumn(table, names[i]);
  const day = column(COL.activityDate);
  const person = recodeColumn(column(COL.personId), (v) => cleanId(v as string | null));
  const activity = recodeColumn(column(COL.activity), label);
  const hours = column(COL.hours);
  const kept = distinctRows([person, day, activity, hours, recodeColumn(column(COL.site), site)]);
  const month = recodeColumn(day, yearMonth);
  const monthActivity = groupRollup(
    { month, activity },
    {
      rows: { op: "count" },
      hours: { op: "sum", column: hours },
      volunteers: { op: "distinct", column: person },
    },
    { rows: kept },
  );
  const byVolunteer = groupRollup(
    { person_id: person },
    { rows: { op: "count" }, hours: { op: "sum", column: hours } },
    { rows: kept, dropMissing: true },
  );
  return {
    rowsRead: table.numRows(),
    rowsKept: kept.length,
    monthActivity: monthActivity.objects() as unknown as MonthActivity[],
    byVolunteer: byVolunteer.objects() as unknown as PeerOutput["byVolunteer"],
  };
};
