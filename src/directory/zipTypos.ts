/**
 * A ZIP code typed with a slip a keypad makes easy, when it is the whole text: digits spaced or dashed apart ("79
 * 101", "7-9-1-0-1") or a letter O for a zero ("791O1"; l or I for a one). Read as the five digits; anything else,
 * and any text with more in it, is left to the ZIP pattern as it was (a street number is no ZIP).
 */

/** Five digits with single spaces, dots or dashes between some of them, and nothing else. */
const SPACED = /^\s*\d(?:[\s.-]?\d){4}\s*$/;
/** Five of digits and the letters a digit is mistyped as, at least three of them digits, and nothing else. */
const LETTERED = /^\s*[0-9OoIl]{5}\s*$/;

/** The five digits of a ZIP typed so, or undefined. */
export function zipFromTypo(text: string): string | undefined {
  if (text.length > 14) return undefined;
  if (SPACED.test(text)) return text.replace(/\D/g, '');
  if (!LETTERED.test(text)) return undefined;
  const chars = text.trim();
  if (chars.replace(/\D/g, '').length < 3) return undefined;
  return chars.replace(/[Oo]/g, '0').replace(/[Il]/g, '1');
}
