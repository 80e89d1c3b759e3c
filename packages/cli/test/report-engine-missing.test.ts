import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { ExitCode } from "../src/exit-codes.js";
import { runCli } from "../src/program.js";
import { fakeIo } from "./report/fake-io.js";

// as on a machine where the optional @duckdb/node-api did not install
vi.mock("@solidata/core/duckdb", () => ({ loadDuckDB: async () => null }));

const sample = fileURLToPath(new URL("../../../datasets/samples/fr/benevoles.csv", import.meta.url));

describe("solidata report --engine duckdb without @duckdb/node-api", () => {
  it("exits 5 with a message in the user's language", async () => {
    for (const [lang, words] of [
      ["en", "needs the optional package @duckdb/node-api"],
      ["fr", "demande le paquet facultatif @duckdb/node-api"],
    ] as const) {
      const io = fakeIo(tmpdir());
      expect(await runCli(["report", sample, "--engine", "duckdb", "--lang", lang], io)).toBe(ExitCode.config);
      expect(io.err.join("")).toContain(words);
    }
  });
});
