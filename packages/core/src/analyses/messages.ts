import type { MessageTable } from "../messages/catalogue.js";

/** Message templates of this module, in English and French. */
export const messages: MessageTable = {
  en: {
    "analyses.missing_column": "{function}: needs a column {column}",
    "analyses.bad_option": "{function}: {detail}",
    "analyses.no_rows": "{function}: needs at least one usable row",
    "analyses.identifier_breakdown":
      "{function}: cannot break results down by {column}: it identifies people and its values would be published",
    "analyses.rows_excluded_person":
      "{function}: {count} row(s) left out because they have no person identifier; they are not counted in this result",
    "analyses.rows_excluded_date":
      "{function}: {count} row(s) left out because their date is missing or invalid; they are not counted in this result",
    "analyses.rows_excluded_value":
      "{function}: {count} row(s) left out because their value is missing or not a number; they are not counted in this result",
    "analyses.small_n":
      "only {n} people (fewer than {threshold}): differences between groups or over time cannot be told apart from chance; read these figures as a description, not as evidence of an effect",
    "analyses.valuation_method":
      "Volunteer time valued at {value_en}: {hours_en} hours × {rate_en}/hour ({source}). Recorded as voluntary contributions in kind (ANC regulation 2018-06): debit account 864 “Personnel bénévole”, credit account 875 “Bénévolat”, with the method described in the notes to the accounts.",
    "analyses.rate_out_of_range":
      "{function}: no {preset} rate is known for {year}; the nearest known year ({used}) was used",
    "analyses.low_response":
      "follow-up response rate {rate}: {missing} of {enrolled} people did not answer; the outcome rate describes those who answered and may not hold for those who left",
    "analyses.curve_truncated":
      "the survival curve is not shown where fewer than {k} people were still followed (after {time} {unit})",
    "analyses.observation_window":
      "the figures cover {from} to {to}, the span the files record; {cells} cell(s) outside it are not observed (no number, not 0 %)",
    "analyses.small_n_group":
      "{measure} — {arm}, wave {wave}: only {n} people (fewer than {threshold}); read this figure as a description, not as evidence of an effect",
    "analyses.constant_difference":
      "{measure} — {arm}, wave {wave}: all {n} people changed by exactly {value}; no test or interval can be computed from a change that does not vary",
    "analyses.bootstrap_refused":
      "{measure} — {arm}, wave {wave}: {unusable} of {replicates} resamples gave no usable effect size (more than {share} of them); no interval is given for it",
    "analyses.headline_no_programme_arm":
      "{function}: {measure}: no headline, because none of the arms ({arms}) can be told to be the programme arm; name it in the configuration (arms are never pooled)",
    "analyses.headline_no_main_wave":
      "{function}: {measure}: no headline, because the main follow-up wave was not found",
    "analyses.differential_attrition":
      "{measure}, wave {wave}: {share_a} of {arm_a} and {share_b} of {arm_b} have no follow-up, a gap of {gap} points (threshold {threshold} points): the arms may no longer be comparable",
    "analyses.exit_categories":
      "positive exits are the situations {categories}; the share is of the people whose situation on leaving is recorded",
    "analyses.implausible_rows":
      "{function}: {count} row(s) fail a plausibility rule ({rules}); {share} of the {measure} rest on them (left out of the figures: {excluded})",
    "analyses.valuation_line":
      "{from} to {to}: {hours_en} hours × {rate_en}/hour = {value_en} ({source}, rate in force from {rate_from})",
    "analyses.valuation_method_periods":
      "Volunteer time valued at {value_en}: {hours_en} hours, each valued at the rate in force on its date ({source}), over {periods} rate periods listed line by line (hours × rate = value; the lines add up to the total). Recorded as voluntary contributions in kind (ANC regulation 2018-06): debit account 864 “Personnel bénévole”, credit account 875 “Bénévolat”, with the method described in the notes to the accounts.",
  },
  fr: {
    "analyses.missing_column": "{function} : il faut une colonne {column}",
    "analyses.bad_option": "{function} : {detail}",
    "analyses.no_rows": "{function} : il faut au moins une ligne utilisable",
    "analyses.identifier_breakdown":
      "{function} : impossible de ventiler les résultats par {column} : cette colonne identifie des personnes et ses valeurs seraient publiées",
    "analyses.rows_excluded_person":
      "{function} : {count} ligne(s) écartée(s) faute d'identifiant de personne ; elles ne sont pas comptées dans ce résultat",
    "analyses.rows_excluded_date":
      "{function} : {count} ligne(s) écartée(s) car leur date manque ou n'est pas valide ; elles ne sont pas comptées dans ce résultat",
    "analyses.rows_excluded_value":
      "{function} : {count} ligne(s) écartée(s) car leur valeur manque ou n'est pas un nombre ; elles ne sont pas comptées dans ce résultat",
    "analyses.small_n":
      "seulement {n} personnes (moins de {threshold}) : on ne peut pas distinguer une différence entre groupes ou une évolution dans le temps du simple hasard ; lisez ces chiffres comme une description, pas comme la preuve d'un effet",
    "analyses.valuation_method":
      "Temps bénévole valorisé à {value_fr} : {hours_fr} heures × {rate_fr}/heure ({source}). À enregistrer en contributions volontaires en nature (règlement ANC 2018-06) : débit du compte 864 « Personnel bénévole », crédit du compte 875 « Bénévolat », la méthode étant décrite dans l'annexe des comptes.",
    "analyses.rate_out_of_range":
      "{function} : aucun taux {preset} n'est connu pour {year} ; l'année connue la plus proche ({used}) a été utilisée",
    "analyses.low_response":
      "taux de réponse au suivi {rate} : {missing} personnes sur {enrolled} n'ont pas répondu ; le taux de résultat décrit celles qui ont répondu et peut ne pas valoir pour celles qui sont parties",
    "analyses.curve_truncated":
      "la courbe de maintien n'est pas montrée là où moins de {k} personnes étaient encore suivies (après {time} {unit})",
    "analyses.observation_window":
      "les chiffres couvrent la période du {from} au {to}, celle que les fichiers enregistrent ; {cells} case(s) hors de cette période ne sont pas observées (pas de chiffre, et non 0 %)",
    "analyses.small_n_group":
      "{measure} — {arm}, vague {wave} : seulement {n} personnes (moins de {threshold}) ; lisez ce chiffre comme une description, pas comme la preuve d'un effet",
    "analyses.constant_difference":
      "{measure} — {arm}, vague {wave} : les {n} personnes ont toutes changé d'exactement {value} ; aucun test ni intervalle ne peut être calculé sur un changement qui ne varie pas",
    "analyses.bootstrap_refused":
      "{measure} — {arm}, vague {wave} : {unusable} rééchantillonnages sur {replicates} n'ont pas donné de taille d'effet utilisable (plus de {share}) ; aucun intervalle n'est donné pour elle",
    "analyses.headline_no_programme_arm":
      "{function} : {measure} : pas de chiffre principal, car aucun des groupes ({arms}) ne peut être reconnu comme le groupe accompagné ; indiquez-le dans la configuration (les groupes ne sont jamais additionnés)",
    "analyses.headline_no_main_wave":
      "{function} : {measure} : pas de chiffre principal, car la vague de suivi principale est introuvable",
    "analyses.differential_attrition":
      "{measure}, vague {wave} : {share_a} du groupe {arm_a} et {share_b} du groupe {arm_b} n'ont pas de suivi, un écart de {gap} points (seuil {threshold} points) : les groupes peuvent ne plus être comparables",
    "analyses.exit_categories":
      "les sorties positives sont les situations {categories} ; la part est calculée sur les personnes dont la situation à la sortie est connue",
    "analyses.implausible_rows":
      "{function} : {count} ligne(s) ne passent pas une règle de vraisemblance ({rules}) ; {share} des {measure} reposent sur elles (écartées des chiffres : {excluded})",
    "analyses.valuation_line":
      "du {from} au {to} : {hours_fr} heures × {rate_fr}/heure = {value_fr} ({source}, taux en vigueur depuis le {rate_from})",
    "analyses.valuation_method_periods":
      "Temps bénévole valorisé à {value_fr} : {hours_fr} heures, chacune au taux en vigueur à sa date ({source}), sur {periods} périodes de taux détaillées ligne par ligne (heures × taux = valeur ; les lignes s'additionnent au total). À enregistrer en contributions volontaires en nature (règlement ANC 2018-06) : débit du compte 864 « Personnel bénévole », crédit du compte 875 « Bénévolat », la méthode étant décrite dans l'annexe des comptes.",
  },
};
