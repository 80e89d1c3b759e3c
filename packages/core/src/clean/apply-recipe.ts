import type { ColumnTable } from "arquero";
import type { Issue } from "../messages/issue.js";
import { CleanError } from "./clean-error.js";
import { type CleanOptions, type CleanResult, cleanTable } from "./clean-table.js";
import { type Recipe, safeParseRecipe } from "./recipe.js";

/**
 * Re-applies a saved recipe to a new file of the same kind (next month's export), so it is cleaned
 * exactly as the first one was. Headers, columns and label values the recipe does not cover are
 * listed in `report.uncovered` and kept as read: never guessed. A label with the {@link labelKey} of one
 * the recipe knows ("AJACCIO" for "Ajaccio", "Distributions alimentaires"), or surely one with it (same
 * vocabulary entry, an abbreviation, a typo: "SDF" for "Sans domicile"), is the same label and follows it.
 *
 * @param table - the new ingested table
 * @param recipe - a recipe, e.g. the parsed `recipe.json` of an earlier run
 * @param options - other {@link cleanTable} options (schema and mapping are ignored)
 * @throws CleanError "applyRecipe requires a valid recipe" when the recipe does not match the format
 * @example
 * (await applyRecipe(nextMonth, firstRun.recipe)).report.uncovered // => []
 */
export async function applyRecipe(
  table: ColumnTable,
  recipe: Recipe | unknown,
  options: Omit<CleanOptions, "recipe" | "schema" | "mapping"> = {},
): Promise<CleanResult> {
  const parsed = safeParseRecipe(recipe);
  if (!parsed.ok) throw new CleanError("applyRecipe requires a valid recipe", parsed.issues);
  return cleanTable(table, { ...options, recipe: parsed.value });
}

/**
 * {@link applyRecipe} without exceptions for data problems: an invalid recipe gives `{ ok: false, issues }`.
 *
 * @example
 * (await safeApplyRecipe(table, { version: 99 })).ok // => false
 */
export async function safeApplyRecipe(
  table: ColumnTable,
  recipe: unknown,
  options: Omit<CleanOptions, "recipe" | "schema" | "mapping"> = {},
): Promise<{ ok: true; value: CleanResult } | { ok: false; issues: Issue[] }> {
  try {
    return { ok: true, value: await applyRecipe(table, recipe, options) };
  } catch (error) {
    if (error instanceof CleanError) return { ok: false, issues: error.issues };
    throw error;
  }
}
