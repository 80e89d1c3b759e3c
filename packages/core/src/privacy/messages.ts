import type { MessageTable } from "../messages/catalogue.js";

/** Message templates of this module, in English and French. */
export const messages: MessageTable = {
  en: {},
  fr: {},
};
