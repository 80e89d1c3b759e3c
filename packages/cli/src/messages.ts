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
  },
  fr: {
    "cli.description": "Transformer les tableurs d'une association en chiffres fiables et en rapport d'impact.",
    "cli.error": "Erreur :",
    "cli.internal":
      "problème inattendu : {message}. C'est un défaut de solidata : merci de le signaler avec la commande lancée (SOLIDATA_DEBUG=1 affiche le détail).",
    "cli.option.lang": "langue des messages et des sorties : fr ou en",
    "cli.option.json": "écrire du JSON lisible par une machine sur la sortie standard",
    "cli.option.quiet": "pas de progression sur la sortie d'erreur",
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
