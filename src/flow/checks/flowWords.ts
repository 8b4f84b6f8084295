import { squashText } from '../../text/answerMatch';
import { RESERVED_CARRIER_WORDS } from '../../text/carrierWords';
import { describePath, type FlowPath } from '../flowParser';
import type { FlowWords } from '../flowSchema';
import type { FlowContext } from './flowContext';

/** Carrier words (src/text/carrierWords.ts) are the one list; a flow may not use the reserved ones. */
export const CARRIER_WORDS = RESERVED_CARRIER_WORDS;

/** A words map must name every language of the flow (a plain list serves all of them). */
export function checkWordsLanguages(ctx: FlowContext, path: FlowPath, words: FlowWords): void {
  if (Array.isArray(words)) return;
  const missing = ctx.languages.filter((l) => words[l] === undefined);
  if (missing.length) {
    ctx.report(
      path,
      'error',
      'missing-translation',
      `${describePath(path)} has no ${missing.map((l) => `\`${l}\``).join(', ')} words, so a texter in that language can never give this answer. Add \`${missing[0]}: [...]\` under it.`,
    );
  }
  for (const lang of Object.keys(words).filter((l) => !ctx.languages.includes(l))) {
    ctx.report(
      [...path, lang],
      'warning',
      'unknown-language',
      `\`${lang}\` is not one of the flow's languages (${ctx.languages.join(', ')}). Add it to \`languages\` or remove these words.`,
      'key',
    );
  }
}

/** Words of a list for one language, each with where it is written. */
export function wordsFor(
  words: FlowWords | undefined,
  lang: string,
  base: FlowPath,
): Array<{ word: string; path: FlowPath }> {
  if (!words) return [];
  if (Array.isArray(words)) return words.map((w, i) => ({ word: w, path: [...base, i] }));
  return (words[lang] ?? []).map((w, i) => ({ word: w, path: [...base, lang, i] }));
}

/** How carrier keywords are compared: case, spaces and punctuation ignored ("Stop all" = STOPALL). */
export function squash(text: string): string {
  return squashText(text);
}
