import type { Command } from "commander";
import type { Io } from "../io.js";

/** Registers `solidata init`. */
export function registerInit(_program: Command, _io: Io): void {}
