/**
 * Catalogue entry 57 (RELIABILITY.md): a 1 GiB CSV through `solidata inspect` and `solidata clean`
 * under `node --max-old-space-size=256`. Builds `bench/data/1G/benevoles-1g.csv` (git-ignored) from the
 * 1M volunteer log of `generate.ts` (its title line and header once, then its records repeated until
 * the file passes 1 GiB), runs each command in a fresh process, and prints time, peak RSS, exit code
 * and the rows reconciled (rows in the file, counted here, against the rows the command reports; for
 * `clean`, rows read = clean + quarantined + merged, and the rows manifest.json gives each file).
 *
 *   node --import tsx bench/stream-1g.ts            # inspect and clean
 *   node --import tsx bench/stream-1g.ts inspect    # one command
 *   node --import tsx bench/stream-1g.ts clean --1m # the 1M-row source file itself (137 MiB)
 */
import { spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { BENCH_DATA_DIR, benchDataFile } from "./generate.js";

const GIB = 1024 ** 3;
const BIN = fileURLToPath(new URL("../packages/cli/bin/solidata.js", import.meta.url));

/** Builds the 1 GiB file once; returns its path and its number of data records (lines after the header). */
async function bigFile(): Promise<{ path: string; records: number }> {
  const dir = join(BENCH_DATA_DIR, "1G");
  const path = join(dir, "benevoles-1g.csv");
  const countFile = join(dir, "records.json");
  if (existsSync(path) && existsSync(countFile)) return { path, records: JSON.parse(readFileSync(countFile, "utf8")) };
  mkdirSync(dir, { recursive: true });
  const source = await benchDataFile("1M");
  const text = readFileSync(source, "utf8");
  // title line, then header: the records start on the third line (the generator's heavy mess)
  const lines = text.split("\n");
  const head = `${lines.slice(0, 2).join("\n")}\n`;
  const body = `${lines.slice(2).join("\n").replace(/\n*$/, "")}\n`;
  const perCopy = body.split("\n").length - 1;
  const out = createWriteStream(path);
  out.write(head);
  let size = Buffer.byteLength(head);
  let copies = 0;
  const bodyBytes = Buffer.from(body.replace(/^\uFEFF/, ""));
  while (size < GIB) {
    if (!out.write(bodyBytes)) await new Promise<void>((r) => out.once("drain", () => r()));
    size += bodyBytes.length;
    copies += 1;
  }
  await new Promise<void>((r) => out.end(() => r()));
  const records = perCopy * copies;
  await import("node:fs/promises").then((fs) => fs.writeFile(countFile, JSON.stringify(records)));
  return { path, records };
}

interface Run {
  command: string;
  exit: number | null;
  seconds: number;
  peakMiB: number;
  rowsReported: number | null;
  /** clean: rows clean, quarantined and merged (rows in = their sum), and the rows of each file in manifest.json */
  reconciled?: { clean: number; quarantined: number; merged: number; files: Record<string, number | undefined> };
  tail: string;
}

function run(command: string, file: string): Run {
  const out = join(BENCH_DATA_DIR, "1G", `out-${command}`);
  const args =
    command === "inspect"
      ? [BIN, "inspect", file, "--json"]
      : [BIN, "clean", file, "--schema", "volunteers", "--out", out, "--json", "--quiet"];
  const started = performance.now();
  const child = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, "--max-old-space-size=256", ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
    env: { ...process.env, LANG: "C.UTF-8" },
  });
  const seconds = (performance.now() - started) / 1000;
  const stderrLines = child.stderr.trim().split("\n");
  const peakKiB = Number(stderrLines.at(-1));
  let rowsReported: number | null = null;
  let reconciled: Run["reconciled"];
  try {
    const json = JSON.parse(child.stdout);
    rowsReported = command === "inspect" ? json.rows : json.report.rowsIn;
    if (command === "clean") {
      const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as {
        files: { name: string; rows?: number }[];
      };
      reconciled = {
        clean: json.report.rowsClean,
        quarantined: json.report.rowsQuarantined,
        merged: json.report.rowsMerged,
        files: Object.fromEntries(manifest.files.map((f) => [f.name, f.rows])),
      };
    }
  } catch {
    rowsReported = null;
  }
  return {
    command,
    exit: child.status,
    seconds,
    peakMiB: peakKiB / 1024,
    rowsReported,
    ...(reconciled === undefined ? {} : { reconciled }),
    tail: stderrLines.slice(-4, -1).join(" | ").slice(0, 300),
  };
}

/** The 1M-row volunteer log itself (137 MiB), for a shorter run: `--1m`. Its records start on line 3. */
async function millionFile(): Promise<{ path: string; records: number }> {
  const path = await benchDataFile("1M");
  let records = -2;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) records++;
  }
  return { path, records };
}

const args = process.argv.slice(2);
const small = args.includes("--1m");
const { path, records } = small ? await millionFile() : await bigFile();
const size = statSync(path).size;
console.log(`file: ${path} (${(size / GIB).toFixed(2)} GiB, ${records} records)`);
const wanted = args.filter((a) => a !== "--1m");
for (const command of wanted.length > 0 ? wanted : ["inspect", "clean"]) {
  const r = run(command, path);
  console.log(
    `${r.command}: exit ${r.exit}, ${r.seconds.toFixed(1)} s, peak RSS ${r.peakMiB.toFixed(0)} MiB, rows reported ${r.rowsReported ?? "—"} of ${records}${r.rowsReported === records ? " (reconciled)" : ""}${r.exit === 0 ? "" : `; stderr: ${r.tail}`}`,
  );
  const c = r.reconciled;
  if (c !== undefined) {
    const sum = c.clean + c.quarantined + c.merged;
    const files =
      c.files["clean.csv"] === c.clean &&
      c.files["quarantine.csv"] === c.quarantined &&
      c.files["duplicates.csv"] === c.merged;
    console.log(
      `  rows read ${r.rowsReported} = clean ${c.clean} + quarantined ${c.quarantined} + merged ${c.merged} (= ${sum}: ${sum === r.rowsReported ? "holds" : "BROKEN"}); manifest rows ${files ? "match" : `differ: ${JSON.stringify(c.files)}`}`,
    );
  }
}
