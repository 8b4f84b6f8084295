import { heldInEnglish } from '../../directory/meetingDraft';
import type { MeetingMatch, MeetingPage, ReplyLabels } from '../../directory/types';
import { toGsm7 } from '../../sms/gsm7';
import { ENGLISH_NOTE_MAX } from './budgets';

/**
 * The line under a page of meetings that says which are held in English, for a texter who writes in another
 * language: a Spanish texter far from any Spanish group is offered English ones, and should know before going.
 * The words are the flow's (`labels.english`); a flow language without them (English) says nothing.
 */

/** The tag of meetings held in the language a texter writes in, by flow language ("S" is Spanish). */
const OWN_LANGUAGE_TAGS: Readonly<Record<string, string>> = { es: 'spanish' };

/**
 * A page with the meetings held in the texter's own language first, the rest in their order: the same meetings,
 * so paging on from it loses none. The page itself when it has none, or only those.
 */
export function ownLanguageFirst(page: MeetingPage, lang: string): MeetingPage {
  const tag = OWN_LANGUAGE_TAGS[lang];
  if (!tag) return page;
  const own = page.matches.filter((m) => m.meeting.tags.includes(tag));
  if (!own.length || own.length === page.matches.length) return page;
  return Object.assign({}, page, { matches: [...own, ...page.matches.filter((m) => !own.includes(m))] });
}

/** Whether the texter already asked for meetings held in their own language (`wants` holds its tag). */
export function askedOwnLanguage(wants: unknown, lang: string): boolean {
  const tag = OWN_LANGUAGE_TAGS[lang];
  return (
    tag !== undefined &&
    String(wants ?? '')
      .split(',')
      .includes(tag)
  );
}

/** How much of a page's room to keep for the note: none when no meeting on the page is held in English. */
export function englishNoteRoom(labels: ReplyLabels, matches: readonly MeetingMatch[]): number {
  const words = labels.english;
  if (!words || !matches.some((m) => heldInEnglish(m.meeting.tags))) return 0;
  // "En ingles: 1, 2, 3." is the longest `some` can get with a page of three.
  const longest = Math.max(toGsm7(words.all).length, toGsm7(words.some.replace('{{items}}', '1, 2, 3')).length);
  return Math.min(longest, ENGLISH_NOTE_MAX) + 1;
}

/**
 * The note for the meetings shown (the first of a page, in order); empty when none is held in English. When the
 * texter already asked for meetings in their language (`askedOwn`), `asked` replaces `all`: "Para espanol: ESPANOL"
 * would ask them to send the word they just sent.
 */
export function englishNote(labels: ReplyLabels, shown: readonly MeetingMatch[], askedOwn = false): string {
  const words = labels.english;
  if (!words) return '';
  const numbers = shown.flatMap((m, i) => (heldInEnglish(m.meeting.tags) ? [String(i + 1)] : []));
  if (!numbers.length) return '';
  const all = askedOwn && words.asked !== undefined ? words.asked : words.all;
  const note = numbers.length === shown.length ? all : words.some.replace('{{items}}', numbers.join(', '));
  return toGsm7(note).slice(0, ENGLISH_NOTE_MAX);
}
