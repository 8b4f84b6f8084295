import { plainLower, wordsOfPlain } from './textWords';

/**
 * A time to meet said from the moment of the text, English and Spanish: "now", "right now", "ahorita" (from the
 * text's time), "later", "mas tarde" (later than the meetings shown), "in 2 hours", "en una hora" (from then),
 * "after work", "saliendo del trabajo" (from 5pm). What a list of meetings is answered with when the texter wants
 * the next meetings from some time on, which the day and part-of-day words cannot say.
 */

/** What the text said: from now, later than the list, from a number of minutes on, or after a working day. */
export type TimeFromNow =
  | { kind: 'now' }
  | { kind: 'later' }
  | { kind: 'in'; minutes: number }
  | { kind: 'after_work' }
  | { kind: 'after_school' };

/** Letters one of the patterns below needs: most texts hold none, and are not read further. */
const HINT =
  /now|rn\b|asap|ahor|later|tarde|luego|early|temprano|\bin |\ben |dentro|work|trabajo|soon|pronto|rato|school|escuela|clases/i;

/**
 * "now", "right now", "rn", "asap", "starting soon", "ahora", "ahorita", "ahora mismo", "lo antes posible". Not
 * "not now", "for now", "until now", "now what" (no time asked), nor "know".
 */
const NOW =
  /(?:^| )(?:right now|rn|now|asap|right away|starting soon|soon|soonest|ahora mismo|ahorita|ahora|lo antes posible|pronto|en este momento|at the moment)(?: |$)/;
const NOT_NOW =
  /(?:^| )(?:not|no|for|until|till|til|by|hasta|por) (?:right )?(?:now|ahora|ahorita)(?: |$)|(?:^| )now what(?: |$)/;

/**
 * "later", "something later", "later ones", "any later", "later in the day", "mas tarde", "algo mas tarde"; the
 * meetings shown "too early", "demasiado temprano" (the thirty-sixth probe: the next page, another at the same hour).
 * Not a goodbye or a put-off: "talk later", "see you later", "maybe later", "ill look later", "hasta luego".
 */
const LATER = /(?:^| )(?:later|mas tarde|despues|luego|too early|to early|demasiado temprano)(?: |$)/;
const PUT_OFF =
  /(?:^| )(?:talk|talk to you|see|see you|see ya|cya|catch|catch you|text|text you|check|look|call|maybe|read|ill|i will|hasta|nos vemos|te escribo|te aviso) (?:\w+ )?(?:later|luego|despues|mas tarde)(?: |$)|(?:later|luego) (?:bro|man|dude|then|thanks|thx)(?: |$)/;

/** Number words said before hours or minutes. */
const COUNTS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  couple: 2,
  'a couple': 2,
  'a couple of': 2,
  'couple of': 2,
  few: 3,
  'a few': 3,
  una: 1,
  un: 1,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  half: 0.5,
  'half an': 0.5,
  media: 0.5,
};

/**
 * "in 2 hours", "in an hour", "in half an hour", "in 30 min", "in a couple hours", "en 2 horas", "en una hora",
 * "dentro de una hora", "en media hora": the count (group 1) and its unit (group 2). Not "within": a drive said
 * in time ("within an hour") is how far the texter can go (milesAsked).
 */
const IN_SPAN =
  /(?:^| )(?:in|en|dentro de)(?: (?:about|like|around|unos|unas|como))? (\d{1,3}|a couple of|a couple|couple of|couple|a few|few|half an|an|a|one|two|three|four|five|una|un|dos|tres|cuatro|cinco|media)(?: and a half| y media)? (hours?|hrs?|hr|h|minutes?|mins?|min|horas?|hora|minutos?)(?: |$)/;

/** "after work", "when i get off work", "off work", "despues del trabajo", "saliendo del trabajo". */
const AFTER_WORK =
  /(?:^| )(?:after work|after i get off(?: work)?|when i get off(?: work)?|once i get off(?: work)?|off work|after my shift|despues del trabajo|saliendo del trabajo|al salir del trabajo|cuando salga del trabajo|cuando salgo del trabajo)(?: |$)/;

/**
 * "after school", "when school gets out", "despues de la escuela", "saliendo de clases": a school day's end (the
 * thirty-first session's probe: a teen's "is there one after school" got noon meetings, and once meeting 1, "NA The
 * Morning After").
 */
const AFTER_SCHOOL =
  /(?:^| )(?:after school|after class|after classes|when school (?:gets|lets) out|when i get out of school|despues de (?:la escuela|clases|la prepa)|saliendo de (?:la escuela|clases|la prepa)|al salir de (?:la escuela|clases))(?: |$)/;

/** "in a bit", "in a little while", "al rato", "en un rato": about an hour on. */
const A_WHILE =
  /(?:^| )(?:in a (?:bit|little bit|little while|while)|al rato|en un rato|mas al rato|dentro de un rato)(?: |$)/;
const A_WHILE_MINUTES = 60;

/** The time from now a text asks meetings for, or undefined when it says none. */
export function timeFromNowIn(text: string): TimeFromNow | undefined {
  if (typeof text !== 'string' || !HINT.test(text)) return undefined;
  const t = wordsOfPlain(plainLower(text)).join(' ');
  const span = IN_SPAN.exec(t);
  if (span) {
    const count = /^\d/.test(span[1]) ? Number(span[1]) : COUNTS[span[1]];
    const half = span[0].includes(' and a half') || span[0].includes(' y media') ? 0.5 : 0;
    const perUnit = /^(?:h|hr|hrs|hour|hours|hora|horas)$/.test(span[2]) ? 60 : 1;
    const minutes = Math.round((count + half) * perUnit);
    // "in 2 min" is now; more than a day on is no time of day.
    if (minutes > 0 && minutes <= 24 * 60) return minutes < 15 ? { kind: 'now' } : { kind: 'in', minutes };
  }
  if (AFTER_WORK.test(t)) return { kind: 'after_work' };
  if (AFTER_SCHOOL.test(t)) return { kind: 'after_school' };
  if (A_WHILE.test(t)) return { kind: 'in', minutes: A_WHILE_MINUTES };
  // "now" said in passing in a longer text ("i used to drink but now its my son") asks no time (the regression probe).
  if (NOW.test(t) && !NOT_NOW.test(t) && t.split(' ').length <= NOW_MAX_WORDS && !nowOfBeingSomewhere(t))
    return { kind: 'now' };
  // "later tonight", "tomorrow later", "later this week": the day says when, and the day's reading takes it.
  if (LATER.test(t) && !PUT_OFF.test(t) && !DAY_SAID.test(t)) return { kind: 'later' };
  return undefined;
}

/**
 * Where the texter is or lives: "im in lubbock", "i live in amarillo", "we moved to", "im at my moms", "estoy en",
 * "vivo en", "ahora estoy en".
 */
const BEING_SOMEWHERE =
  /(?:^| )(?:im|i m|i am|were|we re|we are|i live|we live|i moved|we moved|moved|im staying|staying|living|im living|estoy|estamos|vivo|vivimos|me mude|nos mudamos|me cambie)(?: (?:back|over|out|down|up|here|now|ahora|ya|right now))? (?:in|at|to|near|by|en|a|cerca)(?: |$)/;

/** Words that ask for meetings beside where one is: "im in lubbock, need one now", "hay algo ahora". */
const ASKS_MEETINGS =
  /(?:^| )(?:meeting|meetings|need|want|any|anything|one|go|going|open|junta|juntas|reunion|reuniones|necesito|quiero|hay|algo|busco)(?: |$)/;

/**
 * "im in lubbock now", "i live in amarillo now", "ahora estoy en canyon": "now" said of where the texter is, no time
 * to meet asked (the twenty-fourth session's probe: the list became "Meetings today after 12pm").
 */
function nowOfBeingSomewhere(t: string): boolean {
  return BEING_SOMEWHERE.test(t) && !ASKS_MEETINGS.test(t);
}

/** Words beyond which "now" is told in passing, not asked for. */
const NOW_MAX_WORDS = 6;

/** A day or part of one said beside "later": its own reading says when. */
const DAY_SAID =
  /(?:^| )(?:today|tonight|tomorrow|tmrw|week|weekend|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday|hoy|manana|noche|semana)(?: |$)/;
