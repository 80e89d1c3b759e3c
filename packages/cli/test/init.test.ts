import { existsSync, readdirSync, readFileSync } from "node:fs";
import { copyFile, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseConfig } from "../src/config/safe-parse-config.js";
import { ExitCode } from "../src/exit-codes.js";
import { runCli } from "../src/program.js";
import { fakeIo } from "./report/fake-io.js";

const samples = fileURLToPath(new URL("../../../datasets/samples/fr/", import.meta.url));

async function folderWithSamples(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "solidata-init-"));
  for (const f of readdirSync(samples).filter((name) => name.endsWith(".csv")))
    await copyFile(join(samples, f), join(dir, f));
  return dir;
}

describe("solidata init", () => {
  it("writes a commented configuration with the kind of each file, valid as written", async () => {
    const dir = await folderWithSamples();
    const io = fakeIo(dir, { lang: "fr" });
    const files = ["benevoles.csv", "beneficiaires.csv", "passages.csv", "groupes.csv", "suivi.csv"];
    expect(await runCli(["init", ...files], io)).toBe(ExitCode.ok);
    const text = readFileSync(join(dir, "solidata.config.yaml"), "utf8");
    expect(text).toContain("# Langue du rapport : fr ou en");
    const config = parseConfig(text, "yaml");
    expect(config.files.map((f) => [f.path, f.kind])).toEqual([
      ["benevoles.csv", "volunteers"],
      ["beneficiaires.csv", "beneficiaries"],
      ["passages.csv", "visits"],
      ["groupes.csv", "groups"],
      ["suivi.csv", "outcomes"],
    ]);
    expect(io.err.join("")).toContain("Configuration écrite dans solidata.config.yaml");
  });

  it("refuses to replace a configuration without --force", async () => {
    const dir = await folderWithSamples();
    expect(await runCli(["init", "groupes.csv"], fakeIo(dir))).toBe(ExitCode.ok);
    const io = fakeIo(dir);
    expect(await runCli(["init", "groupes.csv"], io)).toBe(ExitCode.cantWrite);
    expect(io.err.join("")).toContain("already exists. Use --force");
    expect(await runCli(["init", "groupes.csv", "--force"], fakeIo(dir))).toBe(ExitCode.ok);
  });

  it("gives a configuration that `solidata report` reads", async () => {
    const dir = await folderWithSamples();
    expect(await runCli(["init", "groupes.csv", "--lang", "en"], fakeIo(dir))).toBe(ExitCode.ok);
    const io = fakeIo(dir);
    expect(await runCli(["report", "--config", "solidata.config.yaml", "--out", "out", "--quiet"], io)).toBe(
      ExitCode.ok,
    );
    expect(io.err.join("")).toContain("Report written to");
  });

  it("exits 3 for a file that does not exist", async () => {
    const dir = await mkdtemp(join(tmpdir(), "solidata-init-"));
    expect(await runCli(["init", "absent.csv"], fakeIo(dir))).toBe(ExitCode.noInput);
  });

  it("stops, writing nothing, when the kind of a file cannot be told, naming its candidates", async () => {
    const dir = await mkdtemp(join(tmpdir(), "solidata-init-"));
    await writeFile(join(dir, "communes.csv"), "Commune\nLyon\nParis\nLille\n");
    await copyFile(join(samples, "benevoles.csv"), join(dir, "benevoles.csv"));
    const io = fakeIo(dir, { lang: "fr" });
    expect(await runCli(["init", "benevoles.csv", "communes.csv"], io)).toBe(ExitCode.config);
    expect(io.err.join("")).toMatch(/communes\.csv : le type de ce tableau est incertain .*--schema .*files\[\]\.kind/);
    expect(existsSync(join(dir, "solidata.config.yaml"))).toBe(false);
  });
});
