import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import Papa from "papaparse";
import type { Label } from "../src/labels.js";

/** Reads a generated file (BOM, UTF-8 or Windows-1252) and splits it into physical lines of cells. */
export function readExport(path: string, delimiter: string, encoding = "utf-8"): string[][] {
  const bytes = readFileSync(path);
  let text = encoding === "windows-1252" ? iconv.decode(bytes, "win1252") : bytes.toString("utf8");
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  const parsed = Papa.parse<string[]>(text, { delimiter, newline: "\r\n", skipEmptyLines: false });
  return parsed.data;
}

/** Reads a ground-truth CSV into objects keyed by header. */
export function readTruth(path: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(path, "utf8"), { header: true, skipEmptyLines: true }).data;
}

/** Undoes the date messes: dd/mm/yyyy, yyyy-mm-dd, dd-mm-yyyy, d/m/yy, dd.mm.yyyy → yyyy-mm-dd. */
export function undoDate(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(t);
  if (!m) return null;
  const year = m[3]!.length === 2 ? `20${m[3]}` : m[3]!;
  return `${year}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}`;
}

/** Undoes decimal commas. */
export function undoNumber(text: string): number | null {
  const t = text.trim().replace(",", ".");
  return t === "" ? null : Number(t);
}

/** Maps a typed label (variant, case, spaces) back to its true text. */
export function undoLabel(text: string, labels: readonly Label[], english: boolean): string | undefined {
  const key = text.trim().toLowerCase();
  for (const label of labels) {
    const names = english ? [label.en, ...label.variantsEn] : [label.fr, ...label.variantsFr];
    if (names.some((n) => n.trim().toLowerCase() === key)) return english ? label.en : label.fr;
  }
  return undefined;
}

/** Lower-case, trimmed, accent-free text. */
export function fold(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
}
