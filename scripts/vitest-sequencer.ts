import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

const known: Record<string, number> = JSON.parse(
  readFileSync(new URL("./test-durations.json", import.meta.url), "utf8"),
).seconds;

/**
 * Orders the test files longest first, across projects, from the durations in `test-durations.json`;
 * the files it does not list follow in vitest's own order (the last run's durations when cached,
 * else the larger files first).
 *
 * Why: vitest runs the projects one after the other by name and, on a fresh checkout (CI), the
 * larger files first, so the slowest file (the README examples, in the last projects) started near
 * the end and ran alone on one core while the other waited. Longest first keeps both cores busy
 * until the short files at the end.
 */
export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const ordered = await super.sort(files);
    const rank = new Map(ordered.map((file, i) => [file, i]));
    const root = this.ctx.config.root;
    const seconds = (file: TestSpecification): number =>
      known[`${file.project.name}:${relative(root, file.moduleId).split("\\").join("/")}`] ?? 0;
    return ordered.sort((a, b) => seconds(b) - seconds(a) || (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
  }
}
