import { normalizeText } from './answerMatch';

/**
 * The texter telling of their own overdose: "i took all my pills", "honestly i took all my pills an hour ago", "i
 * think im overdosing", "took a bunch of my xanax", "me tome todas mis pastillas". Read so the crisis reply's first
 * words speak to them ("don't stay alone"), not to someone beside a person overdosing ("stay with them"): the
 * thirty-third session's probe sent a 16-year-old who took all their pills the bystander's words.
 */

/** "i" and its contractions, before a taking: "i took", "ive taken", "im overdosing". */
const I_WORDS = new Set(['i', 'ive', 'im', 'yo']);
/** Words that may stand between "i" and the taking: "i just took", "i think i took", "i already swallowed". */
const BETWEEN = new Set(['just', 'already', 'think', 'kinda', 'accidentally', 'literally', 'have', 'prob', 'probably']);
/** Takings and overdoses said of oneself. */
const TAKINGS = new Set([
  ...['took', 'taken', 'swallowed', 'popped', 'ate', 'overdosed', 'overdosing', 'od', 'odd', 'oded', 'odding'],
  ...['injected', 'snorted', 'smoked', 'drank', 'downed'],
]);
/** A text that begins with a taking of "my" things: "took all my pills", "swallowed a bottle of my meds". */
const BEGINS_TAKING_MINE = /^(just )?(took|swallowed|popped|downed|ate) (all|a|the|like|half|some|too|way)\b.*\bmy\b/;
/** Spanish first-person takings: "me tome", "tome", "me meti", "me trague", "consumi", "me inyecte". */
const ES_TAKING = /(^| )(me tome|me trague|me meti|me inyecte|trague|consumi)( |$)|^(ya )?tome /;
/** Someone else told of, whose overdose it may be: then the bystander's words stay. */
const SOMEONE_ELSE =
  /(^| )(he|she|they|him|her|hes|shes|theyre|them|friend|son|daughter|husband|wife|boyfriend|girlfriend|bf|gf|mom|mother|dad|father|brother|sister|baby|kid|child|someone|somebody|partner|roommate|cousin|uncle|aunt|grandma|grandpa|el|ella|hijo|hija|esposo|esposa|novio|novia|amigo|amiga|mama|papa|hermano|hermana|alguien|bebe|nino|nina)( |$)/;

/** True when a text tells of the texter's own overdose, and of no one else. */
export function tellsOwnOverdose(text: string): boolean {
  const words = normalizeText(text);
  if (SOMEONE_ELSE.test(words)) return false;
  if (BEGINS_TAKING_MINE.test(words) || ES_TAKING.test(words)) return true;
  const said = words.split(' ');
  return said.some((word, i) => {
    if (!I_WORDS.has(word)) return false;
    let at = i + 1;
    // "i think i took": a second "i" after a between word is read on from there.
    while (at < said.length && (BETWEEN.has(said[at]) || I_WORDS.has(said[at]))) at++;
    return TAKINGS.has(said[at] ?? '');
  });
}
