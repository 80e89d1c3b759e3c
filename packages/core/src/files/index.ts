export { detectWaves, type WaveColumn, type WaveMeasure, type WideSurvey } from "./detect-waves.js";
export { type DuplicateFileGroup, type FileToCompare, findDuplicateFiles } from "./find-duplicate-files.js";
export { measureDirection } from "./measure-direction.js";
export { type ReshapedWaves, type ReshapeWavesOptions, reshapeWaves } from "./reshape-waves.js";
export { Direction, KNOWN_SCALES, type KnownScale } from "./scale-directions.js";
