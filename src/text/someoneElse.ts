import { plainLower, wordsOfPlain } from './textWords';

/** Another person as the one who does something: "he won't leave me alone", "my ex keeps texting me". */
const OTHER_PEOPLE = new Set(['he', 'she', 'they', 'hes', 'shes', 'theyre', 'him', 'her', 'them', 'his', 'ex', 'ella']);

/** Verbs of contact: "stop texting my dealer" is about someone else's number, not this line. */
const CONTACT_VERBS = new Set(['texting', 'text', 'messaging', 'message', 'calling', 'call', 'contacting', 'sending']);

/** Whose number a contact verb can be followed by when it is not the line's texts ("stop texting my dealer"). */
const SOMEONE_ELSES = new Set(['my', 'his', 'her', 'their', 'him', 'them', 'people', 'anyone']);

/** Who, after "de", a Spanish text is from: "mensajes de el", "de ellos". */
const FROM_THEM_ES = new Set(['el', 'ellos', 'ellas']);

/**
 * Whether a text speaks of someone else doing it, not of the line: "he won't leave me alone", "my ex won't stop
 * texting me", "stop texting my dealer". An opt-out in such words is not one (the texter may be in danger, or
 * naming a goal), so it is answered as any other text.
 */
export function speaksOfSomeoneElse(text: string): boolean {
  const words = wordsOfPlain(plainLower(text));
  for (let i = 0; i < words.length; i++) {
    if (OTHER_PEOPLE.has(words[i])) return true;
    if (CONTACT_VERBS.has(words[i]) && SOMEONE_ELSES.has(words[i + 1] ?? '')) return true;
    // "no quiero recibir mensajes de el" (from him, the accent dropped): "of the" is written "del", so "de el" is a
    // person (the thirty-seventh probe: a wife about her drunk husband's texts was opted out).
    if (words[i] === 'de' && FROM_THEM_ES.has(words[i + 1] ?? '')) return true;
  }
  return false;
}
