import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// The built package (`pnpm build` runs before the tests), as a notebook or a script imports it.
const nodeEntry = pathToFileURL(fileURLToPath(new URL("../../dist/node.js", import.meta.url))).href;
const dir = mkdtempSync(join(tmpdir(), "solidata-parallel-eval-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `code` as `node [flags] --input-type=module -e code`, returning what it prints. */
const evaluate = (flags: string[], code: string): string =>
  execFileSync(process.execPath, [...flags, "--input-type=module", "-e", code], { encoding: "utf8" });

describe("loadCSV on several threads, from code given to node -e", () => {
  it("starts its worker and reads the file once, whatever options the process was started with", () => {
    const path = join(dir, "benevoles.csv");
    const lines = ["id;nom;heures"];
    for (let i = 0; i < 20_000; i++) lines.push(`${String(i).padStart(6, "0")};Nom ${i % 97};${(i % 7) + 0.5}`);
    writeFileSync(path, `${lines.join("\n")}\n`);
    const code = `
      const { loadCSV } = await import(${JSON.stringify(nodeEntry)});
      let plan = null;
      const { table } = await loadCSV(${JSON.stringify(path)}, {
        parallel: { minBytes: 0, readBytes: 65536, workers: 1, onPlan: (p) => { plan = p; } },
      });
      const single = await loadCSV(${JSON.stringify(path)}, { parallel: false });
      const same = table.columnNames().every((c) => JSON.stringify(table.array(c)) === JSON.stringify(single.table.array(c)));
      process.stdout.write(JSON.stringify({ plan, rows: table.numRows(), same }));`;
    // --input-type is refused by a worker; --expose-gc is a V8 option a worker cannot be given explicitly
    for (const flags of [[], ["--expose-gc"]]) {
      const out = JSON.parse(evaluate(flags, code)) as {
        plan: { workers: number; fellBack: string | null };
        rows: number;
        same: boolean;
      };
      expect(out.plan).toMatchObject({ workers: 1, fellBack: null });
      expect(out.rows).toBe(20_000);
      expect(out.same).toBe(true);
    }
  });
});
