export { type BeneficiaryIndicatorOptions, beneficiaryIndicators } from "./beneficiary-indicators.js";
export {
  type ComputeIndicatorsOptions,
  combinePrepared,
  computeIndicators,
  IndicatorSection,
  type Indicators,
  periodRange,
} from "./compute-indicators.js";
export { type FactorIndicatorOptions, type FactorSection, factorIndicators } from "./factor-indicators.js";
export { type OutcomeIndicatorOptions, outcomeIndicators } from "./outcome-indicators.js";
export { protectBase } from "./protect-base.js";
export { protectWarnings } from "./protect-warnings.js";
export { type FileFacts, qualityIndicators } from "./quality-indicators.js";
export { type SignalIndicatorOptions, type SignalSection, signalIndicators } from "./signal-indicators.js";
export { siteIndicators } from "./site-indicators.js";
export { type TerritoryIndicatorOptions, territoryIndicators } from "./territory-indicators.js";
export * from "./types.js";
export { type VolunteerIndicatorOptions, volunteerIndicators } from "./volunteer-indicators.js";
