import { createReadStream } from "node:fs";
import { StringDecoder } from "node:string_decoder";
import type { ColumnTable } from "arquero";
import * as aq from "arquero";
import { ACTIVITY_MAP, BLANKS, COL, type Peer, type PeerOutput, WIDTH } from "./spec.js";

const names = Array.from({ length: WIDTH }, (_, i) => `c${i}`);
const blanks = new Set(BLANKS);
const DATE_RE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function cleanId(raw: string | null): string | null {
  const id = (raw ?? "").trim();
  if (blanks.has(id)) return null;
  return /^[0-9]+$/.test(id) ? id.padStart(6, "0") : id;
}

function cleanDate(raw: string | null): Date | null {
  const d = (raw ?? "").trim();
  let m = ISO_RE.exec(d);
  if (m) return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  m = DATE_RE.exec(d);
  if (!m) return null;
  const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return new Date(Date.UTC(year, Number(m[2]) - 1, Number(m[1])));
}

/** Cleans one chunk of raw text cells into the typed columns of the work. */
function cleanChunk(raw: ColumnTable): ColumnTable {
  return raw
    .derive({
      person_id: aq.escape((d: Record<string, string | null>) => cleanId(d[names[COL.personId]!] ?? null)),
      activity_date: aq.escape((d: Record<string, string | null>) => cleanDate(d[names[COL.activityDate]!] ?? null)),
      activity: aq.escape(
        (d: Record<string, string | null>) =>
          ACTIVITY_MAP.get((d[names[COL.activity]!] ?? "").trim().toLowerCase()) ?? null,
      ),
      hours: aq.escape((d: Record<string, string | null>) =>
        Number((d[names[COL.hours]!] ?? "").trim().replace(",", ".")),
      ),
      site: aq.escape((d: Record<string, string | null>) => (d[names[COL.site]!] ?? "").trim().toLowerCase()),
    })
    .select("person_id", "activity_date", "activity", "hours", "site");
}

/**
 * arquero alone: the file is read in blocks of whole lines (arquero's `fromCSV` takes one string, at
 * most 512 MB, and its `loadCSV` mangles quoted fields across read boundaries), each block parsed
 * with every cell as text and cleaned, then blocks concatenated, deduplicated and rolled up.
 */
export const arqueroPeer: Peer = async (file) => {
  const chunks: ColumnTable[] = [];
  const decoder = new StringDecoder("utf8");
  let pending = "";
  let skip = 2;
  const parse = (text: string): void => {
    if (text.length === 0) return;
    const t = aq.fromCSV(text, { delimiter: ";", header: false, names, autoType: false, skip });
    skip = 0;
    chunks.push(cleanChunk(t));
  };
  for await (const block of createReadStream(file, { highWaterMark: 32 << 20 })) {
    pending += decoder.write(block as Buffer);
    const cut = pending.lastIndexOf("\n");
    if (cut < 0) continue;
    parse(pending.slice(0, cut + 1));
    pending = pending.slice(cut + 1);
  }
  parse(pending + decoder.end());
  let all = chunks[0]!;
  if (chunks.length > 1) all = all.concat(...chunks.slice(1));
  chunks.length = 0;
  return aggregate(all);
};

/** `yyyy-mm` of a date, computed once per distinct day (a log has a few thousand days). */
const months = new Map<number, string>();
function monthOf(date: Date): string {
  const t = date.getTime();
  let month = months.get(t);
  if (month === undefined) {
    month = date.toISOString().slice(0, 7);
    months.set(t, month);
  }
  return month;
}

/**
 * Drops exact duplicates and rolls up a cleaned table (person_id, activity_date as Date, activity,
 * hours, site) with arquero verbs; shared by the arquero and solidata peers.
 */
export function aggregate(all: ColumnTable): PeerOutput {
  const rowsRead = all.numRows();
  const typed = all.derive({
    day: (d: { activity_date: Date }) => +d.activity_date,
    month: aq.escape((d: { activity_date: Date }) => monthOf(d.activity_date)),
  });
  const dedup = typed.dedupe("person_id", "day", "activity", "hours", "site");
  const known = dedup.filter((d: { person_id: string | null }) => d.person_id !== null);
  const counts = dedup
    .groupby("month", "activity")
    .rollup({ rows: aq.op.count(), hours: aq.op.sum("hours") })
    .join_left(
      known.groupby("month", "activity").rollup({ volunteers: aq.op.distinct("person_id") }),
      [
        ["month", "activity"],
        ["month", "activity"],
      ],
      [aq.all(), aq.not("month", "activity")],
    );
  const byVolunteer = known.groupby("person_id").rollup({ rows: aq.op.count(), hours: aq.op.sum("hours") });
  return {
    rowsRead,
    rowsKept: dedup.numRows(),
    monthActivity: counts
      .objects()
      .map((r) => ({ ...(r as object), volunteers: (r as { volunteers?: number }).volunteers ?? 0 })) as never,
    byVolunteer: byVolunteer.objects() as never,
  };
}
