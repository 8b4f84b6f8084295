/**
 * Whether the texter says they are a man or a woman, from their own role: "im her dad", "as his mother", "im a guy",
 * "female", "soy su papa", "soy mujer". Probe 35 showed a father "Al-Anon Women's Serenity" first: the line knew no
 * better. Kept quietly (never said back), only to set a women's meeting after the others for a man, and a men's for a
 * woman. Nothing is guessed from a partner's word ("my wife drinks" may be a wife's wife).
 */

/** Roles a man names himself by, after "im", "i am", "as", "soy", "como" (with "his", "her", "a", "su"...). */
const MAN_ROLES =
  'dad|father|daddy|stepdad|stepfather|husband|hubby|boyfriend|fiance|son|brother|grandpa|grandfather|uncle|guy|man|dude|male|papa|padre|esposo|marido|novio|hijo|hermano|abuelo|tio|hombre|padrastro';
/** Roles a woman names herself by. */
const WOMAN_ROLES =
  'mom|mother|mommy|mum|stepmom|stepmother|wife|girlfriend|fiancee|daughter|sister|grandma|grandmother|aunt|woman|lady|girl|female|gal|mama|madre|esposa|novia|hija|hermana|abuela|tia|mujer|madrastra';

/** "im", "i am", "as", "soy", "como": the texter saying what they are. */
const BEING = String.raw`(?:^|[^a-z])(?:im|i am|i m|as|soy|como)`;
/** Words between being and the role: "im his dad", "im a single mom", "soy su mama", "as the father of". */
const BETWEEN = String.raw`(?: (?:his|her|their|the|a|an|su|la|el|un|una|just|only|single|worried|scared|proud|old|young|grown|\d{1,2}(?: yo| year old| yr old)?))*`;

const MAN = new RegExp(`${BEING}${BETWEEN} (?:${MAN_ROLES})(?![a-z])`);
const WOMAN = new RegExp(`${BEING}${BETWEEN} (?:${WOMAN_ROLES})(?![a-z])`);
/** "female", "male" said as an answer of a list: "im 52, female, drinking". */
const WOMAN_ALONE = /(?:^|[,.] ?)(?:female|f)(?: ?[,.]|$)/;
const MAN_ALONE = /(?:^|[,.] ?)(?:male|m)(?: ?[,.]|$)/;

/**
 * The texter's own sex as they say it (see above), or undefined when they do not, or say both. `plain` is the text in
 * lower case with accents folded and apostrophes dropped.
 */
export function texterGender(plain: string): 'man' | 'woman' | undefined {
  const text = plain.replace(/['’]/g, '');
  const man = MAN.test(text) || MAN_ALONE.test(text);
  const woman = WOMAN.test(text) || WOMAN_ALONE.test(text);
  return man === woman ? undefined : man ? 'man' : 'woman';
}
