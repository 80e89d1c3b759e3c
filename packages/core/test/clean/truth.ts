import { readFileSync } from "node:fs";

/** The repository's generated samples (data and ground truth). */
export const samples = new URL("../../../../datasets/samples/", import.meta.url);

/** Reads a ground-truth CSV of the samples (its columns hold no quoted commas where the tests read them). */
export function readTruth(path: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(new URL(path, samples), "utf8").trim().split("\n");
  const names = (head ?? "").split(",");
  return lines.map((line) => Object.fromEntries(line.split(",").map((v, i) => [names[i] as string, v])));
}
