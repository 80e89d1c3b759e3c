/**
 * Node-only helpers of @solidata/viz: PNG rendering through the optional native package `@resvg/resvg-js`.
 * @packageDocumentation
 */
export { toPNG } from "./to-png.js";
