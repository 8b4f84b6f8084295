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

/** Verbs another's words about meetings are told with: "my sponsor says i need a meeting", "mi mama dice que ...". */
const SAID = new Set([
  ...['says', 'said', 'saying', 'tells', 'told', 'telling', 'thinks', 'insists', 'insisted', 'suggested', 'suggests'],
  ...['dice', 'dijo', 'diciendo', 'dicen', 'dijeron', 'cree', 'piensa', 'insiste'],
]);
/** Said by the texter: "i told her i need a group", "yo creo que necesito un grupo". */
const SAID_BY_TEXTER = new Set(['i', 'im', 'yo']);
/** Words between who says and the verb: "my mom keeps saying", "always says", "me dijo". */
const SAID_BRIDGE = new Set(['keeps', 'kept', 'always', 'just', 'still', 'even', 'siempre', 'me', 'nos', 'ya']);
/** How many words before the noun another's saying may stand: "my therapist thinks i need a group". */
const SAID_REACH = 6;

/**
 * True when every meeting noun in a text is someone else's word, told: "my sponsor says i need a meeting", "my
 * therapist thinks i need a group", "mi mama dice que necesito un grupo" (the fortieth probe). Not the texter's own
 * ("i think i need a meeting", "i told her i need a group"), and false when no noun is there.
 */
export function meetingsToldByAnother(text: string): boolean {
  const words = normalizeText(text).split(' ');
  let nouns = 0;
  for (let i = 0; i < words.length; i++) {
    if (!MEETING_NOUNS.has(words[i])) continue;
    nouns++;
    if (!toldBefore(words, i)) return false;
  }
  return nouns > 0;
}

/** Whether another's "says", "thinks", "dice" stands within SAID_REACH words before the noun at `noun`. */
function toldBefore(words: readonly string[], noun: number): boolean {
  for (let j = noun - 1; j >= Math.max(0, noun - SAID_REACH); j--) {
    if (!SAID.has(words[j])) continue;
    let who = j - 1;
    while (who >= 0 && SAID_BRIDGE.has(words[who])) who--;
    return who >= 0 && !SAID_BY_TEXTER.has(words[who]);
  }
  return false;
}
