import { createInflateRaw } from "node:zlib";
import { IngestError } from "./ingest-error.js";

/** Limits of {@link checkZipLimits}. */
export interface ZipLimits {
  /** Most bytes all entries may inflate to, together; default 256 MiB. */
  maxBytes?: number;
  /** Most an entry may inflate relative to its compressed size; default 100 (100:1). */
  maxRatio?: number;
}

const MIB = 1 << 20;
/** Entries smaller than this once inflated are not held to the ratio (tiny repetitive XML parts). */
const RATIO_FLOOR = MIB;

/**
 * Inflates every entry of a zip archive (a workbook: .xlsx, .ods) without keeping the output,
 * and refuses the archive as soon as an entry inflates more than `maxRatio` times its compressed
 * size or all of them together more than `maxBytes`. The sizes written in the archive are not
 * trusted: the bytes are counted as they come, and inflation stops at the limit.
 *
 * Why: a 500 KB workbook can inflate to gigabytes (a zip bomb) and a valid sheet of a million
 * rows does not fit in memory once parsed; both must be refused with a message naming the limit,
 * before the workbook reader inflates them.
 *
 * @param bytes - the archive
 * @param file - file name for the messages
 * @param limits - ratio (default 100:1, applied to entries over 1 MiB inflated) and byte budget (default 256 MiB)
 * @returns a promise of the total inflated size, in bytes
 * @throws IngestError `ingest.workbook_entry_ratio` (params `entry`, `limit`), `ingest.workbook_too_large`
 *   (params `limit` in MiB), `ingest.workbook_corrupted` when the archive cannot be read
 * @example
 * await checkZipLimits(await readFile("registre.xlsx"), "registre.xlsx") // => 48213
 */
export async function checkZipLimits(bytes: Uint8Array, file: string, limits: ZipLimits = {}): Promise<number> {
  const maxBytes = limits.maxBytes ?? 256 * MIB;
  const maxRatio = limits.maxRatio ?? 100;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const corrupted = (reason: string): IngestError =>
    new IngestError({ code: "ingest.workbook_corrupted", severity: "error", params: { file, reason } });
  const tooLarge = (): IngestError =>
    new IngestError({
      code: "ingest.workbook_too_large",
      severity: "error",
      params: { file, limit: Number((maxBytes / MIB).toFixed(2)) },
    });
  let eocd = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 65_557; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupted("no zip directory");
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  // a ZIP64 archive (an entry or the archive over 4 GiB) is over any budget
  if (count === 0xffff || at === 0xffffffff) throw tooLarge();
  let total = 0;
  for (let e = 0; e < count; e++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw corrupted("bad zip directory");
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (compressed === 0xffffffff || local === 0xffffffff) throw tooLarge();
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) throw corrupted("bad zip entry");
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + compressed);
    const ratioLimit = Math.max(RATIO_FLOOR, compressed * maxRatio);
    const budget = maxBytes - total;
    if (method === 0) {
      if (data.length > budget) throw tooLarge();
      total += data.length;
      continue;
    }
    if (method !== 8) continue;
    const inflated = await inflatedSize(data, Math.min(ratioLimit, budget) + 1, file);
    if (inflated > ratioLimit) {
      throw new IngestError({
        code: "ingest.workbook_entry_ratio",
        severity: "error",
        params: { file, entry: name, limit: maxRatio },
      });
    }
    if (inflated > budget) throw tooLarge();
    total += inflated;
  }
  return total;
}

/** Inflates raw deflate data, counting the output and stopping once it passes `stop` bytes. */
function inflatedSize(data: Uint8Array, stop: number, file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let size = 0;
    let done = false;
    inflate.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size >= stop && !done) {
        done = true;
        inflate.destroy();
        resolve(size);
      }
    });
    inflate.on("end", () => {
      if (!done) {
        done = true;
        resolve(size);
      }
    });
    inflate.on("error", (error) => {
      if (!done) {
        done = true;
        reject(
          new IngestError({
            code: "ingest.workbook_corrupted",
            severity: "error",
            params: { file, reason: error.message.slice(0, 200) },
          }),
        );
      }
    });
    inflate.end(data);
  });
}
