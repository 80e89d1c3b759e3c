import * as aq from "arquero";

/** A date at UTC midnight. */
export const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** Adds days to an ISO date. */
export const plus = (iso: string, days: number): Date => new Date(day(iso).getTime() + days * 86_400_000);

/** Builds a volunteers log from rows [person, date, hours?, activity?, signup?]. */
export function volunteerLog(rows: [string | null, Date | null, (number | null)?, string?, Date?][]): aq.ColumnTable {
  return aq.table({
    person_id: rows.map((r) => r[0]),
    activity_date: rows.map((r) => r[1]),
    hours: rows.map((r) => r[2] ?? null),
    activity: rows.map((r) => r[3] ?? "tri"),
    signup_date: rows.map((r) => r[4] ?? null),
  });
}

/** Person ids p1..pn (from, to inclusive). */
export const ids = (from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => `p${from + i}`);
