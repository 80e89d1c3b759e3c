import type { MessageTable } from "../messages/catalogue.js";

/** Message templates of this module, in English and French. */
export const messages: MessageTable = {
  en: {
    "privacy.missing_key":
      "no pseudonymisation key: give a key file (--key FILE) or set the SOLIDATA_KEY environment variable; create one with `solidata key new`",
    "privacy.weak_key":
      "the pseudonymisation key is too weak: it needs at least 256 random bits (64 hexadecimal characters or base64 of 32 bytes); create one with `solidata key new`",
    "privacy.unreadable_key": "cannot read the key file {file}: {reason}",
    "privacy.key_exists":
      "{file} already exists: solidata never replaces a key (pseudonyms made with it could not be reproduced); choose another file with --out",
    "privacy.unwritable_key": "cannot create the key file {file}: {reason}",
    "privacy.no_webcrypto": "this environment has no WebCrypto (crypto.subtle): pseudonyms cannot be computed",
    "privacy.bad_option": "{function}: {detail}",
    "privacy.unknown_column": "{function}: the table has no column {column}",
    "privacy.k_below_floor": "{function}: k must be an integer of at least {floor} (got {k})",
    "privacy.rare_record":
      "line {line}: {size} record(s) share these values of {quasi}, fewer than k = {k}: they can be recognised",
    "privacy.generalised": "{column} generalised to {level} ({changed} values changed)",
    "privacy.cell_suppressed": "line {line}: {column} suppressed so that k = {k} holds",
    "privacy.record_suppressed":
      "line {line}: record removed: no generalisation made it indistinguishable from {k} others",
    "privacy.dropped_identifier": "{column} dropped: it identifies a person directly",
    "privacy.generalised_column": "{column} replaced by {to}",
  },
  fr: {
    "privacy.missing_key":
      "aucune clé de pseudonymisation : donnez un fichier de clé (--key FICHIER) ou définissez la variable d'environnement SOLIDATA_KEY ; créez-en une avec `solidata key new`",
    "privacy.weak_key":
      "la clé de pseudonymisation est trop faible : il faut au moins 256 bits aléatoires (64 caractères hexadécimaux ou 32 octets en base64) ; créez-en une avec `solidata key new`",
    "privacy.unreadable_key": "impossible de lire le fichier de clé {file} : {reason}",
    "privacy.key_exists":
      "{file} existe déjà : solidata ne remplace jamais une clé (les pseudonymes faits avec elle ne pourraient plus être reproduits) ; choisissez un autre fichier avec --out",
    "privacy.unwritable_key": "impossible de créer le fichier de clé {file} : {reason}",
    "privacy.no_webcrypto":
      "cet environnement n'a pas WebCrypto (crypto.subtle) : impossible de calculer les pseudonymes",
    "privacy.bad_option": "{function} : {detail}",
    "privacy.unknown_column": "{function} : la table n'a pas de colonne {column}",
    "privacy.k_below_floor": "{function} : k doit être un entier d'au moins {floor} (reçu {k})",
    "privacy.rare_record":
      "ligne {line} : {size} enregistrement(s) partagent ces valeurs de {quasi}, moins que k = {k} : ils sont reconnaissables",
    "privacy.generalised": "{column} généralisée au niveau {level} ({changed} valeurs modifiées)",
    "privacy.cell_suppressed": "ligne {line} : {column} masqué pour que k = {k} soit respecté",
    "privacy.record_suppressed":
      "ligne {line} : enregistrement retiré : aucune généralisation ne le rendait indiscernable de {k} autres",
    "privacy.dropped_identifier": "{column} supprimée : elle identifie directement une personne",
    "privacy.generalised_column": "{column} remplacée par {to}",
  },
};
