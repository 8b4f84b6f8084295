import { join } from 'node:path';
import { PlaceIndex } from '../../src/directory/placeIndex';
import { parseFlowFile } from '../../src/flow/flowParser';
import { flowLexicon } from '../../src/understand/flowLexicon';
import { readMessage, type Reading } from '../../src/understand/understand';

const flow = parseFlowFile(join(__dirname, '../../flows/recovery.yaml')).flow!;
const lexicon = flowLexicon(flow);
const places = new PlaceIndex();

/** A text read by the understanding step with the shipped flow's words and the bundled places, as the line reads it. */
export function readShipped(text: string, lang = 'en'): Reading {
  return readMessage(text, lang, lexicon, places);
}
