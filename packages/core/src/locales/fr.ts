import type { MessageCode } from "./en.js";

/** Every message template of core in French, by code: the same codes as the English catalogue. */
export const fr: Record<MessageCode, string> = {
  "ingest.empty_file": "{file} est vide : ni en-tête ni données. Vérifiez que c'est le bon fichier.",
  "solidata.error": "solidata s'est arrêté sur une erreur qui ne décrit aucun problème",
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
  "ingest.sheet_ambiguous":
    "{file} a {count} feuilles avec des données : dites laquelle lire (son nom, ou sa position, 1 pour la première). Ses feuilles sont : {sheets}.",
  "ingest.unsupported_format":
    "{file} : le format {extension} n'est pas lu ; utilisez .csv, .tsv, .txt, .xlsx, .xls ou .ods.",
  "ingest.ragged_row":
    "la ligne {line} a {found} champs au lieu de {expected} : gardée, les cellules manquantes sont vides, les cellules en trop ont leur propre colonne",
  "ingest.empty_header": "la colonne {index} n'a pas de nom : nommée {name}",
  "ingest.duplicate_header": "la colonne {index} porte le même nom qu'une précédente ({header}) : nommée {name}",
  "ingest.header_cleaned":
    "l'en-tête de la colonne {name} contenait des retours à la ligne ou des caractères de contrôle : nettoyé",
  "ingest.line_above_header": "la ligne {line} est au-dessus de l'en-tête et a été ignorée : {value}",
  "ingest.formula_without_value":
    "ligne {line}, colonne {column} : la cellule {value} contient une formule sans résultat enregistré (le fichier n'a jamais été recalculé) ; la ligne est mise à part. Ouvrez le fichier dans votre tableur, enregistrez-le, puis réessayez",
  "ingest.total_row": "la ligne {line} est une ligne de total ({value}) : mise à part, hors de tout chiffre",
  "ingest.trailing_note": "la ligne {line} est une note sous le tableau ({value}) : mise à part, hors de tout chiffre",
  "ingest.header_rows_joined":
    "l'en-tête de la ligne {line} continue sur la ou les ligne(s) {lines} : réunies en un nom par colonne ({value})",
  "ingest.value_not_parsed": "ligne {line}, colonne {column} : {value} n'est pas un(e) {type} valide ; gardé en texte",
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
  "ingest.reason.date_month":
    "toutes les valeurs sont des mois sans jour : lues comme le premier du mois, affichées comme un mois",
  "ingest.reason.date_unambiguous": "toutes les valeurs sont des dates au mois sans ambiguïté",
  "ingest.reason.date_order_evidence": "dates lues en {order} : les valeurs le montrent",
  "ingest.reason.date_order_assumed": "dates lues en {order} : supposé, aucune valeur ne montre l'ordre",
  "ingest.reason.date_order_given": "dates lues en {order} : donné en option",
  "ingest.reason.text": "texte libre ou mélangé",
  "ingest.reason.text_after_sample": "des valeurs n'apparaissent qu'après l'échantillon : gardées en texte",
  "ingest.reason.option": "type {type} donné en option",
  "ingest.reason.workbook_cells": "le classeur stocke ces cellules en {type}",
  "clean.required_missing": "ligne {line} : {column} est obligatoire mais vide",
  "clean.impossible_date":
    "ligne {line} : {column} « {value} » est une date qui n'existe pas au calendrier (attendu : {expected})",
  "clean.invalid_date": "ligne {line} : {column} « {value} » n'est pas une date (attendu : {expected})",
  "clean.invalid_number": "ligne {line} : {column} « {value} » n'est pas un nombre",
  "clean.invalid_duration": "ligne {line} : {column} « {value} » n'est pas une durée comme 2h30 ou 1,5",
  "clean.negative_value": "ligne {line} : {column} est négatif ({value})",
  "clean.out_of_range": "ligne {line} : {column} {value} est hors de l'intervalle attendu {expected}",
  "clean.future_date": "ligne {line} : {column} {value} est dans le futur",
  "clean.value_not_parsed": "ligne {line} : {column} n'a pas pu être lu à l'import ({value})",
  "clean.ragged_row":
    "la ligne {line} n'a pas les {expected} cellules de l'en-tête : ses valeurs sont peut-être décalées",
  "clean.possible_duplicate":
    "la ligne {line} répète la ligne {kept_line} cellule par cellule, loin d'elle et seule : gardée (une même mission peut être faite deux fois) ; vérifiez si elle a été saisie deux fois",
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
  "privacy.l_diversity":
    "{table} : toutes les personnes de {group} partagent la même valeur de {attribute} (l-diversité inférieure à 2) ; ses cases sont masquées sauf si la règle est flag",
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
    "Temps bénévole valorisé à {value_fr} : {hours_fr} heures × {rate_fr}/heure ({source_fr}). À enregistrer en contributions volontaires en nature (règlement ANC 2018-06) : débit du compte 864 « Personnel bénévole », crédit du compte 875 « Bénévolat », la méthode étant décrite dans l'annexe des comptes.",
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
    "du {from} au {to} : {hours_fr} heures × {rate_fr}/heure = {value_fr} ({source_fr}, taux en vigueur depuis le {rate_from})",
  "analyses.valuation_source.custom": "taux personnalisé",
  "analyses.valuation_source.fr-smic-gross": "SMIC horaire brut",
  "analyses.valuation_source.fr-smic-charged": "SMIC horaire brut × {factor}",
  "analyses.valuation_source.us-independent-sector": "Independent Sector, Value of Volunteer Time",
  "analyses.valuation_period_source.fr-smic-gross":
    "SMIC horaire brut, décrets au Journal officiel (service-public.fr, « Smic »)",
  "analyses.valuation_period_source.fr-smic-charged":
    "SMIC horaire brut, décrets au Journal officiel (service-public.fr, « Smic »), × (1 + taux de charges patronales)",
  "analyses.valuation_period_source.us-independent-sector":
    "Independent Sector, Value of Volunteer Time (independentsector.org)",
  "analyses.valuation_method_periods":
    "Temps bénévole valorisé à {value_fr} : {hours_fr} heures, chacune au taux en vigueur à sa date ({source_fr}), sur {periods} périodes de taux détaillées ligne par ligne (heures × taux = valeur ; les lignes s'additionnent au total). À enregistrer en contributions volontaires en nature (règlement ANC 2018-06) : débit du compte 864 « Personnel bénévole », crédit du compte 875 « Bénévolat », la méthode étant décrite dans l'annexe des comptes.",
  "indicators.section.signals": "Signaux faibles",
  "indicators.section.factors": "Facteurs de succès",
  "indicators.skipped.no_series": "Section signaux faibles omise : aucun journal de passages ou de bénévolat daté",
  "indicators.skipped.no_projects":
    "Section facteurs de succès omise : aucune liste de projets avec un résultat et des colonnes de facteurs",
  "indicators.failed.sites":
    "Section lieux omise : la liste des lieux n'a pas de colonne utilisable pour « {column} » ; indiquez-la dans files[].mapping de la configuration",
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
  "clean.kind_uncertain":
    "le type de ce tableau est incertain (score {score}, sous le seuil {threshold}) ; meilleurs candidats : {candidates}. Choisissez-le avec --schema {best} (ou un autre type) ou avec files[].kind dans la configuration",
  "kind.nothing_matched": "aucun en-tête ne correspond à un type de tableau",
  "kind.field_matched": "{column} → {field} ({method}, {confidence})",
  "kind.no_anchor": "aucun des champs qui font un tableau {kind} n'a été trouvé : points divisés par 3",
  "kind.person_fields":
    "le fichier a des champs de personnes (prénom, date de naissance, genre), contrairement à un tableau {kind} : points divisés par 2",
  "kind.tie": "{first} et {second} sont à égalité : {list}",
  "kind.wide_survey":
    "des colonnes de score par vague (ex. bdi.pre, bdi.2m) : une enquête de suivi en largeur, remise en lignes par reshapeWaves",
  "kind.below_threshold": "score {score} sous le seuil {threshold} : {list}",
  "kind.name.volunteers": "journal des bénévoles",
  "kind.name.beneficiaries": "registre des bénéficiaires",
  "kind.name.visits": "passages et distributions",
  "kind.name.groups": "groupes locaux",
  "kind.name.outcomes": "enquête de suivi",
  "kind.name.sites": "lieux",
  "kind.name.projects": "projets et résultats",
  "map.reason_synonym": "l'en-tête est un nom connu du champ",
  "map.reason_tokens": "mêmes mots qu'un nom connu, écrits autrement",
  "map.reason_similar": "en-tête proche d'un nom connu",
  "map.reason_hxl": "étiquette HXL",
  "map.reason_values": "l'en-tête ne dit rien, mais les valeurs ne peuvent être que ce champ",
  "map.reason_user": "choisi par l'utilisateur",
  "map.reason_rejected_by_values": "l'en-tête évoque {field} mais les valeurs ne correspondent pas",
  "map.reason_field_taken": "l'en-tête évoque {field} mais une meilleure colonne l'a pris",
  "map.reason_no_match": "aucun champ ne correspond",
  "map.values_too_few": "trop peu de valeurs pour juger",
  "map.values_yes_no": "valeurs oui/non",
  "map.values_not_yes_no": "pas des valeurs oui/non",
  "map.values_two_distinct": "une ou deux valeurs distinctes seulement",
  "map.values_dates": "des dates",
  "map.values_birth_dates": "des dates de 14 ans ou plus (dates de naissance)",
  "map.values_not_dates": "pas des dates",
  "map.values_names": "des noms de personnes",
  "map.values_not_names": "pas des noms de personnes",
  "map.values_organisations": "des noms de structures ou de lieux, pas de personnes",
  "map.values_codes": "des codes",
  "map.values_not_codes": "pas des codes",
  "map.values_emails": "des adresses e-mail",
  "map.values_not_emails": "pas des adresses e-mail",
  "map.values_phones": "des numéros de téléphone",
  "map.values_not_phones": "pas des numéros de téléphone",
  "map.values_postcodes": "des codes à quatre ou cinq chiffres",
  "map.values_not_postcodes": "pas des codes postaux",
  "map.values_genders": "des genres",
  "map.values_not_genders": "pas des genres",
  "map.values_durations": "des durées (2h30, 45 min)",
  "map.values_numbers": "des nombres",
  "map.values_not_numbers": "pas des nombres",
  "map.values_long_text": "du texte libre long",
  "map.values_labels": "des libellés",
  "map.values_text": "du texte",
  "files.duplicate_bytes": "{files} ont les mêmes octets : comptés une fois",
  "files.duplicate_ids":
    "{files} contiennent les mêmes {count} identifiants : sans doute la même liste, comptée une fois",
  "waves.unknown_direction":
    "le sens de {measure} n'est pas connu : indiquez si un score plus élevé est meilleur (option directions)",
  "waves.reshaped":
    "{columns} colonnes de vagues de {measures} mesure(s) remises en {rows} lignes (une par personne et par vague)",
  "duckdb.missing": "{file} : le moteur DuckDB demande le paquet facultatif @duckdb/node-api, qui n'est pas installé",
  "duckdb.not_utf8":
    "{file} : le moteur DuckDB ne lit que l'UTF-8 et ce fichier est en {encoding} : lu par le moteur JavaScript",
  "duckdb.kind_unsupported":
    "{file} : le moteur DuckDB ne prépare que les journaux de bénévolat et de passages ({kind}) : lu par le moteur JavaScript",
  "duckdb.ragged_rows":
    "{file} : le début du fichier a des erreurs que le moteur DuckDB ne sait pas reproduire ligne à ligne : lu par le moteur JavaScript",
  "duckdb.read_failed":
    "{file} : DuckDB n'a pas pu lire le fichier tel que solidata l'a reconnu ({reason}) : lu par le moteur JavaScript",
};
