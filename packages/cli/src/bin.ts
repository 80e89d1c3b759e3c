import { processIo } from "./io.js";
import { removePendingOutputs } from "./output/pending-outputs.js";
import { runCli } from "./program.js";

// A closed stdout (`solidata … | head -1`) ends the command quietly: nothing more can be read,
// so it is not an error; temporary output files are removed first.
const quietOnClosedPipe = (error: NodeJS.ErrnoException): void => {
  if (error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED") {
    removePendingOutputs();
    process.exit(0);
  }
  throw error;
};
process.stdout.on("error", quietOnClosedPipe);
process.stderr.on("error", quietOnClosedPipe);

// Ctrl-C or a kill: no partial file is left behind (the previous output, if any, stays as it was)
for (const [signal, code] of [
  ["SIGINT", 130],
  ["SIGTERM", 143],
  ["SIGHUP", 129],
] as const) {
  process.once(signal, () => {
    removePendingOutputs();
    process.exit(code);
  });
}

const code = await runCli(process.argv.slice(2), processIo());
process.exitCode = code;
