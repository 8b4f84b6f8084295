import { plainWords } from '../directory/plainWords';
import { metersBetween } from '../directory/meetingDedupe';
import { distanceSaid, unitAt } from '../directory/distanceUnit';
import type { Meeting, Place, ReplyLabels } from '../directory/types';
import { unitVar } from './actions/resultPage';

/** The unit words when a caller passes no flow labels. */
const PLAIN_UNITS = { miles: 'mi', km: 'km' };

/**
 * Remarks and asks at a list of meetings that are no search and no question the listing answers: a reminder, a ride,
 * "that one", a number past the page, thanks for a meeting gone to, a listing said to be wrong, frustration or a
 * laugh, "how far is it". Each gets the flow's `listed_*` text and the list stays (src/engine/shownMeeting.ts sends
 * it), where each was "Sorry, I didn't get that." or read as a search (the texting probe of 2026-12-06).
 */

/** The keyword that answers a remark at the list, and the placeholders its text is said with. */
export interface ListRemark {
  name: string;
  vars: Record<string, string>;
}

/** Cheap first test: a remark has one of these pieces, so most texts skip the patterns below. */
const MAY_REMARK =
  /bus|walk|transit|metro|train|subway|rail|foot|bike|bici|camion|pie|camin|remind|record|recuerd|later|send|text me|again|luego|despues|ride|lift|uber|lyft|transport|raite|aventon|car|coche|that|this|the one|^es[aot]|useless|wtf|stupid|sucks|dumb|waste|help|inutil|sirve|ayuda|lol|lmao|rofl|haha|hehe|jaja|jeje|went|been|fui|asisti|made it|good|great|gusto|wrong|incorrect|mal|exist|far|distan|close|lejos|millas|\d|first|second|third|fourth|fifth|primer|segund|tercer|cuart|quint/i;

/**
 * A hard time told beside the remark ("i need a ride, im about to relapse"): the flow's kind words for it come first
 * (the understanding's `craving`, `struggling` and `relapsed` answers), so no remark is read.
 */
const HARD_TIME =
  /relaps|crav|urge|so bad|struggl|hopeless|alone|scared|overdos|want (?:a )?drink|want to use|get high|ganas|recai|recaer|sola|solo|miedo/;

/** "will you remind me", "can you send this again later", "recuerdame": the line sends nothing unasked. */
const REMIND =
  / (?:remind|reminder|reminders|recordarme|recuerdame|recordatorio|recordatorios) | (?:send|text) (?:me )?(?:this|it|that|them|the list)? ?(?:again )?(?:later|tomorrow|tonight|before) | (?:mandame|mandamelo|enviame|me lo mandas|me la mandas)(?: esto| eso| la lista)? (?:mas tarde|luego|despues|otra vez) /;

/** "i need a ride", "no car", "necesito raite": the line has no rides. */
const RIDE =
  / (?:ride|rides|a lift|uber|lyft|transportation|transport|no car|dont have a car|do not have a car|no way to get there|raite|aventon|transporte|no tengo carro|no tengo coche|como me voy) /;

/**
 * How the texter gets about, told: "i take the bus", "i ride the bus", "i walk everywhere", "im on foot", "by bus",
 * "voy en camion", "camino". Not a ride asked for (RIDE) and not "no bus", which the understanding reads as no way
 * there (online meetings): a way of getting there, said, with no "no", "dont" or "cant" before it.
 */
const TRANSIT =
  /^(?:(?:i|we) (?:take|ride|use|catch|go by|get around by|get around on|go on|am on|m on) (?:the |a )?(?:bus|buses|metro|train|subway|light rail|transit|bike|bicycle)|(?:i|we) (?:walk|bike)(?: everywhere| there| to them| to meetings)?|(?:im|i am) (?:on foot|walking|on the bus)|(?:only |just )?(?:by|on the|the) (?:bus|metro|train|subway|foot)(?: only)?|bus|walking|(?:voy|ando|me muevo) (?:en|a) (?:camion|autobus|bus|el camion|el autobus|el bus|pie|bici|bicicleta)|(?:camino|tomo el camion|tomo el autobus|tomo el bus)|(?:en|a) (?:camion|autobus|pie))(?: (?:so|because|since|pues)\b.*)?$/;

/** "that one", "this one", "esa": a meeting pointed at without its number. */
const THAT_ONE =
  /^(?:(?:i want |i like |i ll go to |ill go to |what about )?(?:that|this|the) one|esa|ese|esa una|esa misma|ese mismo|esta|este)$/;

/** Frustration with the line: "wtf this is useless", "no sirve". */
const UPSET =
  / (?:useless|wtf|stupid|sucks|dumb|worthless|waste of time|not helpful|no help|doesnt help|isnt helping|not helping|inutil|no sirve|no sirven|no ayuda|no me ayuda) /;

/** A laugh alone: "lol", "haha", "jaja". */
const LIGHT = /^(?:lol+|lmao|lmfao|rofl|ha(?:ha)+h?|he(?:he)+|ja(?:ja)+j?|je(?:je)+)(?: (?:lol|ok|okay))?$/;

/** A meeting gone to, told: "went to one last night, it was good", "fui a una ayer y me gusto". */
const WENT = / (?:went to|been to|go to one|made it to|fui a|fui ayer|asisti) /;
const GOOD =
  / (?:good|great|nice|helpful|helped|awesome|amazing|liked it|loved it|glad|me gusto|me encanto|estuvo bien|estuvo buena|me ayudo|buena|bien) /;
const BAD =
  / (?:bad|awful|terrible|hated|didnt like|did not like|not good|wasnt good|weird|mala|no me gusto|horrible) /;

/**
 * A meeting gone to, then more asked for: "it was good. any tomorrow?", "went to one, loved it, another one tonight?"
 * is a search, not only thanks (the twentieth session's probe: "Glad it went well." and the question unanswered).
 */
const ASKS_MORE = / (?:any|another|more|next|others|tomorrow|otra|otras|mas|manana) /;

/** A listing said to be wrong: "the address for clean air is wrong", "la direccion esta mal". */
const WRONG =
  / (?:wrong|incorrect|not right|isnt right|outdated|out of date|doesnt exist|does not exist|no longer there|not there anymore|equivocad[ao]|incorrect[ao]|esta mal|estan mal|no existe|ya no esta|se cambio) /;
/** What a listing holds: a wrong one of these is the list's, not a wrong number or a wrong word. */
const LISTING =
  / (?:address|listing|info|information|time|times|location|place|meeting|group|direccion|hora|lugar|reunion|junta|grupo) /;
const NOT_LISTING = / (?:number|numero|person|sign up|signed up) /;

/** "how far is it", "how many miles", "que tan lejos": the distance of a meeting. */
const HOW_FAR =
  / (?:how far|how many miles|how close|what distance|distance|que tan lejos|a cuantas millas|cuantas millas|a que distancia|esta lejos|queda lejos) /;

/** A number alone ("4", "#4", "number 4"): a meeting of the page. */
const NUMBER_ALONE = /^(?:number |no |numero |el |la )?(\d{1,2})$/;

/**
 * Words around a meeting's number that ask for it and say nothing else: "details on 4", "where is the 4th one", "como
 * llego al 4". Not "about", "what", "ok": "how about 8", "what about 8", "is 8 ok" may be a time.
 */
const POINTER_WORDS: ReadonlySet<string> = new Set(
  (
    'details detail info on for where is wheres the one meeting directions direction to address of number how do i ' +
    'get can tell me show more pls please donde esta queda es detalles del de la el al a como llego numero reunion ' +
    'junta informacion sobre dame'
  ).split(' '),
);

/** The ordinals a page's numbers may be said by, in English and Spanish. */
const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  fifth: 5,
  '5th': 5,
  primero: 1,
  primera: 1,
  segundo: 2,
  segunda: 2,
  tercer: 3,
  tercero: 3,
  tercera: 3,
  cuarto: 4,
  cuarta: 4,
  quinto: 5,
  quinta: 5,
};

/** The one number or ordinal a text points at with pointer words only ("details on 4": 4), else undefined. */
function pointedNumber(bare: string): number | undefined {
  let found: number | undefined;
  for (const word of bare.split(' ')) {
    const n = /^\d{1,2}$/.test(word) ? Number(word) : ORDINAL_WORDS[word];
    if (n === undefined) {
      if (!POINTER_WORDS.has(word)) return undefined;
    } else if (found !== undefined) return undefined;
    else found = n;
  }
  return found;
}

/**
 * How far a meeting is from the place searched, as the list says it ("<1", "3"), in the place's unit (kilometres in
 * Canada: distanceUnit.ts); undefined without both points.
 */
export function distanceTo(place: Place | undefined, m: Meeting | undefined): string | undefined {
  if (!place || m?.lat === undefined || m.lon === undefined) return undefined;
  // To a tenth of a mile first, as the search rounds the distance the list shows ("1 mi" there is never "<1" here).
  const miles = Math.round((metersBetween(place.lat, place.lon, m.lat, m.lon) / 1609.344) * 10) / 10;
  return distanceSaid(miles, unitAt(place));
}

/** What the remark's reading needs of the list: how many are shown, and the meeting asked about by "it". */
export interface ListAt {
  shownCount: number;
  /** The meeting whose details were shown last (for "how far is it"), or the one listed alone. */
  it?: Meeting;
  /** The meeting's name as the list says it ("AA Clean Air"). */
  itName?: string;
  place?: Place;
  /** The flow's unit words (`labels.miles`, `labels.km`), for `unit`; "mi" and "km" without them. */
  labels?: Pick<ReplyLabels, 'miles' | 'km'>;
}

/** The remark in `text` at a list, or undefined for any other text (a search, a number listed, a question). */
export function listRemarkIn(text: string, at: ListAt): ListRemark | undefined {
  if (!MAY_REMARK.test(text)) return undefined;
  const bare = plainWords(text);
  if (HARD_TIME.test(bare)) return undefined;
  const plain = ` ${bare} `;
  const number = NUMBER_ALONE.exec(bare);
  if (number) {
    const n = Number(number[1]);
    return n > at.shownCount && n <= 20 ? { name: 'listed_numbers', vars: {} } : undefined;
  }
  // "details on 3", "the third one", "como llego al 3" at a page of two: the same, not the first page again or
  // "Sorry" (probe 42). A number on the page is read_answer's.
  const pointed = pointedNumber(bare);
  if (pointed !== undefined)
    return pointed > at.shownCount && pointed <= 20 ? { name: 'listed_numbers', vars: {} } : undefined;
  if (REMIND.test(plain)) return { name: 'listed_remind', vars: {} };
  if (HOW_FAR.test(plain)) {
    const away = distanceTo(at.place, at.it);
    if (away && at.itName)
      return {
        name: 'listed_distance',
        vars: { meeting: at.itName, away, unit: unitVar(at.labels ?? PLAIN_UNITS, unitAt(at.place)) },
      };
    return at.shownCount > 1 ? { name: 'listed_where', vars: {} } : undefined;
  }
  // "i ride the bus" tells how they get about, before its "ride" is read as one asked for.
  if (TRANSIT.test(bare)) return { name: 'listed_transit', vars: {} };
  if (RIDE.test(plain)) return { name: 'listed_ride', vars: {} };
  if (THAT_ONE.test(bare)) return at.shownCount > 1 ? { name: 'listed_where', vars: {} } : undefined;
  if (UPSET.test(plain)) return { name: 'listed_upset', vars: {} };
  if (LIGHT.test(bare)) return { name: 'listed_light', vars: {} };
  // A question mark is read from the text itself (plainWords drops it); "today", "tonight" tell of the one gone to.
  if (WENT.test(plain) && GOOD.test(plain) && !BAD.test(plain) && !ASKS_MORE.test(plain) && !text.includes('?'))
    return { name: 'listed_glad', vars: {} };
  if (WRONG.test(plain) && LISTING.test(plain) && !NOT_LISTING.test(plain)) return { name: 'listed_wrong', vars: {} };
  return undefined;
}
