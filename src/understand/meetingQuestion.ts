import { plainWords } from '../directory/plainWords';

/**
 * A question about the one meeting whose details were just shown ("is it open?", "what time does it start", "where
 * is it", "es abierta", "a que hora es"), told apart from a wish for other meetings ("is there one tonight", "any
 * open ones", "otra hoy"), which the results search for. Read in English and Spanish together: a texter who writes
 * "a que hora es" in an English conversation asks the same thing. The engine asks this only after a meeting's
 * details (src/engine/shownMeeting.ts), so no other text pays for it.
 */

/**
 * What a text asks of the meeting shown: open or closed (`kind`), when it meets, where (or how to join), or its
 * phone number (`phone`).
 */
export type MeetingQuestion = 'kind' | 'when' | 'where' | 'phone';

/** Longer texts say more than a question about the meeting: they are read for what they say. */
const MAX_WORDS = 12;

/**
 * Words that point at other meetings, or at one on the list by its place ("is there one tonight", "any open ones",
 * "the 2nd one", "the next one", "la otra", "hay alguna hoy", "where are they"): a search or another meeting's details,
 * as the results read them, never this one's.
 */
const OTHER_MEETINGS = new RegExp(
  ' (?:' +
    [
      'is there',
      'are there',
      'there is',
      'there are',
      'any',
      'anything',
      'another',
      'other',
      'others',
      'ones',
      'some',
      'something',
      'somewhere',
      'else',
      'next',
      'closer',
      'closest',
      'nearest',
      'meetings',
      'groups',
      'those',
      'they all',
      'all of them',
      'all the',
      'these',
      'first',
      'second',
      'third',
      '1st',
      '2nd',
      '3rd',
      'last one',
      'number',
      'change',
      'different',
      'new',
      'one that',
      'one thats',
      'una que',
      'my address',
      'my location',
      'hay',
      'algo',
      'alguna',
      'alguno',
      'algun',
      'otra',
      'otras',
      'otro',
      'otros',
      'siguiente',
      'sigue',
      'despues',
      'cercana',
      'cercano',
      'reuniones',
      'juntas',
      'grupos',
      'ellas',
      'ellos',
      'esas',
      'estas',
      'primera',
      'segunda',
      'tercera',
      'ultima',
      'numero',
      'mi direccion',
      'cambiar',
      '(?:the|la|el|#) ?[1-9]',
    ].join('|') +
    ') ',
);

/**
 * What open or closed means, asked in general ("whats a closed meeting", "que es una junta cerrada", "what does open
 * mean"): the `open_closed` keyword's answer, not this meeting's.
 */
const IN_GENERAL =
  / (?:what is an?|whats an?|what are|what does|what do you mean|what do they mean|means?|difference|que es una?|que son|que significa|que quiere decir|diferencia) /;

/**
 * A meeting of the list pointed at by its number ("address for #3", "is 2 open"): read_answer's. A time is no
 * number of the list: "is it at 8", "a las 7", "8pm", "7:30".
 */
const ITEM_NUMBER = / (?<!(?:at|a las|around|by|@) )[1-9](?! ?(?:am|pm|a m|p m|o clock|\d\d))(?= )/;

/** The meeting said as "it", "that one", "the meeting", "esa", "la reunion": who a yes-or-no question is about. */
const IT = '(?:it|its|that|thats|this|this one|that one|the meeting|that meeting|this meeting|the group|that group)';

/**
 * "it", or one meeting of the list pointed at: "is the first one wheelchair accessible", "is #2 women only" (the
 * thirty-first session's probe, L8: the first one's details came, which say nothing of a ramp). Its details' question
 * reader then takes the meeting pointed at (itemIn), as it takes one named.
 */
const IT_OR_POINTED = `(?:${IT}|(?:the )?(?:first|1st|second|2nd|third|3rd|last) (?:one|meeting|group)|(?:number |num |no )?[1-9])`;

/** Words of the end of a meeting ("what time does it end"): the `meeting_length` keyword answers those. */
const END_WORDS =
  / (?:end|ends|ending|over|finish|finishes|done|get out|gets out|let out|lets out|last|lasts|long|termina|terminan|acaba|acaban|sale|salen|dura|duran|cierra) /;

/** Open or closed: the kind of meeting, and who may come (the companion asked of this meeting). */
const KIND = new RegExp(
  [
    `(?:is|isnt|was) ${IT} (?:an? )?(?:open|closed|close|private|public|members only)`,
    `${IT} (?:is )?(?:an? )?(?:open|closed)(?: one| meeting)?`,
    `(?:is|isnt) ${IT} (?:only )?(?:for|open to) (?:anyone|anybody|everyone|everybody|the public|members|family|families|friends|alcoholics|addicts|newcomers|non)`,
    '(?:open or closed|closed or open|open or close)',
    '(?:what kind|what type|which kind|which type) of (?:meeting|group) (?:is )?(?:it|that|this)',
    '(?:can|could|may) (?:all )?(?:anyone|anybody|everyone|everybody|family|friends|non [a-z]+|my [a-z]+|a friend|a family member|someone|somebody|people) (?:else )?(?:go|come|attend|join|sit in|be there|come along|tag along|go in)',
    '(?:can|could|may) i (?:bring|take) (?:my [a-z]+|a friend|someone|somebody|family|a family member)',
    '(?:do|does) (?:i|you|we|one) (?:have|need) to be (?:an? )?(?:alcoholic|addict|member|drinker)',
    '(?:is|are) (?:family|families|friends|family members|spouses|guests|visitors|non [a-z]+) (?:allowed|welcome|ok)',
    '(?:es|esta|seria|sera) (?:una )?(?:junta |reunion )?(?:abierta|cerrada|abierto|cerrado|publica|privada|solo para)',
    '(?:esa|esta|la) (?:junta |reunion )?(?:es|esta) (?:abierta|cerrada|publica|privada)',
    '(?:abierta o cerrada|cerrada o abierta|abierto o cerrado|cerrado o abierto)',
    '(?:que tipo|que clase) de (?:junta|reunion|grupo) es',
    '(?:puede|pueden|podria) (?:ir|venir|entrar|asistir) (?:cualquiera|cualquier persona|quien sea|todos|todo el mundo|mi [a-z]+|mis [a-z]+|un amigo|una amiga|alguien|familia|familiares|amigos)',
    '(?:cualquiera|cualquier persona|quien sea|mi [a-z]+|mis [a-z]+|un amigo|una amiga|familiares|amigos) (?:puede|pueden) (?:ir|venir|entrar|asistir)',
    '(?:puedo|podria) (?:llevar|traer) (?:a )?(?:mi [a-z]+|mis [a-z]+|un amigo|una amiga|alguien|familia)',
    '(?:es|esta) (?:abierta |abierto )?(?:para todos|para cualquiera|para todo el mundo|solo para)',
    '(?:tengo|hay) que ser (?:alcoholico|alcoholica|adicto|adicta|miembro)',
  ]
    .map((p) => ` ${p} `)
    .join('|'),
);

/** Whom "can I bring" asks about that is no question of open or closed: the childcare and service animal keywords'. */
const NOT_COMPANIONS =
  / (?:kids|kid|children|child|baby|babies|toddler|infant|newborn|little one|little ones|son|daughter|dog|dogs|animal|pet|ninos|nino|nina|ninas|hijos|hija|hijo|bebe|bebes|nene|nena|chiquito|chiquita|perro|perra|animal|mascota) /;

/** Days, parts of the day and clock times: "is it open tonight" asks when it meets. */
const TIME_WORDS =
  / (?:tonight|today|tomorrow|tmrw|tmr|morning|afternoon|evening|night|weekend|now|sunday|monday|tuesday|wednesday|thursday|friday|saturday|hoy|manana|noche|tarde|ahorita|ahora|domingo|lunes|martes|miercoles|jueves|viernes|sabado|\d{1,2}(?: ?[ap] ?m| \d\d)?|[ap]m) /;

/** When it meets: its day and time, or whether that is today. */
const WHEN = new RegExp(
  [
    'what time',
    'wat time',
    'wht time',
    'what day',
    'which day',
    'start time',
    'starting time',
    'time again',
    'when',
    'whens',
    'starts when',
    `(?:is|isnt|was) ${IT} (?:still |on |at |in the |happening |this |for )*(?:tonight|today|tomorrow|tmrw|morning|afternoon|evening|night|weekend|now|soon|later|every|weekly|sunday|monday|tuesday|wednesday|thursday|friday|saturday|\\d{1,2}|[ap]m)`,
    `(?:does|do|will|did) ${IT} (?:meet|start|begin|happen|go|run)`,
    'how soon',
    'what hour',
    'a que hora',
    'a q hora',
    'a k hora',
    'q hora',
    'que hora',
    'que horas',
    'que dia',
    'cual dia',
    'cuando',
    'hora de inicio',
    'a que hora empieza',
    '(?:es|seria|sera|empieza|comienza|se reune|se hace) (?:para |el |en la |a las |esta |este |en )?(?:hoy|esta noche|manana|ahorita|ahora|noche|tarde|domingo|lunes|martes|miercoles|jueves|viernes|sabado|fin de semana|\\d{1,2})',
    '(?:hoy|manana|esta noche) es',
  ]
    .map((p) => ` ${p} `)
    .join('|'),
);

/** Where it meets, or how to join one online or by phone. */
const WHERE = new RegExp(
  [
    'where',
    'wheres',
    'were is it',
    'whr',
    'address',
    'addy',
    'adress',
    'addres',
    'location',
    'what street',
    'which street',
    'cross street',
    'how do i get (?:there|to it|to that|to the meeting)',
    'how (?:can|would|should) i get (?:there|to it)',
    'directions',
    'map',
    'the link',
    'link again',
    'zoom link',
    // "link please", "send link", "link?": a link is only ever of the meeting shown; "links to online meetings" is
    // the search's (OTHER_MEETINGS reads "meetings").
    'link',
    'links',
    'zoom info',
    'zoom id',
    'join online',
    'join on zoom',
    'join by zoom',
    'join by phone',
    'meeting id',
    'dial in',
    'call in',
    'how (?:do|can|would) i (?:join|get in|get on|call in|log in|log on|sign in|connect)',
    'donde',
    'dnd',
    'onde',
    'direccion',
    'ubicacion',
    'que calle',
    'cual calle',
    'como llego',
    'como llegar',
    'como le hago para llegar',
    'mapa',
    'el link',
    'la liga',
    'el enlace',
    'enlace',
    'link',
    'como (?:me uno|entro|me conecto)',
  ]
    .map((p) => ` ${p} `)
    .join('|'),
);

/**
 * Words of a where-question that ask how to join online or by phone ("whats the zoom link", "how do i join online",
 * "el enlace de zoom"), not how to get to its room: a meeting held both ways answers with its link and dial-in.
 */
const TO_JOIN =
  / (?:zoom|link|links|online|virtual|virtually|video|join|log in|login|log on|connect|meeting id|passcode|password|dial in|call in|enlace|liga|en linea|unirme|me uno|conectarme|me conecto|entro) /;

/**
 * How to join, or what to dial, asked at a list of online or phone meetings ("how do i join", "what number do i
 * dial", "whats the number", "como me uno", "a que numero llamo"): of those meetings, not the helpline's number nor
 * the general how-to of online meetings (the twenty-fifth session's probe, M11).
 */
const DIAL_OR_JOIN =
  / (?:how (?:do|can|would|should|will) (?:i|we|you) (?:join|get on|get in|log ?in|log ?on|call in|dial in|connect|call)|how to (?:join|call in|dial in|connect|call)|what (?:number|phone number|numbers|#) (?:do|should|can|would|will) (?:i|we) (?:call|dial|use|press)|whats? (?:the|that) (?:number|phone number|dial ?in|call ?in|call ?in number|meeting id|id|passcode|password)|what do i (?:dial|call|press)|como (?:me uno|entro|me conecto|llamo)|(?:a )?que numero (?:llamo|marco|le llamo|le marco)|cual es el numero) /;

/** Letters every DIAL_OR_JOIN question has: the cheap first test. */
const MAY_ASK_TO_JOIN = /join|get on|get in|log|call|dial|connect|number|#|id|pass|uno|entro|llamo|marco|numero/i;

/** Whether a text at a list of online or phone meetings asks how to join them or what to dial (DIAL_OR_JOIN). */
export function asksToDialOrJoin(text: string): boolean {
  return MAY_ASK_TO_JOIN.test(text) && DIAL_OR_JOIN.test(folded(text));
}

/** Whether a question of where the meeting is asks how to join it online or by phone (TO_JOIN). */
export function asksHowToJoin(text: string): boolean {
  return TO_JOIN.test(folded(text));
}

/**
 * Letters every question of where has (WHERE, ONE_WORD): a text without any is not read for one, so most texts at a
 * list of meetings pay for no reading.
 */
export const MAY_ASK_WHERE =
  /wh|were|addr|zoom|addy|adress|locat|direc|ubicac|donde|dnd|onde|map|link|liga|enlace|dial|call in|get t|street|calle|lleg|join|connect|log in|entro|me uno|meeting id/i;

/**
 * Its phone number: "whats the phone number", "do they have a number i can call", "can i call them", "su telefono".
 * Not "phone meetings", which the results search for.
 */
const PHONE =
  / (?:phone number|phone numbers|phone no|phone #|telephone number|contact number|number to call|number i can call|their number|their phone|call them|call the group|call that group|call the meeting|su telefono|su numero|el telefono|numero de telefono|llamarles|llamar al grupo|llamarle al grupo)(?! meeting| meetings)/;

/** "number" and "numero" point at the list ("the number 2") only with a number after them, which ITEM_NUMBER reads. */
const LIST_NUMBER_WORDS = / (?:number|numero) /g;

/** A one-word question ("time?", "link?", "hora?"): when it meets (the first group), or where. */
const ONE_WORD = /^ (?:(time|hora|dia|day)|link|liga|enlace|address|location|direccion|ubicacion) $/;

/**
 * Words folded for reading: lower-case plain letters, and "what's", "it's", "where's" as one word each (plainWords
 * makes "what s" of them), so "whats the address" and "what's the address" read alike; "time's" stays "time s".
 */
function folded(text: string): string {
  return ` ${plainWords(text).replace(/\b(it|that|this|what|where|when|there|one|meeting|group) s\b/g, '$1s')} `;
}

/**
 * What a text asks of the meeting whose details were shown, or undefined when it asks nothing of it: another
 * meeting, a search, an answer of another kind. A question of open or closed said with a time ("is it open
 * tonight") asks when it meets.
 */
export function meetingQuestionIn(text: string): MeetingQuestion | undefined {
  const plain = folded(text);
  if (plain.length <= 2 || ITEM_NUMBER.test(plain)) return undefined;
  // "whats their phone number": its number, though "number" alone may point at the list.
  if (PHONE.test(plain) && !OTHER_MEETINGS.test(plain.replace(LIST_NUMBER_WORDS, ' '))) return 'phone';
  if (OTHER_MEETINGS.test(plain)) return undefined;
  const alone = ONE_WORD.exec(plain);
  if (alone) return alone[1] ? 'when' : 'where';
  if (plain.trim().split(' ').length > MAX_WORDS) return undefined;
  if (KIND.test(plain) && !NOT_COMPANIONS.test(plain) && !IN_GENERAL.test(plain))
    return TIME_WORDS.test(plain) ? 'when' : 'kind';
  if (WHEN.test(plain)) return END_WORDS.test(plain) ? undefined : 'when';
  if (WHERE.test(plain)) return 'where';
  return undefined;
}

/**
 * Whom a meeting is for ("is it women only"), which language it is held in ("is it in english"), or whether a
 * wheelchair can get in ("is it wheelchair accessible").
 */
export type MeetingTrait = 'who' | 'language' | 'access';

/** Women or men, as a texter says them. */
const GENDER =
  '(?:women|womens|woman|ladies|lady|female|females|girls|men|mens|man|male|males|guys|mujeres|mujer|damas|hombres|varones|senoras)';

/**
 * "is it women only", "is that a men's meeting", "is it just for women", "is it mixed", "are there men there", "es solo
 * para mujeres", "es de hombres": whether the meeting meant is for women or men only, not a wish for such meetings
 * ("women only", "any women's meetings", which search).
 */
const WHO = new RegExp(
  [
    `(?:is|isnt|was|are|arent) ${IT_OR_POINTED} (?:a |an |only |just |all |strictly |for |only for |just for |a )*${GENDER}(?: s)?(?: only)?`,
    `(?:is|are) (?:it|that|this|they) (?:mixed|co ed|coed)`,
    `(?:are|will) there (?:be )?(?:any )?${GENDER} (?:there|at it|allowed|in it)`,
    `(?:can|could|may) (?:a )?${GENDER} (?:go|come|attend|join)(?: to)? (?:it|that|this|that one)`,
    `(?:es|son|seria) (?:solo |solamente |nada mas )?(?:para |de )${GENDER}`,
    `(?:es|son) (?:mixta|mixto|mixtas)`,
    `(?:pueden|puede) (?:ir|entrar) ${GENDER}`,
  ]
    .map((p) => ` ${p} `)
    .join('|'),
);

/** Languages a meeting may be held in, as a texter names them. */
const LANGUAGE =
  '(?:english|spanish|espanol|ingles|french|frances|asl|sign language|polish|korean|portuguese|russian|german|italian)';

/** "is it in english", "do they speak spanish", "es en espanol", "hablan ingles": the language of the meeting meant. */
const LANGUAGE_ASKED = new RegExp(
  [
    `(?:is|isnt|was|are) ${IT_OR_POINTED} (?:held |done |spoken |all |only )?(?:in )?${LANGUAGE}`,
    `(?:do|does|will) (?:they|it|people|the group|you) (?:speak|talk|use) ${LANGUAGE}`,
    `(?:is|are) ${LANGUAGE} (?:spoken|ok|okay)`,
    `(?:es|son|sera) (?:en )?${LANGUAGE}`,
    `(?:hablan|habla|se habla) ${LANGUAGE}`,
  ]
    .map((p) => ` ${p} `)
    .join('|'),
);

/** How a texter names getting in with a wheelchair. */
const WHEELCHAIR = '(?:wheelchair|wheel chair|handicap|handicapped|ada|disabled|disability)';

/**
 * "is it wheelchair accessible", "is there wheelchair access", "does it have a ramp", "can i get in with a
 * wheelchair", "es accesible", "hay acceso para silla de ruedas", "tiene rampa": whether the meeting meant can be got
 * into with a wheelchair.
 */
const ACCESS_ASKED = new RegExp(
  [
    `(?:is|isnt|was|are) (?:${IT_OR_POINTED}|(?:the|that|this) (?:building|place|room|church|entrance|location)|it there) (?:${WHEELCHAIR} )?(?:accessible|friendly|accessable|acessible)`,
    `(?:is|are) ${IT_OR_POINTED} ${WHEELCHAIR}(?: access)?`,
    `(?:is there|does it have|do they have|has it got|any) (?:a )?(?:${WHEELCHAIR} (?:access|ramp|entrance)|ramp|elevator|stairs)`,
    `(?:can|could) (?:i|we|you|someone|my \\w+) (?:get in|get there|go|come|attend)(?: in| with| on)? (?:a )?(?:wheelchair|wheel chair|walker|scooter)`,
    `(?:es|sera|son) (?:accesible|accesibles)`,
    `(?:hay|tiene|tienen) (?:rampa|elevador|(?:acceso|entrada) (?:para )?(?:silla|sillas) de ruedas)`,
    `(?:puedo|puede|se puede) (?:entrar|ir|llegar) (?:en|con) (?:silla|sillas) de ruedas`,
  ]
    .map((p) => ` ${p} `)
    .join('|'),
);

/** "is it accessible by bus": how to get there, not a wheelchair's way in. */
const REACHED_BY = / (?:accessible|accesible|accessable) (?:by|from|via|on|en|por) /;

/**
 * Whether a text asks whom the meeting meant is for (`who`), its language (`language`) or whether a wheelchair can get
 * in (`access`), or none of them. Read apart from
 * meetingQuestionIn: a question of the list's one meeting, or of any meeting while several are listed, is told how to
 * know (src/engine/shownMeeting.ts).
 */
export function meetingTraitIn(text: string): MeetingTrait | undefined {
  const plain = folded(text);
  if (plain.trim().split(' ').length > MAX_WORDS) return undefined;
  if (WHO.test(plain)) return 'who';
  if (LANGUAGE_ASKED.test(plain)) return 'language';
  if (ACCESS_ASKED.test(plain) && !REACHED_BY.test(plain)) return 'access';
  return undefined;
}

/** Letters every question meetingTraitIn reads has: a text without any is not read for one. */
export const MAY_ASK_TRAIT =
  /wom|men|lad|fem|male|girl|guy|mujer|hombre|dama|varon|mix|co ?ed|engl|span|espan|ingl|fren|franc|asl|sign|polish|korean|portug|russian|german|italian|wheel|handi|ada|disab|acces|ramp|stair|elevat|walker|scooter|ruedas/i;
