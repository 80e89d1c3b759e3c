import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { importKey } from "./import-key.js";
import { PrivacyError } from "./privacy-error.js";
import type { PseudonymKey } from "./pseudonym-key.js";

/** Where {@link loadKey} looks for the key. */
export interface LoadKeyOptions {
  /** Path of a key file (as written by `solidata key new` or {@link writeKeyFile}). Tried first. */
  file?: string;
  /** Environment to read `SOLIDATA_KEY` from. Default `process.env`. */
  env?: Record<string, string | undefined>;
  /** Folder a relative `SOLIDATA_KEY` path is read from. Default `process.cwd()`. */
  cwd?: string;
}

/**
 * Loads the pseudonymisation key from a key file, else from the `SOLIDATA_KEY` environment variable.
 *
 * Why: scripts and the CLI need one way to find the key that never falls back to something weaker.
 * `SOLIDATA_KEY` names a key file (`SOLIDATA_KEY=solidata.key`, relative to `cwd`); for scripts it
 * may also hold the key itself (64 hexadecimal characters or base64 of 32 bytes). Node only
 * (`@solidata/core/node`).
 *
 * @param options - `file` and/or `env`
 * @returns the key
 * @throws PrivacyError `privacy.missing_key` when neither is given, `privacy.unreadable_key` when the file cannot be read, `privacy.weak_key` for weak material
 * @example
 * const key = await loadKey({ file: "solidata.key" });
 * String(key) // => "PseudonymKey [secret]"
 */
export async function loadKey(options: LoadKeyOptions = {}): Promise<PseudonymKey> {
  if (options.file !== undefined) return importKey(await readKeyFile(options.file));
  const env = options.env ?? process.env;
  const value = env.SOLIDATA_KEY?.trim();
  if (value === undefined || value === "") throw new PrivacyError("privacy.missing_key");
  // the key itself (scripts), else the name of a key file
  if (MATERIAL.test(value)) return importKey(value);
  // a value without a dot or a slash that names no file is taken for a passphrase: weak, never echoed
  if (!/[./\\]/.test(value)) {
    try {
      return importKey(await readFile(resolve(options.cwd ?? process.cwd(), value), "utf8"));
    } catch (error) {
      if (error instanceof PrivacyError) throw error;
      throw new PrivacyError("privacy.weak_key");
    }
  }
  return importKey(await readKeyFile(resolve(options.cwd ?? process.cwd(), value)));
}

/** 64 or more hexadecimal characters, or base64 of 32 bytes or more: key material, not a file name. */
const MATERIAL = /^(?:[0-9a-fA-F]{64,}|[A-Za-z0-9+/_-]{43,}={0,2})$/;

async function readKeyFile(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? "error";
    throw new PrivacyError("privacy.unreadable_key", { file, reason });
  }
}
