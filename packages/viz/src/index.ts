/**
 * @solidata/viz: Vega-Lite charts for solidata results.
 * @packageDocumentation
 */
export {};
