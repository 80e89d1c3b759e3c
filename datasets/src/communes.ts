import { createRequire } from "node:module";

/** One commune of the fictional association's territory. */
export interface Commune {
  /** INSEE commune code (text, e.g. "2A004"). */
  code: string;
  name: string;
  postcode: string;
  departement: string;
  region: string;
  population: number;
}

/** One local branch ("antenne") and the communes it serves. */
export interface Branch {
  departement: string;
  /** Branch name as staff write it (its town), e.g. "Nice". */
  name: string;
  /** Share of the association's people in this branch. */
  weight: number;
  communes: Commune[];
}

interface RawCommune {
  code: string;
  nom: string;
  type: string;
  departement: string;
  region: string;
  codesPostaux?: string[];
  population?: number;
}

/** Branches: one per département, including leading-zero postcodes (01, 06), Corsica and Guadeloupe. */
const BRANCHES: readonly { departement: string; name: string; weight: number }[] = [
  { departement: "13", name: "Marseille", weight: 0.34 },
  { departement: "06", name: "Nice", weight: 0.24 },
  { departement: "01", name: "Bourg-en-Bresse", weight: 0.2 },
  { departement: "2A", name: "Ajaccio", weight: 0.11 },
  { departement: "971", name: "Pointe-à-Pitre", weight: 0.11 },
];

/** Smallest commune kept (inhabitants), so every commune has enough people to be plausible. */
const MIN_POPULATION = 2000;

let cached: Branch[] | undefined;

/**
 * Lists the association's branches with the real communes they serve (names, postcodes, populations
 * from the official administrative division, @etalab/decoupage-administratif).
 *
 * Why: generated people must live in real communes, in proportion to their population, so that
 * postcode cleaning and territory analyses meet real codes (01xxx, 2A, 971).
 *
 * @returns the branches, communes sorted by INSEE code (stable across runs)
 * @example
 * loadBranches().map((b) => b.departement) // => ["13", "06", "01", "2A", "971"]
 */
export function loadBranches(): Branch[] {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const raw = require("@etalab/decoupage-administratif/data/communes.json") as RawCommune[];
  cached = BRANCHES.map((branch) => {
    const communes = raw
      .filter(
        (c) =>
          c.type === "commune-actuelle" &&
          c.departement === branch.departement &&
          (c.population ?? 0) >= MIN_POPULATION &&
          (c.codesPostaux?.length ?? 0) > 0,
      )
      .map((c) => ({
        code: c.code,
        name: c.nom,
        postcode: [...(c.codesPostaux ?? [])].sort()[0] as string,
        departement: c.departement,
        region: c.region,
        population: c.population ?? 0,
      }))
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    return { departement: branch.departement, name: branch.name, weight: branch.weight, communes };
  });
  return cached;
}
