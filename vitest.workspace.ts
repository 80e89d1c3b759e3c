import { fileURLToPath } from "node:url";
import type { TestProjectConfiguration } from "vitest/config";

const src = (pkg: string): string => fileURLToPath(new URL(`./packages/${pkg}/src/`, import.meta.url));

/** Workspace packages resolve to their TypeScript sources, so tests never run stale builds. */
const alias = [
  { find: /^@solidata\/core\/node$/, replacement: `${src("core")}node.ts` },
  { find: /^@solidata\/core$/, replacement: `${src("core")}index.ts` },
  { find: /^@solidata\/viz\/node$/, replacement: `${src("viz")}node.ts` },
  { find: /^@solidata\/viz$/, replacement: `${src("viz")}index.ts` },
  { find: /^@solidata\/cli$/, replacement: `${src("cli")}index.ts` },
];

const setupFiles = [fileURLToPath(new URL("./scripts/vitest-setup.ts", import.meta.url))];

const project = (name: string, include: string[], testTimeout = 30_000): TestProjectConfiguration => ({
  resolve: { alias },
  test: { name, include, setupFiles, testTimeout, hookTimeout: 120_000 },
});

/** The list of test projects; the root vitest.config.ts imports it. */
export const projects: TestProjectConfiguration[] = [
  project("core", ["packages/core/test/**/*.test.ts"]),
  project("viz", ["packages/viz/test/**/*.test.ts"]),
  project("cli", ["packages/cli/test/**/*.test.ts"], 120_000),
  project("datasets", ["datasets/test/**/*.test.ts"], 120_000),
  project("examples", ["examples/**/*.test.ts"], 120_000),
];
