import type { CliCode } from "./cli-en.js";

/** The CLI's own texts in French, by code: the same codes as the English catalogue. */
export const cliFr: Record<CliCode, string> = {
  "output.cant_write":
    "impossible d'écrire {path} ({reason}). Aucun fichier de cette exécution ne passe pour complet ; la sortie précédente, s'il y en a une, est intacte. Libérez de la place ou choisissez un autre dossier avec --out.",
  "report.text_escaped":
    "{file} : {count} cellules contenaient des caractères de contrôle ou des séparateurs de ligne (U+2028, U+2029) : montrés dans le rapport par des symboles visibles (␛, ␀…) ou des espaces, rien n'est perdu",
  "cli.too_large_for_memory":
    "{file} ({size} Mio) demande environ {needed} Mio de mémoire pour être nettoyé d'un coup, plus que ce processus Node peut utiliser ({limit} Mio). Le fichier n'est pas en cause : découpez-le (par année ou par site), ou donnez plus de mémoire à Node, par exemple NODE_OPTIONS=--max-old-space-size={needed}. (solidata inspect lit les fichiers de toute taille.)",
  "output.previous_interrupted":
    "remarque : {dir} contenait des fichiers temporaires d'une exécution interrompue ({files}) ; ils ont été supprimés et rien de leur contenu n'a servi.",
  "output.previous_no_manifest":
    "remarque : {dir} contient {files} sans manifest.json : une exécution précédente s'est peut-être arrêtée avant la fin. Ils vont être remplacés.",
  "output.previous_mismatch":
    "remarque : dans {dir}, {files} ne correspondent pas à manifest.json : une exécution précédente était incomplète ou les fichiers ont été modifiés depuis. Ils vont être remplacés.",
  "report.duplicate_files": "{files} contiennent les mêmes données : seul {kept} est compté",
  "report.empty":
    "le rapport ne contiendrait aucun chiffre : aucune section n'a pu être calculée à partir de ces fichiers. Rien n'a été écrit. Pourquoi :",
  "report.period_without_data":
    "Les fichiers contiennent des dates du {from} au {to} : choisissez une période comprise entre elles (--period).",
  "report.mostly_quarantined":
    "{file} : {share} % de ses lignes ont été mises à l'écart (plus de {limit} %) : les chiffres reposeraient sur une partie du fichier seulement. Lancez solidata clean sur ce fichier et lisez quarantine.csv ; rien n'a été écrit.",
  "privacy.check.examples":
    "\nExemples :\n  solidata privacy-check beneficiaires.csv\n  solidata privacy-check beneficiaires.csv --quasi age,genre,code_postal --k 5\n  solidata privacy-check beneficiaires.csv --apply generalise --out partenaire.csv\n",
  "inspect.help.examples":
    "\nExemples :\n  solidata inspect benevoles.csv\n  solidata inspect adherents.xlsx --sheet 2\n  solidata inspect passages.csv --json > passages-inspect.json\n",
  "clean.help.examples":
    "\nExemples :\n  solidata clean benevoles.csv\n  solidata clean passages.csv --schema visits --out nettoye --excel\n  solidata clean fevrier.csv --recipe nettoye/recipe.json\n  solidata clean beneficiaires.csv --key solidata.key --out export-partenaire\n",
  "labels.help.examples":
    "\nExemples :\n  solidata labels benevoles.csv\n  solidata labels passages.csv --field service --out libelles\n  solidata clean passages.csv --labels libelles/labels.csv\n",
  "key.help.examples": "\nExemples :\n  solidata key new --out solidata.key\n  solidata key check --key solidata.key\n",
  "report.help.examples":
    "\nExemples :\n  solidata report benevoles.csv beneficiaires.csv passages.csv\n  solidata report --config solidata.config.yaml --out rapport-2025\n  solidata report benevoles.csv --period 2025 --lang en --format html,json\n  solidata report *.csv --privacy internal --json > rapport.json\n\nCodes de sortie : 0 ok, 2 ligne de commande, 3 fichier introuvable, 4 données illisibles, 5 configuration, 7 écriture impossible.",
  "init.help.examples":
    "\nExemples :\n  solidata init benevoles.csv beneficiaires.csv passages.csv\n  solidata init *.csv --out config/solidata.config.yaml --force",
  "demo.help.examples": "\nExemples :\n  solidata demo\n  solidata demo --lang en --out /tmp/demo",
  "demo.option.out": "dossier du rapport (par défaut : ./solidata-demo)",
  "demo.organisation": "Association de démonstration",
  "demo.indicator.volunteer_hours": "Heures de bénévolat dans l'année",
  "demo.indicator.people_reached": "Personnes accompagnées",
  "demo.indicator.active_groups": "Groupes locaux actifs",
  "init.indicator.volunteer_hours": "Heures de bénévolat",
  "init.comment.head": "configuration solidata : modifiez-la, puis lancez `solidata report --config {file}`",
  "init.comment.organisation":
    "Votre association, telle qu'elle apparaît sur le rapport (logo : un fichier PNG, JPEG ou SVG)",
  "init.comment.lang": "Langue du rapport : fr ou en",
  "init.comment.period": 'Période couverte : une année ("2025") ou { from: 2025-01-01, to: 2025-06-30 }',
  "init.comment.files":
    "Les fichiers à lire. kind : volunteers (bénévoles), beneficiaries (bénéficiaires), visits (passages), groups (groupes), outcomes (suivi), sites (lieux) ou projects (projets)",
  "init.comment.unknown": "type non reconnu d'après les colonnes : à indiquer à la main",
  "init.comment.columns": "colonnes :",
  "init.comment.privacy": "public : effectifs sous 10 masqués (tout ce qui sort de l'association) ; internal : sous 5",
  "init.comment.valuation":
    "Valeur d'une heure de bénévolat : fr-smic-gross (SMIC brut en vigueur le jour de la mission), fr-smic-charged (avec charges patronales), us-independent-sector, ou un montant en euros",
  "init.comment.sections": "Sections du rapport, dans l'ordre",
  "init.comment.groups":
    "Recensement des groupes locaux : un groupe est actif quand sa dernière action est datée des N derniers mois de la période",
  "init.comment.indicators":
    "Indicateurs et objectifs (cadre logique) : chacun suit un chiffre du rapport (volunteers.hours, beneficiaries.reached, groups.active...) de sa situation de départ (baseline) à son objectif (target) ; direction increase, decrease ou maintain ; jalons (milestones) facultatifs. Retirez les # pour l'utiliser :",
  "init.comment.formats": "Fichiers à écrire",
  "init.comment.vocabularies":
    "Vos propres libellés, par champ : le libellé à afficher → ses autres écritures, par ex.\\n  activity:\\n    Maraude: [Tournée du soir, Maraude de nuit]",
  "cli.help.usage": "Utilisation :",
  "cli.help_after_error": "(ajoutez --help pour l'utilisation)",
  "cli.help.arguments": "Arguments :",
  "cli.help.options": "Options :",
  "cli.help.commands": "Commandes :",
  "cli.help.global_options": "Options générales :",
  "cli.help.command": "afficher l'aide d'une commande",
  "cli.help.default": "par défaut : {value}",
  "cli.help.choices": "valeurs possibles : {value}",
  "cli.help.env": "variable d'environnement : {value}",
  "cli.option.help": "afficher l'aide de la commande",
  "cli.option.version": "afficher la version de solidata",
  "cli.error.unknown_option": "erreur : option inconnue '{a}'",
  "cli.error.unknown_command": "erreur : commande inconnue '{a}'",
  "cli.error.missing_argument": "erreur : il manque l'argument '{a}'",
  "cli.error.option_argument_missing": "erreur : l'option '{a}' demande une valeur",
  "cli.error.required_option": "erreur : l'option '{a}' est obligatoire",
  "cli.error.invalid_option_value": "erreur : option '{a}' : la valeur '{b}' n'est pas valable",
  "cli.error.too_many_arguments": "erreur : trop d'arguments ({b} attendus, {c} reçus)",
  "cli.error.did_you_mean": "(vouliez-vous dire {name} ?)",
  "cli.error.did_you_mean_one": "(vouliez-vous dire l'une de ces options : {list} ?)",
  "cli.bad_lang": "langue inconnue {lang} : utilisez fr ou en.",
  "cli.argument.table_file": "un fichier CSV (.csv, .tsv, .txt) ou un classeur (.xlsx, .xls, .ods)",
  "cli.argument.files":
    "les fichiers de l'association : fichiers CSV (.csv, .tsv, .txt) ou classeurs (.xlsx, .xls, .ods)",
  "clean.description":
    "Nettoyer un fichier : reconnaître ses colonnes, normaliser les valeurs, mettre à l'écart les lignes inutilisables, enregistrer la recette",
  "clean.option.schema":
    "type de tableau : volunteers, beneficiaries, visits, groups, outcomes, sites, projects, ou auto (par défaut : détecté, refusé sous un score de 0,3)",
  "clean.option.map":
    'fichier JSON qui choisit les champs par en-tête, ex. {"Nom complet": "last_name", "Notes": null}',
  "clean.option.recipe": "réappliquer le recipe.json d'un passage précédent au lieu de décider à nouveau",
  "clean.option.out": "dossier où écrire clean.csv, quarantine.csv, duplicates.csv, recipe.json et clean-report.json",
  "clean.option.excel":
    "écrire aussi clean.xlsx (lignes propres, quarantaine et doublons sur des feuilles séparées ; codes, codes postaux et téléphones en texte) et des CSV qu'Excel en français ouvre correctement (BOM, points-virgules, virgules décimales)",
  "clean.excel_too_big":
    "clean.xlsx non écrit : {rows} lignes, plus que les {max} qu'une feuille Excel peut afficher (utilisez clean.csv)",
  "clean.excel.sheet.clean": "Lignes propres",
  "clean.excel.sheet.quarantine": "Quarantaine",
  "clean.excel.sheet.duplicates": "Doublons",
  "clean.excel.column._line": "Ligne source",
  "clean.excel.column.commune_code": "Code commune (INSEE)",
  "clean.excel.column.departement": "Département",
  "clean.excel.column.region": "Région",
  "clean.excel.column.line": "Ligne",
  "clean.excel.column.column": "Colonne",
  "clean.excel.column.code": "Code",
  "clean.excel.column.other_codes": "Autres codes",
  "clean.excel.column.message_en": "Message (anglais)",
  "clean.excel.column.message_fr": "Message (français)",
  "clean.excel.column.kept_line": "Ligne gardée",
  "clean.excel.column.rule": "Règle",
  "clean.option.merge": "fusionner les libellés qui sont sûrement le même (par défaut)",
  "clean.bad_schema":
    "schéma « {schema} » inconnu. Utilisez : volunteers, beneficiaries, visits, groups, outcomes, sites, projects, auto.",
  "clean.bad_json": "{file} n'est pas du JSON valide ({message}). Corrigez-le ou retirez l'option.",
  "clean.bad_map": "{file} doit être un objet JSON en-tête → nom de champ (ou null). {message}",
  "clean.bad_recipe":
    "{file} n'est pas une recette solidata : {message}. Utilisez un recipe.json écrit par solidata clean.",
  "clean.missing_option_file": "{file} n'existe pas. Vérifiez le chemin donné à {option}.",
  "clean.cant_write": "impossible d'écrire dans {dir} ({message}). Choisissez un autre dossier avec --out.",
  "clean.not_cleanable":
    "{message}. Indiquez le type de tableau avec --schema (volunteers, beneficiaries, visits, groups, outcomes, sites, projects).",
  "clean.summary":
    "{rowsIn} lignes lues : {rowsClean} propres, {rowsQuarantined} mises à l'écart, {rowsMerged} fusionnées comme doublons ({schema}). Fichiers écrits dans {dir}.",
  "clean.summary_duplicates":
    "duplicates.csv donne chaque ligne fusionnée avec une ligne précédente (ligne, ligne gardée, règle) : {rules}.",
  "clean.summary_quarantine": "quarantine.csv donne la raison de chaque ligne mise à l'écart : {codes}.",
  "clean.summary_uncovered":
    "{count} éléments ne sont pas couverts par la recette (voir clean-report.json, « uncovered ») : ils sont conservés tels quels.",
  "labels.description":
    "proposer quels libellés d'un fichier n'en font qu'un : écrit labels.csv (une colonne de décision à remplir) et labels.html",
  "labels.option.field": "seulement ce champ de catégorie (activity, service, situation, status, outcome, arm, site…)",
  "labels.option.out": "dossier où écrire labels.csv et labels.html",
  "labels.bad_field": "pas de champ de catégorie « {field} » dans ce fichier. Ses champs de catégorie : {fields}.",
  "labels.summary":
    "{clusters} groupes de libellés ({confident} fusionnés par défaut, {proposed} à examiner). Remplissez la colonne decision de {csv} (merge, keep ou le libellé à utiliser), puis lancez : solidata clean {file} --labels {csv}",
  "labels.html.title": "Libellés de {file} : groupes à examiner",
  "labels.html.intro":
    "Chaque ligne est un groupe de libellés qui désignent, ou peut-être, la même chose. Les groupes fusionnés le sont par clean et report sauf décision contraire ; les autres restent séparés sauf si vous les fusionnez. Décidez dans la colonne decision de {csv} : merge (fusionner), keep (garder) ou le libellé à utiliser.",
  "labels.html.how":
    "Lancez ensuite solidata clean {file} --labels {csv} : les décisions vont dans recipe.json, et solidata clean mois-suivant.csv --recipe recipe.json les rejoue.",
  "labels.html.none": "Aucun libellé à fusionner ni à examiner : tous les libellés sont distincts.",
  "labels.html.col.merge": "Fusionner ?",
  "labels.html.col.values": "Valeurs du groupe (lignes)",
  "labels.html.col.new": "Nouveau libellé",
  "labels.html.col.rule": "Lien le plus faible",
  "labels.html.col.rows": "Lignes",
  "labels.html.merged": "fusionné",
  "labels.html.review": "à examiner",
  "labels.rule.same": "libellé proposé",
  "labels.rule.key": "même écriture",
  "labels.rule.vocabulary": "vocabulaire",
  "labels.rule.abbreviation": "abréviation",
  "labels.rule.typo": "faute de frappe",
  "labels.rule.prefix": "début d'un mot",
  "labels.rule.near": "écriture proche",
  "labels.rule.extra_words": "mots en plus",
  "labels.rule.ambiguous": "convient à plusieurs libellés",
  "labels.rule.different_entries": "deux entrées du vocabulaire",
  "labels.bad_decisions":
    "{file} n'est pas une revue de libellés : il manque les colonnes {columns}. Utilisez le labels.csv écrit par solidata labels.",
  "clean.option.no_merge":
    "garder chaque libellé tel que saisi (seules la casse, les accents et les espaces sont unifiés)",
  "clean.option.labels": "appliquer les décisions d'un labels.csv écrit par solidata labels (gardées dans recipe.json)",
  "clean.summary_proposals":
    "{count} groupes de libellés désignent peut-être la même chose mais sont restés séparés : examinez-les avec solidata labels {file}.",
  "clean.summary_clusters":
    "{count} groupes de variantes de libellés pourraient être fusionnés : vérifiez-les dans clean-report.json (« clusters ») puis relancez avec --merge-labels ou modifiez recipe.json.",
  "cli.description": "Transformer les tableurs d'une association en chiffres fiables et en rapport d'impact.",
  "cli.error": "Erreur :",
  "cli.internal":
    "problème inattendu : {message}. C'est un défaut de solidata : merci de le signaler avec la commande lancée (SOLIDATA_DEBUG=1 affiche le détail).",
  "cli.option.lang": "langue des messages et des sorties : fr ou en",
  "cli.option.encoding":
    "encodage des fichiers CSV, au lieu de celui détecté : utf-8, windows-1252 (latin1), utf-16le, utf-16be",
  "cli.bad_encoding":
    "encodage inconnu {encoding} : utilisez utf-8, windows-1252 (latin1, iso-8859-1), utf-16le ou utf-16be",
  "cli.option.json": "écrire du JSON lisible par une machine sur la sortie standard",
  "cli.option.quiet": "pas de progression sur la sortie d'erreur",
  "inspect.description":
    "montrer comment solidata lit un fichier : encodage, séparateur, en-tête, type de chaque colonne, problèmes",
  "inspect.argument.file": "un fichier CSV (.csv, .tsv, .txt) ou un classeur (.xlsx, .xls, .ods)",
  "cli.option.sheet":
    "feuille à lire dans un classeur (son nom, ou sa position, 1 pour la première) ; nécessaire quand plusieurs feuilles visibles contiennent des données",
  "cli.sheet_ambiguous":
    "{file} a {count} feuilles avec des données : choisissez celle à lire avec --sheet NOM|N (son nom, ou sa position, 1 pour la première). Ses feuilles sont : {sheets}.",
  "report.sheet_ambiguous":
    "{file} a {count} feuilles avec des données : choisissez celle à lire avec --sheet NOM|N (son nom, ou sa position, 1 pour la première), ou avec sheet: pour ce fichier dans la configuration. Ses feuilles sont : {sheets}. Rien n'a été écrit.",
  "inspect.option.sheet":
    "feuille à lire (nom ou position, 1 pour la première) ; par défaut la première visible qui contient des données",
  "inspect.option.html":
    "écrire aussi une page de profil du fichier (HTML hors ligne : types, valeurs, histogrammes, alertes)",
  "inspect.option.out": "dossier de la page --html (par défaut : le dossier courant)",
  "inspect.html.written": "page de profil écrite : {path}",
  "inspect.html.cant_write": "impossible d'écrire la page de profil dans {dir} : {message}",
  "inspect.html.title": "Profil de {file}",
  "inspect.html.columns": "Colonnes",
  "inspect.html.type": "type et pourquoi",
  "inspect.html.missing": "manquantes",
  "inspect.html.distinct": "valeurs distinctes",
  "inspect.html.alerts": "Alertes",
  "inspect.html.no_alert": "Aucune alerte.",
  "inspect.html.top_values": "Valeurs les plus fréquentes",
  "inspect.html.value": "valeur",
  "inspect.html.count": "cellules",
  "inspect.html.month": "mois",
  "inspect.html.other_values":
    "{count} autre(s) valeur(s) non listée(s) (moins de {k} cellules chacune, ou au-delà des dix premières).",
  "inspect.html.nothing_frequent": "Aucune valeur ne remplit {k} cellules ou plus : aucune n'est listée.",
  "inspect.html.personal":
    "Colonne personnelle (noms, coordonnées, identifiants, dates de naissance) : ses valeurs ne sont jamais listées.",
  "inspect.html.privacy":
    "Les effectifs inférieurs à {k} ne sont pas affichés ; les valeurs des colonnes personnelles ne sont jamais listées.",
  "inspect.html.histogram": "Distribution de {column}",
  "inspect.html.date_histogram": "Cellules par mois de {column}",
  "inspect.html.issues": "Problèmes relevés à la lecture",
  "inspect.html.no_issue": "Aucun.",
  "inspect.html.issue": "problème",
  "inspect.html.issue.ragged_row": "lignes avec trop ou trop peu de champs",
  "inspect.html.issue.empty_header": "colonnes sans nom",
  "inspect.html.issue.duplicate_header": "noms de colonne en double",
  "inspect.html.issue.header_cleaned": "noms de colonne avec sauts de ligne ou caractères de contrôle, nettoyés",
  "inspect.html.issue.line_above_header": "lignes au-dessus de l'en-tête, ignorées",
  "inspect.html.issue.value_not_parsed": "valeurs qui ne correspondent pas au type de leur colonne, gardées en texte",
  "inspect.html.issue.reserved_header": "noms de colonne réservés par JavaScript, renommés",
  "inspect.html.issue.null_markers": "colonnes avec des cellules lues comme manquantes (NA, -…)",
  "inspect.html.issue.error_cell": "cellules d'erreur du tableur (#DIV/0!, #N/A…), lues comme manquantes",
  "inspect.html.issue.mojibake": "colonnes au texte abîmé par un mauvais encodage",
  "inspect.html.issue.encoding_repaired": "lignes avec un octet qui n'est pas de l'UTF-8, lu en Windows-1252",
  "inspect.html.issue.undecodable_byte": "octets illisibles, remplacés par �",
  "inspect.html.issue.stray_quote": "lignes avec du texte après un guillemet fermant",
  "inspect.html.issue.nul_byte": "lignes contenant un octet NUL",
  "inspect.html.issue.other": "autre problème",
  "inspect.html.alert.spaces": "{count} cellule(s) commencent ou finissent par des espaces",
  "inspect.html.alert.duplicated_ids":
    "{count} cellule(s) portent un identifiant présent plusieurs fois (normal dans un journal, pas dans un registre)",
  "inspect.html.alert.constant": "la même valeur dans les {count} cellules remplies",
  "inspect.html.alert.high_cardinality":
    "{count} valeurs distinctes, plus de la moitié des cellules : texte libre ou identifiant ?",
  "inspect.html.alert.mojibake": "{count} cellule(s) semblent abîmées par un mauvais encodage (Ã©, â€™…)",
  "inspect.html.alert.mixed_formats": "{count} cellule(s) dans un autre format que le reste de la colonne",
  "inspect.html.alert.mostly_missing": "{count} cellules manquantes, plus de la moitié des lignes",
  "inspect.summary.csv": "CSV, {encoding}{bom}, séparateur « {delimiter} », fins de ligne {lineEnding}",
  "inspect.summary.workbook": "classeur {format}, feuille « {sheet} »",
  "inspect.summary.sheets":
    "feuilles (choisissez-en une avec --sheet, par nom ou position, 1 pour la première ; les feuilles masquées sont désignées par leur position) : {sheets}",
  "inspect.summary.sheet": "« {name} » ({rows} lignes)",
  "inspect.summary.rows": "{rows} lignes, {columns} colonnes, en-tête ligne {headerLine} ({bytes} octets)",
  "inspect.summary.hxl": "hashtags HXL ligne {line}, gardés comme métadonnées des colonnes",
  "inspect.heading.column": "colonne",
  "inspect.heading.type": "type",
  "inspect.heading.missing": "manquants",
  "inspect.heading.distinct": "distincts",
  "inspect.heading.examples": "exemples",
  "inspect.type.text": "texte",
  "inspect.type.identifier": "identifiant",
  "inspect.type.integer": "entier",
  "inspect.type.decimal": "décimal",
  "inspect.type.percent": "pourcentage",
  "inspect.type.currency": "montant",
  "inspect.type.boolean": "oui/non",
  "inspect.type.date": "date",
  "inspect.type.datetime": "date et heure",
  "inspect.type.empty": "vide",
  "inspect.decisions": "Décisions :",
  "inspect.issues": "{count} problème(s) trouvé(s) (rien n'a été supprimé) :",
  "inspect.more_issues": "  … et {count} autre(s) (voir --json)",
  "inspect.kind": "Type : {kind} (score {score}, seuil {threshold}) ; candidats : {candidates}",
  "inspect.kind_none":
    "Type : non reconnu (score {score}, seuil {threshold}) ; candidats : {candidates}. Choisissez-le avec --schema <type> (clean) ou files[].kind (configuration)",
  "inspect.mapping": "Correspondance qui serait utilisée ({kind}) :",
  "inspect.option.schema": "montrer la correspondance qu'utiliserait ce type (volunteers, beneficiaries, sites...)",
  "inspect.heading.field": "champ",
  "inspect.heading.score": "score",
  "inspect.heading.reason": "raison",
  "clean.option.country":
    "pays des codes postaux des lignes sans colonne pays : FR (par défaut), BE, CH, US... Les codes d'autres pays ne sont jamais complétés de zéros ni dotés de codes français",
  "clean.bad_country": "--country {country} n'est pas un code pays à deux lettres (FR, BE, CH, US...)",
  "clean.kind_refused": "{file} : {message}",
  "inspect.help.exit":
    "Codes de sortie : 0 lu (problèmes éventuels listés), 2 feuille inconnue, 3 fichier absent ou illisible, 4 données inutilisables (vide, binaire, guillemet non fermé, champ trop long, classeur corrompu ou protégé).",
  "key.description": "gérer la clé secrète des pseudonymes",
  "key.new.description":
    "écrire une nouvelle clé de pseudonymisation aléatoire de 256 bits dans un fichier lisible par vous seul (ne remplace jamais un fichier)",
  "key.option.out": "fichier où écrire la clé",
  "key.option.key": "fichier de clé (par défaut : la variable d'environnement SOLIDATA_KEY)",
  "key.check.description":
    "vérifier que la clé se charge et qu'elle est solide, et afficher son empreinte (jamais la clé)",
  "key.check.ok":
    "La clé de {source} est utilisable ; empreinte {id}. Les sorties pseudonymisées avec la même empreinte ont utilisé la même clé.",
  "privacy.argument.file": "fichier CSV, TSV, XLSX ou ODS",
  "key.new.written": "Clé écrite dans {path} (lisible par vous seul).",
  "key.new.advice":
    "Gardez-la en lieu sûr : cette clé transforme les identifiants en pseudonymes. Avec elle, quiconque a une liste de noms peut les reconnaître ; sans elle, les pseudonymes de cette année ne peuvent plus être rapprochés de ceux de l'an prochain.\n  - ne la mettez ni dans les dossiers de données partagés, ni dans un courriel, ni dans un dépôt de code (ajoutez-la au .gitignore) ;\n  - gardez-en une copie de secours en lieu sûr (gestionnaire de mots de passe, disque chiffré) ;\n  - utilisez la même clé chaque année pour la même association, et une nouvelle seulement si elle a pu fuiter ;\n  - utilisez-la : solidata clean fichier.csv --key {path} (ou définissez une fois SOLIDATA_KEY={path}, puis solidata clean fichier.csv) ; les fichiers nettoyés portent alors des pseudonymes au lieu des identifiants, et ni noms, ni courriels, ni téléphones, ni dates de naissance.\n  - pour une série de rapports : solidata report fichiers... --key {path} : les effectifs sont perturbés de façon cohérente, si bien que des rapports sur des périodes emboîtées ne peuvent pas être soustraits.",
  "privacy.check.description":
    "trouver les enregistrements reconnaissables par leurs quasi-identifiants (k-anonymat), et les corriger si besoin",
  "privacy.option.quasi":
    "colonnes quasi-identifiantes, séparées par des virgules, nommées comme dans le fichier (ex. age,genre,code_postal)",
  "privacy.option.k": "plus petit groupe acceptable d'enregistrements semblables (au moins 2)",
  "privacy.option.apply":
    "rendre le fichier k-anonyme : suppress (masquer les valeurs rares) ou generalise (d'abord des valeurs plus grossières)",
  "privacy.option.out": "avec --apply : écrire le fichier protégé ici (CSV) au lieu de la sortie standard",
  "privacy.option.keep":
    "avec --apply : colonnes d'identifiants directs à garder quand même, séparées par des virgules (usage interne uniquement)",
  "privacy.check.help":
    "\nCodes de sortie : 0 quand chaque enregistrement ressemble à au moins k-1 autres (ou après --apply), 6 quand des enregistrements sont reconnaissables et que rien n'a été appliqué, 3 quand le fichier est illisible, 2 pour une option invalide.\nSeuls les numéros de ligne sont affichés, jamais les valeurs des enregistrements.",
  "privacy.check.bad_k": "--k doit être un nombre entier d'au moins 2 (reçu {value})",
  "privacy.check.no_quasi": "--quasi demande au moins un nom de colonne, par ex. --quasi age,genre,code_postal",
  "privacy.check.unknown_column": "le fichier n'a pas de colonne {column} ; ses colonnes sont : {columns}",
  "privacy.check.bad_apply": "--apply doit valoir suppress ou generalise (reçu {value})",
  "privacy.check.summary":
    "{file} : {records} enregistrements, {classes} groupes sur {quasi} ; plus petit groupe : {smallest} ; k = {k}",
  "privacy.check.holds": "le k-anonymat est respecté : chaque enregistrement ressemble à au moins {others} autres.",
  "privacy.check.fails":
    "{atRisk} enregistrement(s) dans {rare} groupe(s) de moins de {k} sont reconnaissables. Relancez avec --apply suppress ou --apply generalise, ou utilisez des colonnes plus grossières.",
  "privacy.check.rare": "  lignes {lines} : {size} enregistrement(s) semblables",
  "privacy.check.applied":
    "{changes} modification(s) : {generalised} généralisation(s) de colonne, {cells} valeur(s) masquée(s), {removed} enregistrement(s) retiré(s) ; le k-anonymat est maintenant respecté.",
  "privacy.check.suppressed_by_column": "quasi-identifiants : {quasi} ; valeurs masquées par colonne : {columns}",
  "privacy.check.dropped": "identifiants directs exclus de la sortie : {columns}",
  "privacy.check.written": "fichier protégé écrit dans {path}",
  "privacy.check.cant_write": "impossible d'écrire {path} : {reason}",
  "clean.option.key":
    "pseudonymiser la sortie avec ce fichier de clé (créé par solidata key new ; par défaut : le fichier que nomme SOLIDATA_KEY) : les identifiants deviennent des pseudonymes à clé, noms, courriels, téléphones et adresses sont retirés, les dates de naissance réduites à l'année",
  "clean.pseudonymised":
    "pseudonymisé avec la clé {id} : {pseudonymised} remplacé(s) par des pseudonymes de {bits} bits ; retiré(s) : {dropped} ; généralisé(s) : {generalised}",
  "clean.bad_key": "{message} (code 5 ; la clé n'est jamais affichée)",
  "privacy.check.suggested":
    "pas de --quasi : vérification des quasi-identifiants trouvés dans le fichier : {columns} (nommez-en d'autres avec --quasi)",
  "privacy.check.refused":
    "diffusion refusée : {atRisk} enregistrements sur {records} ({percent} %) restaient reconnaissables après généralisation, plus de {limit} % ; aucun fichier écrit. Utilisez des colonnes plus grossières ou moins de quasi-identifiants.",
  "report.config_syntax":
    "le fichier de configuration ne peut pas être lu : {reason}. Vérifiez sa syntaxe JSON ou YAML.",
  "report.config_invalid":
    "clé de configuration {key} : {reason}. Voir schema/config.schema.json pour ce que chaque clé accepte.",
  "report.config_missing":
    "fichier de configuration {path} introuvable. Lancez `solidata init <fichiers...>` pour en écrire un, ou retirez --config.",
  "report.no_input":
    "aucun fichier à lire. Donnez les fichiers sur la ligne de commande (solidata report benevoles.csv visites.csv) ou listez-les dans la configuration.",
  "report.input_missing": "fichier {file} introuvable (cherché dans {cwd}). Vérifiez le chemin.",
  "report.unreadable": "{file} ne peut pas être lu comme un tableau : {reason}",
  "report.workbook_needs_path": "{file} est un classeur : donnez son chemin pour qu'il soit lu",
  "report.no_file_kind":
    "{file} : ses colonnes et ses valeurs ne disent pas assez clairement s'il contient des bénévoles, des bénéficiaires, des passages, des groupes, un suivi, des lieux ou des projets ; il figure en annexe mais n'est pas utilisé. Indiquez son type dans la configuration (files[].kind).",
  "report.section_skipped": "section {section} omise : {reason}",
  "report.cant_write": "impossible d'écrire le rapport dans {dir} : {reason}. Choisissez un autre dossier avec --out.",
  "report.written": "Rapport écrit dans {path}",
  "report.input_not_file":
    "{file} est un dossier, pas un fichier. Donnez les fichiers qu'il contient (par exemple {file}/*.csv).",
  "report.bad_logo": "logo {file} non repris : il doit être un fichier PNG, JPEG ou SVG lisible de moins de 200 ko.",
  "report.bad_format": "format inconnu {format} : utilisez html, md ou json (séparés par des virgules).",
  "report.bad_engine": "moteur inconnu {engine} : utilisez js, duckdb ou auto.",
  "report.engine_duckdb":
    "{file} : préparé par le moteur DuckDB (les chiffres sont calculés par solidata à partir de ses lignes)",
  "report.engine_duckdb_sampled":
    "{file} : préparé par le moteur DuckDB ; le type, la correspondance des colonnes et les choix de nettoyage viennent des 4 premiers Mio du fichier, et l'annexe ne détaille pas les cellules modifiées",
  "report.engine_missing":
    "--engine duckdb demande le paquet facultatif @duckdb/node-api : installez-le (npm install @duckdb/node-api) ou utilisez --engine js.",
  "report.help.engine":
    "moteur qui prépare les fichiers CSV : js, duckdb (journaux de bénévolat et de passages de toute taille) ou auto (duckdb au-delà de 256 Mio s'il est installé ; par défaut)",
  "report.bad_privacy": "profil de confidentialité inconnu {profile} : utilisez public ou internal.",
  "report.bad_period":
    "période {period} non comprise : écrivez une année (2025) ou deux dates (2025-01-01..2025-06-30).",
  "report.bad_lang": "langue inconnue {lang} : utilisez fr ou en.",
  "report.help.description":
    "produire le rapport d'impact (HTML, Markdown, JSON et graphiques) à partir des fichiers de l'association",
  "report.help.config": "fichier de configuration (solidata.config.json ou .yaml)",
  "report.help.privacy":
    "profil de confidentialité : public (effectifs sous 10 masqués, par défaut) ou internal (sous 5)",
  "report.help.out": "dossier où écrire le rapport (par défaut : ./solidata-report)",
  "report.help.format": "formats à écrire, séparés par des virgules : html,md,json",
  "report.help.key":
    "fichier de clé de l'association (issu de solidata key new ; par défaut : le fichier que nomme SOLIDATA_KEY, sinon privacy.key de la configuration) : les effectifs de personnes et de passages sont perturbés par la méthode des clés de cellule, de sorte que des rapports sur des périodes emboîtées ne puissent pas être soustraits, et les personnes sont reliées d'un fichier à l'autre par des pseudonymes à clé ; la clé n'est jamais affichée",
  "report.bad_key": "{message} (code de sortie 5 ; la clé n'est jamais affichée)",
  "report.local_key_unavailable":
    "impossible de conserver la clé de publication dans {dir} ({reason}) : sans elle, les effectifs ne peuvent pas être perturbés de façon cohérente d'un rapport à l'autre. Rendez ce dossier accessible en écriture, ou indiquez un dossier accessible dans SOLIDATA_HOME, ou donnez une clé avec --key FICHIER (créée par solidata key new), ou publiez des chiffres exacts avec --exact (code de sortie 5 ; la clé n'est jamais affichée)",
  "report.exact_with_key": "--exact publie des chiffres exacts et --key les perturbe : choisissez l'un des deux",
  "report.help.exact":
    "publier les effectifs exacts (sans perturbation par clés de cellule ; aussi privacy.method: exact dans la configuration). Deux rapports exacts sur des périodes qui se recouvrent peuvent être soustraits pour retrouver quelques personnes. Par défaut, les effectifs sont perturbés avec la clé de publication conservée dans votre dossier solidata (SOLIDATA_HOME, sinon ~/.config/solidata), créée à la première utilisation",
  "report.help.period": "période couverte : une année (2025) ou deux dates (2025-01-01..2025-06-30)",
  "init.help.description": "écrire une configuration de départ (solidata.config.yaml) pour les fichiers donnés",
  "init.help.out": "chemin de la configuration à écrire (par défaut : solidata.config.yaml)",
  "init.help.force": "remplacer une configuration existante",
  "init.exists": "{path} existe déjà. Utilisez --force pour le remplacer, ou --out pour écrire ailleurs.",
  "init.written":
    "Configuration écrite dans {path} : vérifiez le type de chaque fichier, puis lancez `solidata report --config {path}`.",
  "demo.help.description":
    "produire le rapport à partir des données d'exemple fournies avec solidata, pour voir tout le produit en une commande",
  "demo.no_samples":
    "les fichiers d'exemple sont introuvables (cherchés dans {paths}). Réinstallez solidata ou lancez depuis un clone du dépôt.",
  "demo.written": "Rapport de démonstration écrit dans {path} (ouvrez-le dans un navigateur)",
  "progress.reading": "lecture de {file}",
  "progress.cleaning": "nettoyage de {file}",
  "progress.analysing": "analyse : {section}",
  "progress.charting": "préparation des graphiques",
  "progress.writing": "écriture du rapport",
  "progress.rate": "{amount}/s",
  "progress.left": "encore {time}",
  "progress.seconds": "{s} s",
  "progress.minutes": "{m} min {s} s",
  "progress.hours": "{h} h {m} min",
  "progress.unit.mb": "Mo",
  "progress.unit.rows": "lignes",
  "progress.unit.pairs": "paires",
  "link.description":
    "retrouver les enregistrements d'une même personne, dans un fichier et entre fichiers (Fellegi–Sunter), et écrire les groupes, les paires et une liste à revoir",
  "link.option.fields":
    "colonnes d'identité, séparées par des virgules, telles que nommées dans les fichiers (par défaut : choisies d'après les en-têtes et les valeurs)",
  "link.option.threshold":
    "probabilité de correspondance à partir de laquelle deux enregistrements sont reliés (0 < P < 1)",
  "link.option.review": "probabilité à partir de laquelle une paire non reliée va dans review.csv",
  "link.option.decisions":
    "un review.csv dont vous avez rempli la colonne decision (accepter ou rejeter) : les décisions sont rejouées",
  "link.option.max_pairs":
    "nombre maximal de paires qu'une règle de blocage peut créer ; au-delà, la règle est refusée",
  "link.option.across": "ne relier que des enregistrements de fichiers différents, jamais deux d'un même fichier",
  "link.option.out": "dossier où écrire clusters.csv, pairs.csv, review.csv et link-report.json",
  "link.bad_probability": "{option} doit être une probabilité entre 0 et 1 (reçu : {value})",
  "link.bad_thresholds": "--review-threshold ({review}) ne doit pas dépasser --threshold ({threshold})",
  "link.bad_max_pairs": "--max-pairs doit être un nombre entier d'au moins 1 (reçu : {value})",
  "link.same_file": "le même fichier est donné deux fois ({file}) ; donnez chaque fichier une seule fois",
  "link.bad_decisions":
    "{file} n'a pas de colonne {column}. Redonnez un review.csv écrit par solidata link, avec sa colonne decision remplie.",
  "link.bad_decision_value":
    "{file}, ligne {line} : « {value} » n'est pas une décision ; écrivez accepter ou rejeter (ou laissez la cellule vide)",
  "link.cant_write": "impossible d'écrire dans {dir} ({message}). Choisissez un autre dossier avec --out.",
  "link.help.exit":
    "Codes de sortie : 0 rapprochement fait, 2 option incorrecte, colonne de --fields inconnue, feuille inconnue ou classeur à plusieurs feuilles de données sans --sheet, 3 fichier introuvable, 4 données inutilisables (aucune colonne d'identité, aucune règle de blocage utilisable), 5 fichier --decisions incorrect, 7 écriture impossible.",
  "link.fields_auto": "choisies d'après les en-têtes et les valeurs",
  "link.fields_given": "données",
  "link.summary_fields": "{file} : colonnes d'identité {fields} ({how})",
  "link.summary_rule": "  règle de blocage {rule} : {pairs} paires",
  "link.summary_rule_refused": "  règle de blocage {rule} : {pairs} paires, refusée (au-delà de --max-pairs)",
  "link.summary":
    "{records} enregistrements de {files} fichier(s) sont {people} personnes : {merged} enregistrements regroupés en {groups} personnes à plusieurs enregistrements ; {compared} paires comparées, {linked} reliées, {review} à revoir (review.csv). Écrit dans {dir}.",
  "progress.link.prepare": "lecture des colonnes d'identité",
  "progress.link.block": "blocage",
  "progress.link.compare": "comparaison des paires",
  "progress.link.estimate": "estimation de m et u",
  "progress.link.score": "calcul des scores",
  "progress.link.cluster": "regroupement des enregistrements",
};
