import { open } from "node:fs/promises";
import type { OutputWriter } from "../../src/output/open-output-folder.js";

/**
 * A writer that behaves like a disk that fills up: it writes the first `budget` bytes of every
 * file, then fails with `code` (ENOSPC by default), leaving the partial file behind as a real disk would.
 */
export function failingWriter(budget: number, code = "ENOSPC"): OutputWriter & { paths: string[] } {
  const paths: string[] = [];
  let used = 0;
  const writer = async (
    path: string,
    chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  ): Promise<void> => {
    paths.push(path);
    const handle = await open(path, "w");
    try {
      for await (const part of chunks) {
        const chunk = typeof part === "string" ? Buffer.from(part) : part;
        const bytes = chunk.byteLength;
        if (used + bytes > budget) {
          await handle.write(chunk.subarray(0, Math.max(0, budget - used)));
          used = budget;
          throw Object.assign(new Error(`${code}: write failed, write '${path}'`), { code });
        }
        used += bytes;
        await handle.write(chunk);
      }
    } finally {
      await handle.close();
    }
  };
  return Object.assign(writer, { paths });
}
