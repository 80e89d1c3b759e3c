import { DIRECT_IDENTIFIERS } from "./direct-identifiers.js";

/** Words that, anywhere in a column name, mark a direct identifier. */
const TOKENS = new Set([
  "email",
  "mail",
  "courriel",
  "phone",
  "telephone",
  "tel",
  "mobile",
  "portable",
  "address",
  "adresse",
  "street",
  "rue",
  "ssn",
  "nir",
  "iban",
  "comment",
  "comments",
  "commentaire",
  "commentaires",
  "notes",
  "remarque",
  "remarques",
  "surname",
  "firstname",
  "lastname",
  "prenom",
  "prenoms",
]);

/** Whole column names that mark a direct identifier. */
const NAMES = new Set<string>([
  ...DIRECT_IDENTIFIERS,
  "nom",
  "nom_de_famille",
  "nom_prenom",
  "prenom_nom",
  "nom_complet",
  "given_name",
  "family_name",
  "soc_sec_id",
  "securite_sociale",
  "numero_securite_sociale",
  "date_of_birth",
  "date_de_naissance",
  "date_naissance",
  "dob",
  "street_number",
]);

/**
 * Whether a column name, as written in a file, says the column identifies a person directly:
 * names, e-mail, phone, postal address, social security number, bank account, birth date or
 * free-text comments, in English or French, whatever the case, accents and separators.
 *
 * Why: files arrive with their own headers ("Prénom", "Tél. portable", "address_1"); this lets
 * outputs leave them out before the headers are mapped to the canonical schema. It errs on the
 * side of dropping; `minimise` and `solidata privacy-check` let staff keep a column by name.
 *
 * @param name - a column header
 * @returns `true` for a direct identifier
 * @example
 * isDirectIdentifierName("Tél. portable") // => true
 * isDirectIdentifierName("Nom de la commune") // => false
 */
export function isDirectIdentifierName(name: string): boolean {
  const key = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (NAMES.has(key) || key.includes("securite_sociale") || key.includes("social_security")) return true;
  return key.split("_").some((token) => TOKENS.has(token));
}
