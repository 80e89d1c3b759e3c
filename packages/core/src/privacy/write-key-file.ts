import { chmod, link, lstat, open, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { generateKeyText } from "./generate-key-text.js";
import { PrivacyError } from "./privacy-error.js";

/**
 * Creates a new key file: a fresh random 256-bit key, readable and writable by its owner only.
 *
 * Why: the key must be random, kept apart from the data and never shared; creating the file with
 * mode 0600 in one step leaves no moment where others could read it. Refuses to replace an
 * existing file (a lost key cannot be recovered, and pseudonyms made with it could no longer be
 * reproduced). The key is written to a temporary name in the same folder and linked to its name only
 * once complete, so a full disk or a crash never leaves a truncated key. Node only (`@solidata/core/node`).
 *
 * @param path - where to write; the file must not exist
 * @returns the path written (never the key)
 * @throws PrivacyError `privacy.key_exists` when the file exists, `privacy.unwritable_key` when it cannot be created
 * @example
 * await writeKeyFile("solidata.key") // => "solidata.key"
 */
export async function writeKeyFile(path: string): Promise<string> {
  if (
    await lstat(path).then(
      () => true,
      () => false,
    )
  )
    throw new PrivacyError("privacy.key_exists", { file: path });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.solidata-tmp`);
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(temp, "wx", 0o600);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? "error";
    throw new PrivacyError("privacy.unwritable_key", { file: path, reason });
  }
  try {
    try {
      await handle.writeFile(
        `# solidata pseudonymisation key (256 bits). Keep it secret and keep a backup.\n${generateKeyText()}\n`,
        "utf8",
      );
      await handle.sync();
    } finally {
      await handle.close();
    }
    await chmod(temp, 0o600);
    // link refuses an existing file (never replaces a key), unlike rename
    await link(temp, path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? "error";
    if (reason === "EEXIST") throw new PrivacyError("privacy.key_exists", { file: path });
    throw new PrivacyError("privacy.unwritable_key", { file: path, reason });
  } finally {
    await unlink(temp).catch(() => undefined);
  }
  return path;
}
