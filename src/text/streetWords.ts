import { STREET_WORDS } from '../directory/meetingPlace';

/**
 * The last word of a street's name: "58th ave", "main st", "n georgia street", "1500 broadway". After it, a town may
 * follow ("1500 broadway lubbock"); before it, "58th" names a street, not the 58th meeting of a list. The feeds'
 * street words (meetingPlace.ts), and the ones texters add.
 */
export const STREET_SUFFIXES: ReadonlySet<string> = new Set([...STREET_WORDS, 'av', 'broadway']);
