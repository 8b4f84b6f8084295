import { name as FIND_MEETINGS } from './actions/findMeetings';
import type { ConversationContext } from './flowCompiler';
import { send, type Live } from './liveConversation';

/**
 * The list again, searched anew with everything known, where a conversation has searched before: after a language
 * switch at the results (asked again as it was, its meeting lines and "1, 2 or 3 for directions" would stay in the
 * old language), and when MEETINGS goes on after a crisis reply (asked again, the results' last line would come
 * without its meetings). The node that runs `find_meetings` searches again. Returns whether it did.
 */
export function searchAgainIn(live: Live, now: Date): boolean {
  const context = live.snapshot.context as ConversationContext;
  if (!context.search) return false;
  const nodes = live.compiled.flow.nodes;
  const searchNode = Object.keys(nodes).find((id) => nodes[id].do === FIND_MEETINGS);
  if (!searchNode) return false;
  send(live, { type: 'FLUSH' });
  send(live, { type: 'GOTO', node: searchNode, now, text: '' });
  return true;
}
