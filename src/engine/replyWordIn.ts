import { allWords, normalizeText } from '../text/answerMatch';
import type { CompiledFlow } from './flowCompiler';

/**
 * Most words a text may have for a reply word inside it to be the reply ("ok whatever. MORE", "fine, next pls"):
 * a longer text says something of its own, and is read whole.
 */
const SHORT_TEXT_WORDS = 4;

/**
 * The reply word of a list shown that a short text holds ("ok whatever. MORE" at the results: "more"),
 * from the node's `words` routes, so the text can be read as that word alone; undefined when the text is long
 * or holds none. Each word is matched whole, with no typos: a reply word is what the line told them to send.
 */
export function replyWordIn(flow: CompiledFlow, node: string | undefined, text: string): string | undefined {
  const said = normalizeText(text);
  if (!said || said.split(' ').length > SHORT_TEXT_WORDS) return undefined;
  const routes = flow.flow.nodes[node ?? '']?.routes ?? [];
  // Only where a list is shown (a node that reads any answer): at a question, "my husband drinks" holds a word
  // of its routes too, and is an answer read whole.
  if (!routes.some((r) => r.any)) return undefined;
  for (const route of routes) {
    const word = allWords(route.words).find((w) => ` ${said} `.includes(` ${normalizeText(w)} `));
    if (word) return word;
  }
  return undefined;
}
