export { benjaminiHochberg } from "./benjamini-hochberg.js";
export { type BootstrapInterval, type BootstrapOptions, bootstrapInterval } from "./bootstrap-interval.js";
export { cohensD } from "./cohens-d.js";
export { cohensDz } from "./cohens-dz.js";
export {
  incompleteBeta,
  logGamma,
  normalCdf,
  normalQuantile,
  studentTCdf,
  studentTQuantile,
} from "./distributions.js";
export {
  type FirthCoefficient,
  type FirthLogistic,
  type FirthLogisticOptions,
  firthLogistic,
} from "./firth-logistic.js";
export { type IqrFences, iqrFences } from "./iqr-fences.js";
export {
  type KaplanMeierCurve,
  type KaplanMeierOptions,
  type KaplanMeierStep,
  kaplanMeier,
  SurvivalConfType,
} from "./kaplan-meier.js";
export { type ModifiedZScores, modifiedZScores } from "./modified-z-scores.js";
export { type DifferenceInterval, newcombeInterval } from "./newcombe-interval.js";
export { type PairedTTest, pairedTTest } from "./paired-t-test.js";
export { quantiles } from "./quantiles.js";
export { seededRandom } from "./random.js";
export { type TwoSampleTest, twoSampleTest } from "./two-sample-test.js";
export { type WilcoxonSignedRank, wilcoxonSignedRank } from "./wilcoxon-signed-rank.js";
export { type ProportionInterval, wilsonInterval } from "./wilson-interval.js";
