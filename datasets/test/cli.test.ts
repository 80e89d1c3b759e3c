import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const cli = fileURLToPath(new URL("../src/cli.ts", import.meta.url));
const root = mkdtempSync(join(tmpdir(), "solidata-gen-cli-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const gen = (args: string[]) => spawnSync(process.execPath, ["--import", "tsx", cli, ...args], { encoding: "utf8" });

describe("pnpm gen", () => {
  it("writes every kind with --kind all, and switches messes off with --no", () => {
    const out = join(root, "all");
    const r = gen([
      "--kind",
      "all",
      "--rows",
      "200",
      "--seed",
      "4",
      "--out",
      out,
      "--no",
      "titleLine,encoding,delimiter",
    ]);
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      "beneficiaires.csv",
      "benevoles.csv",
      "groupes.csv",
      "passages.csv",
      "suivi.csv",
      "truth",
    ]);
    const text = readFileSync(join(out, "benevoles.csv"), "utf8");
    expect(text.startsWith("N° adhérent,Prénom")).toBe(true);
  });

  it("refuses a bad kind or row count with exit code 2 and the usage", () => {
    const bad = gen(["--kind", "donors", "--rows", "10", "--out", join(root, "x")]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("--kind must be one of");
    expect(gen(["--kind", "groups", "--rows", "0", "--out", join(root, "x")]).status).toBe(2);
  });
});
