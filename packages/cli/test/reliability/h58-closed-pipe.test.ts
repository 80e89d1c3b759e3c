// Build item 10 with catalogue entry 58: a closed stdout (`solidata … | head -1`) ends the command
// quietly with exit 0 and no stack trace, every time (it crashed with EPIPE about 3 times in 5).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../../bin/solidata.js", import.meta.url));
const SAMPLE = fileURLToPath(new URL("../../../../datasets/samples/en/visits.csv", import.meta.url));

/** Runs `node solidata … | head -1` and returns solidata's own exit status and stderr. */
function piped(args: string): { status: string; stderr: string; first: string } {
  const run = spawnSync(
    "bash",
    [
      "-c",
      `"${process.execPath}" "${BIN}" ${args} 2>"$ERRFILE" | head -1; echo "status=\${PIPESTATUS[0]}" >&2; cat "$ERRFILE" >&2`,
    ],
    { encoding: "utf8", env: { ...process.env, LANG: "C.UTF-8", ERRFILE: `/tmp/solidata-epipe-${process.pid}.err` } },
  );
  const status = /status=(\d+)/.exec(run.stderr)?.[1] ?? "?";
  return { status, stderr: run.stderr.replace(/status=\d+\n/, ""), first: run.stdout };
}

describe("58/10. a closed pipe on stdout", () => {
  it.each([
    ["--help", /Usage|solidata/],
    [`inspect "${SAMPLE}"`, /visits\.csv/],
  ])(
    "`solidata %s | head -1` ends with exit 0 and no stack trace, 20 times in a row",
    { timeout: 600_000 },
    (args, first) => {
      for (let i = 0; i < 20; i += 1) {
        const run = piped(args);
        expect(run.first).toMatch(first);
        expect(run.stderr).not.toMatch(/EPIPE|\n\s+at |Error/);
        expect(run.status).toBe("0");
      }
    },
  );
});
