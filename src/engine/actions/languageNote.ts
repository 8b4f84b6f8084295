import { heldInEnglish } from '../../directory/meetingDraft';
import type { MeetingMatch, MeetingPage, ReplyLabels } from '../../directory/types';
import { toGsm7 } from '../../sms/gsm7';
import { ENGLISH_NOTE_MAX } from './budgets';
import { listOf } from './situation';

/**
 * The line under a page of meetings that says which are held in another language than the texter's: a Spanish
 * texter far from any Spanish group is offered English ones (`labels.english`), and an English texter may be offered
 * a group that meets in Spanish (`labels.spanish`); either should know before going. A flow language with neither
 * says nothing.
 */

/** The tag of meetings held in the language a texter writes in, by flow language ("S" is Spanish). */
const OWN_LANGUAGE_TAGS: Readonly<Record<string, string>> = { es: 'spanish' };

/** Whether a meeting is held in Spanish, as far as its tags tell. */
const heldInSpanish = (tags: readonly string[]): boolean => tags.includes(OWN_LANGUAGE_TAGS.es);

/**
 * A page with the meetings held in the texter's own language first, the rest in their order: the same meetings,
 * so paging on from it loses none. The page itself when it has none, or only those. Only for a language whose
 * meetings are the few (Spanish): an English texter's page keeps its order, with the note saying which are not.
 */
export function ownLanguageFirst(page: MeetingPage, lang: string): MeetingPage {
  const tag = OWN_LANGUAGE_TAGS[lang];
  if (!tag) return page;
  const own = page.matches.filter((m) => m.meeting.tags.includes(tag));
  if (!own.length || own.length === page.matches.length) return page;
  return Object.assign({}, page, { matches: [...own, ...page.matches.filter((m) => !own.includes(m))] });
}

/** The note's words in the flow language's labels, and which meetings it numbers: English ones, or Spanish ones. */
function noteOf(
  labels: ReplyLabels,
): { words: { all: string; some: string; asked?: string }; numbers: (tags: readonly string[]) => boolean } | undefined {
  if (labels.english) return { words: labels.english, numbers: heldInEnglish };
  if (labels.spanish) return { words: labels.spanish, numbers: heldInSpanish };
  return undefined;
}

/** Whether the texter already asked for meetings held in their own language (`wants` holds its tag). */
export function askedOwnLanguage(wants: unknown, lang: string): boolean {
  const tag = OWN_LANGUAGE_TAGS[lang];
  return tag !== undefined && listOf(wants).includes(tag);
}

/** How much of a page's room to keep for the note: none when no meeting on the page is held in its language. */
export function languageNoteRoom(labels: ReplyLabels, matches: readonly MeetingMatch[]): number {
  const note = noteOf(labels);
  if (!note || !matches.some((m) => note.numbers(m.meeting.tags))) return 0;
  const words = note.words;
  // "En ingles: 1, 2, 3." is the longest `some` can get with a page of three.
  const longest = Math.max(toGsm7(words.all).length, toGsm7(words.some.replace('{{items}}', '1, 2, 3')).length);
  return Math.min(longest, ENGLISH_NOTE_MAX) + 1;
}

/**
 * The note for the meetings shown (the first of a page, in order; empty text when none is held in its language; when
 * the texter asked for their own language, `asked` replaces `all`), and whether it is the whole page's (`whole`: "Son
 * en ingles. Para espanol: ESPANOL."). Once a search said that (`saidWhole`), a later page of its own all in that
 * language says nothing: the same 37 characters came under every page MORE sent (the forty-second session's probe);
 * a page that mixes languages still numbers its own ("En ingles: 2, 3.").
 */
export function languageNoteOf(
  labels: ReplyLabels,
  shown: readonly MeetingMatch[],
  askedOwn = false,
  wants: unknown = '',
  saidWhole = false,
): { text: string; whole: boolean } {
  const none = { text: '', whole: false };
  const note = noteOf(labels);
  if (!note) return none;
  // Meetings in Spanish asked for ("in spanish"): the heading says so already.
  if (note.numbers === heldInSpanish && listOf(wants).includes(OWN_LANGUAGE_TAGS.es)) return none;
  const words = note.words;
  const numbers = shown.flatMap((m, i) => (note.numbers(m.meeting.tags) ? [String(i + 1)] : []));
  if (!numbers.length) return none;
  const whole = numbers.length === shown.length;
  if (whole && saidWhole) return { text: '', whole };
  const all = askedOwn && words.asked !== undefined ? words.asked : words.all;
  const said = whole ? all : words.some.replace('{{items}}', numbers.join(', '));
  return { text: toGsm7(said).slice(0, ENGLISH_NOTE_MAX), whole };
}
