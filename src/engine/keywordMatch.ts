import type { FlowKeyword, FlowWords } from '../flow/flowSchema';
import { containsAnyWord, isWholeWord } from '../text/answerMatch';
import { personRequest } from '../text/personRequest';

/** True when a flow keyword's `words` are the whole text or one of its `contains` is in it. */
export function keywordMatches(keyword: FlowKeyword | undefined, text: string): boolean {
  if (!keyword) return false;
  return isWholeWord(text, keyword.words) || containsAnyWord(text, keyword.contains);
}

/** The language whose word list the text matched, when the list is written per language. */
export function languageOfWords(words: FlowWords | undefined, text: string, whole: boolean): string | undefined {
  if (!words || Array.isArray(words)) return undefined;
  for (const [lang, list] of Object.entries(words)) {
    if (whole ? isWholeWord(text, list) : containsAnyWord(text, list)) return lang;
  }
  return undefined;
}

/**
 * A request for a person, by the core rule (src/text/personRequest.ts) or the words staff added
 * under `person`; with the language it was asked in, when known.
 */
export function askedForPerson(keywords: Record<string, FlowKeyword>, text: string): { lang?: string } | undefined {
  const found = personRequest(text);
  if (found) return found;
  const person = keywords.person;
  if (!keywordMatches(person, text)) return undefined;
  return { lang: languageOfWords(person?.words, text, true) ?? languageOfWords(person?.contains, text, false) };
}
