import { dirname, resolve } from "node:path";

/** The name of the root `package.json` script that runs the CLI (`pnpm solidata …`). */
const ROOT_SCRIPT = "solidata";

/**
 * The folder the user stands in: `INIT_CWD` when the command was started through the
 * repository's `pnpm solidata` script (pnpm then runs it from the repository root and keeps the
 * caller's folder in `INIT_CWD`), else the process's working folder.
 *
 * Why: `pnpm solidata inspect benevoles.csv` typed in `~/mes-fichiers` must read
 * `~/mes-fichiers/benevoles.csv`, not a file of the repository. Only the root script is trusted:
 * a user's own script that runs `cd data && solidata …` keeps its working folder.
 *
 * @param env - the environment (`INIT_CWD`, `npm_lifecycle_event` and `npm_package_json` are read)
 * @param processCwd - the process's working folder (`process.cwd()`)
 * @returns an absolute folder
 * @example
 * userCwd({ INIT_CWD: "/home/asso/fichiers", npm_lifecycle_event: "solidata", npm_package_json: "/src/solidata/package.json" }, "/src/solidata")
 * // => "/home/asso/fichiers"
 * userCwd({}, "/home/asso") // => "/home/asso"
 */
export function userCwd(env: Record<string, string | undefined>, processCwd: string): string {
  const init = env.INIT_CWD;
  if (init === undefined || init === "" || env.npm_lifecycle_event !== ROOT_SCRIPT) return processCwd;
  // pnpm and npm run a script from the folder of its package.json; a script that moved elsewhere keeps its folder
  const scriptRoot = env.npm_package_json === undefined ? undefined : dirname(env.npm_package_json);
  if (scriptRoot !== undefined && resolve(scriptRoot) !== resolve(processCwd)) return processCwd;
  return resolve(processCwd, init);
}
