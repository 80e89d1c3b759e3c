import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExitCode } from "../../src/exit-codes.js";
import { ingestExitCode } from "../../src/ingest/ingest-exit-code.js";
import { runCli } from "../../src/program.js";
import { fakeIo } from "../report/fake-io.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "solidata-exit-"));
  // a folder where a file is expected: it exists but cannot be read as a file
  await mkdir(join(dir, "benevoles.csv"));
  await writeFile(join(dir, "vide.csv"), "");
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("ingestExitCode", () => {
  it("tells a file that cannot be read (3) from a file whose content is not data (4)", () => {
    expect(ingestExitCode("ingest.file_not_found")).toBe(ExitCode.noInput);
    expect(ingestExitCode("ingest.file_unreadable")).toBe(ExitCode.noInput);
    expect(ingestExitCode("ingest.binary_file")).toBe(ExitCode.badData);
    expect(ingestExitCode("ingest.empty_file")).toBe(ExitCode.badData);
  });

  it("gives the README's codes to clean, labels and link: 3 for an unreadable path, 4 for an empty file", async () => {
    for (const command of [["clean"], ["labels"], ["link"]]) {
      const unreadable = fakeIo(dir);
      expect(await runCli([...command, "benevoles.csv", "--out", "o1"], unreadable)).toBe(ExitCode.noInput);
      expect(unreadable.err.join("")).not.toMatch(/\n\s+at /);
      const empty = fakeIo(dir);
      expect(await runCli([...command, "vide.csv", "--out", "o2"], empty)).toBe(ExitCode.badData);
    }
  });
});
