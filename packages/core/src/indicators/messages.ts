import type { MessageTable } from "../messages/catalogue.js";

/** Message templates of the indicators, in English and French. */
export const messages: MessageTable = {
  en: {
    "indicators.implausible_hours":
      "{rows} rows of the volunteer log put more than {limit} hours on one person's day; {share_en}% of the volunteer hours rest on them. They are counted as entered: check them in the file",
    "indicators.implausible_hours_lines":
      "{rows} rows of the volunteer log put more than {limit} hours on one person's day; {share_en}% of the volunteer hours rest on them. They are counted as entered: check lines {lines} of the file",
    "indicators.rows_excluded_person":
      "{section}: {count} row(s) left out because they have no person identifier; they are not counted in these figures",
    "indicators.rows_excluded_date":
      "{section}: {count} row(s) left out because their date is missing or invalid; they are not counted in these figures",
    "indicators.rows_excluded_value":
      "{section}: {count} row(s) left out because their value is missing or not a number; they are not counted in these figures",
    "indicators.section.volunteers": "Volunteers",
    "indicators.section.beneficiaries": "Beneficiaries",
    "indicators.section.territory": "Territory",
    "indicators.section.outcomes": "Outcomes",
    "indicators.small_sample":
      "fewer than {threshold} people: differences between groups or over time cannot be told apart from chance; read these figures as a description, not as evidence of an effect",
    "indicators.skipped.no_sites": "Sites section left out: no list of places",
    "indicators.section.sites": "Sites",
    "indicators.section.groups": "Local groups",
    "indicators.skipped.no_groups": "Local groups section left out: no list of local groups",
    "indicators.failed.groups":
      "Local groups section left out: the list of groups has no usable column for {column}; map one with the configuration's files[].mapping",
    "indicators.groups.rule":
      "A group is counted active when its last action is dated from {from} on (the last {months} months of the period ending {to}, or later); without a date, its status decides. It reported in the period when its last action is dated from {period_from} on. It is closed in the year of its last action when its status says closed (without a status column: when it is inactive). Groups are organisations: their counts are published as they are",
    "indicators.skipped.no_volunteers": "Volunteers section left out: no volunteer activity in the files or the period",
    "indicators.skipped.no_beneficiaries": "Beneficiaries section left out: no beneficiary register or visit log",
    "indicators.skipped.no_places": "Territory section left out: no postcode or local group",
    "indicators.skipped.no_outcomes":
      "Outcomes section left out: no follow-up survey with baseline and follow-up scores",
    "indicators.failed.volunteers":
      "Volunteers section left out: the volunteer log has no usable column for {column}; map one with the configuration's files[].mapping",
    "indicators.failed.beneficiaries":
      "Beneficiaries section left out: the files have no usable column for {column}; map one with the configuration's files[].mapping",
    "indicators.failed.territory":
      "Territory section left out: the files have no usable column for {column}; map one with the configuration's files[].mapping",
    "indicators.failed.outcomes":
      "Outcomes section left out: the follow-up survey has no usable column for {column}; map one with the configuration's files[].mapping",
  },
  fr: {
    "indicators.implausible_hours":
      "{rows} lignes du journal des bénévoles donnent plus de {limit} heures à une personne sur une journée ; {share_fr} % des heures de bénévolat reposent sur elles. Elles sont comptées telles que saisies : vérifiez-les dans le fichier",
    "indicators.implausible_hours_lines":
      "{rows} lignes du journal des bénévoles donnent plus de {limit} heures à une personne sur une journée ; {share_fr} % des heures de bénévolat reposent sur elles. Elles sont comptées telles que saisies : vérifiez les lignes {lines} du fichier",
    "indicators.rows_excluded_person":
      "{section} : {count} ligne(s) écartée(s) faute d'identifiant de personne ; elles ne sont pas comptées dans ces chiffres",
    "indicators.rows_excluded_date":
      "{section} : {count} ligne(s) écartée(s) car leur date manque ou n'est pas valide ; elles ne sont pas comptées dans ces chiffres",
    "indicators.rows_excluded_value":
      "{section} : {count} ligne(s) écartée(s) car leur valeur manque ou n'est pas un nombre ; elles ne sont pas comptées dans ces chiffres",
    "indicators.section.volunteers": "Bénévoles",
    "indicators.section.beneficiaries": "Bénéficiaires",
    "indicators.section.territory": "Territoire",
    "indicators.section.outcomes": "Résultats",
    "indicators.small_sample":
      "moins de {threshold} personnes : les écarts entre groupes ou dans le temps ne se distinguent pas du hasard ; ces chiffres décrivent, ils ne prouvent pas un effet",
    "indicators.skipped.no_sites": "Section lieux omise : aucune liste de lieux",
    "indicators.section.sites": "Lieux",
    "indicators.section.groups": "Groupes locaux",
    "indicators.skipped.no_groups": "Section groupes locaux omise : aucune liste de groupes locaux",
    "indicators.failed.groups":
      "Section groupes locaux omise : la liste des groupes n'a pas de colonne utilisable pour « {column} » ; indiquez-la dans files[].mapping de la configuration",
    "indicators.groups.rule":
      "Un groupe est compté actif quand sa dernière action est datée du {from} ou après (les {months} derniers mois de la période close le {to}, ou plus tard) ; sans date, son statut décide. Il s'est manifesté dans la période quand sa dernière action est datée du {period_from} ou après. Il est fermé l'année de sa dernière action quand son statut le dit fermé (sans colonne de statut : quand il est inactif). Les groupes sont des organisations : leurs effectifs sont publiés tels quels",
    "indicators.skipped.no_volunteers":
      "Section bénévoles omise : aucune activité bénévole dans les fichiers ou la période",
    "indicators.skipped.no_beneficiaries":
      "Section bénéficiaires omise : ni registre des bénéficiaires ni journal des passages",
    "indicators.skipped.no_places": "Section territoire omise : ni code postal ni groupe local",
    "indicators.skipped.no_outcomes":
      "Section résultats omise : aucun questionnaire de suivi avec un score initial et un score de suivi",
    "indicators.failed.volunteers":
      "Section bénévoles omise : le journal des bénévoles n'a pas de colonne utilisable pour « {column} » ; indiquez-la dans files[].mapping de la configuration",
    "indicators.failed.beneficiaries":
      "Section bénéficiaires omise : les fichiers n'ont pas de colonne utilisable pour « {column} » ; indiquez-la dans files[].mapping de la configuration",
    "indicators.failed.territory":
      "Section territoire omise : les fichiers n'ont pas de colonne utilisable pour « {column} » ; indiquez-la dans files[].mapping de la configuration",
    "indicators.failed.outcomes":
      "Section résultats omise : le questionnaire de suivi n'a pas de colonne utilisable pour « {column} » ; indiquez-la dans files[].mapping de la configuration",
  },
};
