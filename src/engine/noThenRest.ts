import { takesRefinements } from '../flow/flowSchema';
import { plainLower, wordsOfPlain } from '../text/textWords';
import { nodeOf, type Live } from './liveConversation';
import type { TextRead } from './understandStep';

/** A bare "no" said as an answer. */
const NO_WORDS = new Set(['no', 'nope', 'nah', 'naw']);

/**
 * At a yes-or-no question, a bare "no" first and more after it with no stop between ("no online", "nope in person"
 * at the medication question): the no answers the question, and the rest is read on its own, so its way to meet is
 * not taken as turned down (the seventeenth session's probe: "no online" was read "in person" and the question asked
 * again). Anywhere else, or when the rest tells nothing, the text is read as it came.
 */
export function noThenRest(
  live: Live | undefined,
  text: string,
  read: TextRead | undefined,
  readRest: (rest: string) => TextRead | undefined,
): TextRead | undefined {
  if (!live || read?.reading.understood.yes !== false) return read;
  const said = plainLower(text).trim();
  const first = said.split(/\s+/, 1)[0];
  // "no, online" is two parts already, which the reading keeps apart.
  if (!NO_WORDS.has(first) || wordsOfPlain(said).length < 2) return read;
  // A question of yes or no; not the results, where "no en amarillo, en lubbock" turns a place down.
  const node = live.compiled.flow.nodes[nodeOf(live) ?? ''];
  if (!node || takesRefinements(node) || !node.routes?.some((route) => route.no)) return read;
  const rest = readRest(said.slice(first.length).trim());
  if (!rest?.learned.filled.length) return read;
  return {
    reading: { ...rest.reading, understood: { ...rest.reading.understood, yes: false } },
    learned: rest.learned,
  };
}
