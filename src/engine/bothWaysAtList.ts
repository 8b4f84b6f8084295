import { plainWords } from '../directory/plainWords';
import { takesRefinements } from '../flow/flowSchema';
import type { Reading } from '../understand/reading';
import type { ConversationContext } from './flowCompiler';
import type { Learned } from './learnFromText';
import type { Live } from './liveConversation';

/**
 * "both online and in person", "both", "ambos", "i can do both" at a list of meetings in person: the texter has the
 * rooms near them and wants the ways that need no room as well, so the search goes on to meetings online and by phone
 * (`mode: remote`). Read as any way to meet, the same rooms came again (the twenty-ninth session: "repeats the same
 * page"). "online too", "zoom too" name one way, and get it, as before; "both" of a page of two meetings is both
 * meetings' details (read_answer), as before.
 */

/** "both" said alone, or with a word of taking it: "i can do both", "both work", "ambos estan bien", "las dos". */
const BOTH_ALONE =
  /^(?:(?:i can do|i could do|id do|i can|i would do|i am ok with|im ok with|ok with|i want|i like|quiero|puedo) )?(?:both|both ways|both of them|ambos|ambas|las dos|los dos|de las dos formas|de ambas formas)(?: (?:work|works|are fine|are good|is fine|fine|ok|please|pls|estan bien|esta bien|sirven|por favor))?$/;

/** The ways to meet that need a room, and those that do not, as the understanding hears them. */
const ROOM = 'in_person';
const NO_ROOM: ReadonlySet<string> = new Set(['online', 'phone']);

/**
 * What a text at a list of rooms teaches when it asks for both ways to meet: what the understanding read, with the way
 * to meet made online or by phone, the rooms being shown already. Undefined for any other text or list.
 */
export function bothWaysAtRooms(
  live: Live,
  reading: Reading | undefined,
  learned: Learned,
  text: string,
): Learned | undefined {
  const context = live.snapshot.context as ConversationContext;
  // First and cheapest: a list of rooms near the texter, found as asked (not online ones for none near).
  if (!context.search || context.search.modes || context.vars.near !== 'yes') return undefined;
  if (context.vars.mode !== ROOM && context.vars.mode !== 'any') return undefined;
  if (!takesRefinements(live.compiled.flow.nodes[context.node])) return undefined;
  if (!namesBothWays(reading) && !saysBothAlone(text, context.search.shown?.length ?? 0)) return undefined;
  const filled = learned.filled.includes('mode') ? learned.filled : [...learned.filled, 'mode'];
  return Object.assign({}, learned, { vars: { ...learned.vars, mode: 'remote' }, filled });
}

/** Whether the understanding heard a room and a way that needs none, both welcome: "both online and in person". */
function namesBothWays(reading: Reading | undefined): boolean {
  if (reading?.understood.mode !== 'any') return false;
  const ways = reading.heard.filter((h) => h.slot === 'mode' && !h.negated).map((h) => h.value);
  return ways.includes(ROOM) && ways.some((w) => NO_ROOM.has(w));
}

/** Whether a text is "both" alone ("ambos", "i can do both"), at a page of other than two meetings. */
function saysBothAlone(text: string, shown: number): boolean {
  return shown !== 2 && BOTH_ALONE.test(plainWords(text));
}
