import { countryCode } from "./country-code.js";
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
  /** ISO country code of each row: its country cell, the `country` option, file evidence, or "FR" */
  country: string[];
  /** rows read as another country's: postcode kept as written (never padded), no French codes */
  foreign: number;
  /** what decided that rows are not French: `country_column`, `country_option`, `commune_names` (file evidence) */
  foreignBy: Partial<Record<"country_column" | "country_option" | "commune_names", number>>;
}

/** Options of {@link normalizePostcodes}. */
export interface NormalizePostcodesOptions {
  /** the commune names of the same rows, to pick the commune among those a postcode serves */
  communes?: ArrayLike<unknown>;
  /** the reference to use; loaded with {@link loadPostcodeReference} when absent */
  reference?: PostcodeReference;
  /** the country cells of the same rows ("France", "Belgique", "BE"); a row's own country wins over `country` */
  countries?: ArrayLike<unknown>;
  /** the country of rows without a country cell, ISO 3166-1 alpha-2 ("FR" by default; "BE", "AU", "US"...) */
  country?: string;
}

/** Share of rows with a commune name that must name no French commune for the whole file to be read as foreign. */
export const FOREIGN_FILE_SHARE = 0.8;

const namesOf = new WeakMap<PostcodeReference, Set<string>>();
function frenchNames(reference: PostcodeReference): Set<string> {
  let names = namesOf.get(reference);
  if (names === undefined) {
    names = new Set();
    for (const list of reference.byPostcode.values()) for (const c of list) names.add(communeKey(c.name));
    namesOf.set(reference, names);
  }
  return names;
}

/** A commune name without its arrondissement ("Paris 12e", "Lyon 3ème arrondissement"). */
function cityKey(name: string): string {
  return communeKey(name).replace(/ \d{1,2}(?: ?(?:e|er|eme|ieme))?(?: arrondissement)?$/, "");
}

/** Another country's postcode, kept as written: trimmed, upper case, a number as its digits. */
function foreignPostcode(raw: unknown): string | null {
  if (raw === null || raw === undefined) return null;
  const text = (typeof raw === "number" ? String(raw) : String(raw)).trim().toUpperCase().replace(/\s+/g, " ");
  return text === "" ? null : text;
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
 * Places by country: a row whose country cell (`countries`) names another country, every row when
 * the `country` option is not "FR", and the rows of a file whose commune names are, for 80 % or more,
 * no French commune ("Bruxelles", "Chicago"), keep their postcode as written (1000 stays "1000",
 * never "01000") and get no commune code, département or région; they are counted in `foreign`. A
 * single row whose commune is not French and whose code is not a French one is foreign too. Corsica
 * (20xxx → 2A or 2B) and the overseas départements (971–976) come from the official list.
 *
 * @param postcodes - the postcode cells (text or numbers), one per row
 * @param options - commune names and countries of the same rows, the default country, the reference (loaded lazily)
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
    country: new Array(n),
    foreign: 0,
    foreignBy: {},
  };
  const fallback = (options.country ?? "FR").toUpperCase();
  // file evidence: commune names that are no French commune (Bruxelles, Chicago, Brisbane)
  const names = options.communes === undefined ? null : frenchNames(reference);
  const rowCountry = new Array<string | null>(n);
  let withName = 0;
  let notFrench = 0;
  const foreignName = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    rowCountry[i] = options.countries === undefined ? null : countryCode(options.countries[i]);
    const name = options.communes?.[i];
    if (names !== null && rowCountry[i] === null && typeof name === "string" && name.trim() !== "") {
      withName++;
      const key = communeKey(name);
      if (!names.has(key) && !names.has(cityKey(name))) {
        notFrench++;
        foreignName[i] = 1;
      }
    }
  }
  const fileForeign = fallback === "FR" && withName >= 3 && notFrench / withName >= FOREIGN_FILE_SHARE;
  const count = (by: keyof NormalizedPostcodes["foreignBy"]): void => {
    out.foreign++;
    out.foreignBy[by] = (out.foreignBy[by] ?? 0) + 1;
  };
  // postcodes and commune names repeat: look each pair up once (two levels, no key string per row)
  const memo = new Map<unknown, Map<unknown, Looked>>();
  for (let i = 0; i < n; i++) {
    const raw = postcodes[i];
    const own = rowCountry[i] ?? null;
    let country = own ?? fallback;
    let by: keyof NormalizedPostcodes["foreignBy"] | null = null;
    if (own !== null && own !== "FR") by = "country_column";
    else if (own === null && fallback !== "FR") by = "country_option";
    else if (own === null && (fileForeign || foreignName[i] === 1) && raw !== null && raw !== undefined) {
      // a commune no French list knows: foreign when the whole file says so, or when the code
      // itself is not a French one either
      const parsed = parsePostcode(raw);
      const known = parsed.ok && parsed.value !== null && reference.byPostcode.has(parsed.value);
      if (fileForeign || !known || (typeof raw !== "number" && !/^\d{5}$/.test(String(raw).trim()))) {
        by = "commune_names";
        country = "";
      }
    }
    if (by !== null) {
      out.postcode[i] = foreignPostcode(raw);
      out.commune_code[i] = null;
      out.departement[i] = null;
      out.region[i] = null;
      out.country[i] = country;
      if (out.postcode[i] !== null) count(by);
      continue;
    }
    out.country[i] = "FR";
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
