/**
 * Words that start what comes after a place named in a sentence ("in dc and need a meeting", "in texas so where do i
 * go", "en texas y necesito juntas"): a place followed by one of these ends there, as one at the end of the text does.
 */
export const WORDS_AFTER_A_PLACE: ReadonlySet<string> = new Set([
  'and',
  'but',
  'so',
  'i',
  'im',
  'we',
  'need',
  'looking',
  'want',
  'please',
  'pls',
  'area',
  'metro',
  'y',
  'pero',
  'necesito',
  'busco',
]);
