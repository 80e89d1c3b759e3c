import type { Command } from "commander";
import type { Io } from "../io.js";

/** Registers `solidata key`. */
export function registerKey(_program: Command, _io: Io): void {}
