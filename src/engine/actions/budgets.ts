/**
 * How much room each value of a results message gets, in characters, so the message stays within
 * its SMS parts. The actions cut their values to these; the checker reads them through each action's spec.
 */

/** Meetings per page: three lines fit a 3-part SMS beside the program list. */
export const PAGE_SIZE = 3;

// Character budgets that keep each results message within 459 GSM-7 characters (3 parts) with
// the flow's words around them, including the heading that says how far the search looked.

/** The program lines of a results message (`groups`), note included. */
export const PROGRAMS_MAX = 160;
/** The first program's note (MARA welcomes people on medication). */
export const NOTE_MAX = 70;
/** Up to three meeting lines (`meetings`), plus what the program lines leave. */
export const MEETINGS_MAX = 128;
/** A page after MORE has no program lines beside it: the whole shared budget. */
export const NEXT_MAX = MEETINGS_MAX + PROGRAMS_MAX;
/** Online links and phone lines, the answer when no meeting is listed (`online`). */
export const ONLINE_MAX = 240;
/** The programs' own meeting finders, for a place beyond the listed feeds (`finders`). */
export const FINDERS_MAX = 70;
/** The words before them (`labels.finders`), cut to this. */
export const FINDERS_LABEL_MAX = 20;
/** The line under meetings held in English, for a texter in another language (`labels.english`): from `meetings`. */
export const ENGLISH_NOTE_MAX = 40;
/** What was asked for but not found, in words (`missed`, `narrowed`). */
export const MISSED_MAX = 40;
/** The other programs that fit, each with its line and link (`others`). */
export const OTHERS_MAX = 300;
/** The states of a town several have, numbered, in the which-state question (`states`): with the question, one SMS. */
export const STATES_MAX = 90;
/** One meeting's details (`details`). */
export const DETAILS_MAX = 380;
/** "directions", "how to join": longer words from `labels.pick` are cut. */
export const PICK_MAX = 12;
/** Whom the groups are for, "for your husband and you" (`whom`, from `labels.whom`): a longer one goes unnamed. */
export const WHOM_MAX = 32;
/**
 * The room kept for `whom` whatever it says: "for you" and "para ti", which the headings held before it was a
 * placeholder. More than this comes out of the meetings' room, so a longer one never adds an SMS part.
 */
export const WHOM_ROOM = 7;

/** Program lines are squeezed to this first, so the meetings beside them keep room for three lines. */
export const PROGRAMS_COMPACT = 90;
