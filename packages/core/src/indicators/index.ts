export { type BeneficiaryIndicatorOptions, beneficiaryIndicators } from "./beneficiary-indicators.js";
export {
  type ComputeIndicatorsOptions,
  combinePrepared,
  computeIndicators,
  IndicatorSection,
  type Indicators,
  type Protection,
  periodRange,
} from "./compute-indicators.js";
export { type FactorIndicatorOptions, type FactorSection, factorIndicators } from "./factor-indicators.js";
export {
  ACTIVE_WITHIN_MONTHS,
  type GroupCensusOptions,
  groupCensusIndicators,
} from "./group-census-indicators.js";
export {
  type IndicatorProgress,
  type IndicatorTarget,
  indicatorProgress,
  TargetDirection,
  TargetStatus,
} from "./indicator-progress.js";
export { type OutcomeIndicatorOptions, outcomeIndicators } from "./outcome-indicators.js";
export { type CellKeys, prepareCellKeys } from "./prepare-cell-keys.js";
export { protectBase } from "./protect-base.js";
export { protectWarnings } from "./protect-warnings.js";
export { type FileFacts, qualityIndicators } from "./quality-indicators.js";
export type { CellKeyContext, IndicatorPrivacy } from "./shared.js";
export { type SignalIndicatorOptions, type SignalSection, signalIndicators } from "./signal-indicators.js";
export { siteIndicators } from "./site-indicators.js";
export { type TerritoryIndicatorOptions, territoryIndicators } from "./territory-indicators.js";
export * from "./types.js";
export { type VolunteerIndicatorOptions, volunteerIndicators } from "./volunteer-indicators.js";
