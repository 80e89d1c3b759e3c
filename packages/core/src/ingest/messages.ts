import type { MessageTable } from "../messages/catalogue.js";

/** Message templates of this module, in English and French. */
export const messages: MessageTable = {
  en: {
    "ingest.empty_file": "{file} is empty: there is no header and no data. Check that you chose the right file.",
    "ingest.binary_file":
      "{file} is not a text file (it looks binary). Save it as CSV (UTF-8) from your spreadsheet and try again.",
    "ingest.workbook_as_csv":
      "{file} is a workbook, not CSV text. Give it a .xlsx, .xls or .ods name, or save it as CSV.",
    "ingest.unterminated_quote":
      "{file}: a quote opened on line {line} (column {column}) is never closed. Close the quote, or remove it, then try again.",
    "ingest.field_too_long":
      "{file}: the field starting on line {line} (column {column}) is longer than {limit} characters; a quote is probably missing. Check that line.",
    "ingest.file_not_found": "{file} does not exist. Check the path and the file name.",
    "ingest.file_unreadable": "{file} cannot be read ({reason}). Check its permissions.",
    "ingest.workbook_corrupted":
      "{file} is not a readable workbook ({reason}). Open it in your spreadsheet and save it again.",
    "ingest.workbook_protected":
      "{file} is protected by a password. Remove the protection in your spreadsheet, save, and try again.",
    "ingest.sheet_not_found": "{file} has no sheet {sheet}. Its sheets are: {sheets}.",
    "ingest.unsupported_format":
      "{file}: the format {extension} is not read; use .csv, .tsv, .txt, .xlsx, .xls or .ods.",
    "ingest.ragged_row":
      "line {line} has {found} fields instead of {expected}: kept, missing cells are empty, extra ones get their own column",
    "ingest.empty_header": "column {index} has no name: named {name}",
    "ingest.duplicate_header": "column {index} has the same name as an earlier one ({header}): named {name}",
    "ingest.header_cleaned": "the header of column {name} had line breaks or control characters: cleaned",
    "ingest.line_above_header": "line {line} is above the header and was skipped: {value}",
    "ingest.value_not_parsed": "line {line}, column {column}: {value} is not a valid {type}; kept as text",
    "ingest.reserved_header": "column {index} is named {header}, a name JavaScript reserves: named {name}",
    "ingest.null_markers": "column {column}: {count} cell(s) read as missing ({markers})",
    "ingest.error_cell": "row {line}, column {index}: the spreadsheet shows the error {value}; read as missing, not 0",
    "ingest.mojibake":
      "column {column}: {count} cell(s) look like UTF-8 text read in another encoding before (Ã©, Â£); kept as written",
    "ingest.encoding_repaired":
      "line {line}: byte {offset} is not valid UTF-8; read as Windows-1252 ({value}), the other lines are UTF-8",
    "ingest.workbook_entry_ratio":
      "{file}: the part {entry} inflates more than {limit} times its compressed size; refused (limit {limit}:1), a workbook is not compressed like that",
    "ingest.workbook_too_large":
      "{file}: its sheets hold more than {limit} MiB of data once unpacked, more than solidata reads from a workbook; save the sheet as CSV (read streaming, any size)",
    "ingest.undecodable_byte": "byte at offset {offset} is not valid {encoding}; it was replaced by �",
    "ingest.stray_quote": "line {line}: text after a closing quote; the quote and the text are kept in the value",
    "ingest.nul_byte": "line {line} contains a NUL byte (kept)",
    "ingest.decision.bom": "a byte order mark says {encoding}",
    "ingest.decision.valid_utf8": "every byte is valid UTF-8",
    "ingest.decision.utf16_zeros": "no byte order mark, but every other byte is zero: {encoding}",
    "ingest.decision.not_utf8": "byte {offset} is not valid UTF-8 (detection says {detected}): read as Windows-1252",
    "ingest.decision.mostly_utf8":
      "UTF-8 with a few bytes that are not (first at byte {offset}): those are read as Windows-1252, line by line",
    "ingest.decision.encoding_option": "encoding {encoding} given as an option",
    "ingest.decision.text_input": "text given already decoded",
    "ingest.decision.delimiter_counts": "{delimiter} splits {share}% of the first records into {fields} fields",
    "ingest.decision.delimiter_default": "no delimiter splits the records: one column, {delimiter} assumed",
    "ingest.decision.delimiter_option": "delimiter {delimiter} given as an option",
    "ingest.decision.header_first": "the header is the first line with content (line {line})",
    "ingest.decision.header_skipped_titles": "the header is line {line}: {skipped} title line(s) above it skipped",
    "ingest.decision.header_above_hxl": "the header is line {line}, just above the HXL hashtag row",
    "ingest.decision.header_option": "header line {line} given as an option",
    "ingest.decision.hxl_row": "line {line} holds HXL hashtags: kept as column metadata, not data",
    "ingest.decision.date_order_assumed": "no day above 12 shows the order of dates: {order} assumed",
    "ingest.decision.workbook": "read from a workbook, sheet {sheet}",
    "ingest.reason.empty": "no value",
    "ingest.reason.boolean_words": "every value is a yes/no word",
    "ingest.reason.boolean_x": "values are x or blank: x is true, blank is false",
    "ingest.reason.leading_zero": "digits with leading zeros: kept as text",
    "ingest.reason.insee": "INSEE codes (with 2A/2B): kept as text",
    "ingest.reason.phone": "phone numbers: kept as text",
    "ingest.reason.siret": "14-digit SIRET numbers: kept as text",
    "ingest.reason.long_digits": "numbers of more than 15 digits: kept as text so no digit is lost",
    "ingest.reason.identifier_header": "the header {header} names a code or number: kept as text",
    "ingest.reason.integer": "every value is a whole number",
    "ingest.reason.decimal": "every value is a number ({decimal} decimal separator)",
    "ingest.reason.decimal_after_sample": "decimal values appear after the sample: read as decimal",
    "ingest.reason.percent": "every value ends with %: read as a fraction",
    "ingest.reason.currency": "every value is an amount in {currency}",
    "ingest.reason.date_iso": "every value is an ISO date",
    "ingest.reason.date_unambiguous": "every value is a date whose month is unambiguous",
    "ingest.reason.date_order_evidence": "dates read as {order}: the values show it",
    "ingest.reason.date_order_assumed": "dates read as {order}: assumed, no value shows the order",
    "ingest.reason.date_order_given": "dates read as {order}: given as an option",
    "ingest.reason.text": "mixed or free text",
    "ingest.reason.text_after_sample": "values appear only after the sample: kept as text",
    "ingest.reason.option": "type {type} given as an option",
    "ingest.reason.workbook_cells": "the workbook stores these cells as {type}",
  },
  fr: {
    "ingest.empty_file": "{file} est vide : ni en-tête ni données. Vérifiez que c'est le bon fichier.",
    "ingest.binary_file":
      "{file} n'est pas un fichier texte (il semble binaire). Enregistrez-le en CSV (UTF-8) depuis votre tableur puis réessayez.",
    "ingest.workbook_as_csv":
      "{file} est un classeur, pas du texte CSV. Donnez-lui une extension .xlsx, .xls ou .ods, ou enregistrez-le en CSV.",
    "ingest.unterminated_quote":
      "{file} : un guillemet ouvert ligne {line} (colonne {column}) n'est jamais fermé. Fermez ou supprimez ce guillemet puis réessayez.",
    "ingest.field_too_long":
      "{file} : le champ qui commence ligne {line} (colonne {column}) dépasse {limit} caractères ; il manque sans doute un guillemet. Vérifiez cette ligne.",
    "ingest.file_not_found": "{file} n'existe pas. Vérifiez le chemin et le nom du fichier.",
    "ingest.file_unreadable": "{file} ne peut pas être lu ({reason}). Vérifiez ses droits d'accès.",
    "ingest.workbook_corrupted":
      "{file} n'est pas un classeur lisible ({reason}). Ouvrez-le dans votre tableur et enregistrez-le à nouveau.",
    "ingest.workbook_protected":
      "{file} est protégé par un mot de passe. Retirez la protection dans votre tableur, enregistrez, puis réessayez.",
    "ingest.sheet_not_found": "{file} n'a pas de feuille {sheet}. Ses feuilles sont : {sheets}.",
    "ingest.unsupported_format":
      "{file} : le format {extension} n'est pas lu ; utilisez .csv, .tsv, .txt, .xlsx, .xls ou .ods.",
    "ingest.ragged_row":
      "la ligne {line} a {found} champs au lieu de {expected} : gardée, les cellules manquantes sont vides, les cellules en trop ont leur propre colonne",
    "ingest.empty_header": "la colonne {index} n'a pas de nom : nommée {name}",
    "ingest.duplicate_header": "la colonne {index} porte le même nom qu'une précédente ({header}) : nommée {name}",
    "ingest.header_cleaned":
      "l'en-tête de la colonne {name} contenait des retours à la ligne ou des caractères de contrôle : nettoyé",
    "ingest.line_above_header": "la ligne {line} est au-dessus de l'en-tête et a été ignorée : {value}",
    "ingest.value_not_parsed":
      "ligne {line}, colonne {column} : {value} n'est pas un(e) {type} valide ; gardé en texte",
    "ingest.reserved_header": "la colonne {index} s'appelle {header}, un nom réservé par JavaScript : nommée {name}",
    "ingest.null_markers": "colonne {column} : {count} cellule(s) lue(s) comme manquante(s) ({markers})",
    "ingest.error_cell":
      "ligne {line}, colonne {index} : le tableur affiche l'erreur {value} ; lue comme manquante, pas 0",
    "ingest.mojibake":
      "colonne {column} : {count} cellule(s) semblent du texte UTF-8 déjà lu dans un autre encodage (Ã©, Â£) ; gardées telles quelles",
    "ingest.encoding_repaired":
      "ligne {line} : l'octet {offset} n'est pas de l'UTF-8 valide ; lu en Windows-1252 ({value}), les autres lignes sont en UTF-8",
    "ingest.workbook_entry_ratio":
      "{file} : la partie {entry} se décompresse à plus de {limit} fois sa taille compressée ; refusé (limite {limit}:1), un classeur ne se compresse pas ainsi",
    "ingest.workbook_too_large":
      "{file} : ses feuilles dépassent {limit} Mio une fois décompressées, plus que ce que solidata lit d'un classeur ; enregistrez la feuille en CSV (lu en flux, de toute taille)",
    "ingest.undecodable_byte": "l'octet à la position {offset} n'est pas du {encoding} valide ; remplacé par �",
    "ingest.stray_quote":
      "ligne {line} : du texte après un guillemet fermant ; le guillemet et le texte sont gardés dans la valeur",
    "ingest.nul_byte": "la ligne {line} contient un octet NUL (gardé)",
    "ingest.decision.bom": "une marque d'ordre des octets (BOM) indique {encoding}",
    "ingest.decision.valid_utf8": "tous les octets sont de l'UTF-8 valide",
    "ingest.decision.utf16_zeros": "pas de marque d'ordre des octets, mais un octet sur deux est nul : {encoding}",
    "ingest.decision.not_utf8":
      "l'octet {offset} n'est pas de l'UTF-8 valide (la détection indique {detected}) : lu en Windows-1252",
    "ingest.decision.encoding_option": "encodage {encoding} donné en option",
    "ingest.decision.mostly_utf8":
      "UTF-8 avec quelques octets qui n'en sont pas (le premier à l'octet {offset}) : ceux-là sont lus en Windows-1252, ligne par ligne",
    "ingest.decision.text_input": "texte fourni déjà décodé",
    "ingest.decision.delimiter_counts": "{delimiter} découpe {share} % des premiers enregistrements en {fields} champs",
    "ingest.decision.delimiter_default":
      "aucun séparateur ne découpe les enregistrements : une seule colonne, {delimiter} supposé",
    "ingest.decision.delimiter_option": "séparateur {delimiter} donné en option",
    "ingest.decision.header_first": "l'en-tête est la première ligne non vide (ligne {line})",
    "ingest.decision.header_skipped_titles":
      "l'en-tête est la ligne {line} : {skipped} ligne(s) de titre au-dessus ignorée(s)",
    "ingest.decision.header_above_hxl": "l'en-tête est la ligne {line}, juste au-dessus de la ligne de hashtags HXL",
    "ingest.decision.header_option": "ligne d'en-tête {line} donnée en option",
    "ingest.decision.hxl_row":
      "la ligne {line} contient des hashtags HXL : gardés comme métadonnées des colonnes, pas comme données",
    "ingest.decision.date_order_assumed": "aucun jour au-delà de 12 n'indique l'ordre des dates : {order} supposé",
    "ingest.decision.workbook": "lu depuis un classeur, feuille {sheet}",
    "ingest.reason.empty": "aucune valeur",
    "ingest.reason.boolean_words": "toutes les valeurs sont des mots oui/non",
    "ingest.reason.boolean_x": "valeurs x ou vides : x vaut vrai, vide vaut faux",
    "ingest.reason.leading_zero": "chiffres avec zéros en tête : gardés en texte",
    "ingest.reason.insee": "codes INSEE (avec 2A/2B) : gardés en texte",
    "ingest.reason.phone": "numéros de téléphone : gardés en texte",
    "ingest.reason.siret": "numéros SIRET à 14 chiffres : gardés en texte",
    "ingest.reason.long_digits": "nombres de plus de 15 chiffres : gardés en texte pour ne perdre aucun chiffre",
    "ingest.reason.identifier_header": "l'en-tête {header} désigne un code ou un numéro : gardé en texte",
    "ingest.reason.integer": "toutes les valeurs sont des nombres entiers",
    "ingest.reason.decimal": "toutes les valeurs sont des nombres (séparateur décimal : {decimal})",
    "ingest.reason.decimal_after_sample": "des valeurs décimales apparaissent après l'échantillon : lu en décimal",
    "ingest.reason.percent": "toutes les valeurs finissent par % : lues comme une fraction",
    "ingest.reason.currency": "toutes les valeurs sont des montants en {currency}",
    "ingest.reason.date_iso": "toutes les valeurs sont des dates ISO",
    "ingest.reason.date_unambiguous": "toutes les valeurs sont des dates au mois sans ambiguïté",
    "ingest.reason.date_order_evidence": "dates lues en {order} : les valeurs le montrent",
    "ingest.reason.date_order_assumed": "dates lues en {order} : supposé, aucune valeur ne montre l'ordre",
    "ingest.reason.date_order_given": "dates lues en {order} : donné en option",
    "ingest.reason.text": "texte libre ou mélangé",
    "ingest.reason.text_after_sample": "des valeurs n'apparaissent qu'après l'échantillon : gardées en texte",
    "ingest.reason.option": "type {type} donné en option",
    "ingest.reason.workbook_cells": "le classeur stocke ces cellules en {type}",
  },
};
