import { isResultsQuestion } from '../flow/flowSchema';
import { plainWords } from '../directory/plainWords';
import type { MeetingDirectory } from '../directory/types';
import type { ConversationContext } from './flowCompiler';
import { restoreSnapshot, type Live, type StoredSnapshot } from './liveConversation';
import { itemIn, nameAndStreet } from './resultAnswers';
import type { Session } from './types';

/**
 * "thanks" at a list ends the conversation with the goodbye; "wait whats the address of #2" or "more" right after it
 * is still about that list. Without this the line started over and showed page 1 again (the texting probe of
 * 2026-12-06). The ended conversation keeps its search (`context.search`), so it is reopened at the list's question
 * and the text is read there, as it would have been before the "thanks".
 */

/** The node the list's replies are read at. */
const LIST_NODE = 'results';

/** MORE, in the words the list offers it: the next page of the same list. */
const MORE_ALONE =
  /^(?:more|more please|next|next page|show more|any more|more meetings|mas|mas por favor|siguiente|otras|mas reuniones)$/;

/** A number or an ordinal: "#2", "the 2nd one", "the last one", "la segunda". A name alone could be a new search. */
const POINTS = /\d|first|second|third|last|primer|segund|tercer|ultim/;

/**
 * The ended conversation reopened at its list, when it ended at the goodbye with meetings listed and the text picks
 * one of them or asks for MORE; undefined for any other text or ending (a new conversation starts as before).
 */
export function listAfterGoodbye(
  live: Live,
  session: Session,
  text: string,
  directory: () => MeetingDirectory,
): Live | undefined {
  const context = live.snapshot.context as ConversationContext;
  const shown = context.search?.shown;
  if (!shown?.length || context.node !== 'goodbye') return undefined;
  if (!isResultsQuestion(live.compiled.flow.nodes[LIST_NODE])) return undefined;
  const plain = plainWords(text);
  if (plain.length > 60) return undefined;
  const more = MORE_ALONE.test(plain) && context.search?.hasMore === true;
  const picks =
    !more &&
    POINTS.test(plain) &&
    itemIn(
      text,
      shown.map((id) => nameAndStreet(directory().meeting(id))),
    ) !== undefined;
  if (!more && !picks) return undefined;
  const stored = session.snapshot as StoredSnapshot;
  try {
    const snapshot = restoreSnapshot(live.compiled.machine, {
      ...stored,
      status: 'active',
      value: LIST_NODE,
      context: { ...context, node: LIST_NODE },
    });
    return snapshot.status === 'active' ? { compiled: live.compiled, snapshot } : undefined;
  } catch {
    return undefined;
  }
}
