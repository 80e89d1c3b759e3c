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
    "indicators.section.signals": "Weak signals",
    "indicators.section.factors": "Success factors",
    "indicators.skipped.no_series": "Weak signals section left out: no visit or volunteer log with dates",
    "indicators.skipped.no_projects":
      "Success factors section left out: no list of projects with an outcome and factor columns",
    "indicators.failed.signals":
      "Weak signals section left out: the logs have no usable column for {column}; map one with the configuration's files[].mapping",
    "indicators.failed.factors":
      "Success factors section left out: the list of projects has no usable column for {column}; map one with the configuration's files[].mapping",
    "indicators.method.signals":
      "Weak signals: each month of visits, people reached, volunteers active and hours, for the whole association and by site, service and activity, is compared with the same months of other years (the month and its two neighbours, when there are two other years or more) or else with the six months either side; a month is flagged when its modified z-score, 0.6745 × (value − median) / MAD, is beyond 3.5, it lies outside the interquartile fences (1.5 × IQR) and it is at least 30 % from the median. For counts the scale is never below the square root of the median. A shift is a level multiplied or divided by 1.6 or more over three months against the three before. No signal uses a hidden cell (fewer than {k} people) nor shows one",
    "indicators.method.factors":
      "Success factors: for each factor, the share of projects that succeeded with and without it (Wilson 95 % intervals); then one logistic regression of success on every factor at once with Firth's penalty (so that few projects or a factor every success shares do not give infinite odds ratios), odds ratios with profile penalised-likelihood 95 % intervals, penalised likelihood-ratio p-values adjusted for the number of factors (Benjamini–Hochberg); numbers enter per standard deviation, categories against their most frequent value",
  },
  fr: {
    "indicators.section.signals": "Signaux faibles",
    "indicators.section.factors": "Facteurs de succès",
    "indicators.skipped.no_series": "Section signaux faibles omise : aucun journal de passages ou de bénévolat daté",
    "indicators.skipped.no_projects":
      "Section facteurs de succès omise : aucune liste de projets avec un résultat et des colonnes de facteurs",
    "indicators.failed.signals":
      "Section signaux faibles omise : les journaux n'ont pas de colonne utilisable pour « {column} » ; indiquez-la dans files[].mapping de la configuration",
    "indicators.failed.factors":
      "Section facteurs de succès omise : la liste des projets n'a pas de colonne utilisable pour « {column} » ; indiquez-la dans files[].mapping de la configuration",
    "indicators.method.signals":
      "Signaux faibles : chaque mois de passages, de personnes reçues, de bénévoles actifs et d'heures, pour toute l'association et par antenne, service et activité, est comparé aux mêmes mois des autres années (le mois et ses deux voisins, quand il y a au moins deux autres années), sinon aux six mois de part et d'autre ; un mois est signalé quand son score z modifié, 0,6745 × (valeur − médiane) / MAD, dépasse 3,5, qu'il sort des barrières interquartiles (1,5 × IQR) et qu'il s'écarte d'au moins 30 % de la médiane. Pour les effectifs, l'échelle n'est jamais prise sous la racine carrée de la médiane. Une rupture est un niveau multiplié ou divisé par 1,6 ou plus sur trois mois par rapport aux trois précédents. Aucun signal ne repose sur une case masquée (moins de {k} personnes) ni n'en révèle une",
    "indicators.method.factors":
      "Facteurs de succès : pour chaque facteur, la part des projets réussis avec et sans lui (intervalles de Wilson à 95 %) ; puis une régression logistique du succès sur tous les facteurs à la fois, pénalisée selon Firth (pour que peu de projets, ou un facteur que partagent tous les succès, ne donnent pas de rapports de cotes infinis), rapports de cotes avec intervalles à 95 % de la vraisemblance pénalisée profilée, p-valeurs du rapport de vraisemblance pénalisée ajustées au nombre de facteurs (Benjamini–Hochberg) ; les nombres entrent par écart-type, les catégories face à leur valeur la plus fréquente",
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
