import { MEETING_NOUNS } from '../text/meetingWords';
import type { SaidWords } from './heardWords';

/**
 * A meeting in a room said to be out of reach: "i cant go to a local meeting", "i cant get to meetings in person",
 * "no way to get to a meeting", "in person isnt possible", "no puedo ir en persona", "no tengo como llegar". Not a
 * wish for in person because "local" or "in person" is in it: online or by phone is what the texter can join.
 * A time said with it ("i cant get to a meeting tonight") is about that time, not about rooms, and is left be.
 */

/**
 * Words of not being able: "cant", "no way", "not able", "unable"; "no"/"not" only before the ones below. Not
 * "dont" or "wont": "i dont go to meetings" tells of never having gone, "he wont go to meetings" of someone else.
 */
const UNABLE = new Set(['cant', 'cannot', 'couldnt', 'unable']);
/** Someone else, just before the words of not being able: "he cant get to meetings" is not the texter's reach. */
const SOMEONE_ELSE = new Set(['he', 'she', 'they', 'hes', 'shes', 'theyre', 'el', 'ella', 'ellos', 'ellas']);
/** Small words that may stand between the parts: "cant really get out to a local meeting", "ir a las juntas". */
const FILLER = new Set(
  [
    'to a an the any in out into it at of even really just ever always physically actually easily',
    'la las los el en de al se me ni',
  ]
    .join(' ')
    .split(' '),
);
/** Words after "no" or "not" that make them "not able": "no way to", "not able to", "no puedo", "no tengo como". */
const AFTER_NO = new Set(['way', 'able', 'puedo', 'podemos', 'puede', 'tengo', 'tenemos', 'hay']);
/** Verbs of getting to a meeting: "go", "get to", "make it", "ir", "llegar". */
const REACHING = new Set([
  'go',
  'get',
  'getting',
  'going',
  'make',
  'attend',
  'travel',
  'drive',
  'walk',
  'do',
  'ir',
  'llegar',
  'asistir',
  'salir',
  'manejar',
  'como',
  'forma',
  'manera',
]);
/** What is out of reach: a meeting, a room, "there", "in person", "local", "en persona", "presencial". */
const ROOM_WORDS = new Set([
  ...MEETING_NOUNS,
  'there',
  'person',
  'local',
  'persona',
  'presencial',
  'presenciales',
  'alla',
  'ahi',
  'llegar',
]);
/** Verbs that say "in person" cannot be on their own: "in person isnt an option", "in person wont work". */
const CANNOT_BE = new Set(['isnt', 'arent', 'aint', 'wont', 'doesnt', 'cant']);
/** Words after "is" that say it cannot be: "in person is hard for me", "is not possible", "is out". */
const HARD = new Set(['impossible', 'hard', 'tough', 'difficult', 'out', 'not', 'too']);
/** What follows "en persona no" when it cannot be: "no puedo", "no me queda", "no es posible", "no se puede". */
const NO_LEADS = new Set(['puedo', 'podemos', 'puede', 'me', 'es', 'se']);
/** Words of being after "in person": "in person is", "in person meetings are", "would be". */
const BEING = new Set(['is', 'are', 'would', 'will', 'be', 'just', 'really', 'meetings', 'meeting', 'groups']);

/** Where words of not being able that start at `j` end ("cant", "no way", "not able", "no puedo"), or -1. */
function unableEnd(words: readonly string[], j: number): number {
  const word = words[j];
  if (SOMEONE_ELSE.has(words[j - 1] ?? '') || words[j - 2] === 'my' || words[j - 2] === 'mi') return -1;
  if (UNABLE.has(word)) return j + 1;
  return (word === 'no' || word === 'not') && AFTER_NO.has(words[j + 1] ?? '') ? j + 2 : -1;
}

/** Where the first word at or after `from` that is no FILLER stands, in the clause of `from`; -1 past the clause. */
function afterFiller(w: SaidWords, from: number, clause: number): number {
  let k = from;
  while (k < w.words.length && w.clause[k] === clause && FILLER.has(w.words[k])) k++;
  return k < w.words.length && w.clause[k] === clause ? k : -1;
}

/**
 * Whether "in person" stands at `j`, then words saying it cannot be: "in person isnt possible", "in person is hard
 * for me", "in person meetings are not an option". Not "in person not zoom", a choice, nor "in person is best".
 */
function inPersonImpossibleAt(w: SaidWords, j: number): boolean {
  const words = w.words;
  const room = (words[j] === 'en' && words[j + 1] === 'persona') || (words[j] === 'in' && words[j + 1] === 'person');
  if (!room) return false;
  // "en persona no puedo", "en persona no me queda": the Spanish order; "en persona no, en linea": turned down. A "no"
  // after a comma starts another answer: "in person, no meds", "en persona, no tomo medicamento".
  if (words[j + 2] === 'no' && w.clause[j + 2] === w.clause[j])
    return NO_LEADS.has(words[j + 3] ?? '') || w.clause[j + 3] !== w.clause[j];
  if (words[j] === 'en') return false;
  let k = j + 2;
  if (CANNOT_BE.has(words[k] ?? '')) return true;
  let being = false;
  while (k < words.length && w.clause[k] === w.clause[j] && BEING.has(words[k])) [k, being] = [k + 1, true];
  return being && w.clause[k] === w.clause[j] && HARD.has(words[k] ?? '');
}

/**
 * Whether the text says meetings in a room are out of reach for the texter (see above). `timeSaid`: the text names
 * a day or a part of the day, which makes "cant get to a meeting" about that time.
 */
export function inPersonOutOfReach(w: SaidWords, timeSaid: boolean): boolean {
  const words = w.words;
  for (let j = 0; j < words.length; j++) {
    if (inPersonImpossibleAt(w, j)) return true;
    if (timeSaid) continue;
    const end = unableEnd(words, j);
    if (end < 0) continue;
    // "cant get to meetings", "no way to get there", "no puedo ir en persona": unable, a verb of getting there, a room.
    const verb = afterFiller(w, end, w.clause[j]);
    if (verb < 0 || !REACHING.has(words[verb])) continue;
    // "no tengo como llegar": "llegar" is the room's own word, as "there" is.
    const room = afterFiller(w, verb + 1, w.clause[j]);
    if (room >= 0 && ROOM_WORDS.has(words[room])) return true;
  }
  return false;
}
