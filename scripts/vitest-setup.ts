import { afterEach } from "vitest";

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
