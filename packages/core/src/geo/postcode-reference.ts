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
 * programs that never look a postcode up, and the main entry stays browser-safe (a bundler splits
 * the JSON into its own chunk).
 *
 * @returns the reference, shared by every later call
 * @throws when the package data cannot be loaded
 * @example
 * (await loadPostcodeReference()).byPostcode.get("75012")?.[0]?.code // => "75056"
 */
export function loadPostcodeReference(): Promise<PostcodeReference> {
  loading ??= import(/* @vite-ignore */ COMMUNES, { with: { type: "json" } }).then((module: { default: unknown }) =>
    postcodeReferenceFrom(module.default as RawCommune[]),
  );
  return loading;
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
