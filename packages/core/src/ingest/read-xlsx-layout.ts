import { inflateRawSync } from "node:zlib";

/** A range of merged cells: 1-based worksheet rows, 0-based columns. */
export interface MergedRange {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** What the cells of a worksheet do not tell: whether it is hidden, and its merged ranges. */
export interface XlsxSheetLayout {
  name: string;
  /** `state="hidden"` or `"veryHidden"` in the workbook. */
  hidden: boolean;
  merges: MergedRange[];
  /** Formula cells that hold no cached value (the file was never recalculated): 1-based row, 0-based column. */
  formulasWithoutValue: { row: number; column: number }[];
}

/** The parts of a zip archive, by name (stored or deflated). */
function zipEntries(bytes: Uint8Array): Map<string, () => Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = new Map<string, () => Uint8Array>();
  let eocd = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 65_557; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return entries;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let e = 0; e < count && at + 46 <= bytes.length; e++) {
    if (view.getUint32(at, true) !== 0x02014b50) break;
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if (local + 30 > bytes.length) continue;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + compressed);
    if (method === 0) entries.set(name, () => data);
    else if (method === 8) entries.set(name, () => inflateRawSync(data));
  }
  return entries;
}

function text(entries: Map<string, () => Uint8Array>, name: string): string {
  const read = entries.get(name);
  return read === undefined ? "" : new TextDecoder().decode(read());
}

function unescapeXml(value: string): string {
  return value
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&amp;/g, "&");
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1] as string) : undefined;
}

/** 0-based column of a cell reference's letters (`A` → 0, `AA` → 26). */
function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function range(ref: string): MergedRange | undefined {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/i.exec(ref.replace(/\$/g, ""));
  if (!m) return undefined;
  return {
    left: columnIndex(m[1] as string),
    top: Number(m[2]),
    right: columnIndex(m[3] as string),
    bottom: Number(m[4]),
  };
}

/**
 * Reads, from an .xlsx archive, each worksheet's name, whether it is hidden, its merged ranges
 * (`<mergeCell ref="F3:G3"/>`) and its formula cells without a cached value, in the workbook's order: what the workbook reader's rows
 * of cells do not tell. Call it after `checkZipLimits` has accepted the archive.
 *
 * Why: a merged header cell names every column it covers (`Part de l'emploi` over `2000` and
 * `2017`), and a hidden sheet must be listed as hidden, not offered as the data.
 *
 * @param bytes - the bytes of an .xlsx workbook
 * @returns one layout per worksheet; an empty list when the archive has no readable workbook part
 * @example
 * readXlsxLayout(await readFile("FET2021-18.xlsx"))[0]?.merges[0] // => { left: 5, top: 3, right: 6, bottom: 3 }
 */
export function readXlsxLayout(bytes: Uint8Array): XlsxSheetLayout[] {
  const entries = zipEntries(bytes);
  const workbook = text(entries, "xl/workbook.xml");
  const rels = text(entries, "xl/_rels/workbook.xml.rels");
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attribute(m[0], "Id");
    const target = attribute(m[0], "Target");
    if (id !== undefined && target !== undefined) targets.set(id, target);
  }
  const layouts: XlsxSheetLayout[] = [];
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const tag = m[0];
    const name = attribute(tag, "name") ?? "";
    const state = attribute(tag, "state");
    const id = attribute(tag, "r:id") ?? /\s\w+:id="([^"]*)"/.exec(tag)?.[1];
    const target = id === undefined ? undefined : targets.get(id);
    const path =
      target === undefined ? undefined : target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
    const merges: MergedRange[] = [];
    const formulasWithoutValue: { row: number; column: number }[] = [];
    if (path !== undefined) {
      const xml = text(entries, path);
      for (const cell of xml.matchAll(/<(?:\w+:)?mergeCell\b[^>]*>/g)) {
        const ref = attribute(cell[0], "ref");
        const r = ref === undefined ? undefined : range(ref);
        if (r !== undefined) merges.push(r);
      }
      if (xml.includes("<f")) {
        for (const cell of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
          const body = cell[2];
          if (body === undefined || !/<f[\s>/]/.test(body) || /<v>[^<]+<\/v>|<is>/.test(body)) continue;
          const at = /^([A-Z]+)(\d+)$/i.exec(attribute(cell[0], "r") ?? "");
          if (at) formulasWithoutValue.push({ row: Number(at[2]), column: columnIndex(at[1] as string) });
        }
      }
    }
    layouts.push({ name, hidden: state === "hidden" || state === "veryHidden", merges, formulasWithoutValue });
  }
  return layouts;
}
