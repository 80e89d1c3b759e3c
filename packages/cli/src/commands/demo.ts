import type { Command } from "commander";
import type { Io } from "../io.js";

/** Registers `solidata demo`. */
export function registerDemo(_program: Command, _io: Io): void {}
