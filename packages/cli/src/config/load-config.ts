import { readFile } from "node:fs/promises";
import { dirname, extname, resolve } from "node:path";
import type { ReportConfig } from "./report-config.js";
import { type ParseConfigResult, safeParseConfig } from "./safe-parse-config.js";

/** A configuration read from a file, with the file paths it lists made absolute. */
export type LoadConfigResult = ParseConfigResult & { path: string };

/**
 * Reads `solidata.config.json` / `.yaml` / `.yml` and validates it; the paths of the files it
 * lists (and of the logo) become absolute, relative to the configuration's folder. Node only.
 *
 * @param path - the configuration file (the extension chooses JSON or YAML)
 * @returns the result of {@link safeParseConfig}, plus the absolute path read
 * @throws Error from the file system when the file cannot be read (ENOENT when missing)
 * @example
 * const loaded = await loadConfig("solidata.config.yaml");
 * if (loaded.ok) loaded.value.files[0]?.path // => "/home/asso/benevoles.csv"
 */
export async function loadConfig(path: string): Promise<LoadConfigResult> {
  const absolute = resolve(path);
  const text = await readFile(absolute, "utf8");
  const format = extname(absolute).toLowerCase() === ".json" ? "json" : "yaml";
  const result = safeParseConfig(text, format);
  if (!result.ok) return { ...result, path: absolute };
  const base = dirname(absolute);
  const value: ReportConfig = {
    ...result.value,
    files: result.value.files.map((f) => ({ ...f, path: resolve(base, f.path) })),
    ...(result.value.organisation
      ? {
          organisation: {
            ...result.value.organisation,
            ...(result.value.organisation.logo ? { logo: resolve(base, result.value.organisation.logo) } : {}),
          },
        }
      : {}),
  };
  return { ok: true, value, path: absolute };
}
