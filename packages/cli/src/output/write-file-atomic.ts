import { mkdir, open, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { OutputWriter } from "./open-output-folder.js";
import { TEMP_SUFFIX } from "./open-output-folder.js";
import { OutputError, reasonOf } from "./output-error.js";
import { pendingOutputs } from "./pending-outputs.js";

/**
 * Writes one file atomically: to a temporary name in the same folder, then renamed over the target
 * when complete. For single-file outputs (`privacy-check --out FILE`); folders use `openOutputFolder`.
 *
 * Why: a full disk or a Ctrl-C must leave the previous file or none, never a truncated one.
 *
 * @param path - the file to write
 * @param text - its content
 * @param writer - optional writer (tests inject a failing one)
 * @returns the path written
 * @throws OutputError naming the path and the reason
 * @example
 * await writeFileAtomic("partner.csv", "a\n1\n") // => "partner.csv"
 */
export async function writeFileAtomic(path: string, text: string, writer?: OutputWriter): Promise<string> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}${TEMP_SUFFIX}`);
  try {
    await mkdir(dirname(path), { recursive: true });
    pendingOutputs.add(temp);
    if (writer) await writer(temp, [text]);
    else {
      const handle = await open(temp, "w");
      try {
        await handle.writeFile(text, "utf8");
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    await rename(temp, path);
    pendingOutputs.delete(temp);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    pendingOutputs.delete(temp);
    throw new OutputError(path, reasonOf(error));
  }
  return path;
}
