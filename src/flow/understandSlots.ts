import { LATER_WHEN_WORDS, PART_WORDS, WHEN_WORDS } from '../text/timeWords';

/**
 * The slots a flow's `understand:` section may list words under, and the values each may take:
 * the one list the schema's checker, the understanding step and the tools read.
 */

/** Values of the single-valued slots read from words (programs and item are checked apart). */
export const SLOT_VALUES = {
  audience: ['self', 'family'],
  concern: ['alcohol', 'drugs', 'gambling', 'unsure'],
  concern_weak: ['alcohol', 'drugs', 'gambling'],
  /**
   * A behaviour that is no gambling (video games, porn, shopping...): heard as concern BEHAVIOR_CONCERN, the menu's
   * "Gambling or another behavior", and kept apart so such a texter is offered SMART Recovery, not Gam-Anon.
   */
  behavior: ['gaming', 'porn', 'sex', 'shopping', 'screens', 'food', 'other'],
  medication: ['true', 'false'],
  teen: ['true', 'false'],
  mode: ['in_person', 'online', 'phone', 'remote', 'any'],
  when: [...WHEN_WORDS, ...LATER_WHEN_WORDS],
  part: PART_WORDS,
  wants: [
    'women',
    'men',
    'lgbtq',
    'spanish',
    'young_people',
    'wheelchair',
    'asl',
    'newcomer',
    'open',
    'closed',
    'speaker',
    'big_book',
    'step_study',
  ],
  intents: [
    'talk_to_person',
    'opt_out',
    'erase',
    'help',
    'restart',
    'more',
    'details',
    'thanks',
    'acknowledge',
    'back',
    'other_programs',
    'companion',
    'grief',
    'sponsor',
    'relapsed',
    'craving',
    'struggling',
    'overdosed',
    'medication_welcome',
    'first_meeting',
    'loved_ones_doubts',
    'sober_to_go',
    'kids_nearby',
  ],
  yes: ['true', 'false'],
  /** Refinements at the results with no slot of their own, kept as variables for the search: `closer`. */
  refine: ['closer'],
} as const;

/**
 * The concern a `behavior` word is heard as: the labelled concerns stay alcohol, drugs, gambling and unsure, and the
 * menu's third answer is "Gambling or another behavior".
 */
export const BEHAVIOR_CONCERN = 'gambling';

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
  if (slot === 'programs')
    return /^[a-z][a-z0-9_]*$/.test(value) ? undefined : 'a program id is lowercase letters, digits and _';
  if (slot === 'item') return /^[1-9]\d?$/.test(value) ? undefined : 'an item is a number from 1 to 99';
  const allowed: readonly string[] = SLOT_VALUES[slot];
  return allowed.includes(value) ? undefined : `one of: ${allowed.join(', ')}`;
}
