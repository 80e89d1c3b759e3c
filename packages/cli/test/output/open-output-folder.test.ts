import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MANIFEST, openOutputFolder, TEMP_SUFFIX } from "../../src/output/open-output-folder.js";
import { OutputError } from "../../src/output/output-error.js";
import { pendingOutputs } from "../../src/output/pending-outputs.js";
import { failingWriter } from "../reliability/failing-writer.js";

let dir = "";
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "solidata-out-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const sha = (text: string): string => createHash("sha256").update(text).digest("hex");

describe("openOutputFolder", () => {
  it("keeps files under temporary names until commit, then writes manifest.json last with sizes, rows and SHA-256", async () => {
    const out = await openOutputFolder(dir, { command: "test", expect: ["a.csv"] });
    expect(out.previous.state).toBe("none");
    await out.write("a.csv", ["x\n", "1\n", "2\n"], 2);
    await out.write("sub/b.json", "{}\n");
    // nothing looks complete before commit
    expect((await readdir(dir)).filter((f) => !f.endsWith(TEMP_SUFFIX) && f !== "sub")).toEqual([]);
    const written = await out.commit();
    expect(written.at(-1)).toBe(join(dir, MANIFEST));
    const manifest = JSON.parse(await readFile(join(dir, MANIFEST), "utf8"));
    // independent truth: node's crypto over the text we gave
    expect(manifest.files).toEqual([
      { name: "a.csv", bytes: 6, sha256: sha("x\n1\n2\n"), rows: 2 },
      { name: "sub/b.json", bytes: 3, sha256: sha("{}\n") },
    ]);
    expect(manifest.complete).toBe(true);
    expect(pendingOutputs.size).toBe(0);
    const again = await openOutputFolder(dir, { command: "test", expect: ["a.csv"] });
    expect(again.previous.state).toBe("complete");
  });

  it("tells an interrupted run (temporary files), a missing manifest and a file that does not match", async () => {
    const first = await openOutputFolder(dir, { command: "test", expect: ["a.csv"] });
    await first.write("a.csv", "x\n1\n", 1);
    await first.commit();
    await writeFile(join(dir, "a.csv"), "x\n");
    expect((await openOutputFolder(dir, { command: "test", expect: ["a.csv"] })).previous).toEqual({
      state: "mismatch",
      files: ["a.csv"],
    });
    await rm(join(dir, MANIFEST));
    expect((await openOutputFolder(dir, { command: "test", expect: ["a.csv"] })).previous).toEqual({
      state: "no-manifest",
      files: ["a.csv"],
    });
    await writeFile(join(dir, `.a.csv.1.x${TEMP_SUFFIX}`), "x\n1");
    const found = await openOutputFolder(dir, { command: "test", expect: ["a.csv"] });
    expect(found.previous).toEqual({ state: "interrupted", temporary: [`.a.csv.1.x${TEMP_SUFFIX}`] });
    // the leftover is removed
    expect(await readdir(dir)).not.toContain(`.a.csv.1.x${TEMP_SUFFIX}`);
  });

  it("on a full disk throws an OutputError naming the file and leaves the previous output as it was", async () => {
    const first = await openOutputFolder(dir, { command: "test", expect: ["a.csv"] });
    await first.write("a.csv", "old\n", 1);
    await first.commit();
    const before = await readdir(dir);
    const out = await openOutputFolder(dir, { command: "test", expect: ["a.csv"], writer: failingWriter(10) });
    await out.write("b.csv", "12345\n");
    const error = await out.write("a.csv", "0123456789abcdef\n").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as OutputError).path).toBe(join(dir, "a.csv"));
    expect((error as OutputError).reason).toMatch(/^ENOSPC/);
    expect((await readdir(dir)).sort()).toEqual(before.sort());
    expect(await readFile(join(dir, "a.csv"), "utf8")).toBe("old\n");
    expect((await openOutputFolder(dir, { command: "test", expect: ["a.csv"] })).previous.state).toBe("complete");
  });

  it("names the folder when it cannot be created", async () => {
    await writeFile(join(dir, "file"), "");
    await expect(openOutputFolder(join(dir, "file", "sub"), { command: "test", expect: [] })).rejects.toMatchObject({
      path: join(dir, "file", "sub"),
      reason: expect.stringMatching(/^ENOTDIR/),
    });
  });
});
