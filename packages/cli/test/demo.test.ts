import { existsSync, readFileSync, statSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sampleFolders } from "../src/commands/demo.js";
import { ExitCode } from "../src/exit-codes.js";
import { runCli } from "../src/program.js";
import type { ReportModel } from "../src/report/model.js";
import { fakeIo } from "./report/fake-io.js";

describe("solidata demo", () => {
  it("finds the samples of the repository", () => {
    expect(sampleFolders("fr").some((f) => existsSync(join(f, "benevoles.csv")))).toBe(true);
    expect(sampleFolders("en").some((f) => existsSync(join(f, "volunteers.csv")))).toBe(true);
  });

  it("builds the French report into ./solidata-demo and says where", async () => {
    const dir = await mkdtemp(join(tmpdir(), "solidata-demo-"));
    const io = fakeIo(dir, { lang: "fr" });
    expect(await runCli(["demo", "--quiet"], io)).toBe(ExitCode.ok);
    const html = join(dir, "solidata-demo", "report.html");
    expect(io.err.join("")).toContain(`Rapport de démonstration écrit dans ${html}`);
    expect(statSync(html).size).toBeLessThan(2 * 1024 * 1024);
    const model = JSON.parse(readFileSync(join(dir, "solidata-demo", "report.json"), "utf8")) as ReportModel;
    expect(model.organisation?.name).toBe("Association de démonstration");
    expect(model.sections.map((s) => s.id)).toEqual([
      "summary",
      "indicators",
      "volunteers",
      "beneficiaries",
      "territory",
      "outcomes",
      "groups",
      "signals",
      "factors",
      "quality",
    ]);
    expect(readFileSync(html, "utf8")).toContain('<html lang="fr">');
  });

  it("builds the French report by default, whatever the locale", async () => {
    const dir = await mkdtemp(join(tmpdir(), "solidata-demo-"));
    expect(await runCli(["demo", "--quiet"], fakeIo(dir))).toBe(ExitCode.ok);
    expect(readFileSync(join(dir, "solidata-demo", "report.html"), "utf8")).toContain('<html lang="fr">');
  });

  it("builds the English report where --out says", async () => {
    const dir = await mkdtemp(join(tmpdir(), "solidata-demo-"));
    const io = fakeIo(dir);
    expect(await runCli(["demo", "--lang", "en", "--out", "demo-en", "--quiet"], io)).toBe(ExitCode.ok);
    const html = readFileSync(join(dir, "demo-en", "report.html"), "utf8");
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("Key figures");
  });

  it("refuses an unknown language with exit code 2", async () => {
    const io = fakeIo(tmpdir());
    expect(await runCli(["demo", "--lang", "de"], io)).toBe(ExitCode.usage);
    expect(io.err.join("")).toContain("unknown language de");
  });
});
