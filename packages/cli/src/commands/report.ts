import type { Command } from "commander";
import type { Io } from "../io.js";

/** Registers `solidata report`. */
export function registerReport(_program: Command, _io: Io): void {}
