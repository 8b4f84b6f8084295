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
  /** With concern `gambling`: another behavior (the flow's `behavior` slot); unset for gambling itself. */
  behavior?: PreviewBehavior;
  medication: boolean;
  teen: boolean;
  mode: 'in_person' | 'online' | 'phone' | 'any';
  /** A day word to narrow the results ("saturday", "tonight"); empty for none. */
  day?: string;
  /** The first text, which also picks the language: `hi` (English) or `hola` (Spanish). */
  lang?: 'en' | 'es';
}

/** The behaviors the flow's `behavior` slot knows (flows/recovery.yaml, understand > slots > behavior). */
export const PREVIEW_BEHAVIORS = ['gaming', 'porn', 'sex', 'shopping', 'screens', 'food', 'other'] as const;

/** Another behavior than gambling, as the flow's `behavior` slot names it. */
export type PreviewBehavior = (typeof PREVIEW_BEHAVIORS)[number];

/**
 * What a texter writes at "What is it about?" to name each behavior. The menu's "3" is gambling itself, so a
 * behavior is answered in words, which the flow reads as concern gambling with `behavior` set, as it would a
 * texter's. Each is a phrase of that behavior's word list in flows/recovery.yaml.
 */
const BEHAVIOR_WORDS: Record<'en' | 'es', Record<PreviewBehavior, string>> = {
  en: {
    gaming: 'video games',
    porn: 'porn',
    sex: 'sex addiction',
    shopping: 'shopping addiction',
    screens: 'phone addiction',
    food: 'binge eating',
    other: 'another behavior',
  },
  es: {
    gaming: 'videojuegos',
    porn: 'pornografia',
    sex: 'adiccion al sexo',
    shopping: 'compras compulsivas',
    screens: 'adiccion al celular',
    food: 'atracones',
    other: 'otra conducta',
  },
};

/** The answer to "What is it about?": the menu number, or the behavior's words when one is chosen. */
function whatAnswer(s: PreviewSituation): string {
  if (s.concern === 'gambling' && s.behavior) return BEHAVIOR_WORDS[s.lang ?? 'en'][s.behavior];
  return String(['alcohol', 'drugs', 'gambling', 'unsure'].indexOf(s.concern) + 1);
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
  what: whatAnswer,
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
 * when one is given. A behavior is named in words at `what`, as a texter would. Returns every text sent and the
 * replies; stops at a question it cannot answer.
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
