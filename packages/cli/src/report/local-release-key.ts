import { chmod, lstat, mkdir } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { type Lang, PrivacyError, type PseudonymKey } from "@solidata/core";
import { loadKey, writeKeyFile } from "@solidata/core/node";
import { CliError } from "../cli-error.js";
import { ExitCode } from "../exit-codes.js";
import { t } from "../messages.js";

/** Name of the release key file in the user's solidata folder. */
const RELEASE_KEY_FILE = "release.key";

/** The user's solidata folder: `$SOLIDATA_HOME`, else `$XDG_CONFIG_HOME/solidata`, else `~/.config/solidata` (internal). */
function solidataHome(env: Record<string, string | undefined>): string | null {
  const own = env.SOLIDATA_HOME?.trim();
  if (own) return own;
  const xdg = env.XDG_CONFIG_HOME?.trim();
  if (xdg) return join(xdg, "solidata");
  let home = env.HOME?.trim();
  if (!home) {
    try {
      home = homedir();
    } catch {
      home = "";
    }
  }
  return home ? join(home, ".config", "solidata") : null;
}

/**
 * The release key of this computer: read from the user's solidata folder, created there on first
 * use (32 random bytes, file mode 0600, folder 0700), so that `solidata report` perturbs its counts
 * by the cell-key method even when no key is given.
 *
 * Why: exact reports over nested periods can be subtracted (103 − 100 = 3 people seen only in
 * July). With one key kept for the user, the same people always get the same published value, so
 * the difference of two reports no longer tells the small count, and nobody has to manage a key
 * file for it. The key is never printed; the folder is `$SOLIDATA_HOME`, else
 * `$XDG_CONFIG_HOME/solidata`, else `~/.config/solidata`.
 *
 * @param env - the environment (`SOLIDATA_HOME`, `XDG_CONFIG_HOME`, `HOME`)
 * @param lang - language of the error message
 * @returns the key, the path of its file and whether this call created it
 * @throws CliError exit 5 when the folder cannot be made or the key cannot be written or read
 *   (read-only or missing home), saying to give `--key FILE` or `--exact`
 * @example
 * const { key, created } = await localReleaseKey({ SOLIDATA_HOME: "/tmp/s" }, "en");
 * created // => true (the first time), false afterwards
 */
export async function localReleaseKey(
  env: Record<string, string | undefined>,
  lang: Lang,
): Promise<{ key: PseudonymKey; path: string; created: boolean }> {
  const dir = solidataHome(env);
  const fail = (where: string, reason: string): never => {
    throw new CliError(t(lang, "report.local_key_unavailable", { dir: where, reason }), ExitCode.config);
  };
  if (dir === null) return fail("~/.config/solidata", "HOME");
  const path = join(dir, RELEASE_KEY_FILE);
  let created = false;
  const exists = await lstat(path).then(
    () => true,
    () => false,
  );
  if (!exists) {
    try {
      const made = await mkdir(dir, { recursive: true, mode: 0o700 });
      if (made !== undefined) await chmod(dir, 0o700);
    } catch (error) {
      return fail(dir, (error as NodeJS.ErrnoException).code ?? "error");
    }
    try {
      await writeKeyFile(path);
      created = true;
    } catch (error) {
      // another run created it meanwhile: use that one
      if (!(error instanceof PrivacyError && error.code === "privacy.key_exists"))
        return fail(dir, error instanceof PrivacyError ? String(error.params.reason ?? error.code) : "error");
    }
  }
  try {
    return { key: await loadKey({ file: path }), path, created };
  } catch (error) {
    if (error instanceof PrivacyError) return fail(dir, error.messageIn(lang));
    throw error;
  }
}
