import type { HeardPhrase, SaidWords } from './heardWords';

/**
 * A medicine for recovery named with the form it comes in or the verb of taking it: "i take naltrexone pills",
 * "the vivitrol shot", "pastillas de naltrexona", "tomo naltrexona", "mi esposo toma suboxone". The pills, the shot
 * and the "toma" there are the medicine's, not a drug or a drink: the text answers the medication question and
 * tells nothing of what the trouble is (a drinker on naltrexone is still about alcohol).
 */

/** The forms a medicine comes in, and "take" in Spanish, which is also "drink": words the medicine's name owns. */
const MEDICINE_WORDS = new Set([
  'pill',
  'pills',
  'tablet',
  'tablets',
  'tabs',
  'shot',
  'shots',
  'injection',
  'injections',
  'strip',
  'strips',
  'film',
  'films',
  'pastilla',
  'pastillas',
  'tableta',
  'tabletas',
  'inyeccion',
  'inyecciones',
  'toma',
  'tomo',
  'tomar',
  'tomando',
  'tomaba',
  'tomamos',
  'toman',
]);
/** Words that may lead the taking in Spanish: "estoy tomando campral", "sigue tomando metadona". */
const LEADING = new Set(['estoy', 'esta', 'anda', 'ando', 'sigue', 'sigo']);
/** Words that join two things said ("naltrexone and pills", "toma y naltrexona"): what follows is its own. */
const JOINING = new Set(['and', 'or', 'also', 'plus', 'too', 'but', 'y', 'o', 'pero', 'tambien', 'ademas']);
/** How many words may stand between the medicine's name and its form ("naltrexone 50mg pills", "toma la metadona"). */
const NEAR = 2;

/** Whether the words `from` to `to` (exclusive) hold no joining word and no clause break. */
function joinedPlainly(w: SaidWords, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (JOINING.has(w.words[j]) || w.clause[j] !== w.clause[from]) return false;
  return w.clause[to] === w.clause[from];
}

/** Whether a concern hit is only words a medicine named beside it owns: its form, or the verb of taking it. */
function ownedByMedicine<T extends HeardPhrase>(w: SaidWords, h: T, medicines: readonly T[]): boolean {
  for (let j = h.start; j < h.end; j++) if (!MEDICINE_WORDS.has(w.words[j]) && !LEADING.has(w.words[j])) return false;
  return medicines.some((m) =>
    m.start >= h.end
      ? m.start - h.end <= NEAR && joinedPlainly(w, h.end - 1, m.start)
      : h.start >= m.end && h.start - m.end <= NEAR && joinedPlainly(w, m.end - 1, h.start),
  );
}

/** The hits without the concerns that are only a recovery medicine's form or the taking of it; most texts name none. */
export function withoutMedicineForms<T extends HeardPhrase>(w: SaidWords, hits: readonly T[]): readonly T[] {
  const medicines = hits.filter((h) => h.entry.slot === 'medication' && h.entry.value === 'true' && !h.negated);
  if (!medicines.length) return hits;
  return hits.filter((h) => !h.entry.slot.startsWith('concern') || h.negated || !ownedByMedicine(w, h, medicines));
}
