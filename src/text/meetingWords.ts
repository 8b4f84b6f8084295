/**
 * The nouns texters use for a meeting, English and Spanish, with their text-speak ("mtg", "mtngs"): one list,
 * so "na mtg", "meetings in Lubbock" and "tomorrow at 7 meeting" are read alike.
 */
export const MEETING_NOUNS: ReadonlySet<string> = new Set([
  'meeting',
  'meetings',
  'meetin',
  'mtg',
  'mtgs',
  'mtng',
  'mtngs',
  'group',
  'groups',
  'grupo',
  'grupos',
  'junta',
  'juntas',
  'reunion',
  'reuniones',
]);
