import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type PostcodeReference, postcodeReferenceFrom, type RawCommune } from "@solidata/core";

let cached: PostcodeReference | undefined;

/**
 * The real postcode reference, read straight from the installed package: the same data
 * `loadPostcodeReference` imports, without the test runner's slow module transform of an 8 MB JSON.
 */
export function realReference(): PostcodeReference {
  if (cached) return cached;
  const path = createRequire(import.meta.url).resolve("@etalab/decoupage-administratif/data/communes.json", {
    paths: [new URL("../../", import.meta.url).pathname],
  });
  cached = postcodeReferenceFrom(JSON.parse(readFileSync(path, "utf8")) as RawCommune[]);
  return cached;
}
