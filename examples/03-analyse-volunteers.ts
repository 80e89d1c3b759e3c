/**
 * Volunteer figures a board asks for: hours in total and by activity and branch, active volunteers per
 * quarter. Counts of people below 10 are suppressed (null, with a `_status` column saying why).
 * Run: `pnpm exec tsx examples/03-analyse-volunteers.ts [file]`.
 */
import { type Result, volunteerActivity, volunteerHours } from "@solidata/core";
import { main as clean } from "./02-clean.js";
import { isMain, sample } from "./samples.js";

/** The two analyses. */
export interface VolunteerFigures {
  hours: ReturnType<typeof volunteerHours>;
  activity: ReturnType<typeof volunteerActivity>;
}

/** Cleans `file` and computes hours (by activity and site) and active volunteers per quarter. */
export async function main(file = sample("fr", "benevoles.csv"), now = new Date()): Promise<VolunteerFigures> {
  const { clean: log } = await clean(file, now);
  return {
    hours: volunteerHours(log, { by: ["activity", "site"] }),
    activity: volunteerActivity(log, { period: "quarter" }),
  };
}

/** Suppressed cells of a result, counted. */
export function suppressedCount(result: Result): number {
  return result.suppressed.length;
}

if (isMain(import.meta.url)) {
  const { hours, activity } = await main(process.argv[2]);
  console.log(hours.tables.summary.toMarkdown());
  console.log(hours.tables.by_activity?.toMarkdown());
  console.log(activity.tables.activity.toMarkdown());
}
