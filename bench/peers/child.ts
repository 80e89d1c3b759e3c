/**
 * Runs one peer on one file in a fresh process and writes its canonical output:
 * `node --import tsx bench/peers/child.ts <peer> <file> <output>`.
 */
import { writeFileSync } from "node:fs";
import { canonical, type Peer } from "./spec.js";

const [peerName, file, output] = process.argv.slice(2);
if (!peerName || !file || !output) throw new Error("child: needs <peer> <file> <output>");
const loaders: Record<string, () => Promise<Peer>> = {
  solidata: async () => (await import("./solidata.js")).solidataPeer,
  arquero: async () => (await import("./arquero.js")).arqueroPeer,
  polars: async () => (await import("./polars.js")).polarsPeer,
  duckdb: async () => (await import("./duckdb.js")).duckdbPeer,
};
const load = loaders[peerName];
if (!load) throw new Error(`child: unknown peer ${peerName}`);
const peer = await load();
const started = performance.now();
const result = await peer(file);
const seconds = (performance.now() - started) / 1000;
writeFileSync(output, canonical(result));
process.stdout.write(`${JSON.stringify({ seconds, rowsRead: result.rowsRead, rowsKept: result.rowsKept })}\n`);
