import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";

/** No test writes in the real home: `solidata report` keeps its release key in SOLIDATA_HOME, a temporary folder here. */
process.env.SOLIDATA_HOME ??= mkdtempSync(join(tmpdir(), "solidata-home-"));

/** Libraries never print: any console output during a test fails that test. */
const methods = ["log", "info", "warn", "error", "debug", "trace"] as const;
const printed: string[] = [];
for (const method of methods) {
  console[method] = (...args: unknown[]): void => {
    printed.push(`console.${method}: ${args.map(String).join(" ").slice(0, 200)}`);
  };
}
afterEach(() => {
  if (printed.length > 0) {
    const lines = printed.splice(0);
    throw new Error(`unexpected console output during the test:\n${lines.join("\n")}`);
  }
});
