import { en } from "../locales/en.js";
import { fr } from "../locales/fr.js";
import type { Lang } from "./lang.js";

export type { MessageCode } from "../locales/en.js";

/** One module's message templates: the same codes in French and English. `{name}` marks a parameter. */
export interface MessageTable {
  en: Record<string, string>;
  fr: Record<string, string>;
}

/** Every message template of core, by language then code (packages/core/src/locales). */
export const catalogue: Record<Lang, Record<string, string>> = { en, fr };
