/**
 * Regenerates the committed samples in `datasets/samples/fr` and `datasets/samples/en`:
 * `pnpm exec tsx datasets/src/make-samples.ts`. Same seed, same bytes: a clean `git diff` after
 * running it means the generator did not change.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as XLSX from "@e965/xlsx";
import Papa from "papaparse";
import { generate } from "./generate.js";
import { MESS_PRESETS } from "./mess.js";
import type { GenerateOptions, Kind } from "./options.js";

/** Seed of the committed samples. */
export const SAMPLE_SEED = 2025;

/** Rows of each sample file. */
export const SAMPLE_ROWS: Record<Kind, number> = {
  volunteers: 2500,
  beneficiaries: 600,
  visits: 3000,
  outcomes: 300,
  groups: 20,
};

/** Projects in the sample list of projects. */
export const SAMPLE_PROJECTS = 160;

/** Volunteers in the sample (enough per branch that some cells pass small-cell suppression). */
export const SAMPLE_VOLUNTEERS = 120;

/** Where the committed samples live. */
export const SAMPLES_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "samples");

/**
 * Writes the French and English samples (data, workbook and ground truth) under `root`.
 *
 * @param root - folder receiving `fr/` and `en/` (their previous content is removed)
 */
export async function writeSamples(root: string): Promise<void> {
  for (const lang of ["fr", "en"] as const) {
    const out = join(root, lang);
    rmSync(out, { recursive: true, force: true });
    // French exports use semicolons and decimal commas; the English variant commas and decimal points.
    const mess =
      lang === "fr"
        ? MESS_PRESETS.moderate
        : ({ ...MESS_PRESETS.moderate, delimiter: ",", decimalComma: false } as const);
    const base: Omit<GenerateOptions, "kind" | "rows"> = { seed: SAMPLE_SEED, out, mess, lang, truth: true };
    await generate({ ...base, kind: "volunteers", rows: SAMPLE_ROWS.volunteers, people: SAMPLE_VOLUNTEERS });
    const register = await generate({ ...base, kind: "beneficiaries", rows: SAMPLE_ROWS.beneficiaries });
    const people = register.summary.distinct_beneficiaries as number;
    await generate({ ...base, kind: "visits", rows: SAMPLE_ROWS.visits, people });
    await generate({ ...base, kind: "outcomes", rows: SAMPLE_ROWS.outcomes, people });
    const groups = await generate({ ...base, kind: "groups", rows: SAMPLE_ROWS.groups });
    // The list of groups also as a workbook, as it often arrives: members as numbers, the rest as typed.
    let text = readFileSync(groups.file, "utf8");
    if (text.startsWith("\uFEFF")) text = text.slice(1);
    const cells = Papa.parse<string[]>(text, { delimiter: mess.delimiter, skipEmptyLines: true }).data;
    const sheet = XLSX.utils.aoa_to_sheet(
      cells.map((row, i) => row.map((c, j) => (i > 0 && j === 7 && /^\d+$/.test(c) ? Number(c) : c))),
    );
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, lang === "fr" ? "Groupes" : "Groups");
    const bytes = XLSX.write(book, { type: "buffer", bookType: "xlsx", compression: true }) as Buffer;
    writeFileSync(groups.file.replace(/\.csv$/, ".xlsx"), bytes);
    // a network's projects with known factors of success (its own random stream: the files above are unchanged)
    await generate({ ...base, kind: "projects", rows: SAMPLE_PROJECTS });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await writeSamples(SAMPLES_DIR);
