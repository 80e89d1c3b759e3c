/**
 * Comparison levels of every kind of identity field, from the strongest agreement to "different".
 * Internal: the comparators return the index of a level in these lists.
 */
export const LEVELS = {
  name: ["exact", "close", "similar", "different"],
  birth_date: ["exact", "swapped_or_one_digit", "within_a_year", "different"],
  email: ["exact", "similar", "different"],
  phone: ["exact", "one_digit", "different"],
  postcode: ["exact", "one_digit", "different"],
  text: ["exact", "similar", "different"],
  place: ["exact", "close", "different"],
  identifier: ["exact", "one_typo", "different"],
} as const;
