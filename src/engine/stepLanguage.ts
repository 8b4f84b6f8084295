import type { FlowKeyword } from '../flow/flowSchema';
import { containsAnyWord, containsNoneOf, squashText, squashWords, type WordList } from '../text/answerMatch';
import { looksSpanish, plainlyEnglish, plainlySpanish } from '../text/languageHint';
import { textWords } from '../text/textWords';
import type { EngineScope } from './engineScope';
import type { CompiledFlow } from './flowCompiler';
import { languageOfWords, onlyLanguageOfWords } from './keywordMatch';
import type { Session } from './types';

/** The language a stored snapshot's conversation is in, when it says. */
export function langOfSnapshot(snapshot: unknown): string | undefined {
  const lang = (snapshot as { context?: { lang?: unknown } } | null)?.context?.lang;
  return typeof lang === 'string' ? lang : undefined;
}

/** The node a stored snapshot rests at, when it says. */
export function nodeOfSnapshot(snapshot: unknown): string | undefined {
  const value = (snapshot as { value?: unknown } | null)?.value;
  return typeof value === 'string' ? value : undefined;
}

/**
 * The language a text itself points to: a start word, a switch word, or a keyword's language. `town`, the town
 * the text names, holds no start word ("we live in Española NM" is no "espanol"); a keyword is whole ("ALTO").
 */
export function detectLanguage(flow: CompiledFlow, text: string, town?: string): string | undefined {
  const f = flow.flow;
  const besideTown = wordsBesideTown(text, town);
  for (const [lang, words] of Object.entries(f.start_language ?? {})) {
    if (containsAnyWord(besideTown, words)) return lang;
  }
  const switched = languageOfWords(f.switch_language, text, true);
  if (switched) return switched;
  const { list, whole: wholeWords, contains } = keywordLanguages(f.keywords);
  const whole = wholeWords.get(squashText(text));
  if (containsNoneOf(text, contains)) {
    // No keyword's phrase is in the text (most first texts): only its whole words can tell, in the keywords' order.
    if (whole) for (const lang of whole.values()) if (f.languages.includes(lang)) return lang;
    return undefined;
  }
  for (let k = 0; k < list.length; k++) {
    const lang = whole?.get(k) ?? onlyLanguageOfWords(list[k].contains, text);
    if (lang && f.languages.includes(lang)) return lang;
  }
  return undefined;
}

/**
 * A flow's keywords in order, each whole word (squashed) -> keyword's place in that list -> its first language, and
 * every per-language `contains` list of the keywords (what onlyLanguageOfWords reads).
 */
interface KeywordLanguages {
  list: readonly FlowKeyword[];
  whole: Map<string, Map<number, string>>;
  contains: readonly WordList[];
}

const keywordLanguagesByFlow = new WeakMap<object, KeywordLanguages>();

/**
 * Which keywords have a text as one of their whole words, and in which language: one lookup for the text where
 * reading each keyword's list in each language took a hundred (every first text is asked its language). The list
 * is kept too: a flow's keyword table is a large parsed object, which V8 holds in dictionary mode, and listing its
 * values again cost about 10 µs per first text, a quarter of a "hi".
 */
function keywordLanguages(keywords: Record<string, FlowKeyword>): KeywordLanguages {
  const kept = keywordLanguagesByFlow.get(keywords);
  if (kept) return kept;
  const index = new Map<string, Map<number, string>>();
  const list = Object.values(keywords);
  let k = 0;
  for (const keyword of list) {
    // A plain list names no language (languageOfWords gives none for it).
    if (keyword.words && !Array.isArray(keyword.words)) {
      for (const [lang, list] of Object.entries(keyword.words as Record<string, readonly string[]>)) {
        for (const word of list) {
          const squashed = squashWords(word);
          if (!squashed) continue;
          let langs = index.get(squashed);
          if (!langs) index.set(squashed, (langs = new Map()));
          // A word a keyword lists in two languages ("911", "sos", "ok") names neither: in a Spanish conversation
          // "911" was answered in English (the twenty-seventh session). '' is no language of any flow.
          const seen = langs.get(k);
          if (seen === undefined) langs.set(k, lang);
          else if (seen !== lang) langs.set(k, '');
        }
      }
    }
    k++;
  }
  // A plain `contains` list names no language either (onlyLanguageOfWords gives none for it).
  const contains = list.flatMap((keyword) =>
    keyword.contains && !Array.isArray(keyword.contains)
      ? Object.values(keyword.contains as Record<string, readonly string[]>).filter((l) => Array.isArray(l))
      : [],
  );
  const made = { list, whole: index, contains };
  keywordLanguagesByFlow.set(keywords, made);
  return made;
}

/** The language of a conversation nothing else decides: the host's choice if the flow has it, else the flow's first. */
export function defaultLanguage(scope: EngineScope, flow: CompiledFlow): string {
  const wanted = scope.defaultLang;
  return wanted && flow.flow.languages.includes(wanted) ? wanted : flow.defaultLang;
}

/**
 * The language to answer danger or a request for a person in, outside a conversation: what the
 * text points to, else a Spanish-looking text in Spanish (when the flow has it), else the default.
 */
export function safetyLanguage(scope: EngineScope, flow: CompiledFlow, text: string): string {
  return languageWritten(flow, text, defaultLanguage(scope, flow));
}

/**
 * The language a text is plainly written in (what it points to, or Spanish-looking when the flow has Spanish), else
 * `otherwise`: "me quiero morir" in an English conversation is answered in Spanish, "i want to die" in a Spanish
 * one in English, and a text that says nothing either way in the conversation's own language.
 */
export function languageWritten(flow: CompiledFlow, text: string, otherwise: string): string {
  const hinted = looksSpanish(text) && flow.flow.languages.includes('es') ? 'es' : undefined;
  return detectLanguage(flow, text) ?? hinted ?? otherwise;
}

/** The language to answer in outside a conversation's own steps: the stored one, else what the text points to. */
export function languageFor(
  scope: EngineScope,
  flow: CompiledFlow,
  session: Session | undefined,
  text: string,
): string {
  const stored = langOfSnapshot(session?.snapshot);
  return stored && flow.flow.languages.includes(stored) ? stored : safetyLanguage(scope, flow, text);
}

/**
 * The language a conversation goes on in after a text: its own, unless the text is plainly in the other one. People
 * often greet in English and go on in Spanish ("Hi", then "mi esposo toma mucho" or "hablas español?"), and a
 * bilingual texter who wrote one text in Spanish may go on in English ("he drinks every night"): answering in the
 * language they now write in. `townIn` names the town the text names, if any: its words are neither ("La Junta,
 * CO", "Las Cruces", "Fort Worth").
 */
export function conversationLanguage(
  flow: CompiledFlow,
  text: string,
  current: string,
  townIn: (text: string) => string | undefined,
): string {
  const other = current === 'es' ? 'en' : 'es';
  if (!flow.flow.languages.includes(other)) return current;
  // "hola" or "NUEVO" alone in an English conversation: a greeting or a keyword only Spanish uses says the texter's
  // language though it is one word (the twenty-seventh session's probe restarted in English and answered "hola" in
  // English). Only into a language other than the line's first: the line's own words ("MORE", "NEW") are written
  // in passing by texters of the other language, as the replies name them.
  if (other !== flow.defaultLang && wholeTextOnlyIn(flow, text, other)) return other;
  const plainly = other === 'es' ? plainlySpanish : plainlyEnglish;
  if (!plainly(text)) return current;
  return plainly(wordsBesideTown(text, townIn(text))) ? other : current;
}

/** Per flow: each language's start words, squashed as a whole text is. */
const startWordsByFlow = new WeakMap<object, Map<string, ReadonlySet<string>>>();

/**
 * Whether a whole text is one of `lang`'s start words ("hola", "buenas noches") or a keyword word listed only in
 * `lang` ("NUEVO", "REUNIONES", "adios"): a text that names its language though it is short.
 */
function wholeTextOnlyIn(flow: CompiledFlow, text: string, lang: string): boolean {
  const squashed = squashText(text);
  if (!squashed) return false;
  let starts = startWordsByFlow.get(flow.flow);
  if (!starts) {
    starts = new Map(
      Object.entries(flow.flow.start_language ?? {}).map(([l, words]) => [l, new Set(words.map(squashWords))]),
    );
    startWordsByFlow.set(flow.flow, starts);
  }
  if (starts.get(lang)?.has(squashed)) return true;
  const keywordLangs = keywordLanguages(flow.flow.keywords).whole.get(squashed);
  if (!keywordLangs) return false;
  const langs = [...keywordLangs.values()];
  return langs.includes(lang) && langs.every((l) => l === lang || l === '');
}

/**
 * The text without the words of the town it names, for telling its language: "we live in Española NM" holds
 * no Spanish start word, "Las Cruces" no Spanish. The text itself when it names no town.
 */
export function wordsBesideTown(text: string, town: string | undefined): string {
  if (!town) return text;
  const townWords = new Set(textWords(town));
  return textWords(text)
    .filter((w) => !townWords.has(w))
    .join(' ');
}
