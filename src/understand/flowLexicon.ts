import type { FlowFile } from '../flow/flowSchema';
import { lexiconOf, Lexicon } from './lexicon';

const EMPTY = new Lexicon({ slots: {} }, ['en']);

/** The lexicon of a flow's `understand:` section; an empty one (nothing understood) when the flow has none. */
export function flowLexicon(flow: FlowFile): Lexicon {
  return flow.understand ? lexiconOf(flow.understand, flow.languages) : EMPTY;
}
