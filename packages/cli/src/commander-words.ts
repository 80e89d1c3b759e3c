import type { Lang } from "@solidata/core";
import type { Command, Help, Option } from "commander";
import { type CliCode, t } from "./messages.js";

/** commander's section titles → message codes. */
const TITLES: Record<string, CliCode> = {
  "Usage:": "cli.help.usage",
  "Arguments:": "cli.help.arguments",
  "Options:": "cli.help.options",
  "Commands:": "cli.help.commands",
  "Global Options:": "cli.help.global_options",
};

/** commander's error sentences → message codes with the parts they quote. */
const ERRORS: [RegExp, CliCode][] = [
  [/^error: unknown option '([^']*)'/, "cli.error.unknown_option"],
  [/^error: unknown command '([^']*)'/, "cli.error.unknown_command"],
  [/^error: missing required argument '([^']*)'/, "cli.error.missing_argument"],
  [/^error: option '([^']*)' argument missing/, "cli.error.option_argument_missing"],
  [/^error: required option '([^']*)' not specified/, "cli.error.required_option"],
  [/^error: option '([^']*)' argument '([^']*)' is invalid/, "cli.error.invalid_option_value"],
  [
    /^error: too many arguments(?: for '([^']*)')?\. Expected (\d+) arguments? but got (\d+)/,
    "cli.error.too_many_arguments",
  ],
];

/** One of commander's error messages in the given language (the suggestion "Did you mean…" too). */
function commanderError(message: string, lang: Lang): string {
  let out = message;
  for (const [pattern, code] of ERRORS) {
    const m = pattern.exec(message);
    if (!m) continue;
    const [whole, a = "", b = "", c = ""] = m;
    out = `${t(lang, code, { a, b, c })}${message.slice(whole.length)}`;
    break;
  }
  return out
    .replace(/\(Did you mean one of ([^?]*)\?\)/, (_w, list: string) => t(lang, "cli.error.did_you_mean_one", { list }))
    .replace(/\(Did you mean ([^?]*)\?\)/, (_w, name: string) => t(lang, "cli.error.did_you_mean", { name }))
    .replace(/\. Expected \d+ arguments? but got \d+\.?/, "");
}

/**
 * Makes commander speak the user's language: its help titles ("Usage:", "Options:"…), the
 * description of `--help`, `--version` and `help [command]`, the "(default: …)" of options, and its
 * error messages. Set on the program before the commands are added, so they inherit it.
 *
 * @param program - the root command
 * @param lang - the language of every message
 * @param write - where errors go (stderr)
 */
export function localizeCommander(program: Command, lang: Lang, write: (text: string) => void): void {
  program.helpOption("-h, --help", t(lang, "cli.option.help"));
  program.helpCommand("help [command]", t(lang, "cli.help.command"));
  program.configureHelp({
    styleTitle: (title: string) => {
      const code = TITLES[title];
      return code ? t(lang, code) : title;
    },
    optionDescription(this: Help, option: Option): string {
      const extra: string[] = [];
      if (option.argChoices) extra.push(t(lang, "cli.help.choices", { value: option.argChoices.join(", ") }));
      if (option.defaultValue !== undefined && !option.negate && option.defaultValue !== false) {
        const value = option.defaultValueDescription ?? JSON.stringify(option.defaultValue);
        extra.push(t(lang, "cli.help.default", { value }));
      }
      if (option.envVar !== undefined) extra.push(t(lang, "cli.help.env", { value: option.envVar }));
      return extra.length > 0 ? `${option.description} (${extra.join(", ")})` : option.description;
    },
  });
  program.configureOutput({ outputError: (text: string) => write(commanderError(text, lang)) });
}
