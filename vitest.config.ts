import { defineConfig } from "vitest/config";
import { LongestFirstSequencer } from "./scripts/vitest-sequencer.js";
import { projects } from "./vitest.workspace.js";

export default defineConfig({
  test: {
    projects,
    reporters: process.env.CI ? ["default", ["json", { outputFile: ".vitest-reports/results.json" }]] : ["default"],
    pool: "forks",
    maxWorkers: 2,
    // the slowest files first, so the run does not end with one long file alone on one core
    sequence: { sequencer: LongestFirstSequencer },
  },
});
