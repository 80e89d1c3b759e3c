import { z } from "zod";
import type { Issue } from "../messages/issue.js";
import { FieldKind, SchemaName } from "./schemas.js";

/** The name of the recipe format, written in every recipe. */
export const RECIPE_FORMAT = "solidata-recipe";
/** The version of the recipe format this code writes and reads. */
export const RECIPE_VERSION = 1;

/** The zod description of a recipe; `packages/core/schema/recipe.schema.json` is generated from it. */
export const recipeSchema = z
  .object({
    format: z.literal(RECIPE_FORMAT).describe('always "solidata-recipe"'),
    version: z.literal(RECIPE_VERSION).describe("version of the recipe format"),
    schema: z.enum(Object.values(SchemaName)).describe("the canonical schema the file was mapped to"),
    columns: z
      .array(
        z
          .object({
            header: z.string().describe("the header as read in the file"),
            field: z.string().nullable().describe("the canonical field, or null to keep the column untouched"),
            method: z
              .enum(["synonym", "tokens", "similar", "hxl", "values", "user", "none"])
              .optional()
              .describe(
                "how the header was matched: exact synonym, same words, near miss, HXL tag, values alone, user",
              ),
            confidence: z.number().min(0).max(1).optional().describe("score of the decision, from 0 to 1"),
            reason: z.string().optional().describe("stable code of the decision, e.g. map.reason_tokens"),
            synonym: z.string().optional().describe("the synonym or hashtag the header matched"),
            headerScore: z.number().min(0).max(1).optional().describe("score of the header's words alone"),
            valueFit: z
              .number()
              .min(0)
              .max(1)
              .nullable()
              .optional()
              .describe("how well the values fit the field (null: too few values)"),
            evidence: z.string().optional().describe("stable code of the value evidence, e.g. map.values_yes_no"),
            rejectedField: z
              .string()
              .optional()
              .describe(
                "for an unmapped column: the field its header named but its values refused, or another column took",
              ),
          })
          .strict(),
      )
      .describe("the header mapping, in the order of the file, with the reason and score of each decision"),
    detection: z
      .object({
        score: z.number().min(0).max(1).describe("score of the kind, from 0 to 1"),
        threshold: z.number().min(0).max(1).describe("score below which the kind is not taken as known"),
        candidates: z
          .array(z.object({ kind: z.string(), points: z.number() }).strict())
          .describe("every kind with points, best first"),
      })
      .strict()
      .optional()
      .describe("how the kind of table was recognised, when it was detected rather than given"),
    fields: z
      .record(
        z.string(),
        z
          .object({
            kind: z.enum(Object.values(FieldKind)).describe("which normaliser reads the field"),
            dateOrder: z.enum(["dmy", "mdy", "ymd"]).optional().describe("order of numeric dates"),
            precision: z
              .enum(["month"])
              .optional()
              .describe("dates: written as months without a day (janv.-24, 2024-01); each is the first of its month"),
            region: z.string().length(2).optional().describe("default country of phone numbers"),
            country: z
              .string()
              .length(2)
              .optional()
              .describe(
                "postcodes: country of rows without a country column value (ISO 3166-1 alpha-2, FR by default)",
              ),
            padWidth: z
              .number()
              .int()
              .min(2)
              .max(64)
              .optional()
              .describe("identifiers: width to which shorter all-digit values are left-padded with zeros"),
            idCase: z
              .enum(["upper", "lower"])
              .optional()
              .describe("identifiers: the case every identifier with letters is written in (b00092 → B00092)"),
            labels: z
              .record(z.string(), z.string())
              .optional()
              .describe("category labels: each variant (after text normalisation) and the label it becomes"),
          })
          .strict(),
      )
      .describe("how each mapped field is normalised"),
  })
  .strict()
  .describe(
    "A solidata cleaning recipe: every decision taken to clean one kind of file, re-applicable to the next one",
  );

/**
 * Every cleaning decision taken on one file: the schema, the header mapping, how each field is read
 * (date order, phone region, zero padding and case of identifiers) and which category labels become which. Saved as JSON, it re-applies
 * the same cleaning to next month's file; anything it does not cover is reported, never guessed.
 */
export type Recipe = z.infer<typeof recipeSchema>;
/** How one field is normalised, inside a {@link Recipe}. */
export type FieldRecipe = Recipe["fields"][string];

/**
 * Checks that a value (e.g. parsed JSON) is a recipe this version can apply, without throwing.
 *
 * @param value - anything
 * @returns the recipe, or the problems as issues with the code `clean.recipe_invalid`
 * @example
 * safeParseRecipe({ format: "solidata-recipe" }).ok // => false
 */
export function safeParseRecipe(value: unknown): { ok: true; value: Recipe } | { ok: false; issues: Issue[] } {
  const parsed = recipeSchema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((i) => ({
      code: "clean.recipe_invalid",
      severity: "error" as const,
      params: { message: `${i.path.join(".") || "(root)"}: ${i.message}` },
    })),
  };
}
