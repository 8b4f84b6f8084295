/**
 * The day and part-of-day words the conversation keeps in its `when` and `part` variables: the one
 * list the flow's slot checker, the directory's time reader and the results answers read.
 */

/** The day words the conversation keeps in its `when` variable (weekdays from index 4, Sunday first). */
export const WHEN_WORDS = [
  'tonight',
  'today',
  'tomorrow',
  'weekend',
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;

/** The parts of the day the conversation keeps in its `part` variable. */
export const PART_WORDS = ['morning', 'afternoon', 'evening'] as const;
