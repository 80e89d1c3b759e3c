import { type Direction, KNOWN_SCALES } from "./scale-directions.js";

function words(text: string): string {
  return ` ${text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()} `;
}

/**
 * Says which way a measure improves, from the user's choice or the known scales: WEMWBS, WHO-5,
 * self-esteem, life satisfaction higher; BDI, PHQ-9, GAD-7, stress, loneliness lower. Why: a fall of
 * 5 points is a success on the BDI and a failure on the WEMWBS, and a report must not say otherwise.
 *
 * @param measure - the measure's name or label ("bdi", "Bien-être (WEMWBS)")
 * @param overrides - the user's directions by measure name (exact, case-insensitive), over the known scales
 * @returns `"higher"`, `"lower"`, or `null` when the measure is unknown (the user must say)
 * @example
 * measureDirection("bdi") // => "lower"
 */
export function measureDirection(
  measure: string,
  overrides: Readonly<Record<string, Direction>> = {},
): Direction | null {
  for (const [name, direction] of Object.entries(overrides)) {
    if (name.trim().toLowerCase() === measure.trim().toLowerCase()) return direction;
  }
  const text = words(measure);
  for (const scale of KNOWN_SCALES) {
    if (scale.aliases.some((a) => text.includes(` ${a} `))) return scale.direction;
  }
  return null;
}
