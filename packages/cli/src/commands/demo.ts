import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isLang, type Lang } from "@solidata/core";
import type { Command } from "commander";
import { CliError } from "../cli-error.js";
import { type IndicatorConfig, ReportConfig } from "../config/report-config.js";
import { ExitCode } from "../exit-codes.js";
import type { Io } from "../io.js";
import { type CliCode, detectLang, t } from "../messages.js";

/**
 * Folders where the sample data may be, first found wins: the copy shipped inside the installed
 * package (`<package>/datasets/samples/<lang>`), then the repository's `datasets/samples/<lang>`
 * (from `dist/commands/` or `src/commands/`).
 *
 * @param lang - which samples: `fr` (benevoles.csv…) or `en` (volunteers.csv…)
 * @returns absolute folder paths, most specific first (they may not exist)
 * @example
 * sampleFolders("fr").at(-1) // => "/path/to/solidata/datasets/samples/fr"
 */
export function sampleFolders(lang: Lang): string[] {
  const here = fileURLToPath(new URL(".", import.meta.url));
  return [
    join(here, "..", "..", "datasets", "samples", lang),
    join(here, "..", "..", "..", "..", "datasets", "samples", lang),
  ];
}

/** A label of the demo in both languages, from the catalogues. */
const both = (code: CliCode): { fr: string; en: string } => ({ fr: t("fr", code), en: t("en", code) });

/**
 * The demo's logframe: three indicators with targets on figures of the samples, so the report's
 * `indicators` section shows a target on track, one behind and one kept.
 */
export const DEMO_INDICATORS: readonly IndicatorConfig[] = [
  {
    id: "volunteer-hours",
    label: both("demo.indicator.volunteer_hours"),
    figure: "volunteers.hours",
    baseline: 6000,
    target: 10000,
    direction: "increase",
    milestones: [{ date: "2025-06-30", value: 7000 }],
  },
  {
    id: "people-reached",
    label: both("demo.indicator.people_reached"),
    figure: "beneficiaries.reached",
    baseline: 400,
    target: 600,
    direction: "increase",
    milestones: [{ date: "2025-12-31", value: 550 }],
  },
  {
    id: "active-groups",
    label: both("demo.indicator.active_groups"),
    figure: "groups.active",
    baseline: 2,
    target: 2,
    direction: "maintain",
  },
];

/** Registers `solidata demo`. */
export function registerDemo(program: Command, io: Io): void {
  const lang = detectLang(io.env);
  program
    .command("demo")
    .description(t(lang, "demo.help.description"))
    .option("--lang <lang>", t(lang, "cli.option.lang"))
    .option("--out <dir>", t(lang, "demo.option.out"))
    .option("--privacy <profile>", t(lang, "report.help.privacy"))
    .option("--json", t(lang, "cli.option.json"))
    .option("--quiet", t(lang, "cli.option.quiet"))
    .addHelpText("after", t(lang, "demo.help.examples"))
    .action(async (options: { lang?: string; out?: string; privacy?: string; json?: boolean; quiet?: boolean }) => {
      if (options.lang !== undefined && !isLang(options.lang)) {
        throw new CliError(t(lang, "report.bad_lang", { lang: options.lang }), ExitCode.usage);
      }
      // The samples and the product are French-first: French unless --lang or SOLIDATA_LANG says otherwise.
      const envLang = io.env.SOLIDATA_LANG;
      const demoLang: Lang = options.lang && isLang(options.lang) ? options.lang : isLang(envLang) ? envLang : "fr";
      if (options.privacy !== undefined && options.privacy !== "public" && options.privacy !== "internal") {
        throw new CliError(t(demoLang, "report.bad_privacy", { profile: options.privacy }), ExitCode.usage);
      }
      const folders = sampleFolders(demoLang);
      const folder = folders.find((f) => existsSync(f));
      if (!folder) throw new CliError(t(demoLang, "demo.no_samples", { paths: folders.join(", ") }), ExitCode.noInput);
      const files = readdirSync(folder)
        .filter((f) => f.toLowerCase().endsWith(".csv"))
        .sort()
        .map((f) => join(folder, f));
      const config = ReportConfig.parse({
        lang: demoLang,
        organisation: { name: t(demoLang, "demo.organisation") },
        privacy: options.privacy ?? "public",
        indicators: [...DEMO_INDICATORS],
      });
      // loaded here, not at start-up: only a report needs the charts (vega), `--help` does not
      const { runReport } = await import("../report/run-report.js");
      await runReport(io, {
        sources: files,
        config,
        lang: demoLang,
        outDir: options.out ?? "solidata-demo",
        quiet: options.quiet === true,
        json: options.json === true,
        writtenCode: "demo.written",
        // synthetic data: exact figures so they can be checked against the generator's truth
        release: "synthetic",
      });
    });
}
