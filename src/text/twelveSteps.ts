/** The twelve steps' number as texted: "12", "twelve", "doce". */
export const TWELVE_WORDS: ReadonlySet<string> = new Set(['12', 'twelve', 'doce']);

/** The word for the steps after that number: "12 step", "twelve steps", "12 steppers", "12 pasos". */
export const STEP_WORDS: ReadonlySet<string> = new Set(['step', 'steps', 'stepper', 'steppers', 'pasos']);

/** The twelve steps in one word: "12step", "12steps", "twelvesteps". */
export const STEPS_IN_ONE_WORD = /^(?:12|twelve)steps?$/;
