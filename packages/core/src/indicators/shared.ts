import { escape as aqEscape, type ColumnTable } from "arquero";
import { valuesOf } from "../columnar/coded-column.js";
import { readColumn, readColumnOrCodes } from "../columnar/read-column.js";
import { rowsByCode, rowsBySharedCode } from "../columnar/rows-by-code.js";
import { memberCodesOf } from "../privacy/known-codes.js";
import { perturbCount } from "../privacy/perturb-count.js";
import type { PrivacyProfile } from "../privacy/types.js";
import { protectBase } from "./protect-base.js";
import type { CellStatus, Figure, IndicatorUnit, Series, SeriesPoint, TableCell, ValueFormat } from "./types.js";

/** The record keys of the cell-key method, as the indicators use them (internal). */
export interface CellKeyContext {
  /** person identifier (NFC, trimmed) → record key */
  person: ReadonlyMap<string, number>;
  /** column holding the record key of each counted row */
  rowColumn: string;
  /** every count perturbed so far: exact and published (for the method text) */
  log: { exact: number; published: number }[];
}

/** Privacy settings every indicator takes (internal). */
export interface IndicatorPrivacy {
  profile: PrivacyProfile;
  k: number;
  /** given, published counts of people and visits are perturbed by the cell-key method */
  cellKeys?: CellKeyContext;
}

/** The record key of a person under the cell-key method (internal). */
export function personKey(privacy: IndicatorPrivacy, id: unknown): number | undefined {
  if (!privacy.cellKeys || id === null || id === undefined) return undefined;
  return privacy.cellKeys.person.get(String(id).normalize("NFC").trim());
}

/**
 * The `recordKey` option of `countDistinct` for a table: people by their key, rows by the key
 * column; `undefined` without cell keys (exact counts) (internal).
 */
export function recordKeyOption(
  privacy: IndicatorPrivacy,
  table: ColumnTable,
  person: string | undefined,
): { recordKey?: (member: unknown, row: number) => number | undefined } {
  const ctx = privacy.cellKeys;
  if (!ctx) return {};
  if (person !== undefined) return { recordKey: (member) => personKey(privacy, member) };
  if (!table.columnNames().includes(ctx.rowColumn)) return {};
  const keys = readColumn(table, ctx.rowColumn);
  return { recordKey: (_member, row) => (typeof keys[row] === "number" ? (keys[row] as number) : undefined) };
}

/**
 * A count of distinct people as published under the cell-key method: perturbed from the members'
 * record keys when it is an unsuppressed count of at least k whose members are known (the exact
 * count equals their number), else unchanged (internal).
 */
export function perturbedCount(
  exact: number | null,
  members: ReadonlySet<unknown> | Members | undefined,
  privacy: IndicatorPrivacy,
): number | null {
  const ctx = privacy.cellKeys;
  if (!ctx || exact === null || !members || members.size !== exact || exact < privacy.k) return exact;
  let key = 0;
  if (members instanceof Set) for (const m of members) key = (key + (personKey(privacy, m) ?? 0)) % 256;
  else key = (members as Members).key;
  const published = perturbCount([key], exact, { k: privacy.k }) as number;
  ctx.log.push({ exact, published });
  return published;
}

/**
 * A count published under the cell-key method from its cell key (the members' record keys summed
 * modulo 256, computed by an analysis): perturbed when it is a count of at least k, else unchanged;
 * exact without cell keys (internal).
 */
export function perturbedByKey(exact: number | null, key: unknown, privacy: IndicatorPrivacy): number | null {
  const ctx = privacy.cellKeys;
  if (!ctx || exact === null || !Number.isInteger(exact) || exact < privacy.k || typeof key !== "number") return exact;
  const published = perturbCount([key], exact, { k: privacy.k }) as number;
  ctx.log.push({ exact, published });
  return published;
}

/** The distinct people of a cell: how many, and their record keys summed modulo 256 (0 without cell keys) (internal). */
export interface Members {
  size: number;
  key: number;
}

/**
 * The distinct people of a table per category (`categories`: a code per row into its labels, −1
 * leaving the row out; `null`: one category `""` for every row), as their number and cell key: people
 * as integer codes, each person's rows visited together, each person's record key looked up once
 * (internal).
 */
export function membersBy(
  table: ColumnTable,
  person: string,
  categories: { codes: Int32Array; labels: readonly string[] } | null,
  privacy: IndicatorPrivacy,
): Map<string, Members> {
  const idsOrCodes = readColumnOrCodes(table, person);
  const n = idsOrCodes.length;
  // a column of text identifiers: the people countDistinct told apart (once per column)
  const coded = memberCodesOf(idsOrCodes, n);
  const shared = coded.allText === true;
  // the identifiers themselves only when the shared codes cannot stand for them
  const ids = shared ? [] : valuesOf(idsOrCodes);
  const code = shared ? coded.codes : new Int32Array(n);
  const codeOf = new Map<unknown, number>();
  const texts = shared ? (coded.members as string[]) : [];
  const textCode = new Map<string, number>();
  for (let i = 0; i < (shared ? 0 : n); i += 1) {
    const id = ids[i];
    code[i] = -1;
    if (id === null || id === undefined) continue;
    let c = codeOf.get(id);
    if (c === undefined) {
      // two raw values of one trimmed text are one person
      const text = typeof id === "string" ? id.trim() : String(id).trim();
      c = text === "" ? -1 : (textCode.get(text) ?? texts.push(text) - 1);
      if (c >= 0) textCode.set(text, c);
      codeOf.set(id, c);
    }
    code[i] = c;
  }
  const labels = categories?.labels ?? [""];
  const size = new Int32Array(labels.length);
  const key = new Int32Array(labels.length);
  const last = new Int32Array(labels.length).fill(-1);
  // a person's rows together, and their categories in that order
  const { order, starts } = shared ? rowsBySharedCode(code, texts.length) : rowsByCode(code, texts.length);
  const ordered =
    categories === null ? new Int32Array(order.length) : order.map((row) => categories.codes[row] as number);
  for (let p = 0; p < texts.length; p += 1) {
    let personal: number | undefined;
    for (let at = starts[p] as number; at < (starts[p + 1] as number); at += 1) {
      const c = ordered[at] as number;
      if (c < 0 || last[c] === p) continue;
      last[c] = p;
      size[c] = (size[c] as number) + 1;
      if (privacy.cellKeys) {
        if (personal === undefined) personal = personKey(privacy, texts[p]) ?? 0;
        key[c] = ((key[c] as number) + personal) % 256;
      }
    }
  }
  const out = new Map<string, Members>();
  labels.forEach((label, c) => {
    if ((size[c] as number) > 0) out.set(label, { size: size[c] as number, key: key[c] as number });
  });
  return out;
}

/** Series points of counts of people perturbed by the cell-key method where their members are known (internal). */
export function perturbPoints(
  points: SeriesPoint[],
  members: ReadonlyMap<string, ReadonlySet<unknown> | Members>,
  privacy: IndicatorPrivacy,
): SeriesPoint[] {
  if (!privacy.cellKeys) return points;
  return points.map((p) =>
    p.status === "ok" && typeof p.value === "number"
      ? { ...p, value: perturbedCount(p.value, members.get(p.category), privacy) }
      : p,
  );
}

/** Whether a table exists and has a column (internal). */
export function has(table: ColumnTable | null | undefined, column: string): table is ColumnTable {
  return table?.columnNames().includes(column) ?? false;
}

/** The rows where a column is filled (internal). */
export function nonEmpty(table: ColumnTable, column: string): ColumnTable {
  return table.filter(
    aqEscape((d: Record<string, unknown>) => d[column] !== null && d[column] !== undefined && d[column] !== ""),
  );
}

/** The status of a protected cell from its `<column>_status` value (internal). */
export function statusOf(value: unknown): CellStatus {
  return value === "primary" || value === "complementary" || value === "dominance" || value === "small-base"
    ? value
    : "ok";
}

/** The first row of a table as an object (internal). */
export function firstRow(table: ColumnTable | undefined): Record<string, unknown> | undefined {
  if (!table || table.numRows() === 0) return undefined;
  return table.objects({ limit: 1 })[0] as Record<string, unknown>;
}

/** What a figure is besides its value (internal). */
interface FigureMeta {
  id: string;
  format: ValueFormat;
  n: number;
  unit: IndicatorUnit;
  method: string;
}

/** A figure from one cell of a protected table, its base protected too (internal). */
export function figureFrom(
  row: Record<string, unknown> | undefined,
  column: string,
  meta: FigureMeta,
  privacy: IndicatorPrivacy,
): Figure {
  const raw = row?.[column];
  const base = protectBase(meta.n, privacy.k);
  let status = statusOf(row?.[`${column}_status`]);
  // a value over a hidden base is hidden with it: it would otherwise be a figure on too few people
  if (status === "ok" && base.nStatus !== "ok" && meta.unit !== "group") status = "small-base";
  const value = status === "ok" && typeof raw === "number" && Number.isFinite(raw) ? raw : null;
  return {
    ...meta,
    ...(meta.unit === "group" ? { n: meta.n, nStatus: "ok" } : base),
    value,
    status,
    ...(status !== "ok" || base.nStatus !== "ok" ? { k: privacy.k } : {}),
  };
}

/** A protected cell of a result table (internal). */
export function cellOf(row: Record<string, unknown>, column: string): TableCell {
  const status = statusOf(row[column === "" ? "" : `${column}_status`]);
  const value = row[column];
  if (status !== "ok") return { value: null, status };
  if (typeof value === "number") return { value: Number.isFinite(value) ? value : null, status };
  return { value: value === null || value === undefined ? null : String(value), status };
}

/** A text cell (internal). */
export function textCell(value: unknown): TableCell {
  return { value: value === null || value === undefined ? null : String(value), status: "ok" };
}

/** Series points from a protected table (internal). */
export function pointsFrom(table: ColumnTable, category: string, value: string): SeriesPoint[] {
  return (table.objects() as Record<string, unknown>[]).map((r) => {
    const status = statusOf(r[`${value}_status`]);
    const v = r[value];
    const c = r[category];
    return {
      category: c === null || c === undefined ? "" : c instanceof Date ? c.toISOString().slice(0, 10) : String(c),
      value: status === "ok" && typeof v === "number" && Number.isFinite(v) ? v : null,
      status,
    };
  });
}

/** A series with its base protected (internal). */
export function series(
  id: string,
  dimension: string,
  measure: string,
  format: ValueFormat,
  n: number,
  points: SeriesPoint[],
  privacy: IndicatorPrivacy,
  unit: IndicatorUnit = "person",
): Series {
  return { id, dimension, measure, format, n: unit === "group" ? n : protectBase(n, privacy.k).n, points };
}
