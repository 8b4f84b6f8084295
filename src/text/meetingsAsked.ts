import { normalizeText } from './answerMatch';
import { MEETING_NOUNS } from './meetingWords';

/**
 * Words that, a little before a meeting's noun, say it is not wanted: "i dont want a meeting", "i cant go to
 * meetings right now", "never been to a meeting" (that one asks nothing either).
 */
const NOT_WANTED = new Set(['dont', 'not', 'never', 'cant', 'cannot', 'wont', 'hate', 'nunca', 'odio', 'sin']);
/** A bare "no" says so only before a wish or a can: "no quiero ir a una reunion", not "no, is there a meeting". */
const NO_WORDS = new Set(['no', 'nah']);
const WISHES = new Set(['quiero', 'necesito', 'puedo', 'voy', 'want', 'need', 'me', 'more', 'mas']);

/** How many words before the noun a "not" may stand: "no quiero ir a una reunion". */
const NOT_REACH = 5;

/** Whether the word at `j` turns a meeting after it down. */
function turnsDown(words: readonly string[], j: number): boolean {
  return NOT_WANTED.has(words[j]) || (NO_WORDS.has(words[j]) && WISHES.has(words[j + 1] ?? ''));
}

/**
 * True when a text asks after meetings or groups, in English or Spanish: "are there meetings in littlefield", "is
 * there an na meeting in warsaw ny", "hay juntas en mccamey?", "any groups tonight". Not when a "not" comes
 * shortly before the noun ("i dont want a meeting", "no quiero ir a una reunion"). After a crisis reply and the
 * check-in, such a text is the texter ready to go on (the thirty-third session's probe: the check-in came back).
 */
export function asksForMeetings(text: string): boolean {
  return meetingNouns(text).some((turnedDown) => !turnedDown);
}

/**
 * True when a text turns meetings down: "i dont want a meeting right now", "no quiero ir a una reunion". After the
 * check-in, such a text is no answer to the question waiting ("right now" is no day to meet).
 */
export function turnsMeetingsDown(text: string): boolean {
  return meetingNouns(text).some((turnedDown) => turnedDown);
}

/** For each meeting noun in a text, whether a "not" shortly before turns it down. */
function meetingNouns(text: string): boolean[] {
  const words = normalizeText(text).split(' ');
  const found: boolean[] = [];
  words.forEach((word, i) => {
    if (!MEETING_NOUNS.has(word)) return;
    let down = false;
    for (let j = Math.max(0, i - NOT_REACH); j < i; j++) if (turnsDown(words, j)) down = true;
    found.push(down);
  });
  return found;
}
