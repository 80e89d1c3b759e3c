import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SAMPLES_DIR, writeSamples } from "../src/make-samples.js";

const root = mkdtempSync(join(tmpdir(), "solidata-samples-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe("committed samples", () => {
  it("are exactly what the generator writes today (regenerate with make-samples.ts)", async () => {
    await writeSamples(root);
    const fresh = files(root)
      .map((f) => relative(root, f))
      .sort();
    const committed = files(SAMPLES_DIR)
      .map((f) => relative(SAMPLES_DIR, f))
      .sort();
    expect(fresh).toEqual(committed);
    for (const name of fresh) {
      expect(readFileSync(join(root, name)).equals(readFileSync(join(SAMPLES_DIR, name))), name).toBe(true);
    }
  });

  it("keep enough volunteers per branch for some counts to pass suppression (k = 10) and some not", () => {
    const people = readFileSync(join(SAMPLES_DIR, "fr", "truth", "volunteers-people.csv"), "utf8")
      .trim()
      .split("\n")
      .slice(1);
    const bySite = new Map<string, number>();
    for (const line of people) {
      const site = line.split(",").at(-1)!;
      bySite.set(site, (bySite.get(site) ?? 0) + 1);
    }
    const counts = [...bySite.values()];
    expect(counts.length).toBe(5);
    expect(counts.filter((n) => n >= 10).length).toBeGreaterThanOrEqual(3);
    expect(Math.min(...counts)).toBeLessThan(30);
  });
});
