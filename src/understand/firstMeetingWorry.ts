import { plainLower } from '../text/textWords';

/**
 * A first meeting worried or asked about: "first time going, is that ok", "never been to a meeting before, will it be
 * weird", "im nervous its my first meeting", "es mi primera vez, esta bien?". The twenty-second session's probe read
 * "first time" there as a wish for newcomers' meetings and narrowed the list to them; it is a worry, answered by the
 * flow's `first_meeting` text (what a first meeting is like). "any beginner meetings", "first timer meetings on
 * saturday" and "first time" alone (the flow's own words) are read as before.
 */

/**
 * A first time told: "first time", "my first meeting", "never been", "new to this", "primera vez", "nunca he ido". Not
 * "the first one", "the first meeting", which point at the list's first line.
 */
const FIRST_TIME =
  /\b(?:first (?:time|timer)|my (?:first|1st) (?:meeting|one|mtg)|never (?:been|gone|went)|new to (?:this|meetings|aa|na|recovery|it)|primera vez|mi primera (?:junta|reunion)|nunca (?:he|e) ido|nunca fui)\b/;

/**
 * A worry or a question whether it is all right, anywhere in the text: "is that ok", "will it be weird", "nervous",
 * "what if", "esta bien", "me da miedo". Not the words of a kind of meeting ("for newcomers"), which narrow.
 */
const WORRY =
  /\b(?:ok|okay|alright|allowed|weird|awkward|normal|fine|welcome|nervous|scared|afraid|anxious|worried|freaking out|terrified|embarrassed|judge|judged|what if|do i (?:do|say)|esta bien|pasa algo|importa|raro|rara|nervios|nerviosa|nervioso|miedo|verguenza|juzgar|juzguen)\b/;

/** Words that ask for newcomers' meetings by name: kept as a wish beside the worry ("any beginner meetings?"). */
const NEWCOMERS_NAMED = /\b(?:newcomer|newcomers|beginner|beginners|newbie|newbies|principiante|principiantes)\b/;

/** Whether a text worries about or asks about a first meeting (see this file's header). */
export function worriesAboutFirstMeeting(text: string): boolean {
  const plain = plainLower(text);
  return FIRST_TIME.test(plain) && WORRY.test(plain);
}

/** Whether a text names newcomers' meetings themselves, a wish the worry beside it does not undo. */
export function namesNewcomers(text: string): boolean {
  return NEWCOMERS_NAMED.test(plainLower(text));
}
