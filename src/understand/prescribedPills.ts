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

/** The hits without the concerns that are only pills, when the text names an illness they are for. */
export function withoutPrescribedConcerns<T extends HeardPhrase>(w: SaidWords, hits: readonly T[]): readonly T[] {
  if (!w.words.some((x) => ILLNESS.has(x)) || w.words.some((x) => MISUSE.has(x))) return hits;
  const onlyPills = (h: T) => {
    for (let j = h.start; j < h.end; j++) if (!PILLS.has(w.words[j])) return false;
    return true;
  };
  return hits.filter((h) => !h.entry.slot.startsWith('concern') || !onlyPills(h));
}
