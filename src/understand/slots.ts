/**
 * The slots the understanding step fills, and the values each may take: the one list the
 * lexicon schema, the flow checker, the engine and the command-line tools all read.
 */

/** Values of the single-valued slots read from words (programs and item are checked apart). */
export const SLOT_VALUES = {
  audience: ['self', 'family'],
  concern: ['alcohol', 'drugs', 'gambling', 'unsure'],
  concern_weak: ['alcohol', 'drugs', 'gambling'],
  medication: ['true', 'false'],
  teen: ['true', 'false'],
  mode: ['in_person', 'online', 'phone', 'any'],
  when: ['tonight', 'today', 'tomorrow', 'weekend', 'sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
  part: ['morning', 'afternoon', 'evening'],
  wants: ['women', 'men', 'lgbtq', 'spanish', 'young_people', 'wheelchair', 'newcomer', 'open', 'closed'],
  intents: ['talk_to_person', 'opt_out', 'erase', 'help', 'restart', 'more', 'details', 'thanks'],
  yes: ['true', 'false'],
} as const;

/** Slots whose values are open: program ids (directory/programs.yaml) and item numbers. */
export const OPEN_SLOTS = ['programs', 'item'] as const;

/** Every slot name a lexicon may list words under. */
export type LexiconSlot = keyof typeof SLOT_VALUES | (typeof OPEN_SLOTS)[number];

/** True when `slot` is a slot the lexicon may hold. */
export function isLexiconSlot(slot: string): slot is LexiconSlot {
  return slot in SLOT_VALUES || (OPEN_SLOTS as readonly string[]).includes(slot);
}

/** Why a value is not allowed under a slot, or undefined when it is. */
export function badSlotValue(slot: LexiconSlot, value: string): string | undefined {
  if (slot === 'programs') return /^[a-z][a-z0-9_]*$/.test(value) ? undefined : 'a program id is lowercase letters, digits and _';
  if (slot === 'item') return /^[1-9]\d?$/.test(value) ? undefined : 'an item is a number from 1 to 99';
  const allowed: readonly string[] = SLOT_VALUES[slot];
  return allowed.includes(value) ? undefined : `one of: ${allowed.join(', ')}`;
}

/** What the words of a message say: every slot of issue 13, null or [] when the message says nothing of it. */
export interface Understanding {
  audience: 'self' | 'family' | null;
  concern: 'alcohol' | 'drugs' | 'gambling' | 'unsure' | null;
  medication: boolean | null;
  teen: boolean | null;
  mode: 'in_person' | 'online' | 'phone' | 'any' | null;
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
  'audience', 'concern', 'medication', 'teen', 'mode', 'place', 'when', 'part', 'wants', 'programs', 'intents', 'yes', 'item',
] as const;
