import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BYTES_OF_MEMORY_PER_BYTE, checkFitsInMemory } from "../../src/ingest/check-fits-in-memory.js";

describe("checkFitsInMemory", () => {
  it("refuses a CSV whose estimate passes the heap limit, naming size and limit, not blaming the file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "solidata-fits-"));
    const path = join(dir, "big.csv");
    await writeFile(path, "a\n".repeat(1 << 19)); // 1 MiB
    await expect(checkFitsInMemory(path, "big.csv", "en", 1 << 20)).rejects.toMatchObject({
      exitCode: 4,
      message: expect.stringMatching(/big\.csv \(1 MiB\) needs about 12 MiB.*\(1 MiB\)\. The file is not at fault/),
    });
    await expect(checkFitsInMemory(path, "big.csv", "fr", 1 << 20)).rejects.toThrow(/n'est pas en cause/);
    await expect(checkFitsInMemory(path, "big.csv", "en", BYTES_OF_MEMORY_PER_BYTE << 20)).resolves.toBeUndefined();
    await rm(dir, { recursive: true, force: true });
  });
});
