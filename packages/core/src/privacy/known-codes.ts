/**
 * Dictionary codes of columns, for `countDistinct` and its callers (internal to core): a grouping
 * column as the code of each row's value, a person column as the code of each row's person. The
 * signals count one log's months, categories and people for several breakdowns: they hand the codes
 * to `countDistinctCoded` instead of building a table of values for each count.
 *
 * Whoever makes codes vouches that they tell the values apart exactly as `countDistinct` would: for
 * a grouping column, two rows share a code if and only if their values are equal (texts by text,
 * numbers by value); for a person column, if and only if their trimmed identifiers are equal, -1
 * marking a row without a person.
 */

import { CodedColumn } from "../columnar/coded-column.js";

/** The codes of a grouping column: `first[codes[i]]` is row i's value. */
export interface KeyCodes {
  codes: Int32Array;
  first: unknown[];
}

/** The codes of a person column: `members[codes[i]]` is row i's trimmed identifier, -1 where it has none. */
export interface MemberCodes {
  codes: Int32Array;
  members: unknown[];
  /** Rows without a person (code -1). */
  missing: number;
  /** Whether every identifier present is a text (then `String(id).trim()` tells the same people apart). */
  allText?: boolean;
  /**
   * Whether some identifier begins and ends with a visible character and still loses a space to
   * `trim()` (a no-break space or another space beyond ASCII at one end): a reader that trims only
   * identifiers with an ASCII space or control character at an end tells other people apart.
   */
  wideSpaceTrimmed?: boolean;
}

/** {@link memberCodesOf}'s answers, by column array: a log's people are told apart once for every count. */
const computed = new WeakMap<object, MemberCodes>();

/**
 * The member code of each row of a person column, as `countDistinct` tells people apart: the
 * trimmed text of a text identifier, any other value as itself; a blank, `null` or `undefined` is
 * no person (-1). Computed once per column array or {@link CodedColumn} (a table's columns are
 * never written); a column held as codes is told apart from its dictionary, each value looked at once.
 */
export function memberCodesOf(people: ArrayLike<unknown> | CodedColumn, n: number): MemberCodes {
  const cacheable = typeof people === "object" && people !== null && people.length === n;
  const cached = cacheable ? computed.get(people) : undefined;
  if (cached !== undefined && cached.codes.length === n) return cached;
  const coded =
    people instanceof CodedColumn && people.length === n
      ? memberCodesOfDictionary(people.codes, people.dictionary)
      : codeMembers(people instanceof CodedColumn ? people.toArray() : people, n);
  if (cacheable) computed.set(people, coded);
  return coded;
}

/**
 * The member codes of a column whose row i holds `values[indexes[i]]` (a column written from a
 * dictionary), exactly as {@link memberCodesOf} would compute them from the rows, each distinct value
 * looked at once instead of each row looked up.
 *
 * @param indexes - each row's place in `values`
 * @param values - the distinct values
 * @returns the codes, members numbered in order of first appearance as by `memberCodesOf`
 */
export function memberCodesOfDictionary(indexes: Int32Array, values: readonly unknown[]): MemberCodes {
  const n = indexes.length;
  const codes = new Int32Array(n);
  const telling = newTelling();
  // each value's member, -2 until its first row
  const memberOf = new Int32Array(values.length).fill(-2);
  let missing = 0;
  for (let i = 0; i < n; i += 1) {
    const d = indexes[i] as number;
    let code = memberOf[d] as number;
    if (code === -2) {
      code = tell(values[d], telling);
      memberOf[d] = code;
    }
    codes[i] = code;
    if (code < 0) missing += 1;
  }
  return { codes, members: telling.members, missing, ...flagsOf(telling) };
}

function codeMembers(people: ArrayLike<unknown>, n: number): MemberCodes {
  const codes = new Int32Array(n);
  const telling = newTelling();
  let missing = 0;
  for (let i = 0; i < n; i += 1) {
    const code = tell(people[i], telling);
    codes[i] = code;
    if (code < 0) missing += 1;
  }
  return { codes, members: telling.members, missing, ...flagsOf(telling) };
}

/** The people of a column told apart so far, and what its identifiers have shown (internal). */
interface Telling {
  members: unknown[];
  seen: Map<unknown, number>;
  allText: boolean;
  wideSpaceTrimmed: boolean;
}

const newTelling = (): Telling => ({ members: [], seen: new Map(), allText: true, wideSpaceTrimmed: false });

const flagsOf = (t: Telling): { allText: boolean; wideSpaceTrimmed: boolean } => ({
  allText: t.allText,
  wideSpaceTrimmed: t.wideSpaceTrimmed,
});

/** The member code of one identifier (a new code the first time), -1 for no person. */
function tell(who: unknown, t: Telling): number {
  if (who === null || who === undefined || (typeof who === "string" && who.trim() === "")) return -1;
  if (typeof who !== "string") t.allText = false;
  const m = typeof who === "string" ? who.trim() : who;
  if (m !== who && !t.wideSpaceTrimmed) {
    const w = who as string;
    if (w.charCodeAt(0) > 32 && w.charCodeAt(w.length - 1) > 32) t.wideSpaceTrimmed = true;
  }
  let code = t.seen.get(m);
  if (code === undefined) {
    code = t.members.push(m) - 1;
    t.seen.set(m, code);
  }
  return code;
}
