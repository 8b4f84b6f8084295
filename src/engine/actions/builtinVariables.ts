import type { ActionVariable } from './actionTypes';
import { STATES_MAX } from './budgets';

/** The longest program line said to "what is al-anon" (`about`): the catalogue's are one short line each. */
export const ABOUT_MAX = 120;

/**
 * Variables the engine itself sets, whatever the flow does: a `location` route sets `place`;
 * `location: ambiguous` sets `town` and `states`; a state alone at the place question `state_name` and `in_state`;
 * the `program_about` keyword's text `about`.
 */
export const BUILTIN_VARIABLES: Record<string, ActionVariable> = {
  place: { maxLength: 40, description: 'The place the texter named, e.g. "Amarillo, TX".' },
  town: { maxLength: 30, description: 'A town found in several states, as the texter wrote it.' },
  states: { maxLength: STATES_MAX, description: 'The states that town is in, numbered: "1 TX, 2 OH, 3 MO".' },
  state_name: { maxLength: 30, description: 'A state named alone at the place question, e.g. "Texas".' },
  in_state: { maxLength: 2, description: 'Its code, e.g. "TX": the town asked for next is looked up in it first.' },
  about: { maxLength: ABOUT_MAX, description: 'A program\'s own line from programs.yaml, for "what is al-anon".' },
  behavior: {
    maxLength: 8,
    description:
      'A behavior named that is no gambling ("video games": gaming), read with concern gambling; empty otherwise.',
  },
};
