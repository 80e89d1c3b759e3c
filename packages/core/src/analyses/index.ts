export type { LogColumns } from "./activity-log.js";
export { AnalysisError } from "./analysis-error.js";
export { type AttritionByWaveOptions, type AttritionByWaveTables, attritionByWave } from "./attrition-by-wave.js";
export { type DemographicsOptions, type DemographicsTables, demographics } from "./demographics.js";
export {
  type DetectSignalsOptions,
  detectSignals,
  type MonthlyCell,
  type MonthlySeries,
  type Signal,
  SignalCode,
} from "./detect-signals.js";
export {
  EngagementSegment,
  type EngagementSegmentsOptions,
  type EngagementSegmentsTables,
  engagementSegments,
} from "./engagement-segments.js";
export {
  ChangeReading,
  isMeasureDirection,
  MeasureDirection,
  type OutcomeChangeOptions,
  type OutcomeChangeTables,
  outcomeChange,
} from "./outcome-change.js";
export type { OutcomeColumns } from "./outcome-panel.js";
export { type OutcomeRateOptions, type OutcomeRateTables, outcomeRate } from "./outcome-rate.js";
export { isPeriod, Period, periodOf } from "./period-of.js";
export {
  type PlausibilityOptions,
  PlausibilityRule,
  type PlausibilityTables,
  plausibilityChecks,
} from "./plausibility-checks.js";
export {
  DEFAULT_EXIT_CATEGORIES,
  type PositiveExitsOptions,
  type PositiveExitsTables,
  positiveExits,
} from "./positive-exits.js";
export { MeasureScale, type PrePostOptions, type PrePostTables, prePost } from "./pre-post.js";
export { type ReachOptions, type ReachTables, reach } from "./reach.js";
export {
  Observation,
  type RetentionCohortsOptions,
  type RetentionCohortsTables,
  retentionCohorts,
} from "./retention-cohorts.js";
export { type SafeResult, safeAnalysis } from "./safe-analysis.js";
export type { AnalysisPrivacy, CommonOptions } from "./shared.js";
export {
  type FactorKind,
  type FactorResult,
  type SuccessFactors,
  type SuccessFactorsOptions,
  successFactors,
} from "./success-factors.js";
export { type SurvivalOptions, type SurvivalTables, survival, TenureUnit } from "./survival.js";
export {
  DEFAULT_EMPLOYER_RATE,
  INDEPENDENT_SECTOR_HOURLY,
  isValuationPreset,
  SMIC_HOURLY_GROSS,
  ValuationPreset,
} from "./valuation-presets.js";
export {
  type VolunteerActivityOptions,
  type VolunteerActivityTables,
  volunteerActivity,
} from "./volunteer-activity.js";
export { type VolunteerHoursOptions, type VolunteerHoursTables, volunteerHours } from "./volunteer-hours.js";
export { type VolunteerValueOptions, type VolunteerValueTables, volunteerValue } from "./volunteer-value.js";
