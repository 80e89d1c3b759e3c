/** One commune of the official reference, as far as cleaning needs it. */
export interface CommuneRef {
  /** INSEE commune code, e.g. "75056", "2A004" */
  code: string;
  name: string;
  departement: string;
  region: string;
  population: number;
}

/** The official postcodes and communes, indexed for lookups. */
export interface PostcodeReference {
  /** communes served by each postcode, most populous first */
  byPostcode: Map<string, CommuneRef[]>;
}

/** One commune as listed by `@etalab/decoupage-administratif`. */
export interface RawCommune {
  code: string;
  nom: string;
  type: string;
  departement: string;
  region: string;
  codesPostaux?: string[];
  population?: number;
}

/** The official list of communes, from the package `@etalab/decoupage-administratif`. */
const COMMUNES = "@etalab/decoupage-administratif/data/communes.json";

let loading: Promise<PostcodeReference> | undefined;

/**
 * Loads the official list of current communes and their postcodes (INSEE code, département,
 * région) from `@etalab/decoupage-administratif`, once, on first use: the 8 MB list stays out of
 * programs that never look a postcode up, and the main entry stays browser-safe (no Node import:
 * in Node the file is read through `process.getBuiltinModule`, elsewhere it is a JSON module).
 *
 * @returns the reference, shared by every later call
 * @throws when the package data cannot be loaded
 * @example
 * (await loadPostcodeReference()).byPostcode.get("75012")?.[0]?.code // => "75056"
 */
export function loadPostcodeReference(): Promise<PostcodeReference> {
  loading ??= readCommunes().then(postcodeReferenceFrom);
  return loading;
}

interface FileReader {
  readFileSync(path: URL, encoding: "utf8"): string;
}

/**
 * Reads the list: in Node, straight from the package's file (parsed, indexed, then garbage: about
 * 200 MB less resident memory than a JSON module, which stays loaded); elsewhere, as a JSON module.
 */
async function readCommunes(): Promise<RawCommune[]> {
  const runtime = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const resolveUrl = (import.meta as { resolve?: (specifier: string) => string }).resolve;
  if (typeof runtime?.getBuiltinModule === "function" && typeof resolveUrl === "function") {
    try {
      const fs = runtime.getBuiltinModule("fs") as FileReader;
      return JSON.parse(fs.readFileSync(new URL(resolveUrl(COMMUNES)), "utf8")) as RawCommune[];
    } catch {
      // not resolvable as a file here (bundled, virtual file system): use the module below
    }
  }
  const module = (await import(/* @vite-ignore */ COMMUNES, { with: { type: "json" } })) as { default: unknown };
  return module.default as RawCommune[];
}

/**
 * Builds a postcode reference from a list of communes in the shape of
 * `@etalab/decoupage-administratif/data/communes.json`, e.g. read from disk in a script, or a
 * newer edition of that list. Only current communes (`type: "commune-actuelle"`) are indexed.
 *
 * @param communes - the parsed list
 * @example
 * postcodeReferenceFrom([{ code: "75056", nom: "Paris", type: "commune-actuelle", departement: "75", region: "11", codesPostaux: ["75012"] }])
 *   .byPostcode.get("75012")?.[0]?.name // => "Paris"
 */
export function postcodeReferenceFrom(communes: readonly RawCommune[]): PostcodeReference {
  const byPostcode = new Map<string, CommuneRef[]>();
  for (const c of communes) {
    if (c.type !== "commune-actuelle") continue;
    const ref: CommuneRef = {
      code: c.code,
      name: c.nom,
      departement: c.departement,
      region: c.region,
      population: c.population ?? 0,
    };
    for (const postcode of c.codesPostaux ?? []) {
      const list = byPostcode.get(postcode);
      if (list) list.push(ref);
      else byPostcode.set(postcode, [ref]);
    }
  }
  for (const list of byPostcode.values()) list.sort((a, b) => b.population - a.population);
  return { byPostcode };
}
