import type { HeardPhrase, SaidWords } from './heardWords';

/**
 * Pills or medicine named for an illness: "just blood pressure pills", "solo pastillas para la presion", "sleeping
 * pills for my insomnia". The pills then tell of no drug use (the medication question's answer is no); said of
 * anything else ("pills", "pain pills", "addicted to sleeping pills") the drug is still heard.
 */

/** Words of an illness a medicine is taken for. */
const ILLNESS = new Set([
  'pressure',
  'bp',
  'heart',
  'diabetes',
  'cholesterol',
  'thyroid',
  'asthma',
  'insulin',
  'antidepressants',
  'antidepressant',
  'depression',
  'anxiety',
  'presion',
  'azucar',
  'depresion',
  'ansiedad',
  'corazon',
  'colesterol',
  'tiroides',
  'asma',
  'insulina',
  'antidepresivos',
  'insomnia',
  'insomnio',
  'dormir',
]);
/** The words of pills or medicine themselves, which name no drug when an illness is named with them. */
const PILLS = new Set([
  'pills',
  'pill',
  'meds',
  'med',
  'medicine',
  'medication',
  'pastillas',
  'pastilla',
  'medicina',
  'medicinas',
  'medicamento',
  'medicamentos',
]);
/** Words of misuse that keep the pills a drug: "addicted to my anxiety pills", "abusing", "too many". */
const MISUSE = new Set([
  'addicted',
  'abusing',
  'abuse',
  'hooked',
  'many',
  'much',
  'adicto',
  'adicta',
  'abusa',
  'abuso',
]);

/**
 * Medicines a doctor prescribes that some people misuse, so the lexicon hears them as drugs ("hes abusing
 * gabapentin", "gabbies"): said as taken by the texter ("i take gabapentin", "im on neurontin", "prescribed lyrica"),
 * with no misuse word, they are a prescription, not the trouble (the twenty-first session's probe: "i take gabapentin"
 * at the medication question turned an alcohol conversation into one about drugs).
 */
const PRESCRIBED_MISUSED = new Set(['gabapentin', 'neurontin', 'lyrica', 'pregabalin']);
/** The words just before such a medicine that say it is taken as prescribed. */
const TAKEN = new Set(['take', 'takes', 'taking', 'on', 'prescribed', 'tomo', 'toma', 'tomando']);

/**
 * The hits without the concerns that are only a prescription: pills named with an illness they are for, or a
 * medicine of PRESCRIBED_MISUSED said as taken. Misuse words ("addicted", "too many") keep them the trouble.
 */
export function withoutPrescribedConcerns<T extends HeardPhrase>(w: SaidWords, hits: readonly T[]): readonly T[] {
  // Most texts name neither an illness nor such a medicine: no new list for them.
  const illness = w.words.some((x) => ILLNESS.has(x));
  if (!illness && !w.words.some((x) => PRESCRIBED_MISUSED.has(x))) return hits;
  if (w.words.some((x) => MISUSE.has(x))) return hits;
  const onlyPrescribed = (h: T) => {
    // The medicine is the hit's last word ("gabapentin", or a listed "take gabapentin"), taken just before it.
    const m = h.end - 1;
    if (PRESCRIBED_MISUSED.has(w.words[m])) {
      return TAKEN.has(w.words[m - 1]) || (w.words[m - 1] === 'my' && TAKEN.has(w.words[m - 2]));
    }
    if (!illness) return false;
    for (let j = h.start; j < h.end; j++) if (!PILLS.has(w.words[j])) return false;
    return true;
  };
  return hits.filter((h) => !h.entry.slot.startsWith('concern') || !onlyPrescribed(h));
}
