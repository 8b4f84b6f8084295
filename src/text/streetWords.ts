/**
 * The last word of a street's name: "58th ave", "main st", "n georgia street". After it, a town may follow ("1500
 * broadway lubbock"); before it, "58th" names a street, not the 58th meeting of a list.
 */
export const STREET_SUFFIXES: ReadonlySet<string> = new Set([
  'st',
  'street',
  'ave',
  'av',
  'avenue',
  'rd',
  'road',
  'blvd',
  'boulevard',
  'dr',
  'drive',
  'ln',
  'lane',
  'hwy',
  'highway',
  'pkwy',
  'parkway',
  'ct',
  'court',
  'cir',
  'circle',
  'pl',
  'place',
  'trl',
  'trail',
  'ter',
  'terrace',
  'broadway',
]);
