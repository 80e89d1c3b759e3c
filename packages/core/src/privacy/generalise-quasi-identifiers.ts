import { type ColumnTable, table as makeTable } from "arquero";
import { readColumn } from "../columnar/read-column.js";
import { ageBand } from "./age-band.js";
import { departementOfPostcode } from "./departement-of-postcode.js";
import { type QuasiIdentifier, QuasiRole } from "./suggest-quasi-identifiers.js";

/** One column coarsened by {@link generaliseQuasiIdentifiers}. */
export interface QuasiChange {
  column: string;
  /** `age-band`, `birth-decade`, `month`, `departement` */
  level: string;
  /** values that changed */
  changed: number;
}

/**
 * Coarsens every quasi-identifier to the level of public outputs, consistently across columns:
 * ages to ten-year bands (0-9 … 80-89, 90+; a column already in bands is kept) and birth dates to the decade of birth (so the birth date cannot give the
 * banded age back), other dates to the month, postcodes to the département and the commune to the
 * same département (from the postcode of the row when there is one, so commune and postcode
 * cannot be crossed back). Gender and nationality are kept: `enforceKAnonymity` blanks what is
 * still rare.
 *
 * Why: generalising one column and not its companion undoes the work: a postcode cut to "69"
 * beside "Villeurbanne" is still Villeurbanne, an age band beside an exact birth date is the exact
 * age.
 *
 * @param table - a row-level table
 * @param quasi - the quasi-identifiers, from {@link suggestQuasiIdentifiers} or chosen by hand
 * @param level - 1 (default) as above; 2: broad age bands (0-24, 25-64, 65+), birth dates to 20-year
 *   periods, dates to the year; 3: ages, birth dates and dates removed, postcode and commune to the
 *   département. Every column moves to the same level at once, so none is finer than its companion.
 * @returns the table with those columns coarsened (same names, same order) and what changed
 * @example
 * generaliseQuasiIdentifiers(t, [{ column: "cp", role: "postcode" }, { column: "ville", role: "commune" }]).table.objects()
 * // => [{ cp: "69", ville: "69" }]
 */
export function generaliseQuasiIdentifiers(
  table: ColumnTable,
  quasi: readonly QuasiIdentifier[],
  level: 1 | 2 | 3 = 1,
): { table: ColumnTable; changes: QuasiChange[] } {
  const names = table.columnNames();
  const data: Record<string, unknown[]> = {};
  for (const name of names) data[name] = Array.from(readColumn(table, name));
  const postcode = quasi.find((q) => q.role === QuasiRole.postcode)?.column;
  const postcodes = postcode === undefined ? null : (data[postcode] as unknown[]);
  const changes: QuasiChange[] = [];
  for (const { column, role } of quasi) {
    const values = data[column];
    if (!values) continue;
    const depth = level;
    let name: string | null = null;
    let map: ((value: unknown, row: number) => unknown) | null = null;
    if (role === QuasiRole.age) {
      name = ["age-band", "broad-age-band", "removed"][depth - 1] as string;
      map = (v) => {
        if (typeof v === "string" && /^\d+-\d+$|^\d+\+$/.test(v))
          return depth === 1 ? v : depth === 2 ? (BROAD[v] ?? null) : null;
        const age = toNumber(v);
        // level 1: ten-year bands (0-9 … 80-89, 90+), the recoding of microdata released to a partner
        if (depth === 1) return tenYearBand(age);
        const band = ageBand(age);
        return depth === 2 && band !== null ? (BROAD[band] ?? null) : null;
      };
    } else if (role === QuasiRole.birthDate) {
      name = ["birth-decade", "birth-20-years", "removed"][depth - 1] as string;
      map = (v) => (depth === 3 ? null : periodOf(yearOf(v), depth === 1 ? 10 : 20));
    } else if (role === QuasiRole.date) {
      name = ["month", "year", "removed"][depth - 1] as string;
      map = (v) => (depth === 1 ? monthOf(v) : depth === 2 ? (monthOf(v)?.slice(0, 4) ?? null) : null);
    } else if (role === QuasiRole.postcode) {
      name = "departement";
      map = (v) => departementOfPostcode(v) ?? null;
    } else if (role === QuasiRole.commune) {
      name = "departement";
      map = (v, row) => {
        const fromPostcode = postcodes ? departementOfPostcode(postcodes[row]) : null;
        return fromPostcode ?? departementOfCommuneCode(v);
      };
    }
    if (name === null || map === null) continue;
    let changed = 0;
    const apply = map;
    data[column] = values.map((v, row) => {
      if (v === null || v === undefined || v === "") return null;
      const to = apply(v, row);
      if (to !== v) changed += 1;
      return to;
    });
    changes.push({ column, level: name, changed });
  }
  return { table: makeTable(data, names), changes };
}

function tenYearBand(age: number | null): string | null {
  if (age === null || !Number.isFinite(age) || age < 0 || age > 130) return null;
  if (age >= 90) return "90+";
  const low = Math.floor(age / 10) * 10;
  return `${low}-${low + 9}`;
}

function toNumber(v: unknown): number | null {
  if (typeof v === "number") return v;
  if (typeof v === "string" && /^\s*\d+([.,]\d+)?\s*$/.test(v)) return Number(v.replace(",", "."));
  return null;
}

function yearOf(v: unknown): number | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.getUTCFullYear();
  if (typeof v === "number" && Number.isInteger(v) && v > 1800 && v < 2200) return v;
  if (typeof v !== "string") return null;
  const text = v.trim();
  const iso = /^(\d{4})-\d{1,2}(-\d{1,2})?/.exec(text);
  if (iso) return Number(iso[1]);
  const fr = /^\d{1,2}[/.-]\d{1,2}[/.-](\d{4})$/.exec(text);
  if (fr) return Number(fr[1]);
  return /^\d{4}$/.test(text) ? Number(text) : null;
}

function periodOf(year: number | null, size: number): string | null {
  if (year === null) return null;
  const start = Math.floor(year / size) * size;
  return `${start}-${start + size - 1}`;
}

const BROAD: Record<string, string> = {
  "0-17": "0-24",
  "18-24": "0-24",
  "25-34": "25-64",
  "35-44": "25-64",
  "45-54": "25-64",
  "55-64": "25-64",
  "65-74": "65+",
  "75+": "65+",
};

function monthOf(v: unknown): string | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 7);
  if (typeof v !== "string") return null;
  const text = v.trim();
  const iso = /^(\d{4})-(\d{1,2})/.exec(text);
  if (iso) return `${iso[1]}-${(iso[2] as string).padStart(2, "0")}`;
  const fr = /^\d{1,2}[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (fr) return `${fr[2]}-${(fr[1] as string).padStart(2, "0")}`;
  return null;
}

function departementOfCommuneCode(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const code = value.trim();
  if (/^97\d{3}$/.test(code)) return code.slice(0, 3);
  if (/^(\d{2}|2A|2B)\d{3}$/.test(code)) return code.slice(0, 2);
  return null;
}
