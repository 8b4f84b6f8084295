import { compilePattern } from '../text/phrasePattern';
import type { LexiconEntry } from './lexicon';
import type { Hit, Words } from './messageWords';

/**
 * The part of the day a church service tells: "after church" is listed in the flow, and this reads the rest as it
 * does: "despues de misa", "saliendo de la iglesia", "after mass", "after sunday service" (the afternoon), "before
 * church", "antes de misa" (the morning). The twenty-first session's probe: "AA el domingo despues de misa" kept
 * Sunday and dropped the time.
 */

/** Words of a service of worship: "church", "mass", "misa", "iglesia", "culto", "service". */
const WORSHIP: ReadonlySet<string> = new Set(['church', 'mass', 'service', 'services', 'misa', 'iglesia', 'culto']);
/** Words that say after it: "after", "despues de", "saliendo de", "once", "when ... gets out" is left to the flow. */
const AFTER: ReadonlySet<string> = new Set(['after', 'despues', 'saliendo', 'salir']);
/** Words that say before it: "before church", "antes de misa". */
const BEFORE: ReadonlySet<string> = new Set(['before', 'antes']);
/** Small words between: "after sunday mass", "despues de la misa", "saliendo de la iglesia", "after the service". */
const BETWEEN: ReadonlySet<string> = new Set(['de', 'del', 'la', 'el', 'the', 'sunday', 'domingo', 'my', 'mi', 'our']);
/** The most small words between. */
const REACH = 3;

function entry(value: 'morning' | 'afternoon', written: string): LexiconEntry {
  return { pattern: compilePattern(written), slot: 'part', value, whole: false, skipsWords: false, written };
}

const AFTER_WORSHIP = entry('afternoon', 'after church');
const BEFORE_WORSHIP = entry('morning', 'before church');

/** The part of the day a service of worship said tells ("despues de misa": the afternoon), as a hit; else undefined. */
export function partOfWorship(w: Words): Hit | undefined {
  const words = w.words;
  for (let j = 0; j < words.length; j++) {
    if (!WORSHIP.has(words[j]) && !WORSHIP.has(w.said[j])) continue;
    let k = j - 1;
    while (k >= 0 && j - k <= REACH && BETWEEN.has(words[k])) k--;
    if (k < 0 || w.clause[k] !== w.clause[j]) continue;
    // "service" alone is many things ("phone service"): after "after" or "before" only, as the others.
    if (AFTER.has(words[k])) return { entry: AFTER_WORSHIP, start: k, end: j + 1, negated: false };
    if (BEFORE.has(words[k])) return { entry: BEFORE_WORSHIP, start: k, end: j + 1, negated: false };
  }
  return undefined;
}
