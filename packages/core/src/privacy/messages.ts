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
    "privacy.label.suppressed": "hidden",
    "privacy.method.suppression":
      "Counts of fewer than {k} people are hidden, and so are the cells from which a hidden count could be worked out (totals, rows, columns). Rates, means, shares and differences are hidden when one of their counts, or their complement, is hidden or below {k}. Every hidden figure shows the same label, whatever the reason.",
    "privacy.method.sums":
      "A sum (hours, kilograms, amounts) is published only when at least {minContributors} people contribute to it and none of them holds more than {dominance} % of it.",
    "privacy.method.cell_key":
      "Published counts of people are perturbed by the cell-key method of the UK Office for National Statistics: each person has a secret key from 0 to 255 derived from the organisation's key; a count adds a change of −2 to +2 chosen by the sum of its people's keys modulo 256 (0 with probability 144/256, ±1 with 40/256 each, ±2 with 16/256 each; near {k} only changes that keep the count at {k} or more). The same people always give the same published value, so two reports over overlapping periods cannot be subtracted to find a few people. Zero stays zero. On the demonstration data the mean absolute change is {mad} person per count.",
    "privacy.method.rounding":
      "Published counts of people are rounded to the nearest multiple of 5 after suppression, so two reports over overlapping periods cannot be subtracted to find a few people.",
    "privacy.method.organisations":
      "Counts of local groups and organisations are not counts of people: they are published exactly.",
    "privacy.method.survival":
      "Survival curves are drawn in steps of at least {k} departures: departures close in time are grouped, so no step shows a single person leaving.",
    "privacy.method.pseudonyms":
      "Person identifiers are replaced by keyed pseudonyms (HMAC-SHA-256, {bits} bits, key fingerprint {id}); names, e-mail addresses, phone numbers, addresses and notes are removed and birth dates reduced to the year.",
    "privacy.pseudonym_collision":
      "two different identifiers of {column} got the same pseudonym: refusing to merge them; use longer pseudonyms",
    "privacy.pseudonym_too_short":
      "{function}: pseudonyms need at least 128 bits (32 hexadecimal characters), got {bits}",
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
    "privacy.label.suppressed": "masqué",
    "privacy.method.suppression":
      "Les effectifs de moins de {k} personnes sont masqués, ainsi que les cases qui permettraient de les retrouver (totaux, lignes, colonnes). Les taux, moyennes, parts et écarts sont masqués quand l'un de leurs effectifs, ou leur complément, est masqué ou inférieur à {k}. Toute valeur masquée porte la même mention, quelle qu'en soit la raison.",
    "privacy.method.sums":
      "Une somme (heures, kilogrammes, montants) n'est publiée que si au moins {minContributors} personnes y contribuent et qu'aucune n'en représente plus de {dominance} %.",
    "privacy.method.cell_key":
      "Les effectifs de personnes publiés sont perturbés par la méthode des clés de cellule de l'Office for National Statistics britannique : chaque personne reçoit une clé secrète de 0 à 255 tirée de la clé de l'organisation ; un effectif reçoit une variation de −2 à +2 choisie par la somme des clés de ses personnes modulo 256 (0 avec une probabilité de 144/256, ±1 avec 40/256 chacun, ±2 avec 16/256 chacun ; près de {k}, seulement des variations qui laissent l'effectif à {k} ou plus). Les mêmes personnes donnent toujours la même valeur publiée : deux rapports sur des périodes qui se recouvrent ne peuvent pas être soustraits pour retrouver quelques personnes. Zéro reste zéro. Sur les données de démonstration, la variation absolue moyenne est de {mad} personne par effectif.",
    "privacy.method.rounding":
      "Les effectifs de personnes publiés sont arrondis au multiple de 5 le plus proche après masquage : deux rapports sur des périodes qui se recouvrent ne peuvent pas être soustraits pour retrouver quelques personnes.",
    "privacy.method.organisations":
      "Les effectifs de groupes locaux et d'organisations ne sont pas des effectifs de personnes : ils sont publiés exactement.",
    "privacy.method.survival":
      "Les courbes de maintien sont tracées par marches d'au moins {k} départs : les départs proches dans le temps sont regroupés, aucune marche ne montre le départ d'une seule personne.",
    "privacy.method.pseudonyms":
      "Les identifiants de personnes sont remplacés par des pseudonymes à clé (HMAC-SHA-256, {bits} bits, empreinte de la clé {id}) ; noms, adresses électroniques, numéros de téléphone, adresses et notes sont retirés et les dates de naissance réduites à l'année.",
    "privacy.pseudonym_collision":
      "deux identifiants différents de {column} ont reçu le même pseudonyme : fusion refusée ; utilisez des pseudonymes plus longs",
    "privacy.pseudonym_too_short":
      "{function} : les pseudonymes demandent au moins 128 bits (32 caractères hexadécimaux), reçu {bits}",
  },
};
