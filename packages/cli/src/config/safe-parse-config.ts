import type { Issue } from "@solidata/core";
import { parse as parseYaml } from "yaml";
import type { CliCode } from "../messages.js";
import { ReportConfig } from "./report-config.js";

/** The outcome of {@link safeParseConfig}: the configuration, or the problems found as data. */
export type ParseConfigResult = { ok: true; value: ReportConfig } | { ok: false; issues: Issue<CliCode>[] };

/**
 * Reads a report configuration from the text of a JSON or YAML file and validates it, returning
 * problems as data instead of throwing.
 *
 * Why: `solidata report` and `solidata init` must tell the user which key is wrong and why, in
 * their language; the issues carry the key path (`column`) and the reason (`params.reason`).
 *
 * @param text - the file's content (JSON is a subset of YAML, so both parse; at most a few MB)
 * @param format - `"json"` or `"yaml"`; only changes the code of a syntax error
 * @returns `{ ok: true, value }` with defaults filled in, or `{ ok: false, issues }` with codes
 *   `report.config_syntax` or `report.config_invalid`
 * @example
 * safeParseConfig('{"privacy":"public"}', "json").ok // => true
 * safeParseConfig("privacy: everyone", "yaml").ok // => false
 */
export function safeParseConfig(text: string, format: "json" | "yaml"): ParseConfigResult {
  let raw: unknown;
  try {
    raw = format === "json" ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error);
    return { ok: false, issues: [{ code: "report.config_syntax", severity: "error", params: { reason } }] };
  }
  const parsed = ReportConfig.safeParse(raw ?? {});
  if (parsed.success) return { ok: true, value: parsed.data };
  const issues: Issue<CliCode>[] = parsed.error.issues.map((issue) => ({
    code: "report.config_invalid",
    severity: "error",
    column: issue.path.map(String).join(".") || "(root)",
    params: { key: issue.path.map(String).join(".") || "(root)", reason: issue.message },
  }));
  return { ok: false, issues };
}

/**
 * Reads and validates a report configuration, throwing on the first problem.
 *
 * @param text - the file's content
 * @param format - `"json"` or `"yaml"`
 * @returns the configuration with defaults filled in
 * @throws Error "parseConfig: needs a valid configuration (key: reason)" when it is not valid
 * @example
 * parseConfig("{}", "json").privacy // => "public"
 */
export function parseConfig(text: string, format: "json" | "yaml"): ReportConfig {
  const result = safeParseConfig(text, format);
  if (result.ok) return result.value;
  const first = result.issues[0];
  const detail = first?.params ? `${first.params.key ?? ""}: ${first.params.reason ?? ""}` : "";
  throw new Error(`parseConfig: needs a valid configuration (${detail})`);
}
