import type { Command } from "commander";
import type { Io } from "../io.js";

/** Registers `solidata clean`. */
export function registerClean(_program: Command, _io: Io): void {}
