import { isLang, type Lang } from "@solidata/core";

/** The CLI's own texts, in English and French. `{name}` marks a parameter. */
export const cliMessages: Record<Lang, Record<string, string>> = {
  en: {
    "cli.description": "Turn an association's spreadsheets into numbers it can trust and an impact report.",
    "cli.error": "Error:",
    "cli.internal":
      "unexpected problem: {message}. This is a bug in solidata: please report it with the command you ran (set SOLIDATA_DEBUG=1 to see details).",
    "cli.option.lang": "language of messages and outputs: fr or en",
    "cli.option.json": "print machine-readable JSON on stdout",
    "cli.option.quiet": "no progress on stderr",
    "report.config_syntax": "the configuration file cannot be read: {reason}. Check its JSON or YAML syntax.",
    "report.config_invalid":
      "configuration key {key}: {reason}. See schema/config.schema.json for what each key accepts.",
    "report.config_missing":
      "configuration file {path} not found. Run `solidata init <files...>` to write one, or leave out --config.",
    "report.no_input":
      "no file to read. Give the files on the command line (solidata report benevoles.csv visites.csv) or list them in the configuration.",
    "report.input_missing": "file {file} not found (looked in {cwd}). Check the path.",
    "report.unreadable": "{file} cannot be read as a table: {reason}",
    "report.no_file_kind":
      "{file}: its columns do not look like volunteers, beneficiaries, visits, groups or outcomes; it is listed in the appendix but not used. Give its kind in the configuration (files[].kind).",
    "report.section_skipped": "section {section} left out: {reason}",
    "report.cant_write": "cannot write the report into {dir}: {reason}. Choose another folder with --out.",
    "report.written": "Report written to {path}",
    "report.bad_format": "unknown format {format}: use html, md or json (comma-separated).",
    "report.bad_privacy": "unknown privacy profile {profile}: use public or internal.",
    "report.bad_period": "period {period} not understood: write a year (2025) or two dates (2025-01-01..2025-06-30).",
    "report.bad_lang": "unknown language {lang}: use fr or en.",
    "report.help.description": "build the impact report (HTML, Markdown, JSON and charts) from the association's files",
    "report.help.config": "configuration file (solidata.config.json or .yaml)",
    "report.help.privacy": "privacy profile: public (counts under 10 hidden, default) or internal (under 5)",
    "report.help.out": "folder to write the report into (default: ./solidata-report)",
    "report.help.format": "formats to write, comma-separated: html,md,json",
    "report.help.period": "period covered: a year (2025) or two dates (2025-01-01..2025-06-30)",
    "init.help.description": "write a starter configuration (solidata.config.yaml) for the given files",
    "init.help.out": "path of the configuration to write (default: solidata.config.yaml)",
    "init.help.force": "replace an existing configuration",
    "init.exists": "{path} already exists. Use --force to replace it, or --out to write elsewhere.",
    "init.written":
      "Configuration written to {path}: check each file's kind, then run `solidata report --config {path}`.",
    "demo.help.description":
      "build the report from the sample data shipped with solidata, to see the whole product in one command",
    "demo.no_samples":
      "the sample files were not found (looked in {paths}). Reinstall solidata or run from a clone of the repository.",
    "demo.written": "Demo report written to {path} (open it in a browser)",
    "progress.reading": "reading {file}",
    "progress.cleaning": "cleaning {file}",
    "progress.analysing": "analysing: {section}",
    "progress.charting": "drawing charts",
    "progress.writing": "writing the report",
  },
  fr: {
    "cli.description": "Transformer les tableurs d'une association en chiffres fiables et en rapport d'impact.",
    "cli.error": "Erreur :",
    "cli.internal":
      "problème inattendu : {message}. C'est un défaut de solidata : merci de le signaler avec la commande lancée (SOLIDATA_DEBUG=1 affiche le détail).",
    "cli.option.lang": "langue des messages et des sorties : fr ou en",
    "cli.option.json": "écrire du JSON lisible par une machine sur la sortie standard",
    "cli.option.quiet": "pas de progression sur la sortie d'erreur",
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
    "report.no_file_kind":
      "{file} : ses colonnes ne ressemblent ni à des bénévoles, ni à des bénéficiaires, des passages, des groupes ou un suivi ; il figure en annexe mais n'est pas utilisé. Indiquez son type dans la configuration (files[].kind).",
    "report.section_skipped": "section {section} omise : {reason}",
    "report.cant_write":
      "impossible d'écrire le rapport dans {dir} : {reason}. Choisissez un autre dossier avec --out.",
    "report.written": "Rapport écrit dans {path}",
    "report.bad_format": "format inconnu {format} : utilisez html, md ou json (séparés par des virgules).",
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
    "progress.charting": "dessin des graphiques",
    "progress.writing": "écriture du rapport",
  },
};

/**
 * Picks the language: `--lang` in argv, then SOLIDATA_LANG, then LC_ALL/LANG (French when they start with `fr`), else English.
 */
export function detectLang(env: Record<string, string | undefined>, argv: string[] = []): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i >= 0) {
    const value = argv[i]?.includes("=") ? argv[i]?.split("=")[1] : argv[i + 1];
    if (isLang(value)) return value;
  }
  if (isLang(env.SOLIDATA_LANG)) return env.SOLIDATA_LANG;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return locale.toLowerCase().startsWith("fr") ? "fr" : "en";
}

/** A CLI text in the given language, with `{name}` placeholders filled. */
export function t(lang: Lang, code: string, params: Record<string, string | number> = {}): string {
  const template = cliMessages[lang][code] ?? cliMessages.en[code] ?? code;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
