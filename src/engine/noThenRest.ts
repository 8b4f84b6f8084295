import { takesRefinements, type FlowRoute } from '../flow/flowSchema';
import { plainLower, wordsOfPlain } from '../text/textWords';
import { stateSearched } from './homeStateTown';
import { nodeOf, type Live } from './liveConversation';
import { labelState } from './placeIdentity';
import type { TextRead } from './understandStep';

/** A bare "no" said as an answer. */
const NO_WORDS = new Set(['no', 'nope', 'nah', 'naw']);

/**
 * Whether what the rest of a text tells, read alone, is an answer the question's own "no" routes set (medication, at
 * the medication question): then the "no" was said of the rest, not beside it.
 */
function answersWhatNoAnswers(routes: readonly FlowRoute[], rest: TextRead): boolean {
  const noSets = new Set(routes.filter((route) => route.no).flatMap((route) => Object.keys(route.set ?? {})));
  return rest.learned.filled.some((slot) => noSets.has(slot));
}

/**
 * At a yes-or-no question, a bare "no" first and more after it with no stop between ("no online", "nope in person"
 * at the medication question): the no answers the question, and the rest is read on its own, so its way to meet is
 * not taken as turned down (the seventeenth session's probe: "no online" was read "in person" and the question asked
 * again); at the results, "no lubbock" is another town (it was "OK, take care"). Anywhere else, or when the rest
 * tells nothing, the text is read as it came.
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
  const node = live.compiled.flow.nodes[nodeOf(live) ?? ''];
  if (!node?.routes?.some((route) => route.no)) return read;
  const after = said.slice(first.length).trim();
  // At the results, only a place said alone after it ("no lubbock": another town, not "OK, take care"); "no en
  // amarillo, en lubbock" turns one place down for another, which the reading of the whole text knows.
  const atResults = takesRefinements(node);
  if (atResults && /[,.;]/.test(after)) return read;
  const rest = readRest(after);
  if (!rest?.learned.filled.length) return read;
  // "no tomo medicina", "no estoy tomando medicamentos" at the medication question: the no turns the rest around, so
  // the rest alone answers the same question the other way (the twenty-third probe: on medication, MARA first).
  if (answersWhatNoAnswers(node.routes, rest)) return read;
  if (atResults && !rest.learned.filled.every((slot) => slot === 'place' || slot === 'town')) return read;
  // A town of the state searched ("no lubbock" from Amarillo); "no gas" is no Gas, KS (the regression probe).
  const searched = stateSearched(live);
  if (atResults && (searched === undefined || labelState(rest.learned.place?.label) !== searched)) return read;
  return {
    reading: { ...rest.reading, understood: { ...rest.reading.understood, yes: false } },
    learned: rest.learned,
  };
}
