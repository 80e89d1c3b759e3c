import type { Command } from "commander";
import type { Io } from "../io.js";

/** Registers `solidata privacy-check`. */
export function registerPrivacyCheck(_program: Command, _io: Io): void {}
