import type { MessageTable } from "../messages/catalogue.js";

/** Message templates of the cleaning, validation and geography steps, in English and French. */
export const messages: MessageTable = {
  en: {
    "clean.required_missing": "line {line}: {column} is required but empty",
    "clean.invalid_date": 'line {line}: {column} "{value}" is not a date (expected {expected})',
    "clean.invalid_number": 'line {line}: {column} "{value}" is not a number',
    "clean.invalid_duration": 'line {line}: {column} "{value}" is not a duration such as 2h30 or 1,5',
    "clean.negative_value": "line {line}: {column} is negative ({value})",
    "clean.out_of_range": "line {line}: {column} {value} is outside the expected range {expected}",
    "clean.future_date": "line {line}: {column} {value} is in the future",
    "clean.value_not_parsed": "line {line}: {column} could not be read by the import ({value})",
    "clean.ragged_row": "line {line} does not have the {expected} cells of the header: its values may be shifted",
    "clean.short_row": "line {line} ends before its last {count} cells ({columns}), all optional: kept with them empty",
    "clean.person_id_filled":
      "line {line}: {column} was empty; {value} given: the only identifier seen with the same {field}",
    "clean.duplicate_identical": "line {line} repeats line {kept} cell for cell: merged into it",
    "clean.duplicate_normalised": "line {line} repeats line {kept} just above once cleaned: merged into it",
    "clean.duplicate_normalised_missing":
      "line {line} repeats line {kept} just above once cleaned, apart from cells empty in one of them: merged into it",
    "clean.invalid_email": 'line {line}: {column} "{value}" is not an e-mail address; the cell was emptied',
    "clean.invalid_phone": 'line {line}: {column} "{value}" is not a phone number; the cell was emptied',
    "clean.invalid_postcode": 'line {line}: {column} "{value}" is not a French postcode; the cell was emptied',
    "clean.unknown_postcode":
      "line {line}: {column} {value} is not in the official list of postcodes; kept without commune code",
    "clean.ambiguous_postcode":
      "line {line}: postcode {value} covers several communes; give the commune to get its INSEE code",
    "clean.invalid_boolean": 'line {line}: {column} "{value}" is not yes or no; the cell was emptied',
    "clean.invalid_gender": 'line {line}: {column} "{value}" is not a known gender; the cell was emptied',
    "clean.invalid_optional_value": 'line {line}: {column} "{value}" could not be read; the cell was emptied',
    "clean.required_column_missing": "the {schema} schema needs a column for {column}; none of the headers matched it",
    "clean.schema_not_detected": "the kind of table could not be recognised from its headers; give --schema",
    "clean.recipe_header_uncovered": 'column "{column}" is not in the recipe; it was kept untouched',
    "clean.recipe_column_missing": 'the recipe expects a column "{column}" that this file does not have',
    "clean.recipe_value_uncovered":
      '{column}: the value "{value}" ({count} rows) is not in the recipe; it was kept as read',
    "clean.recipe_invalid": "the recipe is not valid: {message}",
    "clean.mapping_invalid": "the mapping is not valid: {message}",
    "clean.label_cluster": "{column}: {count} variants could be one label: {value}",
    "clean.id_longer_than_padding":
      'line {line}: {column} "{value}" has more digits than the {expected} of the other identifiers; kept as read',
  },
  fr: {
    "clean.required_missing": "ligne {line} : {column} est obligatoire mais vide",
    "clean.invalid_date": "ligne {line} : {column} « {value} » n'est pas une date (attendu : {expected})",
    "clean.invalid_number": "ligne {line} : {column} « {value} » n'est pas un nombre",
    "clean.invalid_duration": "ligne {line} : {column} « {value} » n'est pas une durée comme 2h30 ou 1,5",
    "clean.negative_value": "ligne {line} : {column} est négatif ({value})",
    "clean.out_of_range": "ligne {line} : {column} {value} est hors de l'intervalle attendu {expected}",
    "clean.future_date": "ligne {line} : {column} {value} est dans le futur",
    "clean.value_not_parsed": "ligne {line} : {column} n'a pas pu être lu à l'import ({value})",
    "clean.ragged_row":
      "la ligne {line} n'a pas les {expected} cellules de l'en-tête : ses valeurs sont peut-être décalées",
    "clean.short_row":
      "la ligne {line} s'arrête avant ses {count} dernières cellules ({columns}), toutes facultatives : gardée, ces cellules vides",
    "clean.person_id_filled":
      "ligne {line} : {column} était vide ; {value} attribué : seul identifiant vu avec le même {field}",
    "clean.duplicate_identical": "la ligne {line} répète la ligne {kept} cellule par cellule : fusionnée avec elle",
    "clean.duplicate_normalised":
      "la ligne {line} répète la ligne {kept} juste au-dessus, une fois nettoyée : fusionnée avec elle",
    "clean.duplicate_normalised_missing":
      "la ligne {line} répète la ligne {kept} juste au-dessus, une fois nettoyée, hormis des cellules vides dans l'une des deux : fusionnée avec elle",
    "clean.invalid_email": "ligne {line} : {column} « {value} » n'est pas une adresse e-mail ; la cellule a été vidée",
    "clean.invalid_phone":
      "ligne {line} : {column} « {value} » n'est pas un numéro de téléphone ; la cellule a été vidée",
    "clean.invalid_postcode":
      "ligne {line} : {column} « {value} » n'est pas un code postal français ; la cellule a été vidée",
    "clean.unknown_postcode":
      "ligne {line} : {column} {value} n'est pas dans la liste officielle des codes postaux ; conservé sans code commune",
    "clean.ambiguous_postcode":
      "ligne {line} : le code postal {value} couvre plusieurs communes ; indiquez la commune pour obtenir son code INSEE",
    "clean.invalid_boolean": "ligne {line} : {column} « {value} » n'est ni oui ni non ; la cellule a été vidée",
    "clean.invalid_gender": "ligne {line} : {column} « {value} » n'est pas un genre reconnu ; la cellule a été vidée",
    "clean.invalid_optional_value": "ligne {line} : {column} « {value} » n'a pas pu être lu ; la cellule a été vidée",
    "clean.required_column_missing":
      "le schéma {schema} a besoin d'une colonne pour {column} ; aucun en-tête ne lui correspond",
    "clean.schema_not_detected": "le type de tableau n'a pas été reconnu à partir des en-têtes ; précisez --schema",
    "clean.recipe_header_uncovered":
      "la colonne « {column} » n'est pas dans la recette ; elle est conservée telle quelle",
    "clean.recipe_column_missing": "la recette attend une colonne « {column} » absente de ce fichier",
    "clean.recipe_value_uncovered":
      "{column} : la valeur « {value} » ({count} lignes) n'est pas dans la recette ; elle est conservée telle quelle",
    "clean.recipe_invalid": "la recette n'est pas valide : {message}",
    "clean.mapping_invalid": "la correspondance de colonnes n'est pas valide : {message}",
    "clean.label_cluster": "{column} : {count} variantes pourraient être un seul libellé : {value}",
    "clean.id_longer_than_padding":
      "ligne {line} : {column} « {value} » a plus de chiffres que les {expected} des autres identifiants ; conservé tel quel",
  },
};
