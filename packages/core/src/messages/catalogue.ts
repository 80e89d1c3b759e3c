import { messages as analyses } from "../analyses/messages.js";
import { messages as clean } from "../clean/messages.js";
import { messages as files } from "../files/messages.js";
import { messages as indicators } from "../indicators/messages.js";
import { messages as ingest } from "../ingest/messages.js";
import { messages as link } from "../link/messages.js";
import { messages as privacy } from "../privacy/messages.js";
import type { Lang } from "./lang.js";

/** One module's message templates: the same codes in French and English. `{name}` marks a parameter. */
export interface MessageTable {
  en: Record<string, string>;
  fr: Record<string, string>;
}

/** Every message template of core, by language then code. */
export const catalogue: Record<Lang, Record<string, string>> = {
  en: { ...ingest.en, ...clean.en, ...privacy.en, ...analyses.en, ...indicators.en, ...link.en, ...files.en },
  fr: { ...ingest.fr, ...clean.fr, ...privacy.fr, ...analyses.fr, ...indicators.fr, ...link.fr, ...files.fr },
};
