export type { LogColumns } from "./activity-log.js";
export { AnalysisError } from "./analysis-error.js";
export { isPeriod, Period, periodOf } from "./period-of.js";
export type { AnalysisPrivacy, CommonOptions } from "./shared.js";
export {
  type VolunteerActivityOptions,
  type VolunteerActivityTables,
  volunteerActivity,
} from "./volunteer-activity.js";
export { type VolunteerHoursOptions, type VolunteerHoursTables, volunteerHours } from "./volunteer-hours.js";
