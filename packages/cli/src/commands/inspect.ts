import type { Command } from "commander";
import type { Io } from "../io.js";

/** Registers `solidata inspect`. */
export function registerInspect(_program: Command, _io: Io): void {}
