/** The languages every user-facing text exists in. */
export const Lang = { fr: "fr", en: "en" } as const;
/** A language code: `"fr"` or `"en"`. */
export type Lang = (typeof Lang)[keyof typeof Lang];

/** Whether a value is a supported language code. */
export function isLang(value: unknown): value is Lang {
  return value === "fr" || value === "en";
}
