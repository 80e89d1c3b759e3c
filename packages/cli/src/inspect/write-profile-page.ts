import { mkdir, writeFile } from "node:fs/promises";
import { basename, extname, resolve } from "node:path";
import type { IngestReport, Lang } from "@solidata/core";
import type { ColumnTable } from "arquero";
import { CliError } from "../cli-error.js";
import { ExitCode } from "../exit-codes.js";
import { t } from "../messages.js";
import { profileColumns } from "./profile-columns.js";
import { renderProfileHtml } from "./render-profile-html.js";

/** The smallest count the profile page shows: the public threshold of the report. */
export const PROFILE_K = 10;

/**
 * Writes the `inspect --html` page of one file as `DIR/<name>.profile.html` (`benevoles.csv` →
 * `benevoles.profile.html`) and returns its path.
 *
 * @param table - the table `loadTable` returned
 * @param report - its ingest report
 * @param file - the file name as given (its base name names the page)
 * @param dir - the folder to write to, resolved by the caller; created when missing
 * @param lang - the language of the page
 * @returns the absolute path written
 * @throws CliError (exit 7) when the folder or the page cannot be written
 * @example
 * await writeProfilePage(table, report, "benevoles.csv", "/tmp/out", "fr") // => "/tmp/out/benevoles.profile.html"
 */
export async function writeProfilePage(
  table: ColumnTable,
  report: IngestReport,
  file: string,
  dir: string,
  lang: Lang,
): Promise<string> {
  const html = await renderProfileHtml(report, profileColumns(table, report, PROFILE_K), lang, PROFILE_K);
  const name = basename(file, extname(file)) || "profile";
  const path = resolve(dir, `${name}.profile.html`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(path, html, "utf8");
  } catch (error) {
    throw new CliError(
      t(lang, "inspect.html.cant_write", { dir, message: (error as Error).message }),
      ExitCode.cantWrite,
    );
  }
  return path;
}
