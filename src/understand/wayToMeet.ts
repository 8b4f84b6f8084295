import { MEETING_NOUNS } from '../text/meetingWords';
import { partsOfList, wordsOfPlain } from '../text/textWords';
import { helpsAt } from './familyAsHelp';
import { inPersonOutOfReach } from './inPersonOutOfReach';
import { TIME_SLOTS } from './heardWords';
import type { Understanding } from './slots';
import type { Hit, Words } from './messageWords';

/**
 * How the texter wants to meet (the `mode` slot): "online", "by phone", "in person", "online or in person" (any),
 * "online or by phone" (remote: both ways that need no room),
 * "no car so has to be by phone" (a reason, then the choice), "not online" (in person), and not "i play poker
 * online", which says where the trouble is done. "me, alcohol, no meds, phone": one answer of a list.
 */

/** Words of having no way to get to a meeting ("no car", "cant drive", "no tengo raite"): a reason, not a choice. */
const NO_WAY_THERE = new Set([
  'car',
  'ride',
  'license',
  'drive',
  'transportation',
  'transport',
  'house',
  'home',
  'homebound',
  'bedridden',
  'carro',
  'coche',
  'auto',
  'transporte',
  'raite',
  'manejar',
  'manejo',
  'licencia',
  'gas',
  'gasolina',
  'bus',
  'buses',
  'camion',
  'autobus',
]);

/**
 * How the texter wants to meet: the first way said, except that no way to get there (heard as online) gives way
 * to the way they then name: "no car so has to be by phone" is by phone.
 */
export function readMode(w: Words, hits: readonly Hit[], placeNamed = false): Understanding['mode'] | undefined {
  const said = hits.filter((h) => h.entry.slot === 'mode' && !h.negated && !isWhereItIsDone(w, h));
  // "closest online meeting": the phrase of a near room ("closest ... meeting") skipped over the way named inside it.
  const named = said.filter((h) => !spansAnotherWay(h, said));
  // "i cant go to a local meeting", "no way to get to a meeting": a room out of reach, online what they can join.
  // The way they then name stays: "cant make it in person, by phone is fine" is by phone.
  const timeSaid = hits.some((h) => TIME_SLOTS.has(h.entry.slot));
  const outOfReach = inPersonOutOfReach(w, timeSaid);
  const modes = outOfReach ? named.filter((h) => h.entry.value !== 'in_person') : named;
  if ((outOfReach && !modes.length) || (!modes.length && onlyInPersonTurnedDown(hits))) return 'online';
  // "not online", "no zoom", "i dont want online": a room, the one way left that needs no screen or line.
  if (!modes.length && onlyRemoteTurnedDown(hits)) return 'in_person';
  const twoWays = offersTwoWays(w, modes);
  // "online or by phone", "zoom or phone", "no car, online or phone": both ways that need no room (the twenty-fifth
  // session's probe got only online meetings).
  if ((twoWays && modes.every((h) => h.entry.value !== 'in_person')) || phoneOffered(w, modes)) return 'remote';
  if (twoWays || (modes.length > 0 && modes.every((h) => placeOrRemote(w, h)))) return 'any';
  // "al-anon meeting near worcester on zoom": "near" said where, the way named is how.
  const remote = remoteBesideNearness(w, modes);
  if (remote) return remote;
  // "aa amarillo tonight or online": a room in the town named, or else online: any way (the thirty-seventh probe read
  // online). With no town, "meetings in the evening or online" stays online.
  if (placeNamed && modes.length === 1 && modes[0].entry.value !== 'in_person' && w.words[modes[0].start - 1] === 'or')
    return 'any';
  // "my phone has no internet so in person", "by phone no wait in person": the way the texter settles on.
  const settled = waySettledOn(w, modes);
  if (settled) return settled;
  const noWayThere = (h: Hit) => w.words.slice(h.start, h.end).some((x) => NO_WAY_THERE.has(x));
  const chosen = modes.find((h) => !noWayThere(h)) ?? modes[0];
  // "dont have a car but my brother can drive me on saturdays": a way there is named after all, so in person.
  if (chosen && noWayThere(chosen) && rideNamedAfter(w.words, chosen.end)) return 'in_person';
  return chosen?.entry.value as Understanding['mode'] | undefined;
}

/** Words that settle on a way after another was named: "so in person", "no wait, in person", "mejor en persona". */
const SETTLING: ReadonlySet<string> = new Set(['so', 'wait', 'actually', 'instead', 'rather', 'mejor', 'entonces']);

/**
 * The way named last, right after a word that settles on it, when another way was named before it: "my phone has no
 * internet so in person" (the thirty-seventh probe: phone meetings), "by phone no wait in person". Undefined when no
 * way is settled on so, or when the settled way is the only one named.
 */
function waySettledOn(w: Words, modes: readonly Hit[]): Understanding['mode'] | undefined {
  const last = modes[modes.length - 1];
  if (!last || modes.every((h) => h.entry.value === last.entry.value)) return undefined;
  const before = [w.words[last.start - 1], w.words[last.start - 2]];
  if (!before.some((x) => x !== undefined && SETTLING.has(x))) return undefined;
  // "so online or by phone": two ways still offered after it.
  if (w.words[last.end] === 'or' || w.words[last.start - 1] === 'or') return undefined;
  return last.entry.value as Understanding['mode'];
}

/**
 * Whether an in-person phrase holds, among the words it skips, another way to meet ("nearest zoom meeting", "the
 * closest phone meeting"): one starting after the phrase's first word and before its last, as those two are its own
 * ("cant do online" asks for a room). `end` is exclusive.
 */
function spansAnotherWay(h: Hit, said: readonly Hit[]): boolean {
  if (h.entry.value !== 'in_person') return false;
  return said.some((o) => o.entry.value !== 'in_person' && o.start > h.start && o.start < h.end - 1);
}

/** Words of nearness in the in-person phrases ("meeting near", "closest group", "cerca de mi"): where, not how. */
const NEARNESS: ReadonlySet<string> = new Set(
  'near nearest nearby close closest closer cerca cercana cercano cercanas cercanos'.split(' '),
);

/**
 * The words of a way to meet named as a choice ("on zoom", "by phone", "online", "en linea"), as against a reason
 * ("zoom doesnt work", "dont have zoom", "no car"), which names no way the texter wants.
 */
const WAY_NAMING: ReadonlySet<string> = new Set(
  (
    'online on line zoom virtual virtually video by via over the a phone telephone call in into dial conference ' +
    'teleconference meeting meetings internet skype facetime google meet remote remotely en linea por telefono'
  ).split(' '),
);

/** Words that welcome the other way too: "near me? online is fine too". */
const TOO: ReadonlySet<string> = new Set(['too', 'also', 'either', 'tambien']);

/**
 * The way a text names beside a room asked only by its nearness ("al-anon meeting near worcester on zoom", "meetings
 * near me online", "reunion cerca de mi en linea"): the nearness says where, the way named says how; with "too" or
 * "also" both are welcome (any). Undefined when a room is asked in other words ("in person", "somewhere i can go"),
 * or the other way is only a reason ("need a meeting close by, zoom doesnt work for me").
 */
function remoteBesideNearness(w: Words, modes: readonly Hit[]): Understanding['mode'] | undefined {
  const rooms = modes.filter((h) => h.entry.value === 'in_person');
  if (!rooms.length) return undefined;
  const nearOnly = rooms.every((h) => w.words.slice(h.start, h.end).some((x) => NEARNESS.has(x)));
  if (!nearOnly) return undefined;
  const naming = (h: Hit) => w.words.slice(h.start, h.end).every((x) => WAY_NAMING.has(x));
  // "zoom" inside "zoom doesnt work" is part of a reason, not a way named.
  const within = (h: Hit, o: Hit) => o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start;
  const insideReason = (h: Hit) => modes.some((o) => o !== h && within(h, o) && !naming(o));
  const named = modes.find((h) => h.entry.value !== 'in_person' && naming(h) && !insideReason(h));
  if (!named) return undefined;
  return w.words.some((x) => TOO.has(x)) ? 'any' : (named.entry.value as Understanding['mode']);
}

/** What is done online or on the phone when the trouble is there: "play poker online", "online betting". */
const DONE_ONLINE = new Set([
  'play',
  'plays',
  'playing',
  'played',
  'gamble',
  'gambles',
  'gambling',
  'gambled',
  'bet',
  'bets',
  'betting',
  'poker',
  'casino',
  'casinos',
  'slots',
  'games',
  'gaming',
  'sportsbook',
  'sportsbooks',
  'shopping',
  'shop',
  'porn',
  'dating',
  'order',
  'ordered',
  'ordering',
  'buy',
  'buys',
  'buying',
  'bought',
  'apuestas',
  'apostar',
  'apuesto',
  'apuesta',
  'apuestan',
  'juegan',
  'compra',
  'juego',
  'juega',
  'jugar',
  'compro',
]);

/**
 * Whether a way to meet is said of what the trouble is ("i play poker online every night", "online betting", "buys
 * pills online"), not how the texter wants to meet: one of DONE_ONLINE in the two words before it, or right after.
 */
function isWhereItIsDone(w: Words, h: Hit): boolean {
  if (h.entry.value !== 'online' && h.entry.value !== 'phone') return false;
  // "online meetings", "a zoom group": the meeting itself.
  for (let j = h.start; j <= h.end; j++) if (MEETING_NOUNS.has(w.words[j] ?? '')) return false;
  if (DONE_ONLINE.has(w.words[h.end] ?? '')) return true;
  for (let j = Math.max(0, h.start - 2); j < h.start; j++) {
    if (DONE_ONLINE.has(w.words[j]) && w.clause[j] === w.clause[h.start]) return true;
  }
  return false;
}

/** Whether the only ways to meet named are online or by phone, turned down ("not online", "no zoom"). */
function onlyRemoteTurnedDown(hits: readonly Hit[]): boolean {
  const named = hits.filter((h) => h.entry.slot === 'mode');
  return named.length > 0 && named.every((h) => h.negated && (h.entry.value === 'online' || h.entry.value === 'phone'));
}

/** Whether the only way to meet named is in person, turned down ("not in person", "i dont do in person"). */
function onlyInPersonTurnedDown(hits: readonly Hit[]): boolean {
  const named = hits.filter((h) => h.entry.slot === 'mode');
  return named.length > 0 && named.every((h) => h.negated && h.entry.value === 'in_person');
}

/** Words of a ride had: "get a ride", "can get rides", "consigo raite". */
const RIDE_WORDS = new Set(['ride', 'rides', 'lift', 'raite', 'aventon']);
const GETTING = new Set(['get', 'gets', 'getting', 'got', 'have', 'has', 'consigo', 'tengo', 'me', 'dan']);

/** Whoever a ride is asked of, not had from: "can someone drive me", "could you take me", "alguien me lleva". */
const ASKED_OF = new Set(['someone', 'somebody', 'anyone', 'anybody', 'you', 'u', 'alguien']);

/** Whether a ride is named after `from`: "my brother can drive me", "i can get a ride", "mi hermana me lleva". */
function rideNamedAfter(words: readonly string[], from: number): boolean {
  for (let k = from; k < words.length; k++) {
    // "can someone drive me?" asks for a ride: no one named has one.
    if (helpsAt(words, k) && !words.slice(Math.max(from, k - 2), k).some((x) => ASKED_OF.has(x))) return true;
    if (RIDE_WORDS.has(words[k]) && words.slice(Math.max(from, k - 3), k).some((x) => GETTING.has(x))) return true;
  }
  return false;
}

/** Words that join two ways to meet as both welcome: "online or in person", "both", "en linea o en persona". */
const JOINING_WAYS: ReadonlySet<string> = new Set(['or', 'and', 'o', 'y', 'u', 'maybe', 'even']);
/** Words that make two ways named in one text both welcome wherever they stand: "both zoom and in person". */
const BOTH_WAYS: ReadonlySet<string> = new Set(['both', 'either', 'ambos', 'ambas', 'cualquiera']);

/**
 * Whether a text offers two ways to meet as both fine ("both online and in person", "in person or zoom", "en linea o
 * en persona"): any way, not the first one named. Two ways said apart ("in person, online is too hard") are not.
 */
function offersTwoWays(w: Words, modes: readonly Hit[]): boolean {
  if (new Set(modes.map((h) => h.entry.value)).size < 2) return false;
  if (w.words.some((x) => BOTH_WAYS.has(x))) return true;
  const ordered = [...modes].sort((a, b) => a.start - b.start);
  return ordered.some((h, i) => {
    const next = ordered[i + 1];
    if (!next || next.entry.value === h.entry.value || next.start < h.end) return false;
    const between = w.words.slice(h.end, next.start);
    return between.length > 0 && between.length <= 2 && between.every((x) => JOINING_WAYS.has(x));
  });
}

/** Words a place is named after: "in lubbock", "near canyon", "en amarillo", "cerca de odessa". */
const PLACE_LEADS: ReadonlySet<string> = new Set(['in', 'near', 'around', 'en', 'cerca', 'by']);
/** Words after "in" or "en" that name no place: "in person", "in the evening", "en linea". */
const NO_PLACE_AFTER: ReadonlySet<string> = new Set(
  'person persona the a an my me this that town line linea zoom phone telefono general spanish english espanol'.split(
    ' ',
  ),
);
/** How many words of a town's name may stand between its lead-in and the "or": "in fort worth or online". */
const TOWN_WORDS_BEFORE_OR = 3;

/** Whether a place is named after a lead-in at `j` ("in lubbock"), not "in person" or "in the evening". */
function placeLeadAt(words: readonly string[], j: number): boolean {
  const next = words[j + 1];
  return PLACE_LEADS.has(words[j]) && next !== undefined && !NO_PLACE_AFTER.has(next) && !/^\d/.test(next);
}

/**
 * Whether a way to meet online or by phone is offered as the other choice to a place ("aa in lubbock or online",
 * "online or near amarillo", "en lubbock o en linea"): both are fine, any way, in person there and online.
 */
function placeOrRemote(w: Words, h: Hit): boolean {
  if (h.entry.value !== 'online' && h.entry.value !== 'phone') return false;
  const words = w.words;
  const or = h.start - 1;
  if (JOINING_OR.has(words[or] ?? '')) {
    for (let j = or - 1; j >= Math.max(0, or - 1 - TOWN_WORDS_BEFORE_OR); j--)
      if (w.clause[j] === w.clause[or] && placeLeadAt(words, j)) return true;
  }
  return JOINING_OR.has(words[h.end] ?? '') && placeLeadAt(words, h.end + 1) && w.clause[h.end + 1] === w.clause[h.end];
}

/** A phone meeting said bare, as it is after "online or" ("online or phone"), which alone is no way to meet. */
const BARE_PHONE: ReadonlySet<string> = new Set(['phone', 'telephone', 'call', 'telefono', 'tel', 'llamada']);

/**
 * Whether only online is named and a bare phone is offered beside it ("online or phone", "phone or zoom", "zoom o
 * telefono"): "phone" alone is read as no way to meet ("my phone died"), so the lexicon hears only the online half.
 */
function phoneOffered(w: Words, modes: readonly Hit[]): boolean {
  if (!modes.length || modes.some((h) => h.entry.value !== 'online')) return false;
  const words = w.words;
  return modes.some(
    (h) =>
      (JOINING_OR.has(words[h.end] ?? '') && BARE_PHONE.has(words[h.end + 1] ?? '')) ||
      (JOINING_OR.has(words[h.start - 1] ?? '') && BARE_PHONE.has(words[h.start - 2] ?? '')),
  );
}

/** Words that offer a choice: "or", "o", "u". */
const JOINING_OR: ReadonlySet<string> = new Set(['or', 'o', 'u']);

/** A way to meet given as one answer of a list: "its for me, pills, no meds, phone". */
const MODE_AS_AN_ANSWER: ReadonlyMap<string, Understanding['mode']> = new Map([
  ['phone', 'phone'],
  ['telefono', 'phone'],
  ['zoom', 'online'],
  ['virtual', 'online'],
  ['online', 'online'],
  ['en linea', 'online'],
  ['in person', 'in_person'],
  ['en persona', 'in_person'],
]);

/** The way to meet one comma-separated part of the text is, alone (MODE_AS_AN_ANSWER), in a list of answers. */
export function modeAmongAnswers(plain: string): Understanding['mode'] | undefined {
  const parts = partsOfList(plain);
  if (parts.length < 2) return undefined;
  for (const part of parts) {
    const mode = MODE_AS_AN_ANSWER.get(wordsOfPlain(part).join(' '));
    if (mode) return mode;
  }
  return undefined;
}

/** Words that give a reason for the way named first: "phone so i can drive", "telefono porque trabajo". */
const REASON_WORDS: ReadonlySet<string> = new Set(['so', 'since', 'bc', 'because', 'cause', 'cuz', 'coz', 'while']);
const REASON_WORDS_ES: ReadonlySet<string> = new Set(['porque', 'pq', 'xq', 'mientras', 'ya']);
/** The texter after an English reason word: "so i can", "bc im at work", "since my car broke". */
const TEXTER_AFTER_REASON: ReadonlySet<string> = new Set(['i', 'im', 'ill', 'ive', 'id', 'my', 'we', 'cant', 'dont']);

/**
 * A way to meet said alone first, then why: "phone so i can drive", "phone bc im at work", "telefono porque trabajo"
 * (the thirty-seventh session's low: "phone" is a way to meet only as a whole text, "my phone died" being none, so the
 * reason after it left the question to be asked again). The way named first is the one chosen, over what the reason
 * would say alone ("phone cuz i dont have a car" is by phone, not online). Not "phone died so i cant".
 */
export function modeThenReason(plain: string): Understanding['mode'] | undefined {
  // "aa in amarillo, phone so i can drive": the way may open a later part of the text.
  const parts = partsOfList(plain);
  for (const part of parts.length ? parts : [plain]) {
    const mode = wayThenReason(wordsOfPlain(part));
    if (mode) return mode;
  }
  return undefined;
}

/** The way to meet that opens `words` when a reason follows it (modeThenReason). */
function wayThenReason(words: readonly string[]): Understanding['mode'] | undefined {
  const mode = MODE_AS_AN_ANSWER.get(words[0] ?? '');
  if (!mode) return undefined;
  const next = words[1] ?? '';
  if (REASON_WORDS.has(next) && TEXTER_AFTER_REASON.has(words[2] ?? '')) return mode;
  return REASON_WORDS_ES.has(next) && words.length > 2 ? mode : undefined;
}
