/** The DuckDB module, loaded only when the engine is used (an optional dependency). */
export type DuckDBModule = typeof import("@duckdb/node-api");

/**
 * Loads `@duckdb/node-api` when it is installed.
 *
 * @returns the module, or null when the optional dependency is absent
 * @example
 * (await loadDuckDB()) !== null // => true where @duckdb/node-api is installed
 */
export async function loadDuckDB(): Promise<DuckDBModule | null> {
  try {
    return await import("@duckdb/node-api");
  } catch {
    return null;
  }
}
