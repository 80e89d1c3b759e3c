/** The case every identifier of a column is written in once folded: `"upper"` (`B00092`) or `"lower"` (`b00092`). */
export const IdentifierCase = { upper: "upper", lower: "lower" } as const;
/** See {@link IdentifierCase}. */
export type IdentifierCase = (typeof IdentifierCase)[keyof typeof IdentifierCase];

/** What {@link foldIdentifierCase} returns. */
export interface FoldedIdentifiers {
  /** the values, identifiers with letters written in `idCase`; other values as given */
  values: unknown[];
  /** the case chosen (or given), `null` when the column has no case convention to follow */
  idCase: IdentifierCase | null;
  /** how many cells changed */
  cells: number;
}

/** Share of the identifiers with letters that must already be written in one case for the column to be folded. */
const CONVENTION_SHARE = 0.9;

/**
 * Writes the identifiers of one column in one case, so that `b00092` and `B00092` are one person.
 *
 * Why: identifiers are compared as text, and a register typed by hand or exported by two tools
 * mixes cases; counted as typed, one person becomes two. The column decides: when at least 90 % of
 * the identifiers that contain letters are written all in capitals (or all in small letters), the
 * others follow that case. A column of mixed-case tokens (`aB3xZ`), where case may carry meaning, is
 * left as it is. Digits, spaces and punctuation never change; non-text values are kept.
 *
 * @param values - the identifiers of one column, already trimmed (e.g. by {@link normalizeText})
 * @param idCase - the case to apply, from a recipe; `null` applies none; absent: decided from the column
 * @returns the folded values, the case applied and the number of cells changed
 * @example
 * foldIdentifierCase(["B00092", "b00092", "B00093"], "upper").values // => ["B00092", "B00092", "B00093"]
 */
export function foldIdentifierCase(values: readonly unknown[], idCase?: IdentifierCase | null): FoldedIdentifiers {
  const chosen = idCase === undefined ? caseOf(values) : idCase;
  const out = values.slice();
  if (chosen === null) return { values: out, idCase: null, cells: 0 };
  let cells = 0;
  for (let i = 0; i < out.length; i++) {
    const v = out[i];
    if (typeof v !== "string") continue;
    const folded = chosen === "upper" ? v.toLocaleUpperCase("en") : v.toLocaleLowerCase("en");
    if (folded !== v) {
      out[i] = folded;
      cells++;
    }
  }
  return { values: out, idCase: chosen, cells };
}

/** The case convention of a column, or null when it has none or nothing to fold. */
function caseOf(values: readonly unknown[]): IdentifierCase | null {
  let upper = 0;
  let lower = 0;
  let cased = 0;
  for (const v of values) {
    if (typeof v !== "string") continue;
    const up = v.toLocaleUpperCase("en");
    const low = v.toLocaleLowerCase("en");
    if (up === low) continue;
    cased++;
    if (v === up) upper++;
    else if (v === low) lower++;
  }
  if (cased === 0 || upper + lower === 0) return null;
  const [best, count] = upper >= lower ? (["upper", upper] as const) : (["lower", lower] as const);
  return count >= CONVENTION_SHARE * cased ? best : null;
}
