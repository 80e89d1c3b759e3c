import { type ColumnTable, table as makeTable } from "arquero";
import type { Issue } from "../messages/issue.js";
import { countDistinct } from "../privacy/count-distinct.js";
import type { DiversityFlag } from "../privacy/suppress-small-cells.js";
import type { SuppressedCell } from "../privacy/types.js";
import type { Result } from "../result.js";
import { AnalysisError } from "./analysis-error.js";
import { dayOf } from "./period-of.js";
import {
  assertNotIdentifier,
  type CommonOptions,
  columnOf,
  numberOf,
  optionalColumn,
  personKey,
  privacyParameters,
  smallNWarnings,
} from "./shared.js";

/** Options of {@link demographics}. */
export interface DemographicsOptions extends CommonOptions {
  /** disaggregation column: `"site"`, `"commune_code"`, `"departement"`, `"region"`…; adds it to every table with `"Total"` rows */
  by?: string;
  /** lower bounds of the age bands after the first, default `[18, 25, 35, 45, 55, 65]` ("0–17", "18–24", …, "65+") */
  ageBands?: number[];
  /** date ages are computed at from `birth_date` when there is no `age`, default today (UTC) */
  asOf?: Date;
  /**
   * with `by`, a group whose people all share one age band, gender or household size (class
   * disclosure, l-diversity below 2): `"suppress"` (default) hides its cells, `"flag"` only lists it
   * in the warnings (`privacy.l_diversity`)
   */
  diversity?: "suppress" | "flag";
  /** column names, defaults `person_id`, `age`, `birth_date`, `gender`, `household_size` */
  columns?: { person?: string; age?: string; birthDate?: string; gender?: string; householdSize?: string };
}

/** Tables of {@link demographics}: each has [`<by>`], the category column, `people` and `people_status`. */
export interface DemographicsTables extends Record<string, ColumnTable> {
  /** `age_band` ("0–17", "18–24", …, "65+"; null when unknown), `people` */
  age: ColumnTable;
  /** `gender` ("female", "male", "other"; null when unknown), `people` */
  gender: ColumnTable;
  /** `household_size` ("1" … "5", "6+"; null when unknown), `people` */
  household_size: ColumnTable;
}

function ageAt(birth: number, asOf: number): number {
  const b = new Date(birth * 86_400_000);
  const a = new Date(asOf * 86_400_000);
  let age = a.getUTCFullYear() - b.getUTCFullYear();
  if (a.getUTCMonth() < b.getUTCMonth() || (a.getUTCMonth() === b.getUTCMonth() && a.getUTCDate() < b.getUTCDate()))
    age--;
  return age;
}

/**
 * Demographics of the people reached: age bands, gender and household size, optionally broken down by
 * site or territory (commune, département, région from the cleaned postcodes), with totals.
 *
 * Why: funders ask who is reached, and where; each count is of distinct people and passes through
 * small-cell suppression with complementary suppression against the totals, so a breakdown by
 * commune cannot single anyone out. Unknown values are counted in a `null` category, never dropped.
 *
 * @param beneficiaries - cleaned `beneficiaries` register (one row per person) with `person_id` and any of
 *   `age`/`birth_date`, `gender`, `household_size`, and the `by` column
 * @param options - by, ageBands (increasing, > 0), asOf, columns, privacy, smallN
 * @returns a {@link Result} with `tables.age`, `tables.gender`, `tables.household_size`; `n` = distinct people
 * @throws AnalysisError `analyses.missing_column` for `person_id` or the `by` column, `analyses.bad_option` for bands that do not increase
 * @throws AnalysisError `analyses.identifier_breakdown` when asked to break results down by a column that identifies people (email, names, person id…)
 * @example
 * demographics(register, { by: "departement" }).tables.gender.objects()[0]
 * // => { departement: "69", gender: "female", people: 214, people_status: "ok" }
 */
export function demographics(
  beneficiaries: ColumnTable,
  options: DemographicsOptions = {},
): Result<DemographicsTables> {
  const fn = "demographics";
  const cols = options.columns ?? {};
  const personColumn = cols.person ?? "person_id";
  const persons = columnOf(beneficiaries, personColumn, fn);
  if (options.by !== undefined) assertNotIdentifier(options.by, fn, personColumn);
  const byValues = options.by === undefined ? null : columnOf(beneficiaries, options.by, fn);
  const bands = options.ageBands ?? [18, 25, 35, 45, 55, 65];
  if (bands.some((b, i) => !(b > (i === 0 ? 0 : (bands[i - 1] as number))))) {
    throw new AnalysisError("analyses.bad_option", {
      function: fn,
      detail: "ageBands must be increasing positive ages",
    });
  }
  const ages = optionalColumn(beneficiaries, cols.age ?? "age");
  const births = optionalColumn(beneficiaries, cols.birthDate ?? "birth_date");
  const genders = optionalColumn(beneficiaries, cols.gender ?? "gender");
  const households = optionalColumn(beneficiaries, cols.householdSize ?? "household_size");
  const asOf = dayOf(options.asOf ?? new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000)) as number;
  const n = beneficiaries.numRows();
  const bandLabel = (age: number): string => {
    let b = 0;
    while (b < bands.length && age >= (bands[b] as number)) b++;
    if (b === 0) return `0–${(bands[0] as number) - 1}`;
    if (b === bands.length) return `${bands[b - 1]}+`;
    return `${bands[b - 1]}–${(bands[b] as number) - 1}`;
  };
  const person: (string | null)[] = new Array(n);
  const group: unknown[] = new Array(n);
  const age: (string | null)[] = new Array(n);
  const gender: (string | null)[] = new Array(n);
  const household: (string | null)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    person[i] = personKey(persons[i]);
    const g = byValues === null ? null : byValues[i];
    group[i] = g === undefined || g === "" ? null : g;
    let a = ages === null ? null : numberOf(ages[i]);
    if (a === null && births !== null) {
      const b = dayOf(births[i]);
      if (b !== null) a = ageAt(b, asOf);
    }
    age[i] = a === null || a < 0 ? null : bandLabel(a);
    const gv = genders === null ? null : genders[i];
    gender[i] = gv === "female" || gv === "male" || gv === "other" ? gv : null;
    const h = households === null ? null : numberOf(households[i]);
    household[i] = h === null || h < 1 ? null : h >= 6 ? "6+" : String(Math.round(h));
  }
  const base: Record<string, unknown[]> = { _person: person, age_band: age, gender, household_size: household };
  if (options.by !== undefined) base[options.by] = group;
  const rows = makeTable(base);
  const suppressed: SuppressedCell[] = [];
  const tables: Record<string, ColumnTable> = {};
  let missingPerson = 0;
  const diversity: DiversityFlag[] = [];
  for (const [name, column] of [
    ["age", "age_band"],
    ["gender", "gender"],
    ["household_size", "household_size"],
  ] as const) {
    const out = countDistinct(rows, {
      name,
      by: options.by === undefined ? [column] : [options.by, column],
      person: "_person",
      as: "people",
      totals: options.by !== undefined,
      // a group whose people all share one value (every person of site Y a woman) is class disclosure
      ...(options.by === undefined
        ? {}
        : { diversity: { attribute: column, policy: options.diversity ?? "suppress" } }),
      profile: options.privacy?.profile ?? "public",
      k: options.privacy?.k,
    });
    missingPerson = out.missingPerson;
    diversity.push(...out.diversity);
    suppressed.push(...out.suppressed);
    tables[name] = out.table;
  }
  const distinct = new Set(person.filter((p) => p !== null)).size;
  const warnings: Issue[] = [...smallNWarnings(distinct, options.smallN ?? 30)];
  for (const flag of diversity) {
    warnings.push({
      code: "privacy.l_diversity",
      severity: "warning",
      params: { table: flag.table, group: Object.values(flag.group).join(", "), attribute: flag.attribute },
    });
  }
  if (missingPerson > 0) {
    warnings.unshift({
      code: "analyses.rows_excluded_person",
      severity: "warning",
      params: { count: missingPerson, function: fn },
    });
  }
  return {
    kind: "demographics",
    tables: tables as DemographicsTables,
    n: distinct,
    unit: "person",
    method: "distinct-count",
    parameters: {
      by: options.by ?? null,
      ageBands: bands,
      asOf: new Date(asOf * 86_400_000).toISOString().slice(0, 10),
      person: personColumn,
      ...privacyParameters(options.privacy),
    },
    warnings,
    suppressed,
  };
}
