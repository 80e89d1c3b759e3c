import { isSchemaName, SchemaName } from "@solidata/core";
import { z } from "zod";

/**
 * The kinds of file a report knows how to use: the canonical schemas of the cleaning step
 * (core's `SchemaName`, under the name the configuration uses).
 */
export const FileKind = SchemaName;
export type FileKind = SchemaName;

/** Whether a value names a {@link FileKind} (core's `isSchemaName`). */
export const isFileKind: (value: unknown) => value is FileKind = isSchemaName;

/** The sections of a report, in the order they appear. */
export const SectionId = {
  summary: "summary",
  /** indicators with targets (the logframe of the configuration) */
  indicators: "indicators",
  volunteers: "volunteers",
  beneficiaries: "beneficiaries",
  territory: "territory",
  outcomes: "outcomes",
  sites: "sites",
  /** the census of local groups */
  groups: "groups",
  signals: "signals",
  factors: "factors",
  quality: "quality",
} as const;
export type SectionId = (typeof SectionId)[keyof typeof SectionId];

/** Rate schedules to value volunteer time, as `volunteerValue` of @solidata/core names them. */
export const HourlyRatePreset = ["fr-smic-gross", "fr-smic-charged", "us-independent-sector"] as const;
export type HourlyRatePreset = (typeof HourlyRatePreset)[number];

const kinds = Object.values(FileKind) as [FileKind, ...FileKind[]];
const sections = Object.values(SectionId) as [SectionId, ...SectionId[]];
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date written YYYY-MM-DD");

/** One input file and what to do with it. */
export const FileConfig = z
  .object({
    path: z.string().min(1).describe("Path of the file, relative to the configuration file"),
    kind: z.enum(kinds).optional().describe("What the file holds; detected from its column names when absent"),
    sheet: z
      .string()
      .optional()
      .describe(
        "Worksheet to read in a workbook: its name, or its position (1 for the first); needed when several sheets hold data",
      ),
    mapping: z
      .record(z.string(), z.string())
      .optional()
      .describe("Column of the file → canonical field, for columns the detection does not recognise"),
    recipe: z.string().optional().describe("Path of a cleaning recipe saved by `solidata clean`"),
    country: z
      .string()
      .regex(/^[A-Za-z]{2}$/, "a two-letter country code")
      .optional()
      .describe(
        "Country of the file's postcodes when it has no country column (FR, BE, CH, US...; default: the top-level country)",
      ),
  })
  .strict();
export type FileConfig = z.infer<typeof FileConfig>;

/** Which way an indicator with a target should move. */
export const IndicatorDirection = ["increase", "decrease", "maintain"] as const;
export type IndicatorDirection = (typeof IndicatorDirection)[number];

/**
 * One indicator of a logframe: a figure of the report, its baseline, its target and the way it
 * should move, with dated milestones when the plan has them.
 */
export const IndicatorConfig = z
  .object({
    id: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, "letters, digits, '.', '_' or '-'")
      .describe("Identifier of the indicator (file names, report.json)"),
    label: z
      .object({ fr: z.string().min(1).max(200), en: z.string().min(1).max(200) })
      .strict()
      .describe("Name of the indicator in French and English"),
    figure: z
      .string()
      .min(1)
      .describe("Id of the report figure it follows, e.g. volunteers.hours, beneficiaries.reached"),
    baseline: z.number().describe("Value at the start (the reference)"),
    target: z.number().describe("Value to reach"),
    direction: z
      .enum(IndicatorDirection)
      .describe("increase or decrease: the target is above or below the baseline; maintain: stay at the target"),
    tolerance: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .describe("maintain only: how far from the target still counts as kept, as a share of the target (default 0.05)"),
    milestones: z
      .array(z.object({ date: isoDate, value: z.number() }).strict())
      .optional()
      .describe("Values planned by dates: the last one on or before the end of the period says whether it is on track"),
  })
  .strict()
  .superRefine((d, ctx) => {
    if (d.direction === "increase" && !(d.target > d.baseline))
      ctx.addIssue({ code: "custom", path: ["target"], message: "an increase needs a target above the baseline" });
    if (d.direction === "decrease" && !(d.target < d.baseline))
      ctx.addIssue({ code: "custom", path: ["target"], message: "a decrease needs a target below the baseline" });
  });
export type IndicatorConfig = z.infer<typeof IndicatorConfig>;

/** The period the report covers: a year, or two dates (inclusive). */
export const PeriodConfig = z.union([
  z.string().regex(/^\d{4}$/, "a year written YYYY"),
  z.object({ from: isoDate, to: isoDate }).strict(),
]);
export type PeriodConfig = z.infer<typeof PeriodConfig>;

/**
 * The configuration of a report (`solidata.config.json` or `solidata.config.yaml`).
 * Every field is optional; defaults are shown in the generated JSON Schema.
 */
export const ReportConfig = z
  .object({
    $schema: z.string().optional().describe("JSON Schema of this file, for editors"),
    organisation: z
      .object({
        name: z.string().min(1).max(200).describe("Name shown on the report"),
        logo: z.string().optional().describe("Path of a PNG, JPEG or SVG logo (embedded in the report, under 200 kB)"),
      })
      .strict()
      .optional(),
    lang: z.enum(["fr", "en"]).default("fr").describe("Language of the report"),
    period: PeriodConfig.optional().describe("Period covered: rows dated outside it are left out of the figures"),
    files: z.array(FileConfig).default([]).describe("The files to read"),
    country: z
      .string()
      .regex(/^[A-Za-z]{2}$/, "a two-letter country code")
      .optional()
      .describe(
        "Country of postcodes in rows without a country column (FR when absent): other countries' postcodes are never padded nor given French codes",
      ),
    privacy: z
      .union([
        z.enum(["public", "internal"]),
        z
          .object({
            profile: z.enum(["public", "internal"]).default("public").describe("public or internal (see above)"),
            key: z
              .string()
              .min(1)
              .optional()
              .describe(
                "Path of the association's key file (from solidata key new), relative to the configuration file: counts are then perturbed by the cell-key method and people are linked across files by keyed pseudonyms. --key and SOLIDATA_KEY win over it",
              ),
            method: z
              .enum(["cell-key", "exact"])
              .optional()
              .describe(
                "cell-key (default): counts perturbed by the cell-key method, with privacy.key or else the release key kept in the user's solidata folder (created on first use); exact: counts published as they are (two exact reports over overlapping periods can be subtracted)",
              ),
          })
          .strict(),
      ])
      .default("public")
      .transform((v) => (typeof v === "string" ? v : v.profile))
      .describe(
        "public: counts under 10 are hidden (for anything that leaves the organisation); internal: under 5. Or { profile, key }",
      ),
    valuation: z
      .object({
        hourlyRate: z
          .union([z.enum(HourlyRatePreset), z.number().positive().max(1000)])
          .default("fr-smic-gross")
          .describe(
            "Value of a volunteer hour: fr-smic-gross (French minimum wage in force on the day), fr-smic-charged (plus employer contributions), us-independent-sector, or a number of euros",
          ),
      })
      .strict()
      .default({ hourlyRate: "fr-smic-gross" }),
    groups: z
      .object({
        activeWithinMonths: z
          .number()
          .int()
          .min(1)
          .max(120)
          .default(12)
          .describe(
            "A local group is active when its last action is dated in this many months ending on the last day of the period",
          ),
      })
      .strict()
      .optional()
      .describe("Census of local groups"),
    indicators: z
      .array(IndicatorConfig)
      .refine((list) => new Set(list.map((i) => i.id)).size === list.length, "each indicator needs its own id")
      .optional()
      .describe(
        "Indicators with targets (a logframe): each follows a figure of the report from its baseline to its target",
      ),
    sections: z
      .array(z.enum(sections))
      .default([...sections])
      .describe("Sections to include, in report order"),
    formats: z
      .array(z.enum(["html", "md", "json"]))
      .default(["html", "md", "json"])
      .describe("Files to write"),
    vocabularies: z
      .record(
        z.string().min(1).describe("a category field: activity, service, situation, status, outcome, arm, site"),
        z.record(z.string().min(1), z.array(z.string().min(1))),
      )
      .optional()
      .describe(
        "Your own labels, by field: the label to show → the other ways it is written. They join labels no rule would and win over the built-in French and English vocabularies",
      ),
  })
  .strict();
/** A validated report configuration, defaults filled in. */
export type ReportConfig = z.output<typeof ReportConfig>;
/** A report configuration as a user writes it: every field optional. */
export type ReportConfigInput = z.input<typeof ReportConfig>;
