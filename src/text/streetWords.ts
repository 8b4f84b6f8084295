/** Street words in English, French and Spanish, for addresses written without a house number. */
export const STREET_WORDS: readonly string[] = [
  'st',
  'street',
  'ave',
  'avenue',
  'rd',
  'road',
  'blvd',
  'boulevard',
  'dr',
  'drive',
  'hwy',
  'highway',
  'ln',
  'lane',
  'way',
  'pl',
  'place',
  'ct',
  'court',
  'pkwy',
  'parkway',
  'route',
  'rte',
  'rue',
  'calle',
  'avenida',
  'sq',
  'square',
  'ter',
  'terrace',
  'cir',
  'circle',
  'trl',
  'trail',
];

/**
 * The last word of a street's name: "58th ave", "main st", "n georgia street", "1500 broadway". After it, a town may
 * follow ("1500 broadway lubbock"); before it, "58th" names a street, not the 58th meeting of a list. The feeds'
 * street words (STREET_WORDS), and the ones texters add.
 */
export const STREET_SUFFIXES: ReadonlySet<string> = new Set([...STREET_WORDS, 'av', 'broadway']);
