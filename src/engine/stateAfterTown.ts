import type { MeetingDirectory, Place } from '../directory/types';
import type { ConversationContext } from './flowCompiler';
import type { Learned } from './learnFromText';
import { nodeOf, type Live } from './liveConversation';
import { placeForStateAfterTown, stateAnswered } from './pendingTownState';
import { placeQuestion, stateAlone } from './placeChange';
import type { Session } from './types';
import { CLOSING_INTENTS } from './understandStep';

/**
 * A state said alone after a town (the seventeenth session's probe, H4 and H2): "columbus" searched in the texter's
 * own state, then "georgia" or "ga", searches Columbus, GA with every other answer kept; and "ga" or "la" answering
 * "Which state?" is only the state, not Gamblers Anonymous nor Los Angeles.
 */

/** What a text read teaches: the understanding's reading and what it taught (understandStep's TextRead). */
interface ReadLike {
  learned: Learned;
  reading?: { understood: { intents: readonly string[] } };
}

/** The conversation's context, live or just ended (its session's snapshot), or undefined. */
function contextOf(live: Live | undefined, session: Session | undefined): Partial<ConversationContext> | undefined {
  if (live) return live.snapshot.context as ConversationContext;
  return (session?.snapshot as { context?: Partial<ConversationContext> } | undefined)?.context;
}

/** What a text that is only a state teaches: nothing but the place, when there is one ("ga" is no program here). */
function onlyThePlace(learned: Learned, place: Place | undefined): Learned {
  const base = { vars: {}, filled: place ? ['place'] : [], inferred: [] };
  return Object.assign({}, learned, base, place ? { place } : { place: undefined, pendingTown: undefined });
}

/**
 * The read of a text with a state said alone taken as the state of the town at hand: the town waiting for its state
 * (the which-state question) or the town last searched. Any other read is returned as it was.
 */
export function withStateAfterTown<T extends ReadLike>(
  directory: MeetingDirectory,
  live: Live | undefined,
  session: Session | undefined,
  text: string,
  read: T | undefined,
): T | undefined {
  if (!read || text.length > 40) return read;
  // "oh thanks" after "columbus" is thanks, not Ohio (the seventeenth session's regression probe).
  if (read.reading?.understood.intents.some((intent) => CLOSING_INTENTS.has(intent))) return read;
  const context = contextOf(live, session);
  if (!context) return read;
  // "Which state?" answered "ga": the question's own reading takes the state; nothing else is read into it.
  if (context.pendingTown)
    return stateAnswered(text) ? { ...read, learned: onlyThePlace(read.learned, undefined) } : read;
  // "GA" at "What is your ZIP code, or your town and state?": Georgia, whose town is asked next (not the program).
  if (live && nodeOf(live) === placeQuestion(live.compiled) && stateAlone(text))
    return { ...read, learned: onlyThePlace(read.learned, undefined) };
  if (!context.place) return read;
  const place = placeForStateAfterTown(directory, context.place, text);
  return place ? { ...read, learned: onlyThePlace(read.learned, place) } : read;
}
