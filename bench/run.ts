/**
 * Benchmark against peers: `pnpm bench [--sizes 100k,1M,5M] [--peers solidata,arquero,polars,duckdb] [--no-readme]`.
 *
 * Generates the messy volunteer logs once into `bench/data/` (git-ignored), runs each peer on each
 * size in a fresh child process (wall time, peak RSS from `/usr/bin/time` or /proc VmHWM), checks
 * that every peer's output equals the others' byte for byte, prints the table and writes it into
 * `bench/README.md` with the machine described. Module measures (`bench/ingest.ts`,
 * `bench/clean.ts`, `bench/analyses.ts`, written by their modules' owners) are run when present.
 */
import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { BENCH_DATA_DIR, BENCH_SIZES, benchDataFile } from "./generate.js";

const here = dirname(fileURLToPath(import.meta.url));
const PEERS = ["solidata", "arquero", "polars", "duckdb"] as const;
const PEER_LABEL: Record<string, string> = {
  solidata: "solidata (loadCSV + arquero verbs)",
  arquero: "arquero 8 alone",
  polars: "nodejs-polars 0.26",
  duckdb: "DuckDB (@duckdb/node-api)",
};
/** Longest a single run may take before it is stopped and reported as such. */
const RUN_TIMEOUT_MS = 20 * 60_000;
/** Heap given to each child: the same for every JavaScript peer. */
const CHILD_HEAP_MB = 8192;

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "100k,1M,5M" },
    peers: { type: "string", default: PEERS.join(",") },
    "no-readme": { type: "boolean", default: false },
  },
});
const sizes = values.sizes.split(",").filter((s) => s in BENCH_SIZES);
const peers = values.peers.split(",").filter((p) => (PEERS as readonly string[]).includes(p));
const log = (text: string): void => {
  process.stderr.write(`${text}\n`);
};

interface Measure {
  peer: string;
  size: string;
  status: "ok" | "failed" | "timeout";
  wallSeconds: number;
  peakMiB: number | null;
  innerSeconds: number | null;
  digest: string | null;
  rowsKept: number | null;
  note: string;
}

const dataDir = BENCH_DATA_DIR;
mkdirSync(dataDir, { recursive: true });

/** The bench input of one size (generated once). */
const dataFile = (size: string): Promise<string> =>
  benchDataFile(size, (dir) => log(`bench: generating ${size} rows into ${dir}`));

const hasTime = existsSync("/usr/bin/time");

/** Runs a command in a child, returning wall time, peak RSS (MiB), stdout and exit status. */
function measure(args: string[]): Promise<{
  code: number | null;
  wall: number;
  peakMiB: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}> {
  return new Promise((resolve) => {
    const started = performance.now();
    const command = hasTime ? "/usr/bin/time" : process.execPath;
    const argv = hasTime ? ["-f", "__peak_kb=%M", process.execPath, ...args] : args;
    const child = spawn(command, argv, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, TZ: "UTC" } });
    let stdout = "";
    let stderr = "";
    let hwm = 0;
    child.stdout.on("data", (b: Buffer) => {
      stdout += b.toString();
    });
    child.stderr.on("data", (b: Buffer) => {
      stderr += b.toString();
    });
    const poll = hasTime
      ? undefined
      : setInterval(() => {
          try {
            const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
            if (m) hwm = Math.max(hwm, Number(m[1]));
          } catch {
            /* the child has ended */
          }
        }, 50);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, RUN_TIMEOUT_MS);
    child.on("close", (code) => {
      clearTimeout(timer);
      if (poll) clearInterval(poll);
      const wall = (performance.now() - started) / 1000;
      const m = /__peak_kb=(\d+)/.exec(stderr);
      const kb = m ? Number(m[1]) : hwm;
      resolve({
        code,
        wall,
        peakMiB: kb > 0 ? kb / 1024 : null,
        stdout,
        stderr: stderr.replace(/__peak_kb=\d+\s*/, ""),
        timedOut,
      });
    });
  });
}

async function runPeer(peer: string, size: string, file: string): Promise<Measure> {
  const output = join(dataDir, size, `${peer}.out`);
  rmSync(output, { force: true });
  log(`bench: ${peer} on ${size} rows`);
  const r = await measure([
    `--max-old-space-size=${CHILD_HEAP_MB}`,
    "--import",
    "tsx",
    join(here, "peers", "child.ts"),
    peer,
    file,
    output,
  ]);
  const base = { peer, size, wallSeconds: r.wall, peakMiB: r.peakMiB };
  if (r.timedOut)
    return {
      ...base,
      status: "timeout",
      innerSeconds: null,
      digest: null,
      rowsKept: null,
      note: `stopped after ${RUN_TIMEOUT_MS / 60_000} min`,
    };
  if (r.code !== 0 || !existsSync(output)) {
    const why = /heap out of memory|Allocation failed/i.test(r.stderr)
      ? "out of memory"
      : (
          r.stderr
            .trim()
            .split("\n")
            .find((l) => /Error/.test(l)) ?? `exit ${r.code}`
        ).slice(0, 120);
    return { ...base, status: "failed", innerSeconds: null, digest: null, rowsKept: null, note: why };
  }
  const inner = JSON.parse(r.stdout.trim().split("\n").pop() ?? "{}") as { seconds?: number; rowsKept?: number };
  const digest = createHash("sha256").update(readFileSync(output)).digest("hex").slice(0, 12);
  return {
    ...base,
    status: "ok",
    innerSeconds: inner.seconds ?? null,
    digest,
    rowsKept: inner.rowsKept ?? null,
    note: "",
  };
}

function machine(): string[] {
  const sh = (cmd: string, args: string[]): string => {
    try {
      return execFileSync(cmd, args, { encoding: "utf8" }).trim();
    } catch {
      return "unknown";
    }
  };
  const memLine =
    sh("free", ["-h"])
      .split("\n")
      .find((l) => l.startsWith("Mem:")) ?? "";
  return [
    `- CPU: ${cpus()[0]?.model ?? "unknown"}, ${sh("nproc", [])} cores available (\`nproc\`)`,
    `- Memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB (\`free -h\`: ${memLine.replace(/\s+/g, " ")})`,
    `- Node ${process.version}, ${process.platform} ${process.arch}; each run in a fresh process with \`--max-old-space-size=${CHILD_HEAP_MB}\``,
    `- Date: ${new Date().toISOString().slice(0, 10)}`,
  ];
}

const fmt = (m: Measure): [string, string] =>
  m.status === "ok"
    ? [`${m.wallSeconds.toFixed(1)} s`, m.peakMiB === null ? "?" : `${Math.round(m.peakMiB)} MiB`]
    : [m.status === "timeout" ? "timeout" : "failed", m.note];

/** A measure beside the peers (no aggregates to compare): the floor, solidata's ingest alone. */
interface Extra {
  what: "floor" | "ingest";
  size: string;
  /** the work's own time as the script reports it (start-up apart), or null when it failed */
  seconds: number | null;
  peakMiB: number | null;
  note: string;
}

/** Runs `bench/<script> ARGS` in a fresh process: its own `seconds` and peak RSS (MiB). */
async function runExtra(what: Extra["what"], size: string, [script, ...args]: string[]): Promise<Extra> {
  log(`bench: ${what} on ${size} rows`);
  const r = await measure([
    `--max-old-space-size=${CHILD_HEAP_MB}`,
    "--import",
    "tsx",
    join(here, script ?? ""),
    ...args,
  ]);
  if (r.code !== 0 || r.timedOut)
    return { what, size, seconds: null, peakMiB: null, note: r.timedOut ? "timeout" : `exit ${r.code}` };
  const out = JSON.parse(r.stdout.trim().split("\n").pop() ?? "{}") as { seconds?: number; peakRssMiB?: number };
  // the ingest bench measures in a child of its own: its peak is that child's, not this wrapper's
  return { what, size, seconds: out.seconds ?? null, peakMiB: out.peakRssMiB ?? r.peakMiB, note: "" };
}

const extras: Extra[] = [];
const results: Measure[] = [];
const equality: string[] = [];
const fileSizes: Record<string, number> = {};
for (const size of sizes) {
  const file = await dataFile(size);
  fileSizes[size] = readFileSync(file).byteLength;
  const row: Measure[] = [];
  for (const peer of peers) {
    const m = await runPeer(peer, size, file);
    row.push(m);
    results.push(m);
    const [time, mem] = fmt(m);
    log(`bench: ${peer} ${size}: ${time}, ${mem}`);
  }
  extras.push(await runExtra("floor", size, ["floor.ts", file]));
  extras.push(await runExtra("ingest", size, ["ingest.ts", file, "memory"]));
  const digests = new Set(row.filter((m) => m.status === "ok").map((m) => m.digest));
  const ok = row.filter((m) => m.status === "ok").map((m) => m.peer);
  equality.push(
    digests.size <= 1
      ? `- ${size}: outputs identical between ${ok.join(", ")} (sha256 ${[...digests][0] ?? "-"}, ${row.find((m) => m.rowsKept !== null)?.rowsKept ?? "?"} rows after dropping duplicates)`
      : `- ${size}: OUTPUTS DIFFER: ${row.map((m) => `${m.peer}=${m.digest}`).join(", ")}`,
  );
}

const header = `| peer | ${sizes.map((s) => `${s} rows (${Math.round((fileSizes[s] ?? 0) / 2 ** 20)} MiB): time / peak RSS`).join(" | ")} |`;
const table = [header, `|---|${sizes.map(() => "---|").join("")}`];
for (const peer of peers) {
  const cells = sizes.map((size) => {
    const m = results.find((r) => r.peer === peer && r.size === size)!;
    const [time, mem] = fmt(m);
    return `${time} / ${mem}`;
  });
  table.push(`| ${PEER_LABEL[peer]} | ${cells.join(" | ")} |`);
}

const EXTRA_LABEL: Record<Extra["what"], string> = {
  floor: "floor: read and decode the bytes, nothing parsed (`bench/floor.ts`)",
  ingest: "solidata ingest alone (`loadCSV`, full detection; `bench/ingest.ts FILE memory`)",
};
for (const what of ["ingest", "floor"] as const) {
  const cells = sizes.map((size) => {
    const e = extras.find((x) => x.what === what && x.size === size);
    if (!e || e.seconds === null) return `failed${e ? ` (${e.note})` : ""}`;
    return `${e.seconds.toFixed(1)} s / ${e.peakMiB === null ? "?" : `${Math.round(e.peakMiB)} MiB`}`;
  });
  table.push(`| ${EXTRA_LABEL[what]} | ${cells.join(" | ")} |`);
}
// the targets of the peer task and of the ingest, as ratios to DuckDB's peer task in the same run
const ratios: string[] = [];
for (const size of sizes) {
  const duck = results.find((r) => r.peer === "duckdb" && r.size === size && r.status === "ok");
  const sol = results.find((r) => r.peer === "solidata" && r.size === size && r.status === "ok");
  const ing = extras.find((x) => x.what === "ingest" && x.size === size);
  const duckSeconds = duck?.innerSeconds ?? null;
  if (duckSeconds === null) continue;
  const parts: string[] = [];
  if (sol?.innerSeconds != null)
    parts.push(`solidata's peer task ${(sol.innerSeconds / duckSeconds).toFixed(2)}× DuckDB's (target ≤ 2×)`);
  if (ing?.seconds != null) parts.push(`solidata's ingest ${(ing.seconds / duckSeconds).toFixed(2)}× (target ≤ 1.5×)`);
  if (parts.length > 0)
    ratios.push(`- ${size} (task times, start-up apart; DuckDB ${duckSeconds.toFixed(2)} s): ${parts.join("; ")}`);
}

// Module measures written by the owners of ingest, clean and analyses, run alone on the 1M file.
const modules: string[] = [];
const moduleSize = sizes.includes("1M") ? "1M" : (sizes[0] ?? "100k");
const moduleFile = sizes.includes("1M")
  ? join(dataDir, "1M", "benevoles.csv")
  : join(dataDir, sizes[0] ?? "100k", "benevoles.csv");
for (const [name, extra] of [
  ["ingest", ["memory"]],
  ["ingest", ["single"]],
  ["ingest", ["stream"]],
  ["clean", []],
  ["analyses", []],
] as const) {
  const script = join(here, `${name}.ts`);
  if (!existsSync(script) || !existsSync(moduleFile)) continue;
  log(`bench: module measure ${name} ${extra.join(" ")}`);
  const r = await measure([
    "--expose-gc",
    `--max-old-space-size=${CHILD_HEAP_MB}`,
    "--import",
    "tsx",
    script,
    moduleFile,
    ...extra,
  ]);
  const text = r.code === 0 ? r.stdout.trim().split("\n").slice(-3).join(" ") : `failed (exit ${r.code})`;
  modules.push(
    `- \`bench/${name}.ts ${extra.join(" ")}\`: ${r.wall.toFixed(1)} s wall, ${Math.round(r.peakMiB ?? 0)} MiB peak: ${text}`,
  );
}

const report = [
  ...machine(),
  "",
  ...table,
  "",
  "Output equality (canonical, sorted aggregates compared byte for byte):",
  ...equality,
  ...(ratios.length > 0 ? ["", "Against the targets (issue 20):", ...ratios] : []),
  ...(modules.length > 0 ? ["", `Module measures (${moduleSize} rows, run alone):`, ...modules] : []),
].join("\n");
process.stdout.write(`${report}\n`);

if (!values["no-readme"]) {
  const readme = join(here, "README.md");
  const text = readFileSync(readme, "utf8");
  const start = "<!-- results:start -->";
  const end = "<!-- results:end -->";
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i >= 0 && j > i) writeFileSync(readme, `${text.slice(0, i + start.length)}\n${report}\n${text.slice(j)}`);
}
