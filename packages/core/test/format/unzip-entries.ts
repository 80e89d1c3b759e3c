import { inflateRawSync } from "node:zlib";

/**
 * The files of a zip archive (an .xlsx) by name, as text: read from its central directory, stored or
 * deflated entries only. A test helper, independent of the library that wrote the archive.
 */
export function unzipEntries(bytes: Uint8Array): Map<string, string> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = buffer.length - 22;
  while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error("unzipEntries requires a zip archive");
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const method = buffer.readUInt16LE(at + 10);
    const compressed = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    const name = buffer.toString("utf8", at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    const data = buffer.subarray(dataStart, dataStart + compressed);
    files.set(name, (method === 8 ? inflateRawSync(data) : data).toString("utf8"));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

/**
 * The cells of one worksheet XML as `ref → { t, s, v }`: the type attribute (`s` shared string, `n` or
 * none for a number, `b`, `str`, `inlineStr`), the style index and the raw value text.
 */
export function sheetCells(xml: string): Map<string, { t: string | null; s: string | null; v: string | null }> {
  const cells = new Map<string, { t: string | null; s: string | null; v: string | null }>();
  for (const match of xml.matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const attributes = match[1] ?? "";
    const ref = /\br="([A-Z]+\d+)"/.exec(attributes)?.[1];
    if (ref === undefined) continue;
    const t = /\bt="([a-zA-Z]+)"/.exec(attributes)?.[1] ?? null;
    const s = /\bs="(\d+)"/.exec(attributes)?.[1] ?? null;
    const v = /<v>([\s\S]*?)<\/v>/.exec(match[2] ?? "")?.[1] ?? null;
    cells.set(ref, { t, s, v });
  }
  return cells;
}
