import { containsAnyWord } from '../text/answerMatch';
import { wordsFor } from '../understand/lexicon';
import type { CompiledFlow, ConversationContext } from './flowCompiler';
import type { Learned } from './learnFromText';
import type { Live } from './liveConversation';
import type { TextRead } from './understandStep';

/**
 * Texts that say something beside the question at hand, answered by a flow keyword the engine sends
 * on what the text means rather than on its exact words: a goodbye inside a short text ("im not ready
 * for this, bye": `bye`), and a question about bringing someone along once the conversation knows whom
 * the help is for ("can i bring my husband": `companion`). What makes them side questions is where
 * the conversation is, which the understanding step, reading one text alone, cannot see.
 */

/** Longer texts say more than goodbye ("ok thanks bye" is three words): they are read for what they say. */
const GOODBYE_MAX_WORDS = 10;

/**
 * Whether a short text in a conversation only takes leave: it holds one of the `bye` keyword's words
 * ("bye", "never mind") inside it, the understanding step heard thanks or a goodbye in it, and it
 * tells nothing the conversation could use. A whole text of the keyword's words is the keyword's own.
 */
export function saysGoodbye(flow: CompiledFlow, read: TextRead | undefined, text: string, lang: string): boolean {
  const bye = flow.flow.keywords.bye;
  if (!bye?.words || !read || read.learned.filled.length > 0) return false;
  const intents = read.reading.understood.intents;
  if (!intents.includes('thanks') || intents.some((i) => i !== 'thanks')) return false;
  if (text.trim().split(/\s+/).length > GOODBYE_MAX_WORDS) return false;
  return containsAnyWord(text, wordsFor(bye.words, lang));
}

/** What a companion question says of the one it brings, which is not whom the help is for. */
const COMPANION_SLOTS = ['audience', 'relation', 'teen', 'also_family'];

/**
 * Whether a text asks about bringing someone along ("can my wife come with me", "puedo llevar a mi esposo")
 * in a conversation that already knows whom the help is for, and the flow answers it (`companion`). At the
 * start, "i want to bring my son to NA" is a parent whose son needs help, and is read as that.
 */
export function asksAboutCompanion(live: Live, read: TextRead | undefined): boolean {
  if (!read?.reading.understood.intents.includes('companion')) return false;
  if (live.compiled.flow.keywords.companion?.say === undefined) return false;
  return (live.snapshot.context as ConversationContext).vars.audience !== undefined;
}

/** What a companion question teaches besides the person brought ("can i bring my wife to the saturday one"). */
export function withoutCompanion(learned: Learned): Learned {
  const vars = { ...learned.vars };
  for (const slot of COMPANION_SLOTS) delete vars[slot];
  const filled = learned.filled.filter((slot) => !COMPANION_SLOTS.includes(slot));
  const { relation: _relation, ...rest } = learned;
  return Object.assign(rest, { vars, filled });
}
