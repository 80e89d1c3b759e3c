/**
 * Test helper: searches published outputs for personal data of the input.
 *
 * Used by the privacy attack tests and by the report tests: give it every text an output can hold
 * (CSV, JSON, Markdown, HTML, SVG, Vega-Lite specs as JSON) and every secret of the input (names,
 * e-mails, phone numbers, keys). A secret matches:
 * - case-insensitively, after Unicode normalisation (NFC), as a whole word (not inside a longer
 *   word, so "Léa" is not found in "Léandre");
 * - for phone numbers (8 digits or more), also by digits alone, whatever the separators, and with
 *   +33 / 0033 read as 0, so "06 12 34 56 78" is found as "0612345678" or "+33 6 12 34 56 78";
 * - HTML and XML escapes (`&amp;`, `&#39;`, `&#x27;` …) are decoded before searching.
 * Secrets shorter than 3 characters are ignored (they would match by chance).
 */
export interface Leak {
  /** the secret found */
  secret: string;
  /** index of the text it was found in */
  text: number;
  /** a few characters around the match */
  context: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function decode(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z]+);/gi, (whole, name: string) => ENTITIES[name.toLowerCase()] ?? whole)
    .replace(/\\u([0-9a-f]{4})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    .normalize("NFC");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function phoneDigits(text: string): string {
  return text.replace(/^\s*(\+33|0033)\s*/, "0").replace(/\D/g, "");
}

/** Every place where a secret appears in the texts (empty when nothing leaked). */
export function findLeaks(texts: string[], secrets: string[]): Leak[] {
  const leaks: Leak[] = [];
  const decoded = texts.map(decode);
  const lowered = decoded.map((t) => t.toLowerCase());
  const digitTexts = decoded.map((t) =>
    t
      .replace(/\+33\s*/g, "0")
      .replace(/0033\s*/g, "0")
      .replace(/[\s.\-()/]/g, ""),
  );
  for (const raw of new Set(secrets)) {
    const secret = raw.normalize("NFC").trim();
    if (secret.length < 3) continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(secret)}(?![\\p{L}\\p{N}])`, "iu");
    const digits = phoneDigits(secret);
    const isPhone = digits.length >= 8 && /^[\d\s.+\-()/]+$/.test(secret);
    const lowerSecret = secret.toLowerCase();
    decoded.forEach((text, index) => {
      const match = (lowered[index] as string).includes(lowerSecret) ? pattern.exec(text) : null;
      if (match) {
        leaks.push({
          secret: raw,
          text: index,
          context: text.slice(Math.max(0, match.index - 20), match.index + secret.length + 20),
        });
        return;
      }
      if (isPhone) {
        const at = (digitTexts[index] as string).indexOf(digits);
        if (at >= 0)
          leaks.push({
            secret: raw,
            text: index,
            context: (digitTexts[index] as string).slice(Math.max(0, at - 20), at + 30),
          });
      }
    });
  }
  return leaks;
}
