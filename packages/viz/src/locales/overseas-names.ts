/**
 * The overseas départements and régions drawn as labelled tiles beside metropolitan France: their
 * code and the name shown on the tile (official names, the same in every language).
 *
 * @example
 * OVERSEAS_NAMES.departement[3] // => ["974", "La Réunion"]
 */
export const OVERSEAS_NAMES = {
  departement: [
    ["971", "Guadeloupe"],
    ["972", "Martinique"],
    ["973", "Guyane"],
    ["974", "La Réunion"],
    ["976", "Mayotte"],
  ],
  region: [
    ["01", "Guadeloupe"],
    ["02", "Martinique"],
    ["03", "Guyane"],
    ["04", "La Réunion"],
    ["06", "Mayotte"],
  ],
} as const;
