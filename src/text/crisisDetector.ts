import { compilePattern, PatternIndex, type PhrasePattern } from './phrasePattern';
import { plainLower, wordsOfPlain } from './textWords';
import { TypoCorrector } from './typoCorrector';

/**
 * The one crisis detector. It reads the whole message and says which danger it is about, so the
 * right first words go out: someone overdosing -> 911 and naloxone; thoughts of suicide or
 * self-harm -> 988. The engine's keyword handling and the understanding step both call it. The
 * core list below is pinned by flows/safety/crisis.yaml and no-alarm.yaml; staff can add words.
 */

/**
 * overdose: someone overdosing or not breathing (911 + naloxone first); suicide: suicide or
 * self-harm (988 first); violence: someone hurting the texter ("my husband beats me"): the flow's
 * common crisis words, 911 first, then `crisis_violence` (the hotline).
 */
export type CrisisKind = (typeof CRISIS_KINDS)[number];

/** Every CrisisKind, in the order a finding lists them; the flow keyword of each is `crisis_<kind>`. */
export const CRISIS_KINDS = ['overdose', 'suicide', 'violence'] as const;

/** What a message was found to be about; both kinds can apply. */
export interface CrisisFinding {
  kinds: CrisisKind[];
}

/** Extra words or phrases staff add in the flow; they are added to the core list, never replace it. */
export interface CrisisWords {
  overdose?: string[];
  suicide?: string[];
  violence?: string[];
}

/**
 * Who hurts the texter in a violence phrase: "he", "my husband", "and" ("gets drunk and hits me"),
 * "to" ("hes going to beat me"). Said with who does it, "hits me" is violence; alone, "this song
 * hits me hard" or "beats me" (I don't know) is not.
 */
const WHO_HURTS =
  'and|to|gonna|is|was|keeps|he|she|hes|shes|they|husband|hubby|wife|boyfriend|bf|girlfriend|gf|partner|fiance|fiancee|ex|dad|father|stepdad|' +
  'stepfather|mom|mother|stepmom|stepmother|brother|sister|son|daughter|uncle|grandpa|man|boss';

/** Someone hurting the texter, English and Spanish (accents already gone). */
const VIOLENCE: readonly Spec[] = [
  // "he hits me up for a ride", "she hit me up last night": a message, not a blow.
  { p: `${WHO_HURTS} always? hits|hit|hitting me`, notNear: ['up'] },
  // "my brother beats me at chess": a game, not a blow. Only "at": "again", "in front of the kids"
  // and "to death" follow a blow as often ("she beat me to it" is a false alarm kept).
  { p: `${WHO_HURTS} always? beats|beat|beating me`, notNear: ['at'] },
  `${WHO_HURTS} always? hurts|hurt|chokes|choked|choking|strangles|strangled|punches|punched|slaps|slapped|attacks|attacked|shoves|shoved me`,
  // "my son kicked me out" is a home lost, not a blow.
  { p: `${WHO_HURTS} always? kicks|kicked|kicking me`, notNear: ['out'] },
  `${WHO_HURTS} threatens|threatened to kill me`,
  // Someone at home being hurt ("my dad is beating my mom", "he hits my little sister"): the texter
  // may be next, and a child texting it needs 911 and the hotline first. Not "beats my mom at cards",
  // not "hit my mom up for money", not what is over ("used to beat my mom").
  {
    p: 'beats|beat|beating|hits|hit|hitting|punches|punched|punching|chokes|choked|choking|slaps|slapped|slapping|abuses|abused|abusing my|our little? mom|mother|mum|mama|sister|brother|sis|wife|girlfriend|grandma|baby|kids|siblings',
    notNear: ['at', 'up', 'in'],
    notAfter: ['used'],
  },
  { p: 'beats|beat|beating|hits|hitting|chokes|choking|abusing us', notNear: ['at', 'up', 'in'], notAfter: ['used'] },
  // Spanish: "mi papa le pega a mi mama", "golpea a mi hermana".
  { p: 'le|les pega|pego|golpea|golpeo|golpean|lastima a mi|mis', notAfter: ['se'] },
  { p: 'golpea|golpeo|golpean|maltrata|maltrato a mi|mis', notAfter: ['se'] },
  // Spanish: "me pega", "me golpea" with no one named is as clear; "se me pega" is something sticking.
  { p: 'me pega|pego|pegan|golpea|golpeo|golpean|patea|pateo|ahorca|ahorco|lastima|lastimo', notAfter: ['se'] },
];

interface CrisisEntry {
  pattern: PhrasePattern;
  kind: CrisisKind;
  /** A bare mention ("overdose", "OD") that history or prevention talk turns off. */
  weak: boolean;
  /** Words that, as one of the two words before the match, turn it off ("dont want to die"). */
  notAfter?: ReadonlySet<string>;
  /** True when a number just before turns it off ("5 kms"). */
  notAfterNumber?: boolean;
  /** Words that, within the three words after the match, turn it off ("took too much of your time"). */
  notNear?: ReadonlySet<string>;
}

/** A core list line: a pattern, or a pattern with the words around it that turn it off. */
type Spec = string | { p: string; notAfter?: readonly string[]; notNear?: readonly string[]; notAfterNumber?: boolean };

const NEGATED = ['dont', 'doesnt', 'didnt', 'never', 'not', 'aint'];
const NEGADO = ['no', 'nunca', 'jamas'];
// "5 kms away" is kilometres, not "kill myself".
const COUNTED = ['a', 'few', 'two', 'three', 'five', 'ten', 'couple', 'many', 'of'];
// "I don't want to live with him anymore" is about a home, not about being alive.
const LIVING_WHERE = ['with', 'in', 'there', 'here', 'near', 'at', 'by', 'together', 'alone', 'under', 'around'];
const VIVIR_DONDE = ['con', 'en', 'aqui', 'ahi', 'alli', 'alla', 'cerca', 'solo', 'sola', 'juntos'];

/** Thoughts of suicide or self-harm, English and Spanish (accents already gone). */
const SUICIDE: readonly Spec[] = [
  'kill|killing|killin|kil myself|meself|mysef|myslef|mysefl|self',
  'kill|killing my self',
  'kill|killing|hurt|hurting|harm|harming|cut|cutting|hang|hanging|shoot|shooting himself|herself|themselves|themself',
  'off|offing myself',
  { p: 'kms', notAfter: COUNTED, notAfterNumber: true },
  'unalive*',
  'suicide|suicidal|suicidio|suicida|suicidar|suicidarme|suicidarse|suicidal',
  'end|ending|take|taking|took my own life',
  'end|ending my life',
  'end|ending it all',
  { p: 'end|ending it', notNear: ['with', 'between', 'there', 'here', 'now', 'for', 'today'] },
  'want|wish it all to end|stop',
  'nobody|noone would|will|wouldnt|cares|care miss me',
  // "nobody would care if i was gone", "no one would even notice if i died".
  'nobody|noone would|will even? care|notice if i',
  'no one would|will even? care|notice if i',
  // Done with life, and saying goodbye: "im done with everything", "this is goodbye". Not "done with drinking".
  { p: 'done with life|living|everything', notNear: ['on', 'in', 'at', 'for', 'except', 'but'] },
  'this is goodbye',
  'my|a final goodbye',
  'saying goodbye to everyone|everybody|yall|the world',
  'goodbye forever',
  'no one would|will|wouldnt|cares|care miss me|if',
  'better off if i was|were|wasnt gone|dead|here',
  { p: 'want|wants|wanted|wish|ready|trying|planning|deserve|deserves to die', notAfter: NEGATED },
  { p: 'want|wants|wish to be dead', notAfter: NEGATED },
  'feel|feeling|felt like dying',
  'wish|wishing i|id was|were|could|had dead|die',
  'wish|wishing i|id was|were|had never been? born',
  'better off dead',
  'better off without me',
  'rather be dead',
  'should just die',
  { p: 'dont|doesnt want to live', notNear: LIVING_WHERE },
  'dont|doesnt want to exist',
  'dont|doesnt want to be alive',
  'dont|doesnt want to keep living',
  'dont|doesnt want to wake up',
  'dont|doesnt want to be here anymore',
  'no reason to live',
  'no reason to go on',
  'nothing left? to live for',
  'not|isnt|aint worth living',
  'cant go on anymore',
  'cant go on like this',
  'cant|cannot take it|this anymore',
  // "i cant do this anymore": said alone or before the drinking, it is how despair is most often texted.
  { p: 'cant|cannot do this|it anymore', notNear: ['job', 'work', 'shift'] },
  'cant|cannot keep living|going like this',
  'gun|pistol to my head',
  'use|turn it on myself',
  'use|turn|point the|a|my gun on|at myself',
  'shoot myself',
  'want|wanna|wish to disappear forever',
  // Giving up on life, not on a drink: "im giving up alcohol" is quitting, so the object is named.
  'giving|give|gave up on life|living|everything',
  // Hopelessness, said of oneself: "i feel so hopeless". Not "hopeless about my son", which a parent says often.
  {
    p: 'feel|feeling|felt|am|im so|really|completely? hopeless',
    notNear: ['about', 'with', 'for', 'when', 'that', 'at', 'in'],
  },
  'me siento sin esperanza',
  'no|whats|wats the? point in|of living|life',
  'no|whats|wats the? point in|of going on',
  'what is the point in|of living|life',
  'hurt|hurting|harm|harming|cut|cutting|hang|hanging|shoot|shooting|poison myself',
  'self harm|harming|injury',
  'selfharm',
  'jump|jumping off a|the bridge|roof|building',
  // Spanish
  { p: 'me quiero|queria|gustaria morir|morirme|suicidar|matar', notAfter: NEGADO },
  'me voy|vo a matar|suicidar',
  { p: 'quiero|quisiera|queria morir|morirme|matarme|suicidarme', notAfter: NEGADO },
  'ganas de morir|morirme|matarme|suicidarme',
  { p: 'quiero|quisiera desaparecer', notAfter: NEGADO },
  'ya no aguanto|puedo mas',
  'matarme',
  { p: 'no quiero vivir', notNear: VIVIR_DONDE },
  'no quiero|puedo seguir viviendo',
  'quitarme la vida',
  'quitar mi vida',
  'acabar|terminar con mi vida',
  'hacerme dano',
  'lastimarme|cortarme|ahorcarme',
  'mejor muerto|muerta',
  'quiero|quisiera|prefiero estar muerto|muerta',
  'no vale la pena vivir',
  'no tengo razon|razones para vivir',
];

/** Someone overdosing now, English and Spanish. Weak ones are listed apart below. */
const OVERDOSE: readonly Spec[] = [
  'not|isnt|aint|stopped|barely|hardly|wasnt|quit breathing|breathin|breath|breathe',
  'cant|couldnt breathe|breath|breathing',
  'wont wake',
  'wont|not waking up',
  'cant|couldnt wake|waking him|her|them|my|em|hem|mom|dad',
  'cant|couldnt wake|waking up him|her|them|my|mom|dad',
  'trying to wake|waking him|her|them|my',
  'cant|couldnt get him|her|them to? wake',
  'unresponsive',
  'not responsive',
  'lips|lip|face|skin ... blue|purple|gray|grey',
  'turning|turned blue|purple',
  'blue lips',
  'foam|foaming at|from the mouth',
  'no pulse|heartbeat',
  'overdosing',
  'took|taken|swallowed|ate a|the|his|her|my|their whole|entire bottle',
  'swallowed a|the bottle',
  'too many pills',
  'took|taken|swallowed all ... at once',
  'se esta muriendo',
  { p: 'took|taken|swallowed|ate way? too many|much', notNear: ['time', 'money', 'space', 'work', 'on', 'stress'] },
  // "swallowed a bunch of xanax", "took a handful of pills": an amount no one takes as a dose.
  'swallowed a whole? bottle|handful|bunch',
  'popped|took|taken a handful',
  // "i took a bunch of pills and i feel weird": an amount, not a dose; "used to take a bunch" is history.
  {
    p: 'took|taken|popped|ate|swallowed a bunch|ton|load of pills|pill|xanax|bars|percs|perks|oxys|tabs',
    notAfter: ['used'],
  },
  // Spanish
  'no respira|respiraba',
  'no esta respirando',
  'dejo de respirar',
  'no puede respirar',
  'no despierta|despertaba|reacciona|reaccionaba',
  'no se despierta',
  'no lo|la|le puedo despertar',
  'labios morados|azules',
  'se puso|esta morado|morada|azul',
  'poniendo morado|morada|azul',
  'se tomo ... frasco',
  'se tomo todas las pastillas',
];

/** Bare mentions of an overdose, which history ("died of an overdose last year") turns off. */
const OVERDOSE_WEAK: readonly Spec[] = [
  // "i od'd on coffee lol": not a drug.
  {
    p: 'overdose|overdosed|overdoses|od|ods|sobredosis|overdosis',
    notNear: ['coffee', 'caffeine', 'sugar', 'candy', 'chocolate', 'netflix', 'pizza', 'tv', 'food', 'junk', 'cafe'],
  },
  // "my son ODd" folds to "odd", a word ("odd hours"): only after someone who could have overdosed.
  'he|she|son|daughter|husband|wife|friend|boyfriend|girlfriend|bf|gf|brother|sister|mom|dad|roommate|cousin|partner|kid|i just? odd',
  'give|gave|giving|use|used|need|needs ... narcan|naloxone',
];

/** Talk about the past or about prevention, which turns a bare overdose mention off. */
const HISTORY = [
  'died|dead|passed of|from|after',
  'lost ... to',
  'passed away',
  'last year|month|week|summer|winter|spring|fall|time|christmas',
  'years|months|weeks|yrs|year|month ago|back',
  'ago',
  'anniversary',
  'survived|survivor|survivors',
  'prevention|prevent|preventing|training|awareness|class|kit|kits|carry',
  'before|risk|risks|chance|avoid|avoiding',
  'murio|fallecio|perdi|perdimos',
  'ano|mes pasado',
  'hace ... anos|meses|ano|mes',
  'prevencion|prevenir|capacitacion',
];

/**
 * Real words one typo away from a listed word, which must never be corrected into it:
 * "too many bills" is not "too many pills".
 */
const KNOWN_WORDS = [
  // "my mom takes too many xanax" is how she uses, not "taken too many": no overdose now.
  'takes',
  // Near the violence words: "he heats me up some soup" is not "he beats me".
  'heats',
  'seats',
  'meats',
  'bears',
  'beams',
  'beets',
  'bests',
  'jokes',
  'chores',
  'lunches',
  'bunches',
  'slips',
  'claps',
  'snaps',
  'slams',
  'shows',
  'loves',
  'bills',
  'polls',
  'pulls',
  'spills',
  'hills',
  'kills',
  'fills',
  'mills',
  'wills',
  'pill',
  'piles',
  'overdoes',
  'alike',
  'olive',
  'alice',
  'while',
  'whale',
  'whore',
  'worth',
  'north',
  'forth',
  'giving',
  'loving',
  'liking',
  'diving',
  'lining',
  'season',
  'bitter',
  'butter',
  'letter',
  'batter',
  'father',
  'gather',
  'lather',
  'drying',
  'doing',
  'crying',
  'frying',
  'wasted',
  'wanter',
  'battle',
  'respiro',
  'matarte',
  'matarlo',
  'matarla',
  'fresco',
  'despierto',
  'despiertas',
  'morada',
  'vivi',
  'odd',
  'odds',
  'breaths',
  'bread',
  'breed',
  'waking',
  'making',
  'taking',
  'baking',
  'killer',
  'kilos',
  'quieres',
  'quiere',
  'mueren',
  'muerte',
];

/** Turns "od'd", "OD'ing", "O.D." into words the lists hold, before apostrophes go. */
function spellOutOverdose(plain: string): string {
  return plain
    .replace(/\bo\.\s?d\b\.?/g, 'od')
    .replace(/\bod(?:'|-)(?:d|ed)\b|\boded\b/g, 'overdosed')
    .replace(/\bod(?:(?:'|-)(?:ing|in)|ing)\b/g, 'overdosing');
}

function entries(list: readonly Spec[], kind: CrisisKind, weak: boolean): CrisisEntry[] {
  return list.map((spec) => {
    if (typeof spec === 'string') return { pattern: compilePattern(spec), kind, weak };
    const entry: CrisisEntry = { pattern: compilePattern(spec.p), kind, weak };
    if (spec.notAfter) entry.notAfter = new Set(spec.notAfter);
    if (spec.notNear) entry.notNear = new Set(spec.notNear);
    if (spec.notAfterNumber) entry.notAfterNumber = true;
    return entry;
  });
}

const core: CrisisEntry[] = [
  ...entries(SUICIDE, 'suicide', false),
  ...entries(OVERDOSE, 'overdose', false),
  ...entries(OVERDOSE_WEAK, 'overdose', true),
  ...entries(VIOLENCE, 'violence', false),
];

const history = new PatternIndex(HISTORY.map((source) => ({ pattern: compilePattern(source) })));

interface CompiledList {
  index: PatternIndex<CrisisEntry>;
  typos: TypoCorrector;
  /** The last message read with this list and what was found: one step asks about the same text again. */
  lastText?: string;
  lastFinding?: CrisisFinding;
}

function compileList(all: CrisisEntry[]): CompiledList {
  const vocabulary = all.flatMap((entry) => entry.pattern.slots.flatMap((slot) => [...slot.words]));
  return { index: new PatternIndex(all), typos: new TypoCorrector(vocabulary, KNOWN_WORDS, false) };
}

const coreList = compileList(core);
const withExtra = new WeakMap<CrisisWords, CompiledList>();

function listFor(extra: CrisisWords | undefined): CompiledList {
  if (!extra || (!extra.overdose?.length && !extra.suicide?.length && !extra.violence?.length)) return coreList;
  let list = withExtra.get(extra);
  if (!list) {
    // Staff write plain words and phrases: read them as words, so "|" or "*" in them mean nothing special.
    const plain = (words: string[] | undefined, kind: CrisisKind): CrisisEntry[] =>
      (words ?? [])
        .map((w) => wordsOfPlain(plainLower(w)).join(' '))
        .filter(Boolean)
        .map((source) => ({ pattern: compilePattern(source), kind, weak: false }));
    list = compileList([
      ...core,
      ...plain(extra.overdose, 'overdose'),
      ...plain(extra.suicide, 'suicide'),
      ...plain(extra.violence, 'violence'),
    ]);
    withExtra.set(extra, list);
  }
  return list;
}

function turnedOff(entry: CrisisEntry, words: readonly string[], start: number, end: number): boolean {
  const { notAfter, notNear } = entry;
  if (entry.notAfterNumber && start > 0 && /^\d/.test(words[start - 1])) return true;
  if (notAfter) {
    for (let i = Math.max(0, start - 2); i < start; i++) {
      if (notAfter.has(words[i])) return true;
    }
  }
  if (notNear) {
    for (let i = end; i < Math.min(words.length, end + 3); i++) if (notNear.has(words[i])) return true;
  }
  return false;
}

/**
 * Which dangers a message speaks of, or undefined when none: reads the whole message, whole
 * words only ("odd" is not "OD"), one typo allowed in words of five letters or more.
 */
export function detectCrisis(text: string, extra?: CrisisWords): CrisisFinding | undefined {
  const list = listFor(extra);
  if (text === list.lastText) return list.lastFinding && { kinds: [...list.lastFinding.kinds] };
  const found = findIn(list, text);
  list.lastText = text;
  list.lastFinding = found;
  return found && { kinds: [...found.kinds] };
}

function findIn(list: CompiledList, text: string): CrisisFinding | undefined {
  const said = wordsOfPlain(spellOutOverdose(plainLower(text)));
  if (!said.length) return undefined;
  const words = said.map((word) => list.typos.correct(word));
  const found = new Set<CrisisKind>();
  // Only bare overdose mentions are weak: they count unless the text speaks of history or prevention.
  let weakOverdose = false;
  for (const hit of list.index.findAll(words)) {
    if (turnedOff(hit.entry, words, hit.start, hit.end)) continue;
    if (hit.entry.weak) weakOverdose = true;
    else found.add(hit.entry.kind);
  }
  if (weakOverdose && !history.findAll(words).length && !words.some((w) => /^(?:19|20)\d\d$/.test(w))) {
    found.add('overdose');
  }
  return found.size ? { kinds: CRISIS_KINDS.filter((k) => found.has(k)) } : undefined;
}
