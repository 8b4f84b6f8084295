import type { ActionVariable } from './actionTypes';

/**
 * Variables the engine itself sets, whatever the flow does: a `location` route sets `place`;
 * `location: ambiguous` sets `town` and `states`.
 */
export const BUILTIN_VARIABLES: Record<string, ActionVariable> = {
  place: { maxLength: 40, description: 'The place the texter named, e.g. "Amarillo, TX".' },
  town: { maxLength: 30, description: 'A town found in several states, as the texter wrote it.' },
  states: { maxLength: 40, description: 'The states that town is in, e.g. "TX, OH, MO".' },
};
