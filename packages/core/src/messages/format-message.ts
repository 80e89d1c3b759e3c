import { en, type MessageCode } from "../locales/en.js";
import { fr } from "../locales/fr.js";
import type { Issue } from "./issue.js";
import type { Lang } from "./lang.js";

// the French table is typed by the English one, so every code has a template in both
const templates: Record<Lang, Record<MessageCode, string>> = { en, fr };

/**
 * Fills a message template of the catalogue with its parameters.
 *
 * @param code - a message code of the catalogue, e.g. `"ingest.ragged_row"`; any other string does not compile
 *   (a code read from outside is checked with {@link isMessageCode} first)
 * @param lang - `"fr"` or `"en"`
 * @param params - values for the `{name}` placeholders
 * @returns the message (from plain JavaScript, an unknown code comes back as it is)
 * @example
 * formatMessage("ingest.empty_file", "en", { file: "a.csv" }) // => "a.csv is empty: ..."
 */
export function formatMessage(
  code: MessageCode,
  lang: Lang,
  params: Record<string, string | number | undefined> = {},
): string {
  // a JavaScript caller may still pass any string: it gets the code back, as before codes were typed
  const template: string | undefined = templates[lang][code];
  if (template === undefined) return code;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * Words an {@link Issue} in the given language, using its line, column, value and params.
 *
 * @example
 * formatIssue({ code: "ingest.ragged_row", severity: "warning", line: 4, params: { found: 3, expected: 4 } }, "en")
 */
export function formatIssue(issue: Issue, lang: Lang): string {
  return formatMessage(issue.code, lang, {
    line: issue.line,
    column: issue.column,
    value: issue.value,
    expected: issue.expected,
    ...issue.params,
  });
}
