import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { userCwd } from "../src/user-cwd.js";

const run = promisify(execFile);
const repo = fileURLToPath(new URL("../../../", import.meta.url));
const bin = join(repo, "packages", "cli", "bin", "solidata.js");
const samples = join(repo, "datasets", "samples", "fr");

/** The environment pnpm gives the root `solidata` script when it is typed in `folder`. */
function pnpmEnv(folder: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    INIT_CWD: folder,
    npm_lifecycle_event: "solidata",
    npm_package_json: join(repo, "package.json"),
    SOLIDATA_LANG: "en",
  };
}

/** Runs the built CLI as `pnpm solidata …` does: from the repository root, the user's folder in INIT_CWD. */
async function solidataFrom(folder: string, args: string[]): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, [bin, ...args], { cwd: repo, env: pnpmEnv(folder) });
}

async function userFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "solidata-user-cwd-"));
  await copyFile(join(samples, "benevoles.csv"), join(dir, "benevoles.csv"));
  return dir;
}

describe("userCwd", () => {
  it("takes INIT_CWD when the root pnpm script runs the command from the repository root", () => {
    const env = {
      INIT_CWD: "/home/asso/fichiers",
      npm_lifecycle_event: "solidata",
      npm_package_json: "/src/s/package.json",
    };
    expect(userCwd(env, "/src/s")).toBe("/home/asso/fichiers");
  });

  it("keeps the working folder without INIT_CWD, for another script, or for a script that moved", () => {
    expect(userCwd({}, "/home/asso")).toBe("/home/asso");
    expect(userCwd({ INIT_CWD: "/home/asso", npm_lifecycle_event: "build" }, "/src/s")).toBe("/src/s");
    const moved = { INIT_CWD: "/home/asso", npm_lifecycle_event: "solidata", npm_package_json: "/src/s/package.json" };
    expect(userCwd(moved, "/src/s/data")).toBe("/src/s/data");
    expect(userCwd({ INIT_CWD: "", npm_lifecycle_event: "solidata" }, "/src/s")).toBe("/src/s");
  });
});

describe("paths from where the user stands (spawned with INIT_CWD, from the repository root)", () => {
  it("inspect reads a relative input from the user's folder", async () => {
    const dir = await userFolder();
    const { stdout } = await solidataFrom(dir, ["inspect", "benevoles.csv", "--json"]);
    const lines = readFileSync(join(samples, "benevoles.csv"), "utf8").split(/\r?\n/).filter(Boolean).length - 1;
    expect(JSON.stringify(JSON.parse(stdout))).toContain(`"rows":${lines}`);
  });

  it("clean reads the input and --recipe, and writes --out, in the user's folder", async () => {
    const dir = await userFolder();
    await solidataFrom(dir, ["clean", "benevoles.csv", "--schema", "volunteers", "--out", "propre"]);
    expect(existsSync(join(dir, "propre", "clean.csv"))).toBe(true);
    expect(existsSync(join(repo, "propre"))).toBe(false);
    await solidataFrom(dir, ["clean", "benevoles.csv", "--recipe", "propre/recipe.json", "--out", "encore"]);
    expect(readFileSync(join(dir, "encore", "clean.csv"), "utf8")).toBe(
      readFileSync(join(dir, "propre", "clean.csv"), "utf8"),
    );
  });

  it("key new --out and key check --key use the user's folder", async () => {
    const dir = await userFolder();
    const made = await solidataFrom(dir, ["key", "new", "--out", "cle.key"]);
    expect(made.stdout.trim()).toBe(join(dir, "cle.key"));
    const { stdout } = await solidataFrom(dir, ["key", "check", "--key", "cle.key"]);
    expect(stdout.trim()).toMatch(/^[0-9a-f]{8,}$/);
  });

  it("report --config is read from the user's folder and its paths from the configuration's folder", async () => {
    const dir = await userFolder();
    await mkdir(join(dir, "conf"));
    await copyFile(join(samples, "passages.csv"), join(dir, "conf", "passages.csv"));
    await writeFile(
      join(dir, "conf", "solidata.config.yaml"),
      "lang: en\nfiles:\n  - path: ../benevoles.csv\n    kind: volunteers\n  - path: passages.csv\n    kind: visits\n",
    );
    await solidataFrom(dir, [
      "report",
      "--config",
      "conf/solidata.config.yaml",
      "--out",
      "rapport",
      "--format",
      "json",
    ]);
    const report = JSON.parse(readFileSync(join(dir, "rapport", "report.json"), "utf8"));
    expect(JSON.stringify(report)).toContain("benevoles.csv");
    expect(JSON.stringify(report)).toContain("passages.csv");
  });
});
