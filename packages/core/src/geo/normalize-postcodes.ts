import { parsePostcode } from "./parse-postcode.js";
import { type CommuneRef, loadPostcodeReference, type PostcodeReference } from "./postcode-reference.js";

/** A problem with one postcode cell: its 0-based row and the stable code. */
export interface PostcodeProblem {
  row: number;
  code: "clean.invalid_postcode" | "clean.unknown_postcode";
  value: string;
}

/** The columns {@link normalizePostcodes} returns, one entry per input row. */
export interface NormalizedPostcodes {
  /** five-digit postcode, or `null` (empty or unreadable) */
  postcode: (string | null)[];
  /** INSEE code of the commune, when the postcode serves one commune or the commune name tells which */
  commune_code: (string | null)[];
  /** département code as text ("01", "2A", "971") */
  departement: (string | null)[];
  /** INSEE région code as text ("84") */
  region: (string | null)[];
  /** rows whose postcode could not be used (unreadable: emptied; unknown: kept without codes) */
  problems: PostcodeProblem[];
  /** rows whose postcode text changed (leading zero restored, spaces or CEDEX removed) */
  changed: number;
  /** rows whose postcode serves several communes and no commune name told which one */
  ambiguous: number;
}

/** Options of {@link normalizePostcodes}. */
export interface NormalizePostcodesOptions {
  /** the commune names of the same rows, to pick the commune among those a postcode serves */
  communes?: ArrayLike<unknown>;
  /** the reference to use; loaded with {@link loadPostcodeReference} when absent */
  reference?: PostcodeReference;
}

function communeKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\bste?\b/g, (m) => (m === "st" ? "saint" : "sainte"))
    .replace(/[^a-z0-9]+/g, " ")
    .replace(/ cedex.*$/, "")
    .trim();
}

interface Looked {
  postcode: string | null;
  commune: CommuneRef | null;
  departement: string | null;
  region: string | null;
  problem: PostcodeProblem["code"] | null;
  ambiguous: boolean;
}

function lookUp(raw: unknown, communeName: unknown, reference: PostcodeReference): Looked {
  const parsed = parsePostcode(raw);
  const none = { commune: null, departement: null, region: null, ambiguous: false };
  if (!parsed.ok) return { postcode: null, ...none, problem: "clean.invalid_postcode" };
  if (parsed.value === null) return { postcode: null, ...none, problem: null };
  const list = reference.byPostcode.get(parsed.value);
  if (list === undefined || list.length === 0)
    return { postcode: parsed.value, ...none, problem: "clean.unknown_postcode" };
  let commune: CommuneRef | null = list.length === 1 ? (list[0] as CommuneRef) : null;
  if (commune === null && typeof communeName === "string" && communeName.trim() !== "") {
    const key = communeKey(communeName);
    commune = list.find((c) => communeKey(c.name) === key) ?? null;
  }
  const first = list[0] as CommuneRef;
  const oneDepartement = list.every((c) => c.departement === first.departement);
  const oneRegion = list.every((c) => c.region === first.region);
  return {
    postcode: parsed.value,
    commune,
    departement: commune?.departement ?? (oneDepartement ? first.departement : null),
    region: commune?.region ?? (oneRegion ? first.region : null),
    problem: null,
    ambiguous: commune === null,
  };
}

/**
 * Normalises a column of French postcodes and adds, for each row, the INSEE commune code,
 * the département and the région from the official reference data: restores lost leading zeros,
 * removes spaces and CEDEX, and checks each code against the official list. A postcode that serves
 * several communes gets its commune code only when the commune name of the same row names one of them
 * (never guessed); its département and région are still given when all those communes share them.
 *
 * @param postcodes - the postcode cells (text or numbers), one per row
 * @param options - commune names of the same rows, and the reference (loaded lazily when absent)
 * @returns columns as long as `postcodes`; unreadable values are emptied and listed in `problems`
 * @example
 * (await normalizePostcodes(["75 012", "20000"])).commune_code // => ["75056", "2A004"]
 */
export async function normalizePostcodes(
  postcodes: ArrayLike<unknown>,
  options: NormalizePostcodesOptions = {},
): Promise<NormalizedPostcodes> {
  const reference = options.reference ?? (await loadPostcodeReference());
  const n = postcodes.length;
  const out: NormalizedPostcodes = {
    postcode: new Array(n),
    commune_code: new Array(n),
    departement: new Array(n),
    region: new Array(n),
    problems: [],
    changed: 0,
    ambiguous: 0,
  };
  // postcodes and commune names repeat: look each pair up once (two levels, no key string per row)
  const memo = new Map<unknown, Map<unknown, Looked>>();
  for (let i = 0; i < n; i++) {
    const raw = postcodes[i];
    const name = options.communes?.[i];
    const nameKey = typeof name === "string" ? name : null;
    let byName = memo.get(raw);
    if (byName === undefined) {
      byName = new Map();
      if (memo.size < 250_000) memo.set(raw, byName);
    }
    let looked = byName.get(nameKey);
    if (looked === undefined) {
      looked = lookUp(raw, name, reference);
      byName.set(nameKey, looked);
    }
    out.postcode[i] = looked.postcode;
    out.commune_code[i] = looked.commune?.code ?? null;
    out.departement[i] = looked.departement;
    out.region[i] = looked.region;
    if (looked.problem !== null) out.problems.push({ row: i, code: looked.problem, value: String(raw) });
    if (looked.ambiguous) out.ambiguous++;
    if (looked.postcode !== null && looked.postcode !== raw) out.changed++;
  }
  return out;
}
