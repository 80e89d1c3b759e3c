import { loadCSV } from "@solidata/core/node";
import * as aq from "arquero";
import { aggregate, cleanId } from "./arquero.js";
import { ACTIVITY_MAP, COL, type Peer } from "./spec.js";

/**
 * solidata: `loadCSV` from `@solidata/core/node` (encoding, delimiter, title line, header, types:
 * dates of every format and decimal commas are detected and parsed), then the labels are mapped and
 * the table deduplicated and rolled up with arquero verbs, as a script using solidata would.
 */
export const solidataPeer: Peer = async (file) => {
  const { table } = await loadCSV(file);
  const names = table.columnNames().filter((n) => n !== "_line");
  const col = (i: number): string => names[i]!;
  const cleaned = table
    .select({
      [col(COL.personId)]: "id",
      [col(COL.activityDate)]: "activity_date",
      [col(COL.activity)]: "label",
      [col(COL.hours)]: "hours",
      [col(COL.site)]: "raw_site",
    })
    .derive({
      person_id: aq.escape((d: { id: string | null }) => cleanId(d.id)),
      activity: aq.escape(
        (d: { label: string | null }) => ACTIVITY_MAP.get((d.label ?? "").trim().toLowerCase()) ?? null,
      ),
      site: aq.escape((d: { raw_site: string | null }) => (d.raw_site ?? "").trim().toLowerCase()),
    })
    .select("person_id", "activity_date", "activity", "hours", "site");
  return aggregate(cleaned);
};
