import { fileURLToPath } from "node:url";

/** Path of a committed sample file, e.g. `sample("fr", "benevoles.csv")`. */
export function sample(lang: "fr" | "en", name: string): string {
  return fileURLToPath(new URL(`../datasets/samples/${lang}/${name}`, import.meta.url));
}

/** True when the module at `url` is the script node was started with (not imported by a test). */
export function isMain(url: string): boolean {
  return process.argv[1] !== undefined && fileURLToPath(url) === process.argv[1];
}
