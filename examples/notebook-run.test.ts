import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// Executes notebook.ipynb in a real Jupyter kernel: Deno's (the npm package `deno`, whose binary comes in
// its platform package) driven through jupyter_client (Debian's python3-nbclient). deno.json beside the notebook maps its
// published import names to the built packages of this repository (pnpm build first), so nothing is
// fetched. Skipped, with the reason, where deno, nbclient or the build is missing.

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");

/** The Deno executable: the binary of the platform package, else the `deno` package's launcher. */
function denoCommand(): string[] | null {
  const require = createRequire(import.meta.url);
  let launcher: string;
  try {
    launcher = require.resolve("deno/bin.cjs");
  } catch {
    return null;
  }
  const platform = `@deno/${process.platform}-${process.arch}${process.platform === "linux" ? "-glibc" : ""}`;
  try {
    const binary = join(dirname(createRequire(launcher).resolve(`${platform}/package.json`)), "deno");
    if (existsSync(binary)) return [binary];
  } catch {
    // fall back to the launcher
  }
  return [process.execPath, launcher];
}

/** A Python with jupyter_client and nbformat (Debian's python3-nbclient brings both), Debian's first. */
function nbclientPython(): string | null {
  for (const python of ["/usr/bin/python3", "python3"]) {
    const probe = spawnSync(python, ["-c", "import jupyter_client, nbformat"], { encoding: "utf8" });
    if (probe.status === 0) return python;
  }
  return null;
}

const deno = denoCommand();
const python = nbclientPython();
const built = ["core/dist/index.js", "core/dist/node.js", "viz/dist/index.js"].every((f) =>
  existsSync(join(root, "packages", f)),
);
const missing =
  deno === null
    ? "the npm package deno is not installed (pnpm install)"
    : python === null
      ? "python3-nbclient is not installed (apt-get install -y python3-nbclient)"
      : !built
        ? "the packages are not built (pnpm build)"
        : null;

// notebook-runner.py executes the cells with jupyter_client and routes each output by the request it
// answers: nbclient dropped an output that Deno's kernel published after its idle status (a busy machine
// lost cell 4's table in one CI run, the chart in another)
const RUNNER = join(here, "notebook-runner.py");

interface Output {
  output_type: string;
  data?: Record<string, unknown>;
  text?: string | string[];
  ename?: string;
  evalue?: string;
}

const work = mkdtempSync(join(tmpdir(), "solidata-notebook-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A text output of a cell (nbformat stores multi-line text as a list of lines). */
function text(output: Output, mime: string): string | undefined {
  const value = output.data?.[mime];
  if (Array.isArray(value)) return value.join("");
  return typeof value === "string" ? value : undefined;
}

/** Runs the notebook once in the Deno kernel: the outputs of each code cell, and the kernel's messages. */
function execute(): { outputs: Output[][]; messages: string } {
  const kernels = join(work, "jupyter", "kernels", "deno");
  mkdirSync(kernels, { recursive: true });
  writeFileSync(
    join(kernels, "kernel.json"),
    JSON.stringify({
      argv: [...(deno as string[]), "jupyter", "--kernel", "--conn", "{connection_file}"],
      display_name: "Deno",
      language: "typescript",
      env: { NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1", DENO_NO_PROMPT: "1", DENO_DIR: join(work, "deno-dir") },
    }),
  );
  const executed = join(work, "executed.ipynb");
  const run = spawnSync(python as string, [RUNNER, join(here, "notebook.ipynb"), here, executed, "deno"], {
    encoding: "utf8",
    env: { ...process.env, JUPYTER_PATH: join(work, "jupyter"), JUPYTER_RUNTIME_DIR: join(work, "runtime") },
    timeout: 240_000,
  });
  if (run.status !== 0) throw new Error(`the notebook runner failed (${run.status}): ${run.stderr.slice(-4000)}`);
  const notebook = JSON.parse(readFileSync(executed, "utf8")) as {
    cells: { cell_type: string; outputs?: Output[] }[];
  };
  return {
    outputs: notebook.cells.filter((c) => c.cell_type === "code").map((c) => c.outputs ?? []),
    messages: readFileSync(`${executed}.messages.json`, "utf8"),
  };
}

describe("notebook.ipynb in the Deno Jupyter kernel", () => {
  it("runs every cell without error and shows a Vega-Lite chart and a table of the truth's hours", {
    timeout: 300_000,
  }, (context) => {
    if (missing !== null) context.skip(`not executed: ${missing}`);
    const { outputs, messages } = execute();
    const all = outputs.flat();
    expect(all.filter((o) => o.output_type === "error").map((o) => `${o.ename}: ${o.evalue}`)).toEqual([]);
    const kinds = outputs.map((cell) => cell.map((o) => Object.keys(o.data ?? {}).join("+")).join(","));
    expect(kinds, `the kernel's messages (type, request): ${messages}`).toEqual([
      "",
      "text/plain",
      "text/plain",
      "text/plain",
      "application/vnd.vegalite.v5+json+image/svg+xml+text/plain",
      "text/html+text/plain",
    ]);

    const truth = JSON.parse(readFileSync(join(root, "datasets/samples/fr/truth/volunteers-summary.json"), "utf8")) as {
      records: number;
      rows: number;
      hours_by_activity: Record<string, number>;
    };

    // the clean cell: rows read and clean rows, as the generator's truth counts them
    const counts = all.map((o) => text(o, "text/plain") ?? "").find((t) => t.includes("quarantined"));
    expect(counts).toMatch(new RegExp(`read: ${truth.rows}\\b`));
    expect(counts).toMatch(new RegExp(`clean: ${truth.records}\\b`));

    // the chart: a Vega-Lite v5 display whose bars are the truth's hours by activity
    const chart = all.find((o) => o.data?.["application/vnd.vegalite.v5+json"] !== undefined);
    expect(chart?.output_type).toBe("execute_result");
    const spec = chart?.data?.["application/vnd.vegalite.v5+json"] as {
      $schema: string;
      data: { values: { category: string; value: number | null; suppressed: boolean }[] };
    };
    expect(spec.$schema).toMatch(/schema\/vega-lite\/v\d/);
    const shown = spec.data.values.filter((v) => !v.suppressed && v.value !== null);
    expect(shown.length).toBeGreaterThan(0);
    for (const bar of shown)
      expect(bar.value, bar.category).toBeCloseTo(truth.hours_by_activity[bar.category] ?? -1, 6);
    expect(chart && text(chart, "image/svg+xml")).toMatch(/^<svg/);

    // the table: an HTML table with one row per activity of the chart
    const html = all.map((o) => text(o, "text/html")).find((t) => t !== undefined) ?? "";
    expect(html.startsWith("<table>")).toBe(true);
    expect((html.match(/<tr>/g) ?? []).length).toBe(spec.data.values.length + 1);
    for (const bar of spec.data.values) expect(html).toContain(`<td>${bar.category}</td>`);
  });
});
