import { words } from "../locales/report-words.js";
import type { LocalText } from "./model.js";

/** The fixed words of a rendered report (headings, captions), in both languages, from the catalogues. */
export const labels = {
  contents: words("render.contents"),
  generated: words("render.generated"),
  period: words("render.period"),
  periodRange: words("render.period_range"),
  basedOn: words("render.based_on"),
  dataOf: words("render.data_of"),
  privacy: words("render.privacy"),
  warnings: words("render.warnings"),
  figure: words("render.figure"),
  value: words("render.value"),
  method: words("render.method"),
  protection: words("render.protection.title"),
} as const satisfies Record<string, LocalText>;

/** Fills `{name}` placeholders of a label. */
export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
