/**
 * The work every peer does, stated once: parse the messy volunteer log with correct types, normalise
 * labels, drop exact duplicate rows, aggregate by month and activity and by volunteer.
 *
 * Cleaning rules (identical for all peers):
 * - skip the title line; read every cell as text; columns by position (14 columns);
 * - person_id: trimmed; "", "N/A", "NA", "-", "?" → null; digits only → left-padded to 6 with "0";
 * - activity_date: dd/mm/yyyy, yyyy-mm-dd, dd-mm-yyyy, d/m/yy, dd.mm.yyyy → a date (two-digit years are 20yy);
 * - activity: trimmed, lower-cased, mapped to its canonical label with {@link ACTIVITY_MAP};
 * - hours: decimal comma → number; site: trimmed, lower-cased;
 * - exact duplicates: same (person_id, activity_date, activity, hours, site) after cleaning, kept once;
 * - by month × activity: rows, sum of hours, distinct non-null volunteers;
 * - by volunteer (non-null person_id): rows, sum of hours.
 */
import { ACTIVITIES } from "../../datasets/src/labels.js";

/** Lower-cased trimmed label or variant → canonical French label. */
export const ACTIVITY_MAP: ReadonlyMap<string, string> = new Map(
  ACTIVITIES.flatMap((a) => [a.fr, ...a.variantsFr].map((v) => [v.trim().toLowerCase(), a.fr] as const)),
);

/** Cells that mean "no value". */
export const BLANKS = ["", "N/A", "NA", "-", "?"];

/** Positions of the columns used. */
export const COL = { personId: 0, activityDate: 10, activity: 11, hours: 12, site: 13 } as const;

/** Number of columns in the log. */
export const WIDTH = 14;

/** One line of the month × activity aggregate. */
export interface MonthActivity {
  month: string;
  activity: string | null;
  rows: number;
  hours: number;
  volunteers: number;
}

/** One line of the by-volunteer aggregate. */
export interface ByVolunteer {
  person_id: string;
  rows: number;
  hours: number;
}

/** What each peer returns. */
export interface PeerOutput {
  /** Rows read (data rows, without title and header). */
  rowsRead: number;
  /** Rows after dropping exact duplicates. */
  rowsKept: number;
  monthActivity: MonthActivity[];
  byVolunteer: ByVolunteer[];
}

/** A peer: runs the work on one file. */
export type Peer = (file: string) => Promise<PeerOutput>;

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Canonical text of a peer's output (sorted, fixed formatting), compared byte for byte between peers. */
export function canonical(output: PeerOutput): string {
  const lines = [
    `rows_read=${output.rowsRead}`,
    `rows_kept=${output.rowsKept}`,
    "month,activity,rows,hours,volunteers",
  ];
  const ma = [...output.monthActivity].sort((a, b) => cmp(a.month, b.month) || cmp(a.activity ?? "", b.activity ?? ""));
  for (const r of ma)
    lines.push(`${r.month},${r.activity ?? ""},${Number(r.rows)},${Number(r.hours)},${Number(r.volunteers)}`);
  lines.push("person_id,rows,hours");
  const bv = [...output.byVolunteer].sort((a, b) => cmp(a.person_id, b.person_id));
  for (const r of bv) lines.push(`${r.person_id},${Number(r.rows)},${Number(r.hours)}`);
  return `${lines.join("\n")}\n`;
}
