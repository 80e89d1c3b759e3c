import { isBlank, type Parsed } from "./parsed.js";

const TRUE = new Set(["oui", "o", "vrai", "yes", "y", "true", "t", "1", "x", "ok", "✓", "✔"]);
const FALSE = new Set(["non", "n", "faux", "no", "false", "f", "0", "-"]);

/**
 * Reads a yes/no cell in French or English ("Oui", "non", "X", "1", "false").
 *
 * @param value - a cell; booleans pass through, 1 and 0 are read as yes and no
 * @returns `true` or `false`, `null` when empty, or the code `clean.invalid_boolean`
 * @example
 * parseBoolean("Oui") // => { ok: true, value: true }
 */
export function parseBoolean(value: unknown): Parsed<boolean> {
  if (isBlank(value)) return { ok: true, value: null };
  if (typeof value === "boolean") return { ok: true, value };
  const text = String(value).trim().toLowerCase();
  if (TRUE.has(text)) return { ok: true, value: true };
  if (FALSE.has(text)) return { ok: true, value: false };
  return { ok: false, code: "clean.invalid_boolean" };
}
