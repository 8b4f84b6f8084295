import type { Hit } from './messageWords';

/**
 * An hour or part of the day the texter says they can't make: "i cant make noon", "can't do 7", "cant do mornings",
 * "noon doesnt work for me", "no puedo a las 12", "en la manana no puedo". Not MORE ("cant make those" is), and not
 * a time to meet at: the twentieth session's probe paged on for "i cant make noon", and the next page began at noon.
 */

/** What was ruled out: a clock hour (with minutes), midnight, or a part of the day; `from`/`to` are word indexes. */
export interface HourRuledOut {
  hour?: number;
  minute?: number;
  midnight?: true;
  part?: 'morning' | 'afternoon' | 'evening';
  from: number;
  to: number;
}

/** "cant", "won't", "no puedo": a can't said before the hour. "dont" only with a verb ("dont do mornings"). */
const CANT = String.raw`(?:cant|can t|cannot|can not|couldnt|couldn t|wont|won t|will not|no puedo|no podemos|no alcanzo)`;
const DONT = String.raw`(?:dont|don t|do not|no)`;
const VERB = String.raw`(?:make|do|go|come|get there|attend|llegar|ir|asistir|voy)`;
/** Words between the verb and the hour: "make it to the", "go at", "a las", "en la", "por las". */
const FILL = String.raw`(?: (?:it|that|those|one|ones))?(?: (?:to|till|til))?(?: (?:at|a las|a la|al|a|the|by|in the|on|en la|en las|por la|por las|de|del|la))?(?: (?:meeting|meetings|one|ones|junta|reunion)(?: (?:at|a las|a la|de las|de la))?)?`;
/** Words after a number that make it a count, not an hour: "12 steps", "2 days", "30 miles", "3 drinks". */
const COUNTED = [
  'step',
  'steps',
  'pasos',
  'day',
  'days',
  'dia',
  'dias',
  'week',
  'weeks',
  'semana',
  'semanas',
  'month',
  'months',
  'mes',
  'meses',
  'year',
  'years',
  'ano',
  'anos',
  'miles',
  'millas',
  'mi',
  'min',
  'minutes',
  'minutos',
  'hour',
  'hours',
  'hora',
  'horas',
  'people',
  'personas',
  'more',
  'drinks',
  'beers',
  'pills',
  'times',
  'veces',
].join('|');
/** Words for an hour or a part of the day; "manana" only after "la" or "las" (alone it is tomorrow). */
const HOUR_WORDS = String.raw`noon|noontime|midday|mediodia|lunch|lunchtime|midnight|medianoche|mornings?|afternoons?|evenings?|nights?|tardes?|noches?|(?<=la |las )mananas?`;
/** The hour: digits ("7", "5:30", "5 30pm", "12"), or words for an hour or a part of the day. */
const HOUR = String.raw`(?:(\d{1,2})(?:[: ](\d{2}))?(?: ?(?:am|pm|a m|p m))?(?! (?:${COUNTED}))|${HOUR_WORDS})`;
/** Said after the hour: "noon doesnt work", "7 is no good", "12 no me sirve", "a las 12 no puedo". */
const AFTER_WORDS = [
  'doesnt work',
  'doesn t work',
  'does not work',
  'dont work',
  'don t work',
  'wont work',
  'won t work',
  'will not work',
  'is no good',
  'no good',
  'isnt good',
  'is bad',
  'not good',
  'doesnt suit',
  'no me sirve',
  'no me sirven',
  'no me queda',
  'no me quedan',
  'no puedo',
  'no alcanzo',
].join('|');
const AFTER = String.raw`(?: (?:is|s|are))? (?:${AFTER_WORDS})`;

/** "i cant go a night without drinking": a night without, no hour of a meeting. */
const NOT_AN_HOUR = String.raw`(?= )(?! without| sin)`;
/**
 * A part of the day turned down with no verb: "not mornings", "no mornings", "anytime but mornings", "except at night",
 * "not in the morning", "menos en la manana" (the twenty-fifth session's probe: "not mornings" at a list was a no,
 * "OK, take care"). Parts only: "not 7" says too little to be read as an hour.
 */
const NOT_A_PART = String.raw`(?:not|no|but|except|besides|other than|menos|excepto|salvo)`;
const PART_WORDS = String.raw`mornings?|afternoons?|evenings?|nights?|tardes?|noches?|(?<=la |las )mananas?`;
const PART_FILL = String.raw`(?: (?:in the|at|on|during the|en la|en las|por la|por las|a la|de))?`;
/**
 * Said after the part, these make it the one wanted, not the one ruled out: "no, mornings are better", "but evenings
 * only", "no, noches son mejor".
 */
const WANTED_AFTER =
  'are is s work works would better best good great fine ok okay only suit suits son es mejor esta estan';
const PART_WANTED = String.raw`(?! (?:${WANTED_AFTER.split(' ').join('|')}|me sirven?))`;
const BEFORE_HOUR = new RegExp(
  String.raw` (?:(?:${CANT}(?: ${VERB})?|${DONT} ${VERB})${FILL} ${HOUR}|${NOT_A_PART}${PART_FILL} (?:${PART_WORDS})${PART_WANTED})${NOT_AN_HOUR}`,
);
const HOUR_BEFORE = new RegExp(String.raw` ${HOUR}${AFTER}(?= )`);

/** Cheap first test: a can't, a "no", a "but" or a "work"/"good"/"bad" after an hour; else no hour is ruled out. */
const MAY_RULE_OUT =
  / (?:cant|can|cannot|couldnt|couldn|wont|won|will|dont|don|do|no|doesnt|does|isnt|is|not|but|except|besides|than|menos|excepto|salvo) /;

/** The second cheap test: a digit or a word of HOUR_WORDS, without which HOUR matches nowhere ("no", "no thanks"). */
const MAY_NAME_AN_HOUR =
  /\d|noon|midday|mediodia|lunch|midnight|medianoche|morning|afternoon|evening|night|tarde|noche|manana/;

/** Words for a part of the day, by the part they name. */
const PARTS: Readonly<Record<string, HourRuledOut['part']>> = {
  morning: 'morning',
  mornings: 'morning',
  manana: 'morning',
  mananas: 'morning',
  afternoon: 'afternoon',
  afternoons: 'afternoon',
  tarde: 'afternoon',
  tardes: 'afternoon',
  evening: 'evening',
  evenings: 'evening',
  night: 'evening',
  nights: 'evening',
  noche: 'evening',
  noches: 'evening',
};
/** Words for noon: 12 o'clock ruled out. */
const NOON = new Set(['noon', 'noontime', 'midday', 'mediodia', 'lunch', 'lunchtime']);

/** A word already as the reader compares it. */
const PLAIN = /^[a-z0-9:]*$/;

/** A word as the reader compares it: lower case, no accents or apostrophes, only letters, digits and a colon. */
function plainWord(word: string): string {
  // Most words are plain already: the normalising and two replaces cost more than the rest of a short text's reading.
  if (PLAIN.test(word)) return word;
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f'’]/g, '')
    .replace(/[^a-z0-9:]/g, '');
}

/** The word index a character offset of the words joined by spaces falls in. */
function wordAt(joined: string, offset: number): number {
  return joined.slice(0, offset).split(' ').length - 1;
}

/**
 * The hour or part of the day a text rules out, or undefined; `words` are the text's words as said (one token each,
 * so the indexes returned are theirs), or the whole text, split here on spaces.
 */
export function hourRuledOutIn(words: readonly string[] | string): HourRuledOut | undefined {
  const list = (typeof words === 'string' ? words.split(/\s+/) : words).map(plainWord);
  const joined = ` ${list.join(' ')} `;
  // Most texts say no can't at all: the patterns below are not read for them.
  if (!MAY_RULE_OUT.test(joined) || !MAY_NAME_AN_HOUR.test(joined)) return undefined;
  const m = BEFORE_HOUR.exec(joined) ?? HOUR_BEFORE.exec(joined);
  if (!m) return undefined;
  const said = /(\S+)$/.exec(m[0].replace(AFTER_TAIL, ''))?.[1] ?? '';
  const span = { from: Math.max(0, wordAt(joined, m.index + 1) - 1), to: wordAt(joined, m.index + m[0].length) };
  if (m[1] !== undefined) {
    const hour = Number(m[1]);
    if (hour < 1 || hour > 23) return undefined;
    return { hour, ...(m[2] !== undefined ? { minute: Number(m[2]) } : {}), ...span };
  }
  if (said === 'midnight' || said === 'medianoche') return { midnight: true, ...span };
  if (NOON.has(said)) return { hour: 12, ...span };
  const part = PARTS[said];
  return part ? { part, ...span } : undefined;
}

/** The words said after the hour, taken off to find the hour's own word. */
const AFTER_TAIL = new RegExp(`${AFTER}$`);

/**
 * The hits of a text that rules an hour out, read for it: MORE's "cant make" inside it is no wish for the next page
 * (the list then leaves the hour out), nor its "no" a no; and a part of the day inside it ("cant make it in the
 * morning", "noon" as the afternoon) is turned down, not asked for. Other texts' hits are returned as they are.
 * `out` is hourRuledOutIn's reading of the text's words, read once by the caller, which keeps it too.
 */
export function withHourRuledOut(out: HourRuledOut | undefined, hits: Hit[]): Hit[] {
  if (!out) return hits;
  const inside = (h: Hit) => h.start >= out.from && h.end <= out.to;
  for (const h of hits) if (h.entry.slot === 'part' && inside(h)) h.negated = true;
  // "no puedo a las 12", "no i cant make noon": a "no" up to it is the can't's or its lead-in, no answer to the list.
  const yesOfIt = (h: Hit) => h.entry.slot === 'yes' && h.end <= out.to;
  return hits.filter((h) => !(h.entry.slot === 'intents' && h.entry.value === 'more' && inside(h)) && !yesOfIt(h));
}
