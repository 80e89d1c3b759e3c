/**
 * @solidata/cli: the `solidata` command and the report assembler, also usable from a script.
 * @packageDocumentation
 */
export { CliError } from "./cli-error.js";
export { ExitCode } from "./exit-codes.js";
export type { Io } from "./io.js";
export { buildProgram, runCli } from "./program.js";
