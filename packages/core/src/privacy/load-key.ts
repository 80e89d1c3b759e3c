import { readFile } from "node:fs/promises";
import { importKey } from "./import-key.js";
import { PrivacyError } from "./privacy-error.js";
import type { PseudonymKey } from "./pseudonym-key.js";

/** Where {@link loadKey} looks for the key. */
export interface LoadKeyOptions {
  /** Path of a key file (as written by `solidata key new` or {@link writeKeyFile}). Tried first. */
  file?: string;
  /** Environment to read `SOLIDATA_KEY` from. Default `process.env`. */
  env?: Record<string, string | undefined>;
}

/**
 * Loads the pseudonymisation key from a key file, else from the `SOLIDATA_KEY` environment variable.
 *
 * Why: scripts and the CLI need one way to find the key that never falls back to something weaker.
 * Node only (`@solidata/core/node`).
 *
 * @param options - `file` and/or `env`
 * @returns the key
 * @throws PrivacyError `privacy.missing_key` when neither is given, `privacy.unreadable_key` when the file cannot be read, `privacy.weak_key` for weak material
 * @example
 * const key = await loadKey({ file: "solidata.key" });
 * String(key) // => "PseudonymKey [secret]"
 */
export async function loadKey(options: LoadKeyOptions = {}): Promise<PseudonymKey> {
  if (options.file !== undefined) {
    let text: string;
    try {
      text = await readFile(options.file, "utf8");
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? "error";
      throw new PrivacyError("privacy.unreadable_key", { file: options.file, reason });
    }
    return importKey(text);
  }
  const env = options.env ?? process.env;
  const value = env.SOLIDATA_KEY;
  if (value === undefined || value.trim() === "") throw new PrivacyError("privacy.missing_key");
  return importKey(value);
}
