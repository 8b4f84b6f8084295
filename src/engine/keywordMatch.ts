import type { FlowKeyword, FlowWords } from '../flow/flowSchema';
import { containsAnyWord, isWholeWord } from '../text/answerMatch';
import { personRequest } from '../text/personRequest';

/** True when a flow keyword's `words` are the whole text or one of its `contains` is in it. */
export function keywordMatches(keyword: FlowKeyword | undefined, text: string): boolean {
  if (!keyword) return false;
  return isWholeWord(text, keyword.words) || containsAnyWord(text, keyword.contains);
}

/** Each per-language word list with its language, listed once per list: every text is checked against some. */
const byLanguage = new WeakMap<object, Array<[string, readonly string[]]>>();

function listsByLanguage(words: Record<string, readonly string[]>): Array<[string, readonly string[]]> {
  let lists = byLanguage.get(words);
  if (!lists) byLanguage.set(words, (lists = Object.entries(words)));
  return lists;
}

/** The language whose word list the text matched, when the list is written per language. */
export function languageOfWords(words: FlowWords | undefined, text: string, whole: boolean): string | undefined {
  if (!words || Array.isArray(words)) return undefined;
  for (const [lang, list] of listsByLanguage(words as Record<string, readonly string[]>)) {
    if (whole ? isWholeWord(text, list) : containsAnyWord(text, list)) return lang;
  }
  return undefined;
}

/**
 * The one language whose list the text matched; undefined when none did, or several did: a word listed in both
 * ("narcan", a brand) tells no language, and the rest of the text tells it ("donde consigo narcan").
 */
export function onlyLanguageOfWords(words: FlowWords | undefined, text: string): string | undefined {
  if (!words || Array.isArray(words)) return undefined;
  let found: string | undefined;
  for (const [lang, list] of listsByLanguage(words as Record<string, readonly string[]>)) {
    if (!containsAnyWord(text, list)) continue;
    if (found !== undefined) return undefined;
    found = lang;
  }
  return found;
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
