import type { MessageTable } from "../messages/catalogue.js";

/** Message templates of the record linkage, in English and French. */
export const messages: MessageTable = {
  en: {
    "link.no_identity_column":
      "{table} has no column that says who a person is; looked for a name, first name, full name, birth date, e-mail, phone, postcode, commune, address or social security number (headers such as nom, prénom, date de naissance, email, téléphone, code postal, ville); columns: {columns}",
    "link.field_not_found": 'the identity column "{column}" is in none of the tables',
    "link.no_input": "record linkage needs at least one table",
    "link.duplicate_table_name": 'two tables are named "{table}"; give each table its own name',
    "link.bad_threshold": "the thresholds must satisfy 0 < review threshold ≤ threshold < 1 (got {value})",
    "link.rule_refused":
      "blocking rule {rule} would compare {pairs} pairs, more than the cap of {cap}: refused; make it stricter, for example {suggestion}, or raise the cap",
    "link.rule_tightened":
      "blocking rule {rule} would compare {pairs} pairs, more than the cap of {cap}: replaced by the stricter {suggestion}",
    "link.no_blocking_rule":
      "no blocking rule can be used with these fields ({fields}); give a name, birth date, e-mail, phone or identifier column",
    "link.fields_chosen": "{table}: identity columns chosen: {fields}",
    "link.decision_unknown_record": "review decision on {value}: no such record in the input; ignored",
    "link.not_converged": "the estimation of m and u stopped after {count} iterations without converging",
  },
  fr: {
    "link.no_identity_column":
      "{table} n'a aucune colonne qui dise qui est une personne ; colonnes cherchées : nom, prénom, nom complet, date de naissance, e-mail, téléphone, code postal, commune, adresse ou numéro de sécurité sociale (en-têtes comme nom, prénom, date de naissance, email, téléphone, code postal, ville) ; colonnes présentes : {columns}",
    "link.field_not_found": "la colonne d'identité « {column} » n'est dans aucun des tableaux",
    "link.no_input": "le rapprochement d'enregistrements a besoin d'au moins un tableau",
    "link.duplicate_table_name": "deux tableaux s'appellent « {table} » ; donnez à chacun son propre nom",
    "link.bad_threshold": "les seuils doivent vérifier 0 < seuil de revue ≤ seuil < 1 (reçu : {value})",
    "link.rule_refused":
      "la règle de blocage {rule} comparerait {pairs} paires, plus que le plafond de {cap} : refusée ; rendez-la plus stricte, par exemple {suggestion}, ou relevez le plafond",
    "link.rule_tightened":
      "la règle de blocage {rule} comparerait {pairs} paires, plus que le plafond de {cap} : remplacée par la règle plus stricte {suggestion}",
    "link.no_blocking_rule":
      "aucune règle de blocage n'est utilisable avec ces champs ({fields}) ; donnez une colonne de nom, de date de naissance, d'e-mail, de téléphone ou d'identifiant",
    "link.fields_chosen": "{table} : colonnes d'identité choisies : {fields}",
    "link.decision_unknown_record":
      "décision de revue sur {value} : cet enregistrement n'existe pas dans les données ; ignorée",
    "link.not_converged": "l'estimation de m et u s'est arrêtée après {count} itérations sans converger",
  },
};
