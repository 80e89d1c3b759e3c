/**
 * Exit codes of the `solidata` command. Documented in the CLI README; stable across versions.
 */
export const ExitCode = {
  /** everything went well */
  ok: 0,
  /** an unexpected internal error (a bug: please report it) */
  internal: 1,
  /** the command line is wrong: unknown option, missing argument */
  usage: 2,
  /** an input file is missing or cannot be read */
  noInput: 3,
  /** an input file cannot be used as data: empty, binary, corrupted, unterminated quote */
  badData: 4,
  /** configuration, mapping, recipe or key problem */
  config: 5,
  /** the data has problems the command was asked to fail on (e.g. privacy check not met) */
  dataCheck: 6,
  /** an output cannot be written */
  cantWrite: 7,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
