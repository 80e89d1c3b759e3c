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
  },
};
