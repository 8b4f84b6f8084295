import { ASCII_ONLY } from '../text/textWords';

/**
 * Text folded to plain lower-case ASCII words, the one rule for comparing names from feeds,
 * places and day words however they were typed: accents dropped, and every run of anything but
 * a-z and 0-9 turned into one `separator`, none at either end. "Saint-Jérôme" -> "saint jerome";
 * with "_", "Young People" -> "young_people".
 */
export function plainWords(text: string, separator = ' '): string {
  // ASCII (most names) has no accents to drop: skip the Unicode normalisation.
  const lower = ASCII_ONLY.test(text)
    ? text.toLowerCase()
    : text
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
  const folded = lower.replace(/[^a-z0-9]+/g, separator);
  // Runs are already one separator each, so at most one stands at either end.
  let from = 0;
  let to = folded.length;
  if (folded.startsWith(separator)) from += separator.length;
  if (to > from && folded.endsWith(separator)) to -= separator.length;
  return folded.slice(from, to);
}
