/**
 * Words for the moments when the flow itself cannot be read (no flow loaded, a broken file, an
 * error while rendering). Everything a texter reads normally comes from the flow; these exist
 * only so that danger and our own errors are never answered with silence.
 */

/** Sent for a crisis text when the flow's crisis reply cannot be rendered. */
export const LAST_RESORT_CRISIS =
  'If you are in danger, call 911 now. Overdose: call 911 and give naloxone (Narcan) if you have it. ' +
  'Crisis? Call or text 988, any time. SAMHSA helpline, free 24/7: 1-800-662-4357.';

/** Sent when handling a text failed and the flow's "having trouble" reply cannot be rendered. */
export const LAST_RESORT_TROUBLE =
  'Sorry, we are having trouble right now. Please text again soon. SAMHSA helpline, free 24/7: 1-800-662-4357. ' +
  'Crisis? Call or text 988.';

/** Spoken to a caller when the flow's voice text cannot be read. */
export const LAST_RESORT_VOICE =
  'This number is for text messages. If you are in danger, call 911. In crisis, call or text 988. ' +
  'SAMHSA helpline, free, 24 hours: 1 800 662 4357.';

/** Sent after a crisis when the flow has no check-in text: the questions still wait, never in silence. */
export const LAST_RESORT_CHECK_IN =
  'We are still here. To talk to someone now: call or text 988, any time, or SAMHSA 1-800-662-4357. ' +
  'Reply MEETINGS to go on, or NEW to start over.';

/** Sent for a request for a person when the flow has no `person` text. */
export const LAST_RESORT_PERSON =
  'This line is automated. To talk to someone now: call or text 988, any time, or the SAMHSA helpline, ' +
  'free 24/7: 1-800-662-4357. Reply MEETINGS to go on, or NEW to start over.';
