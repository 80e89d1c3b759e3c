// @solidata/core/duckdb: the DuckDB engine for files too large for JavaScript (Node only; needs the optional @duckdb/node-api)
export { buildDuckDBSql, type DuckDBColumnPlan, type DuckDBPlan } from "./duckdb/build-duckdb-sql.js";
export { type DuckDBModule, loadDuckDB } from "./duckdb/load-duckdb.js";
export {
  DUCKDB_SAMPLE_BYTES,
  type DuckDBPrepared,
  type PrepareWithDuckDBOptions,
  prepareWithDuckDB,
} from "./duckdb/prepare-with-duckdb.js";
