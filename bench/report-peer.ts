/** DuckDB's peer task (`peers/duckdb.ts`) on one file, alone in its process, for `bench/report.ts`. */
import { duckdbPeer } from "./peers/duckdb.js";

const file = process.argv[2];
if (!file) throw new Error("usage: bench/report-peer.ts FILE");
const result = await duckdbPeer(file);
process.stdout.write(`${result.rowsRead} rows read, ${result.rowsKept} kept\n`);
