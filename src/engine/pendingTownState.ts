import { stateCode } from '../directory/placeIndex';
import type { MeetingDirectory, Place } from '../directory/types';
import { plainLower, wordsOfPlain } from '../text/textWords';
import { codeWritten } from '../understand/places';

/** Words around a state given on its own: "its in texas", "TX please", "en el estado de Texas". */
const AROUND_A_STATE = new Set(
  'in its it is the state of im i am we are live living thats that please pls thanks en el estado de es vivo estoy'.split(
    ' ',
  ),
);

/**
 * The state a text names and nothing else, or undefined: a name ("texas", "new mexico") or a code written as
 * one (codeWritten: "TX"); a code in small letters is too often a word ("in", "ok", "me") to be taken out of turn.
 */
function onlyAState(text: string): string | undefined {
  const words = wordsOfPlain(plainLower(text)).filter((w) => !AROUND_A_STATE.has(w));
  if (words.length === 0 || words.length > 3) return undefined;
  const said = words.join(' ');
  if (said.length > 2) return stateCode(said);
  return codeWritten(text, said) ? stateCode(said) : undefined;
}

/**
 * The place a text completes when a town several states have is waiting for its state (said in passing, before
 * the place question asked which) and the text names only a state: "texas" after "we're out in Potter County".
 * Undefined when the text says more or other than a state, or the town is not in that state.
 */
export function placeForPendingTown(directory: MeetingDirectory, pendingTown: string, text: string): Place | undefined {
  const code = onlyAState(text);
  if (!code) return undefined;
  const found = directory.lookupPlace(`${pendingTown}, ${code}`);
  return found.kind === 'found' ? found.place : undefined;
}
