import { randomBytes } from 'node:crypto';
import type { ConversationEngine } from '../../../engine/types';
import { TextHandler } from '../../../inbox/textHandler';
import { createLogger } from '../../../log/logger';
import { MemorySessionStore } from '../../../store/memorySessionStore';
import type { SenderKey } from '../../../store/senderKey';

/** The situation staff describe in the search preview. */
export interface PreviewSituation {
  /** A ZIP code or "Town, ST". */
  place: string;
  audience: 'self' | 'family';
  concern: 'alcohol' | 'drugs' | 'gambling' | 'unsure';
  medication: boolean;
  teen: boolean;
  mode: 'in_person' | 'online' | 'phone' | 'any';
  /** A day word to narrow the results ("saturday", "tonight"); empty for none. */
  day?: string;
  /** The first text, which also picks the language: `hi` (English) or `hola` (Spanish). */
  lang?: 'en' | 'es';
}

/** One text of the preview and the replies the line sent back, exactly as a texter would get them. */
export interface PreviewTurn {
  sent: string;
  replies: string[];
  /** The node the conversation was at after this text (for staff reading the path). */
  node: string;
}

const MENU: Record<string, (s: PreviewSituation) => string | undefined> = {
  who: (s) => (s.audience === 'self' ? '1' : '2'),
  what: (s) => String(['alcohol', 'drugs', 'gambling', 'unsure'].indexOf(s.concern) + 1),
  medication: (s) => (s.medication ? '1' : '2'),
  teen: (s) => (s.teen ? '1' : '2'),
  how: (s) => String(['in_person', 'online', 'phone', 'any'].indexOf(s.mode) + 1),
  where: (s) => s.place,
  which_state: (s) => /,\s*([A-Za-z]{2})\s*$/.exec(s.place)?.[1],
};

/** At most this many texts: the default flow needs seven; a flow that loops stops here. */
const MAX_TEXTS = 12;

/**
 * Runs the conversation a texter in `situation` would have, through the real TextHandler and the live
 * engine (the current flow and directory) over a throwaway in-memory store, answering each question the
 * flow asks by its node (`who`, `what`, `medication`, `teen`, `how`, `where`, `which_state`), then the day
 * when one is given. Returns every text sent and the replies; stops at a question it cannot answer.
 */
export async function previewSearch(
  engine: () => ConversationEngine,
  situation: PreviewSituation,
): Promise<PreviewTurn[]> {
  const store = new MemorySessionStore({ sessionTtlSeconds: 3600 });
  const handler = new TextHandler({ store, engine, log: createLogger('silent'), rateLimitPerMinute: 1000 });
  const senderKey = `preview-${randomBytes(8).toString('hex')}` as SenderKey;
  const turns: PreviewTurn[] = [];
  const send = async (text: string) => {
    const handled = await handler.handle({
      sid: `SMpreview${randomBytes(12).toString('hex')}`,
      senderKey,
      text,
      numMedia: 0,
      receivedAt: new Date(),
    });
    turns.push({ sent: text, replies: handled.replies, node: handled.after });
    return handled.after;
  };
  try {
    let node = await send(situation.lang === 'es' ? 'hola' : 'hi');
    let dayAsked = false;
    for (let i = 1; i < MAX_TEXTS; i++) {
      const answer = MENU[node]?.(situation);
      if (answer !== undefined) {
        node = await send(answer);
        continue;
      }
      // At the results: narrow to the day once, as a texter would by replying with it.
      if (situation.day && !dayAsked && node === 'results') {
        dayAsked = true;
        node = await send(situation.day);
        continue;
      }
      break;
    }
    return turns;
  } finally {
    await store.close();
  }
}
