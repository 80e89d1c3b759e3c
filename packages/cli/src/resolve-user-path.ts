import { resolve } from "node:path";

/**
 * Resolves a path the user typed (an input file, `--out`, `--config`, `--key`, `--map`,
 * `--recipe`, `--labels`…) against the folder they stand in (`userCwd`, carried by
 * `io.cwd`). Absolute paths are kept.
 *
 * Why: one rule for every command and option, so `pnpm solidata` from any folder and a globally
 * installed `solidata` read and write the same files.
 *
 * @param io - anything with the user's folder as `cwd` (the CLI's {@link Io})
 * @param path - the path as typed
 * @returns an absolute path
 * @example
 * resolveUserPath({ cwd: "/home/asso/fichiers" }, "benevoles.csv") // => "/home/asso/fichiers/benevoles.csv"
 * resolveUserPath({ cwd: "/home/asso" }, "/tmp/x.csv") // => "/tmp/x.csv"
 */
export function resolveUserPath(io: { cwd: string }, path: string): string {
  return resolve(io.cwd, path);
}
