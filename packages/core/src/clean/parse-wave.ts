import { normalizeText } from "./normalize-text.js";
import type { Parsed } from "./parsed.js";

// "V1", "vague 1", "Wave 1", "T1", "W1", "suivi n°1", "follow-up 1", "round 1", "#1"
const PREFIXED =
  /^(?:v|w|t|vague|wave|suivi|follow[ -]?up|fu|time|temps|round|tour|n|no|num|number|num[eé]ro|#)\s*(?:n\s*[°º]|no\.?|#)?\s*[.\-_:]?\s*(\d{1,4})$/i;
// "1", "01", "1re vague", "2e vague", "2ème suivi", "1st wave", "3rd follow-up"
const ORDINAL =
  /^(\d{1,4})\s*(?:er|re|ère|ere|e|ème|eme|è|st|nd|rd|th)?\.?\s*(?:vague|wave|suivi|follow[ -]?up|round|tour)?$/i;

/**
 * Reads a follow-up wave label as its number, written as text: "1", "V1", "vague 1", "Wave 1",
 * "T1", "1re vague" and the number 1 all become "1". Why: one survey export writes "V1", the next
 * "vague 1", and an analysis filtering on the wave (`prePost(t, { wave: "1" })`) must see one wave.
 * Labels that are not a wave number ("2m", "6 mois", "baseline") are kept as read (normalised text).
 *
 * @param value - a cell; numbers must be non-negative integers below 10 000 to be read as a wave
 * @returns the wave number as text without leading zeros, the label as read, or `null` when blank
 * @example
 * parseWave("Vague 2") // => { ok: true, value: "2" }
 */
export function parseWave(value: unknown): Parsed<string> {
  if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value < 10_000)
    return { ok: true, value: String(value) };
  const text = normalizeText(value);
  if (text === null) return { ok: true, value: null };
  const m = PREFIXED.exec(text) ?? ORDINAL.exec(text);
  if (m?.[1] === undefined) return { ok: true, value: text };
  return { ok: true, value: String(Number(m[1])) };
}
