import { labelState } from './placeIdentity';
import type { MeetingDirectory, PlaceLookup } from '../directory/types';
import { neighbouringState } from '../directory/stateNeighbours';
import type { ConversationContext } from './flowCompiler';
import type { Live } from './liveConversation';

/**
 * A town in several states ("Hereford": TX, AZ, CO, OR, PA) named by a texter whose number is from one of them is
 * the one in that state: a rural texter near Amarillo is not asked "which state?" for their own town. With `nextDoor`,
 * else the one in the one state of them next door ("hobbs" from Texas is Hobbs, NM, not Hobbs, IN: stateNeighbours.ts).
 * The place is said back ("near Hereford, TX"), so someone away from home sees it and can name another. Without a home
 * state (a number from abroad, the chat without --state), or a town in neither, the lookup stands as it was.
 */
export function inHomeState(
  directory: MeetingDirectory,
  found: PlaceLookup,
  homeState: string | undefined,
  nextDoor = false,
): PlaceLookup {
  if (found.kind !== 'ambiguous' || !homeState) return found;
  // Next door only for the number's own state: a town far from the state searched is still asked about.
  const own = found.states.includes(homeState) ? homeState : undefined;
  // Next door only for a town of two states ("hobbs": NM or IN): one of many ("knoxville", "jackson") next door is
  // seldom the one meant, and a small one there is a dead end (the nineteenth session's regression probe).
  const state = own ?? (nextDoor && found.states.length === 2 ? neighbouringState(found.states, homeState) : undefined);
  if (!state) return found;
  const there = directory.lookupPlace(`${found.town}, ${state}`);
  return there.kind === 'found' ? there : found;
}

/**
 * The state of the place a conversation has ("Worcester, MA" -> "MA"), or undefined: a town in several states named
 * later ("what about concord") is first looked for there, not in the state of the texter's number (the sixteenth
 * session's probe: "concord" from a Massachusetts list went to Concord, TX).
 */
export function stateSearched(live: Live | undefined): string | undefined {
  return labelState((live?.snapshot.context as ConversationContext | undefined)?.place?.label);
}
