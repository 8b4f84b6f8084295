/**
 * What the understanding step returns: the slots of issue 13, in the order the tools print them.
 * The words and values a flow may list for them are in src/flow/understandSlots.ts.
 */

/** What the words of a message say: every slot of issue 13, null or [] when the message says nothing of it. */
export interface Understanding {
  audience: 'self' | 'family' | null;
  concern: 'alcohol' | 'drugs' | 'gambling' | 'unsure' | null;
  medication: boolean | null;
  teen: boolean | null;
  mode: 'in_person' | 'online' | 'phone' | 'remote' | 'any' | null;
  place: UnderstoodPlace | null;
  when: string | null;
  part: 'morning' | 'afternoon' | 'evening' | null;
  wants: string[];
  programs: string[];
  intents: string[];
  yes: boolean | null;
  item: number | null;
}

/** A place as read from the words: a postal code, a town, a state or province; each may be null. */
export interface UnderstoodPlace {
  postal_code: string | null;
  town: string | null;
  state: string | null;
}

/** The keys of an Understanding in the order the tools print them. */
export const UNDERSTANDING_KEYS = [
  'audience',
  'concern',
  'medication',
  'teen',
  'mode',
  'place',
  'when',
  'part',
  'wants',
  'programs',
  'intents',
  'yes',
  'item',
] as const;
