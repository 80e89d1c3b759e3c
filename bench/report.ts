/**
 * `solidata report` at scale: `node --import tsx bench/report.ts FILE [js|duckdb|peer ...]` runs, each in a
 * fresh process, `solidata report FILE --engine E` (JSON only) and DuckDB's peer task of `peers/duckdb.ts`
 * on the same file, and prints one JSON line per run: wall time and peak RSS (`/usr/bin/time -f %M`).
 * Build first (`pnpm build`). Not part of the test suite; the figures go in bench/README.md.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, "../packages/cli/bin/solidata.js");

function measure(args: string[]): Promise<{ seconds: number; peakMiB: number; code: number; tail: string }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn("/usr/bin/time", ["-f", "%M", process.execPath, ...args], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let err = "";
    child.stderr.on("data", (d: Buffer) => {
      err += d.toString();
    });
    child.on("close", (code) => {
      const lines = err.trim().split("\n");
      const kib = Number(lines.at(-1));
      resolve({
        seconds: Math.round((performance.now() - started) / 100) / 10,
        peakMiB: Math.round(kib / 1024),
        code: code ?? -1,
        tail: lines.slice(-3, -1).join(" | ").slice(0, 300),
      });
    });
  });
}

const [file, ...wanted] = process.argv.slice(2);
if (!file || !existsSync(file)) throw new Error("usage: bench/report.ts FILE [js|duckdb|peer ...]");
const runs = wanted.length > 0 ? wanted : ["duckdb", "peer"];
const mib = Math.round(statSync(file).size / 1024 / 1024);
for (const run of runs) {
  const out = mkdtempSync(join(tmpdir(), "solidata-bench-report-"));
  const args =
    run === "peer"
      ? ["--import", "tsx", join(here, "report-peer.ts"), file]
      : [
          "--max-old-space-size=8192",
          cli,
          "report",
          file,
          "--engine",
          run,
          "--format",
          "json",
          "--quiet",
          "--out",
          out,
        ];
  const m = await measure(args);
  const figures =
    run === "peer" || m.code !== 0
      ? undefined
      : (
          JSON.parse(readFileSync(join(out, "report.json"), "utf8")) as {
            sections: { figures: { id: string; value: number | null }[] }[];
          }
        ).sections
          .flatMap((s) => s.figures)
          .filter((f) => f.id === "volunteers.people" || f.id === "volunteers.hours")
          .map((f) => `${f.id}=${f.value}`);
  process.stdout.write(`${JSON.stringify({ run, file, mib, ...m, ...(figures ? { figures } : {}) })}\n`);
}
