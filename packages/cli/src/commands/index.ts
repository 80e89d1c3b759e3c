import type { Command } from "commander";
import type { Io } from "../io.js";
import { registerClean } from "./clean.js";
import { registerDemo } from "./demo.js";
import { registerInit } from "./init.js";
import { registerInspect } from "./inspect.js";
import { registerKey } from "./key.js";
import { registerLabels } from "./labels.js";
import { registerPrivacyCheck } from "./privacy-check.js";
import { registerReport } from "./report.js";

/** Adds every `solidata` command to the program. */
export function registerCommands(program: Command, io: Io): void {
  registerInspect(program, io);
  registerClean(program, io);
  registerLabels(program, io);
  registerKey(program, io);
  registerPrivacyCheck(program, io);
  registerReport(program, io);
  registerInit(program, io);
  registerDemo(program, io);
}
