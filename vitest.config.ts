import { defineConfig } from "vitest/config";
import { projects } from "./vitest.workspace.js";

export default defineConfig({
  test: {
    projects,
    reporters: process.env.CI ? ["default", ["json", { outputFile: ".vitest-reports/results.json" }]] : ["default"],
    pool: "forks",
    maxWorkers: 2,
  },
});
