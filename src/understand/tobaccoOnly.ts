import type { HeardPhrase, SaidWords } from './heardWords';

/**
 * Smoking or vaping said of tobacco: "i vape nicotine and want to stop", "i smoke cigarettes". The vaping or smoking
 * then tells of no drug (the flow's `tobacco` keyword gives the quitline); said of anything else ("vaping weed",
 * "smoking meth") the drug named is still heard.
 */

/** Words that name tobacco or nicotine. */
const TOBACCO = new Set([
  'nicotine',
  'cigarettes',
  'cigarette',
  'cigs',
  'ciggs',
  'tobacco',
  'juul',
  'snuff',
  'cigarros',
  'cigarrillos',
  'tabaco',
  'nicotina',
]);
/** The words of smoking or vaping itself, which name no drug alone. */
const SMOKING = new Set(['vape', 'vapes', 'vaping', 'smoke', 'smokes', 'smoking', 'smoked', 'smoker', 'fumo', 'fuma']);

/** The hits without the concerns that are only smoking or vaping, when the text names tobacco; otherwise the hits. */
export function withoutTobaccoConcerns<T extends HeardPhrase>(w: SaidWords, hits: readonly T[]): readonly T[] {
  if (!w.words.some((x) => TOBACCO.has(x))) return hits;
  const onlySmoking = (h: T) => {
    for (let j = h.start; j < h.end; j++) if (!SMOKING.has(w.words[j])) return false;
    return true;
  };
  return hits.filter((h) => !h.entry.slot.startsWith('concern') || !onlySmoking(h));
}
