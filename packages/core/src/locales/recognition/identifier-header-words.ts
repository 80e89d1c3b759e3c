/**
 * Header words, in French and English, that tell a column holds identifiers (postcodes, phone
 * numbers, member numbers): its values stay text, leading zeros kept. Compared with the header's
 * lower-cased words.
 *
 * @example
 * IDENTIFIER_HEADER_WORDS.includes("téléphone") // => true
 */
export const IDENTIFIER_HEADER_WORDS: readonly string[] = [
  "id",
  "identifiant",
  "code",
  "cp",
  "insee",
  "siret",
  "siren",
  "tel",
  "tél",
  "gsm",
  "telephone",
  "téléphone",
  "phone",
  "mobile",
  "portable",
  "numero",
  "numéro",
  "num",
  "no",
  "n°",
  "matricule",
  "postcode",
  "zip",
  "zipcode",
  "postal",
  "codgeo",
  "depcom",
  "iban",
  "rna",
  "adherent",
  "adhérent",
  "membre",
  "member",
  "fips",
  "uid",
  "ssn",
];
