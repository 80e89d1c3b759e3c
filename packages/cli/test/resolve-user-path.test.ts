import { join, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { resolveUserPath } from "../src/resolve-user-path.js";

describe("resolveUserPath", () => {
  it("resolves a relative path from the user's folder, not the process's", () => {
    const cwd = join(sep, "home", "asso", "fichiers");
    expect(resolveUserPath({ cwd }, "benevoles.csv")).toBe(join(cwd, "benevoles.csv"));
    expect(resolveUserPath({ cwd }, "../conf/solidata.config.yaml")).toBe(
      join(sep, "home", "asso", "conf", "solidata.config.yaml"),
    );
    expect(resolveUserPath({ cwd }, "./sortie/")).toBe(join(cwd, "sortie"));
  });

  it("keeps an absolute path as typed", () => {
    expect(resolveUserPath({ cwd: "/home/asso" }, "/tmp/x.csv")).toBe("/tmp/x.csv");
  });
});
