import type { MessageCode } from "../locales/en.js";
import type { ColumnProfile } from "./profile-column.js";
import type { FieldSpec } from "./schemas.js";

/** How well the values of a column fit a field, and the evidence behind it. */
export interface ValueFit {
  /** from 0 (the values cannot be this field) to 1 (they look exactly like it); `null`: too few values to tell */
  fit: number | null;
  /** stable code of the evidence, e.g. `map.values_yes_no`; worded in the message catalogue */
  evidence: MessageCode;
}

/** Fewer non-blank values than this say nothing. */
const MIN_VALUES = 3;

const r = (x: number): number => Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;

/**
 * Says how well a column's values (its {@link profileColumn}) fit a canonical field: a yes/no
 * column is never an identifier, two distinct values are not a register of people, an identifier is
 * made of codes, a postcode of four- or five-digit codes, a birth date of dates 14 or more years
 * old, an activity date of recent ones, a duration of "2h30" or numbers, a name of a person of
 * words without an organisation's vocabulary.
 *
 * @param profile - the column's profile
 * @param spec - the field
 * @returns the fit and its evidence code (`map.values_*`)
 * @example
 * valueFit(profileColumn(["oui", "non", "oui"]), schemaFields.volunteers[0]).fit // => 0
 */
export function valueFit(profile: ColumnProfile, spec: FieldSpec): ValueFit {
  const p = profile;
  if (p.values < MIN_VALUES) return { fit: null, evidence: "map.values_too_few" };
  switch (spec.kind) {
    case "id": {
      if (p.boolean >= 0.9) return { fit: 0, evidence: "map.values_yes_no" };
      if (p.distinct <= 2) return { fit: 0, evidence: "map.values_two_distinct" };
      if (p.date >= 0.8) return { fit: 0, evidence: "map.values_dates" };
      if (p.personName >= 0.6) return { fit: 0.2, evidence: "map.values_names" };
      return { fit: r(p.code), evidence: p.code >= 0.8 ? "map.values_codes" : "map.values_not_codes" };
    }
    case "name":
      if (p.organisation >= 0.3) return { fit: r(0.3 - p.organisation), evidence: "map.values_organisations" };
      return { fit: r(p.personName), evidence: p.personName >= 0.7 ? "map.values_names" : "map.values_not_names" };
    case "email":
      return { fit: r(p.email), evidence: p.email >= 0.7 ? "map.values_emails" : "map.values_not_emails" };
    case "phone":
      return { fit: r(p.phone), evidence: p.phone >= 0.7 ? "map.values_phones" : "map.values_not_phones" };
    case "postcode": {
      const codes = Math.max(p.digits5 + p.digits4 * 0.9, p.code * 0.6);
      return { fit: r(codes), evidence: codes >= 0.7 ? "map.values_postcodes" : "map.values_not_postcodes" };
    }
    case "gender":
      return { fit: r(p.gender), evidence: p.gender >= 0.7 ? "map.values_genders" : "map.values_not_genders" };
    case "boolean":
      return { fit: r(p.boolean), evidence: p.boolean >= 0.7 ? "map.values_yes_no" : "map.values_not_yes_no" };
    case "date": {
      if (p.date < 0.5) return { fit: r(p.date), evidence: "map.values_not_dates" };
      const birth = spec.name === "birth_date";
      const fit = birth ? p.date * p.birthLike : p.date * (1 - 0.8 * p.birthLike);
      return { fit: r(fit), evidence: p.birthLike >= 0.7 ? "map.values_birth_dates" : "map.values_dates" };
    }
    case "duration": {
      // "2h30" and "1,5" are both durations: a column mixing them is one
      const fit = p.durationUnit + p.number * 0.9;
      return { fit: r(fit), evidence: p.durationUnit >= 0.5 ? "map.values_durations" : "map.values_numbers" };
    }
    case "integer":
      return { fit: r(p.integer), evidence: p.integer >= 0.7 ? "map.values_numbers" : "map.values_not_numbers" };
    case "number":
      if (p.date >= 0.8) return { fit: 0, evidence: "map.values_dates" };
      return { fit: r(p.number), evidence: p.number >= 0.7 ? "map.values_numbers" : "map.values_not_numbers" };
    case "category":
      // a label repeats; a column of unique long texts is not a category
      if (p.longText >= 0.5) return { fit: 0.3, evidence: "map.values_long_text" };
      if (p.date >= 0.8) return { fit: 0.1, evidence: "map.values_dates" };
      return { fit: 1, evidence: "map.values_labels" };
    default:
      return { fit: 1, evidence: "map.values_text" };
  }
}
