import { compilePattern, PatternIndex, patternWords, type PhrasePattern } from './phrasePattern';
import { plainLower, wordsOfPlain } from './textWords';
import { CLAUSE_WORDS, clauseToldAsPast, PAST_HINT } from './toldAsPast';
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
 * common crisis words, 911 first, then `crisis_violence` (the hotline); withdrawal: seizures, DTs or
 * shaking too badly to stand after quitting (911 first, `crisis_withdrawal`); driving: about to drive drunk or high
 * (`crisis_driving` first: don't drive), a danger to the texter and to others on the road; danger: someone else
 * drunk or high at the wheel or with children, a child left alone, voices or no sleep after uppers, or pregnant and
 * using opioids (the flow's common crisis words: 911, 988 and SAMHSA); since the twenty-fourth session also what
 * fits no kind of its own and needs 911 first: out in the freezing cold drunk or with no home, a child run away (above
 * all with adults giving drugs), a newborn in withdrawal, pregnant and unable to stop drinking, a threat to a school;
 * child: the texter hurt by a parent or step-parent, or a texter under 18 being hurt, or left alone or unfed by a
 * parent drunk or high (911 first, then `crisis_child`: Childhelp); assault: the texter sexually assaulted ("i was
 * raped", "me violaron"; 911 first, then `crisis_assault`: RAINN, in place of the partners' hotline; a parent or a
 * texter under 18 stays `child`); alone: using alone now, or high or drunk and scared now (911 first, then
 * `crisis_alone`: Never Use Alone and naloxone); poison: a child who swallowed or got into drink, pills or drugs, or
 * found the texter's drugs (911 first, then `crisis_poison`: Poison Control, 1-800-222-1222; with an opioid swallowed
 * or signs of an overdose, the overdose's words go first too); pet: a pet that ate pills, drugs or drink
 * (`crisis_pet`: the vet and the ASPCA's Animal Poison Control Center).
 */
export type CrisisKind = (typeof CRISIS_KINDS)[number];

/** Every CrisisKind, in the order a finding lists them; the flow keyword of each is `crisis_<kind>`. */
export const CRISIS_KINDS = [
  'overdose',
  'suicide',
  'violence',
  'child',
  'assault',
  'withdrawal',
  'driving',
  'danger',
  'alone',
  'poison',
  'pet',
] as const;

/**
 * Kinds never found together, the first winning: a seizure after using is an overdose, whose first words (911,
 * naloxone, stay) are the ones needed. The reply-length check reads this too (CRISIS_EXCLUSIVE_PARTS).
 */
export const CRISIS_KIND_OVER: ReadonlyArray<readonly [CrisisKind, CrisisKind]> = [
  ['overdose', 'withdrawal'],
  // Someone overdosing or in withdrawal's danger needs 911 more than words against driving, and the reply stays short.
  ['overdose', 'driving'],
  ['withdrawal', 'driving'],
  // Someone else drunk at the wheel with the kids: 911, never "please don't drive", which speaks to the texter.
  ['danger', 'driving'],
  // The hotline's words already go with 911 for someone hurting a child or the texter.
  ['violence', 'danger'],
  // A child hurt by a parent needs Childhelp, not the partners' hotline; danger's 911 is the common part.
  ['child', 'violence'],
  ['child', 'danger'],
  // A sexual assault needs RAINN, not the partners' hotline (a partner who rapes too: RAINN takes those calls). A
  // parent, or a texter under 18, stays Childhelp's.
  ['assault', 'violence'],
  ['child', 'assault'],
  // Using alone or high and scared, with thoughts of suicide or someone hurting the texter: 988 or the hotline come
  // first, and the reply stays within three SMS parts. With an overdose both go: 911 now, then Never Use Alone.
  ['suicide', 'alone'],
  ['violence', 'alone'],
  ['child', 'alone'],
  ['assault', 'alone'],
  // A child who got into pills or drink: Poison Control, the line that knows a child's dose, after the common part's
  // 911 and 988. It comes with an overdose's words when the child swallowed an opioid or shows its signs (findInWords),
  // and with suicide's, withdrawal's or driving's (the texter's own danger, said first). It takes the place of the
  // words said after the common part for the texter hurt or using alone (the hotline, Childhelp, RAINN, Never Use
  // Alone): the child's line is the one to call now, the common part still says 911 and 988, and the reply stays
  // within three SMS parts. "my toddler found my fentanyl": danger's 911 is the common part, said anyway.
  ['poison', 'danger'],
  ['poison', 'violence'],
  ['poison', 'child'],
  ['poison', 'assault'],
  ['poison', 'alone'],
  // A pet that ate pills: the vet and the animal poison line, only when no person is in danger too; a person's words
  // come first and the pet's are left out (the reply stays within three SMS parts). An overdose read in the pet's own
  // words ("my dog ate my xanax and wont wake up") is the pet's: see findInWords.
  ...(['overdose', 'suicide', 'violence', 'child', 'assault', 'withdrawal', 'driving', 'alone', 'poison'] as const).map(
    (kind) => [kind, 'pet'] as const,
  ),
];

/** What a message was found to be about; both kinds can apply. */
export interface CrisisFinding {
  kinds: CrisisKind[];
  /**
   * Set when the overdose found is the texter's own ("i took all my pills"): the reply's first words speak to them
   * (`crisis_overdose_self`), not to someone beside a person overdosing. Set by findCrisis (src/flow/crisisCheck.ts).
   */
  own?: true;
}

/** Extra words or phrases staff add in the flow; they are added to the core list, never replace it. */
export interface CrisisWords {
  overdose?: string[];
  suicide?: string[];
  violence?: string[];
  withdrawal?: string[];
  driving?: string[];
  danger?: string[];
  child?: string[];
  assault?: string[];
  alone?: string[];
  poison?: string[];
  pet?: string[];
}

/**
 * Who hurts the texter in a violence phrase: "he", "my husband", "and" ("gets drunk and hits me"),
 * "to" ("hes going to beat me"). Said with who does it, "hits me" is violence; alone, "this song
 * hits me hard" or "beats me" (I don't know) is not.
 */
const WHO_HURTS =
  'and|to|gonna|is|was|keeps|he|she|hes|shes|they|husband|hubby|wife|boyfriend|bf|girlfriend|gf|partner|fiance|fiancee|ex|dad|father|stepdad|' +
  'stepfather|mom|mother|stepmom|stepmother|brother|sister|son|daughter|uncle|grandpa|man|boss|parents|parent|grandma|' +
  'grandmother|grandfather|aunt|cousin|roommate|stepbrother|stepsister|neighbor|pimp|guy|someone|somebody|' +
  // The twenty-third probe: "my grandson hits me when i wont give him money for drugs".
  'grandson|granddaughter|nephew|niece|stepson|stepdaughter';

/**
 * Who is near the texter: someone who may be hurting them ("he has a knife") or lying still ("my
 * roommate isnt waking up"). Names only, unlike WHO_HURTS: "and" and "to" would read too much.
 */
const PEOPLE =
  'he|she|hes|shes|they|theyre|hell|shell|theyll|hed|shed|him|her|husband|hubby|wife|boyfriend|bf|girlfriend|gf|partner|' +
  'fiance|ex|dad|father|stepdad|mom|mother|brother|sister|son|daughter|kid|baby|friend|buddy|roommate|cousin|uncle|' +
  'aunt|someone|somebody|guy|girl|man|woman|dude';

/** Pills and drugs a texter names when telling how much was taken. */
const PILLS =
  'pills|pill|meds|medication|medications|medicine|xanax|xans|bars|percs|perks|percocet|percocets|oxys|oxy|oxycodone|' +
  'tabs|tablets|benzos|klonopin|valium|painkillers|opioids|tylenol|sleeping|benadryl|advil|ibuprofen|aspirin|' +
  'nyquil|ambien|seroquel|gabapentin|trazodone|melatonin|adderall|vicodin|norco|hydrocodone|tramadol|lyrica';
const DRUGS = `${PILLS}|fent|fentanyl|fetty|heroin|dope|coke|cocaine|crack|meth|molly|mdma|ketamine|ket|ghb|morphine|methadone|dilaudid|tramadol|opiates|drugs`;
const PASTILLAS =
  'pastillas|pastilla|pildoras|pastis|medicinas|medicamentos|calmantes|tabletas|clonazepam|rivotril|xanax';

/** Downers that stop breathing with drink: benzos and opioids, as texters name them. */
const DOWNERS =
  'bars|xanax|xans|benzos|klonopin|klonopins|valium|ativan|percs|perks|percocet|percocets|oxys|oxy|roxys|roxies|' +
  'm30s|30s|fent|fentanyl|heroin|norcos|vicodin|ambien|lean|' +
  // Said plainly (the twenty-first session's probe): sleeping pills, antihistamines, the generic names.
  'sleeping|benadryl|nyquil|zzzquil|unisom|trazodone|seroquel|gabapentin|lunesta|clonazepam|lorazepam|alprazolam|' +
  'diazepam|soma|somas|relaxers|codeine|oxycodone|hydrocodone|tramadol';
/** Drink said by its amount or kind: "a fifth", "a few beers", "shots". */
const DRINKS =
  'fifth|fifths|bottle|handle|pint|beers|beer|shots|drinks|vodka|whiskey|tequila|liquor|wine|gin|rum|booze|alcohol';
/** Just before drink and pills taken together: a habit or a past told ("used to", "would", "always"), or a question. */
const DRINK_HABIT = ['used', 'to', 'would', 'always', 'usually', 'never', 'dont', 'if', 'can', 'should', 'when'];
/** What quitting at once can kill over: benzos and drink. */
const WITHDRAWAL_DRUGS = 'xanax|xans|bars|benzos|klonopin|valium|ativan|alcohol|drinking|booze|liquor|drink';

/**
 * Drugs that kill alone, as texters name them: opioids above all (fentanyl in pressed pills and in most street
 * supplies), and the uppers and downers it is now found in. Not drink, not weed.
 */
const STREET =
  'fent|fentanyl|fetty|heroin|dope|blues|blue|m30s|m30|30s|tranq|xylazine|percs|perc|perks|perk|oxys|oxy|roxys|roxy|' +
  'bars|bar|xans|xan|xanax|' +
  'coke|cocaine|crack|meth|shard|mdma|ketamine|ket|line|lines|bump|bumps|kratom|spice|k2';
/** Said between "im" and "high", or "and" and "scared": "im so high", "im hella scared". */
const SO = 'so|really|super|too|very|hella|mad|pretty|rly|way|real|kinda|lowkey|extremely|fr';
/** High or drunk, said of oneself now. Not "messed up" or "lit": feelings and parties as often. */
const HIGH_NOW =
  'high|drunk|wasted|faded|zooted|geeked|tweaking|tweakin|blasted|stoned|tripping|trippin|rolling|nodding|' +
  'hammered|trashed|smashed|plastered|blitzed';
/** Someone else in a state to harm, in either language: "drunk", "high", "borracho". */
const IMPAIRED =
  'drunk|high|wasted|hammered|trashed|smashed|faded|lit|plastered|tweaking|nodding|borracho|borracha|drogado|drogada|' +
  'pedo|peda|tomado|tomada|bolo|bola';
/** Others who may drive or mind children impaired (never the texter: "im drunk and driving" is `driving`). */
const OTHERS =
  'hes|shes|he|she|husband|hubby|wife|dad|daddy|mom|mommy|ex|boyfriend|bf|girlfriend|gf|mother|father|stepdad|' +
  'stepmom|brother|sister|grandpa|grandma|uncle|aunt|partner|they|theyre|parents|babysitter|nanny|' +
  // The twenty-second session's probe: "my son is drunk and driving", "my friend is high and driving".
  'son|daughter|friend|buddy|roommate|cousin|driver|neighbor|coworker|boss';
/** Children the texter names. */
const CHILDREN = 'kids|kid|baby|babies|son|daughter|children|child|toddler|sister|brother|siblings';

/**
 * A count of pills no one takes as one dose ("took 30 pills"), as the words a text has: 5 to 300
 * and the spelt-out tens. Built once; the typo corrector never touches words with digits.
 */
const MANY = [
  ...Array.from({ length: 296 }, (_, i) => String(i + 5)),
  'five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozen|dozens|hundreds',
].join('|');
const MUCHAS = [
  ...Array.from({ length: 296 }, (_, i) => String(i + 5)),
  'cinco|diez|veinte|treinta|cuarenta|cincuenta|cien',
].join('|');

/** A habit after a count: "5 pills a day", "5 pastillas al dia". */
const A_DAY = ['a', 'per', 'every', 'each', 'daily', 'day', 'al', 'por', 'cada', 'diarias', 'diario'];
/** A dose taken as told after "all my pills": "took all my meds this morning", "as prescribed". */
const AS_TOLD = ['today', 'morning', 'prescribed', 'directed', 'supposed', 'hoy'];

/** What a weapon is held for, said after it, when it is no threat: "a gun for hunting", "a knife to cut the steak". */
const ARMED_FOR = [
  'collection',
  'license',
  'permit',
  'safe',
  'show',
  'shop',
  'store',
  'range',
  'hunting',
  'for',
  'locked',
  'cut',
  'cutting',
  'cook',
  'cooking',
  'kitchen',
  'steak',
  'onions',
  'food',
  'dinner',
];

/**
 * Words that give "he won't be a problem / a burden anymore" an everyday reason (a move, sobriety, a joke): near
 * them it is no warning sign a family member tells.
 */
const GONE_FOR_A_REASON = [
  'moved',
  'moving',
  'left',
  'because',
  'since',
  'cause',
  'now',
  'in',
  'at',
  'lol',
  'sober',
  'when',
];

/** Why things are given away when it is no warning sign: a move, a sale, a charity. */
/** Bleeding that will not stop: self-harm's (988) unless a fall, a crash or a blow is said (BLED_FROM). */
const BLEEDING_BAD = [
  'bleeding a lot|ton',
  'im bleeding bad|badly|out',
  'bleeding wont stop',
  'cant stop the? bleeding',
];
/** What bleeding told with it came from, an accident or a blow: "i hit my head", "fell off my bike", "car wreck". */
const BLED_FROM = [
  ...['head', 'fell', 'fall', 'crash', 'crashed', 'accident', 'wreck', 'wrecked', 'bike', 'fight', 'stabbed'],
  ...['attacked', 'jumped', 'tripped', 'slipped', 'stairs', 'glass', 'dog', 'bit', 'bitten', 'punched', 'beat'],
];
const GIVEN_AWAY_FOR = [
  'moved',
  'moving',
  'move',
  'donate',
  'donated',
  'goodwill',
  'charity',
  'church',
  'sale',
  'yard',
  'garage',
  'downsizing',
  'downsize',
  'divorce',
];

/**
 * Words said between who hurts and the blow: "he just hit me", "she always hits me", "he literally
 * choked me". "Just" is how a blow a minute ago is most often texted.
 */
const NOW_OR_AGAIN = 'always|just|again|also|even|literally|still|actually|really|finally';

/** Articles skipped before a notNext word: "me pega la cruda". */
const ARTICLES: ReadonlySet<string> = new Set(['la', 'el', 'las', 'los', 'un', 'una', 'the', 'a']);
/** What "hits" in Spanish when no one does: a hangover, a feeling, a craving, the weather ("me pega la cruda"). */
const WHAT_HITS = [
  ...['cruda', 'resaca', 'ansiedad', 'depre', 'depresion', 'tristeza', 'soledad', 'sueno', 'hambre', 'sed', 'ganas'],
  ...['antojo', 'bajon', 'malilla', 'abstinencia', 'gripa', 'gripe', 'sol', 'calor', 'frio', 'nostalgia', 'panico'],
];

/**
 * Games a texter is beaten at, not hit: "he beats on me in madden", "she always beats me in chess" (the fortieth
 * probe).
 * Names of games only: "game", "video", "golf" or "cards" are said of a blow too ("beats me when the game is on",
 * "beats me with a golf club", "takes my cards").
 */
const GAMES = [
  ...['madden', 'fifa', '2k', 'nba2k', 'chess', 'checkers', 'poker', 'tennis', 'basketball', 'fortnite', 'uno'],
  ...['bowling', 'darts', 'monopoly', 'scrabble', 'wordle', 'mario', 'halo', 'cod', 'pingpong', 'spades', 'dominoes'],
  'trivia',
];
/** After a threat to kill in Spanish: a scare, anger or a laugh, an idiom ("me va a matar de un susto", "de risa"). */
const KILLED_BY_A_FEELING = ['susto', 'coraje', 'risa', 'verguenza', 'nervios', 'preocupacion'];

/** Just before "scared": a fear told as over or as a habit ("i was scared", "used to be scared"), not now. */
const FEAR_TOLD = ['was', 'were', 'used', 'be', 'been', 'always', 'would'];

/** Someone hurting the texter, English and Spanish (accents already gone). */
const VIOLENCE: readonly Spec[] = [
  // "i'm in danger", "we are in danger", "estoy en peligro": whoever threatens, 911 first. Not a habit in danger of
  // a relapse ("im in danger of relapsing") nor a danger told of ("is he in danger of losing his job").
  {
    p: 'im|am|were|are|is in danger',
    // In danger of a relapse or a loss is the meetings' ("in danger of relapsing", "of losing my job"); in danger of
    // hurting someone, of dying, of a seizure is 911's.
    notNear: ['relapsing', 'relapse', 'losing', 'failing', 'fired', 'evicted', 'drinking', 'using'],
    notAfter: ['job', 'marriage', 'career', 'license', 'grades', 'sobriety', 'recovery', 'house', 'custody'],
  },
  { p: 'estoy|estamos en peligro', notNear: ['de'] },
  // "he hits me up for a ride", "she hit me up last night": a message, not a blow.
  // "he hit me with the news that he relapsed": news, not a blow ("hit me with a bottle" is one).
  {
    p: `${WHO_HURTS} ${NOW_OR_AGAIN}? hits|hit|hitting me`,
    notNear: [
      'up',
      'news',
      'question',
      'idea',
      'truth',
      'story',
      'request',
      'bill',
      'surprise',
      'text',
      'message',
    ].concat(
      // "hit me with some hard truth" (the twenty-fourth probe).
      ['hard', 'facts', 'wisdom', 'advice', 'reality', 'honesty'],
    ),
    // "he used to hit me years ago": told as over, like "used to beat my mom" below.
    notAfter: ['used'],
  },
  // "my brother beats me at chess": a game, not a blow. Only "at": "again", "in front of the kids"
  // and "to death" follow a blow as often ("she beat me to it" is a false alarm kept).
  // "he beat me to the meeting", "she beat me to it": there first, not a blow.
  // "she beat me to the coffee pot" (the twenty-fourth probe): there first, whatever follows "to"; a blow "to death",
  // "to a pulp" or "to the ground" is read on its own line.
  {
    // "my wife gets drunk and beats on me" (the thirty-ninth probe): "on" said between, as in "beats on his kids".
    p: `${WHO_HURTS} ${NOW_OR_AGAIN}? beats|beat|beating on? me`,
    notNear: ['at', 'meeting', 'punch', 'it', 'there', 'finish', 'to', ...GAMES],
    notAfter: ['used'],
  },
  { p: `${WHO_HURTS} ${NOW_OR_AGAIN}? beats|beat|beating me to death|unconscious|senseless|bits`, notAfter: ['used'] },
  { p: `${WHO_HURTS} ${NOW_OR_AGAIN}? beats|beat|beating me to a|the pulp|ground|floor|point`, notAfter: ['used'] },
  `${WHO_HURTS} ${NOW_OR_AGAIN}? hurts|hurt|chokes|choked|choking|strangles|strangled|punches|punched|slaps|slapped|attacks|attacked|shoves|shoved me`,
  // "my son kicked me out" is a home lost, not a blow.
  { p: `${WHO_HURTS} ${NOW_OR_AGAIN}? kicks|kicked|kicking me`, notNear: ['out'] },
  `${WHO_HURTS} threatens|threatened to kill me`,
  // "my dad beats my ass when hes drunk" (the twentieth session's probe); not "beat my ass at chess".
  {
    p: `${WHO_HURTS} ${NOW_OR_AGAIN}? beats|beat|beating|whoops|whooped|whooping|whips|whipped my ass|butt|behind`,
    notNear: ['at', 'in', 'lol', 'haha', 'lmao', 'jk'],
    notAfter: ['used'],
  },
  // Followed now: "some guy is following me", "a man keeps following me home"; not on social media.
  {
    p: `${PEOPLE} is|keeps|has|been|started? been? following me|us`,
    notNear: ['on', 'online', 'instagram', 'insta', 'facebook', 'fb', 'tiktok', 'twitter', 'snapchat', 'back', 'lol'],
  },
  // Someone who turns violent or abusive ("he drinks and gets violent", "my husband is abusive when drunk"): the
  // texter may be next, and the hotline is what they need first. Not what is over ("my ex used to be abusive").
  // A person first (PEOPLE, not WHO_HURTS: "the movie is violent" has an "is" and no one in it).
  {
    p: `${PEOPLE} ${NOW_OR_AGAIN}? gets|get|getting|becomes|become|turns|turn|is|are|goes|go|acts|act? so|very|really|super|real? violent|abusive`,
    notAfter: ['used'],
    notNear: ['ago', 'years'],
  },
  `${PEOPLE} can|could|will|would|might get|be|become|turn so|very|really? violent|abusive`,
  // "he gets physical with me", not "he is very physical at work" or "got physical therapy".
  {
    p: `${PEOPLE} ${NOW_OR_AGAIN}? gets|get|getting|got physical`,
    notNear: ['therapy', 'therapist', 'exam', 'job', 'work', 'labor', 'activity', 'activities'],
  },
  // "he drinks and gets violent", "gets drunk and violent".
  'and|then|n gets|get|becomes|turns|goes so|very|really? violent|abusive',
  { p: 'and|then|n gets|get physical', notNear: ['therapy', 'therapist', 'exam', 'job', 'work', 'labor'] },
  'drunk|high|wasted|angry|mad|raging|tweaking and|n violent|abusive',
  // "he threatens me", "she keeps threatening me"; not "threatens to leave me" or "threatens me with divorce".
  {
    p: `${WHO_HURTS} ${NOW_OR_AGAIN}? threatens|threatened|threatening me|us`,
    notNear: ['leave', 'leaving', 'divorce', 'rehab', 'out', 'cut', 'police', 'cops', 'report', 'take', 'call'],
  },
  // Someone at home being hurt ("my dad is beating my mom", "he hits my little sister"): the texter
  // may be next, and a child texting it needs 911 and the hotline first. Not "beats my mom at cards",
  // not "hit my mom up for money", not what is over ("used to beat my mom").
  {
    p: 'beats|beat|beating|hits|hit|hitting|punches|punched|punching|chokes|choked|choking|slaps|slapped|slapping|abuses|abused|abusing my|our little? mom|mother|mum|mama|sister|brother|sis|wife|girlfriend|grandma|baby|kids|siblings',
    notNear: ['at', 'up', 'in'],
    notAfter: ['used'],
  },
  { p: 'beats|beat|beating|hits|hitting|chokes|choking|abusing us', notNear: ['at', 'up', 'in'], notAfter: ['used'] },
  // "at" turns the lines above off for a game ("beats my mom at cards"), not for a time or a place: "my dad hits my
  // mom at night", "he beats me at home", "beats us at least once a week" (the fortieth probe).
  // Not a game played there ("my dad beats me at home in chess", the forty-fifth probe): GAMES as the lines above.
  { p: `${WHO_HURTS} ${NOW_OR_AGAIN}? beats|beat|beating on? me at night|nite|home|least|times`, notNear: GAMES },
  {
    p: 'beats|beat|beating|hits|hit|hitting|punches|punching|chokes|choking|slaps|slapping|abuses|abusing my|our little? mom|mother|mum|mama|sister|brother|sis|wife|girlfriend|grandma|baby|kids|siblings at night|nite|home|least|times',
    notAfter: ['used'],
    notNear: GAMES,
  },
  // "on" only after "beats": "hits on my sister" is flirting.
  {
    p: 'beats|beat|beating on my|our little? mom|mother|mum|mama|sister|brother|sis|wife|girlfriend|grandma|baby|kids|siblings at night|nite|home|least|times',
    notAfter: ['used'],
    notNear: GAMES,
  },
  ...['beats|beat|beating|hits|hitting|chokes|choking|abusing us', 'beats|beat|beating on us'].map((hurt) => ({
    p: `${hurt} at night|nite|home|least|times`,
    notAfter: ['used'],
    notNear: GAMES,
  })),
  // "my stepdad beats on us", "he beats on my mom" (the fortieth probe), as "beats on me" is read; not "hits on us".
  { p: 'beats|beat|beating on us', notNear: ['at', 'up', 'in', ...GAMES], notAfter: ['used'] },
  {
    p: 'beats|beat|beating on my|our little? mom|mother|mum|mama|sister|brother|sis|wife|girlfriend|grandma|baby|kids|siblings',
    notNear: ['at', 'up', 'in', ...GAMES],
    notAfter: ['used'],
  },
  // Spanish: "mi papa le pega a mi mama", "golpea a mi hermana".
  { p: 'le|les pega|pego|golpea|golpeo|golpean|lastima a mi|mis', notAfter: ['se'] },
  { p: 'golpea|golpeo|golpean|maltrata|maltrato a mi|mis', notAfter: ['se'] },
  // Spanish: "me pega", "me golpea" with no one named is as clear; "se me pega" is something sticking.
  // Not a hangover, a craving or the weather hitting ("me pega la cruda", "me pegan las ganas": the 39th probe).
  {
    p: 'me pega|pego|pegan|golpea|golpeo|golpean|patea|pateo|ahorca|ahorco|lastima|lastimo',
    notAfter: ['se'],
    notNext: WHAT_HITS,
  },
  // The texter with others at home ("mi papa borracho nos pega", the thirty-ninth probe), as "hits us" is read.
  {
    p: 'nos pega|pego|pegan|golpea|golpeo|golpean|patea|pateo|ahorca|ahorco|lastima|lastimo',
    notAfter: ['se'],
    notNext: WHAT_HITS,
  },
  // A blow a minute ago or again: "me acaba de pegar", "me volvio a golpear", "acaba de pegarme".
  'me acaba|acaban|acababa|volvio|volvieron|vuelve de|a pegar|golpear|patear|ahorcar|lastimar|cachetear',
  'acaba|acaban|acababa|volvio|volvieron de|a pegarme|golpearme|patearme|ahorcarme|lastimarme|cachetearme',
  ...asWritten([
    // Abuse said with who does it: "my dad abuses me", "my step dad touches me", "he keeps stalking me".
    `${WHO_HURTS} always|still|just|sexually|physically|emotionally|verbally|mentally? abuses|abused|abusing|rapes|raped|raping|molests|molested|molesting|assaults|assaulted|assaulting|stalks|stalked|stalking|touches|touched|touching|gropes|groped|groping|stabbed|stabs|tortures|tortured|drugged me`,
    // "he grabbed me by the throat", not "he grabbed me a coffee".
    { p: `${WHO_HURTS} grabs|grabbed|grabbing me`, notNear: ['a', 'an', 'some', 'coffee', 'food', 'lunch', 'dinner'] },
    // "he pushed me down the stairs", "she locked me in": not "pushed me to go to meetings", not "kicked|threw me out".
    {
      p: `${WHO_HURTS} pushes|pushed|pushing|shoves|shoved|threw|throws|dragged|drags|locked|locks me`,
      notNear: [
        'to',
        'toward',
        'towards',
        'forward',
        'out',
        'rehab',
        'treatment',
        'meeting',
        'meetings',
        'aa',
        'therapy',
        'sobriety',
        'recovery',
        'getting',
        'going',
        'get',
        'go',
        'help',
        // "he threw me a party", "my mom threw me a baby shower".
        'party',
        'shower',
        'surprise',
        'bone',
        'curveball',
        'ball',
      ],
    },
    // "he shot me", not "she shot me a text" or "shot me down".
    { p: `${WHO_HURTS} shot|shoots me`, notNear: ['a', 'look', 'text', 'message', 'glance', 'down', 'up'] },
    `${WHO_HURTS} broke|breaks|fractured my arm|arms|nose|ribs|rib|jaw|wrist|leg|finger|fingers|hand|teeth|tooth|collarbone|bones|neck`,
    // "my husband tried to kill me", "he wants to hurt me". "my disease is trying to kill me" is recovery talk,
    // and "my mom is going to kill me" an idiom, so "going" is not read.
    {
      p: 'tried|trying|tries|try|wants|wanted|threatened|threatens|threatening|attempted|swore|promised to kill|murder|strangle|choke|stab|shoot|drown|hurt|rape|poison me|us',
      notAfter: [
        'disease',
        'addiction',
        'alcoholism',
        'drinking',
        'alcohol',
        'cancer',
        'it',
        'drugs',
        'cravings',
        'depression',
        'liver',
        'anxiety',
        'i',
      ],
    },
    // "he said he would kill me", "told me shed kill us". Not "the doctor said drinking would kill me".
    'said|says|swore|swears|told|threatened|threatens|texted me? he|she|they|hed|shed|theyd|hes|shes|theyre|hell|shell|theyll would|will|is|was|gonna|going? to? kill|murder|stab|shoot|hurt|strangle|choke|rape|beat me|us',
    // "im scared he'll hurt me", "afraid my husband will kill me"; fear of a thing ("scared it will hurt me")
    // is not read.
    `scared|afraid|terrified|fear|worried|frightened|scard that|of? my? ${PEOPLE} will|would|might|could|gonna|going|may|is? to? hurt|kill|beat|hit|rape|shoot|stab|attack|strangle|choke me|us`,
    'scared|afraid|terrified|fear|fearing|frightened for my life|safety',
    // "im scared of him when hes drunk"; not "scared of her relapsing", a worry for someone.
    {
      p: `scared|afraid|terrified|frightened of my? ${PEOPLE}`,
      notNear: [
        'relapsing',
        'relapse',
        'dying',
        'overdosing',
        'using',
        'drinking',
        'leaving',
        'getting',
        'going',
        'being',
        'losing',
      ],
    },
    // A weapon at hand: "he has a knife", "hes outside my house with a gun". Not "has a gun for hunting".
    {
      p: `${PEOPLE} has|had|got|grabbed|grabs|pulled|pulls|pulling|holding|brought|waving|pointing|pointed a|the|his|her|their gun|knife|weapon|pistol|rifle|shotgun|machete|blade`,
      notNear: [...ARMED_FOR, 'but'],
    },
    'me|us|outside|house|door|here|window|yard|threatening|threatened|threatens|chasing|chased|waiting with a|his|her|the|their? gun|knife|weapon|pistol|rifle|shotgun|machete|bat|blade',
    // Drunk or high and armed: "hes drunk and has a knife", "he is drunk and waving a gun around".
    {
      p: 'drunk|high|wasted|angry|mad|raging|tweaking|violent and|n|with has|got|grabbed|is|pulled|holding|waving|pointing? a|the|his|her|their gun|knife|weapon|pistol|rifle|shotgun|machete|blade',
      notNear: ARMED_FOR,
    },
    // Armed, said after "and": "he came home and is waving a gun", "and grabbed a knife".
    {
      p: 'and is? waving|pointing|swinging|grabbed|pulled a|the|his|her|their gun|knife|weapon|pistol|rifle|shotgun|machete|blade',
      notNear: ARMED_FOR,
    },
    `${PEOPLE} holding|held|put|puts|pointed|pointing|has|had a|the|his|her gun|knife|pistol to|at my head|throat|neck|chest`,
    // Kept in or kept close: "he wont let me leave", "my ex wont leave me alone" (not "this craving wont").
    {
      p: 'wont|doesnt|didnt|isnt|never|not let|letting me leave|escape',
      notNear: ['early', 'until', 'till', 'til', 'work', 'rehab', 'treatment'],
    },
    'locked|locks|locking me in|inside|up',
    // "my husband wont leave me alone when he drinks" is pestering, pinned in flows/tests/keywords.yaml.
    {
      p: `${PEOPLE} just|still? wont|doesnt|never|isnt leave|leaving me alone`,
      notNear: ['when', 'whenever', 'about', 'asking', 'after'],
    },
    // "i'm being sexually abused", "i was raped": what happens now. "abused as a kid", "years ago" is history.
    {
      p: 'being|been|was|were|got|get|getting|im sexually|physically? abused|assaulted|raped|molested|beaten|trafficked|stalked|attacked|strangled|choked',
      notNear: [
        // "got choked up at my sons graduation" (the twenty-third probe): moved, not strangled.
        'up',
        'as',
        'when',
        'growing',
        'ago',
        'years',
        'child',
        'kid',
        'childhood',
        'younger',
        'teen',
        'little',
        // An age, told as history ("abused at age 9", "raped at 12"); not a place ("raped at a party", the
        // twenty-second session's probe, which "at" alone turned off).
        'age',
        ...Array.from({ length: 16 }, (_, i) => String(i + 2)),
      ],
    },
    {
      p: 'sexually abused|assaulted|molested|harassed',
      notNear: ['as', 'when', 'growing', 'ago', 'years', 'child', 'kid', 'childhood', 'younger'],
    },
    // Spanish: "me violaron", "me manosea", "me amenazo con un cuchillo"; "me amenaza con dejarme" is a quarrel.
    'me viola|violo|violaron|violan|violaba|abusa|abuso|abusaron|abusan|abusaba|manosea|manoseo|manosean|manoseaba|empuja|empujo|empujaron|apunalo',
    {
      p: 'me amenaza|amenazo|amenazan|amenazaron',
      notNear: ['dejarme', 'irse', 'divorcio', 'divorciarse', 'echarme', 'correrme'],
    },
    // "mi esposo me quiere matar", "trato de matarme"; "me quiero matar" (I) is suicide.
    'me quiere|quieren|quiso|intento|intentaron|trato|trataron matar|violar|golpear|pegar|ahorcar',
    // Not a scare or a laugh: "amenaza con matarnos de risa" (the fortieth probe).
    {
      p: 'quiere|quieren|quiso|intento|intentaron|trato|trataron|amenazo|amenaza|amenazaron de|con? matarme|violarme|golpearme|ahorcarme|apunalarme|pegarme',
      notNear: KILLED_BY_A_FEELING,
    },
    // The texter with others at home: "mi esposo borracho amenaza con matarnos" (the thirty-ninth probe).
    {
      p: 'quiere|quieren|quiso|intento|intentaron|trato|trataron|amenazo|amenaza|amenazaron de|con? matarnos|golpearnos|ahorcarnos|apunalarnos|pegarnos',
      notNear: KILLED_BY_A_FEELING,
    },
    // "abusaron de mi", "abuso de mi hija"; not the noun ("el abuso de mi esposo con el alcohol") nor trust abused.
    {
      p: 'abusa|abuso|abusaron|abusan|abusando|abusado|abusaba de mi|mis',
      notAfter: ['el', 'su', 'un', 'del', 'al', 'este', 'ese', 'mucho', 'tanto'],
      notNear: ['confianza', 'tarjeta', 'dinero', 'paciencia', 'bondad', 'generosidad', 'alcohol'],
    },
    // "mi padrastro me toco": touched; "me toca pagar" alone is "my turn".
    {
      p: 'padrastro|tio|abuelo|primo|papa|padre|padrino|jefe|maestro|vecino|novio|esposo me toca|toco|tocaba|tocan|tocaron',
      notNear: ['pagar', 'hablar', 'ir', 'manejar', 'cocinar', 'puerta', 'turno', 'a'],
    },
    { p: 'no me deja salir|irme', notNear: ['con', 'a', 'tarde', 'fiestas', 'fiesta', 'temprano', 'noche', 'hasta'] },
    // Not safe at home, or with someone: "i feel unsafe at home", "i dont feel safe with him", "no me siento segura en
    // mi casa". Not a place or a ride ("unsafe driving at night", "is it safe to go").
    'feel|feeling|am|im|its unsafe at|in my? home|house',
    'not|dont|never feel? safe at|in my? home|house',
    'unsafe with him|her|them|my',
    'not safe with him|her|them|my',
    'dont|not feel|feeling safe with him|her|them|my',
    // "no estoy segura" alone is "I'm not sure": only at home is it safety.
    'no me siento segura|seguro en mi? casa',
    'no me siento segura|seguro con el|ella',
    'no estoy segura|seguro en mi casa',
    // A blow going on now: "mi papa esta golpeando a mi mama", "me esta pegando".
    'esta|estan golpeando|pegando|ahorcando|lastimando|pateando a mi|mis',
    'me esta|estan golpeando|pegando|ahorcando|lastimando|pateando',
    // Afraid of what someone will do: "tengo miedo de que me mate", "miedo a que me pegue otra vez".
    'miedo de|a que me mate|maten|pegue|peguen|golpee|golpeen|lastime|lastimen',
    // "mi esposo se pone violento cuando toma", "es muy agresivo conmigo": someone who turns violent.
    {
      p: 'se pone|ponen|puso|vuelve muy? violento|violenta|violentos|agresivo|agresiva',
      notNear: ['pelicula', 'juego'],
    },
    'es|son|esta muy? violento|violenta|violentos|agresivo|agresiva conmigo',
    'es|son|esta muy? violento|violenta|violentos|agresivo|agresiva con nosotros|los|mis|mi',
    'tiene|trae|saco|agarro|saca|agarra una|un pistola|cuchillo|arma|navaja|machete|escopeta',
    // Hands on a throat, things thrown: "he's got his hands around my neck", "throwing things at me".
    'hands|hand|arm|arms around|on|round my|her|his neck|throat',
    'throwing|threw|throws|throw|chucking|hurling things|stuff|bottles|plates|dishes|chairs|furniture|knives at me|us|my|her|him',
    // Someone else in danger: "my brother is threatening to kill our mom", "he said he'd shoot my dad".
    'threatening|threatened|threatens|going|gonna|trying|tried|wants|swore to? kill|hurt|shoot|stab|strangle|beat our|my|his|her mom|mother|dad|father|kids|kid|son|daughter|baby|wife|husband|family|sister|brother|grandma|grandpa',
    // The texter may hurt someone: "i want to hurt my kids", "im going to hurt someone".
    {
      p: 'i|im want|wanna|going|gonna|about|afraid|scared to? hurt|kill|harm|stab|shoot|strangle my|our kids|kid|baby|son|daughter|children|wife|husband|mom|dad|family|partner',
      notNear: ['feelings', 'feeling', 'chances', 'career', 'trust'],
    },
    'i|im want|wanna|going|gonna|about to? hurt|kill|stab|shoot someone|somebody|people|everyone',
    // Slots are one word each: "ill" and "i will" are two patterns.
    'ill hurt|kill|stab|shoot someone|somebody',
    'i will hurt|kill|stab|shoot someone|somebody',
    // Not sure of themselves: "i might hurt someone", "i feel like hurting somebody", "scared ill hurt someone".
    'i|im|ill might|may|could hurt|kill|stab|shoot|harm someone|somebody|people',
    'feel|feeling like hurting|killing|stabbing|shooting|harming someone|somebody|people',
    // Afraid of what they may do: "im afraid ill hurt my wife when im drunk", "scared i might hit my kids", "scared of
    // what i might do to him". Slots are one word each: "ill" and "i might" are two patterns.
    'afraid|scared|worried|terrified|fear ill|id|i hurt|kill|harm|hit|beat|stab|shoot|strangle my|our|the kids|kid|baby|son|daughter|children|wife|husband|mom|dad|family|partner|girlfriend|boyfriend|someone|somebody',
    'afraid|scared|worried|terrified|fear i might|may|could|will|would|am|m gonna? going? to? hurt|kill|harm|hit|beat|stab|shoot|strangle my|our|the kids|kid|baby|son|daughter|children|wife|husband|mom|dad|family|partner|girlfriend|boyfriend|someone|somebody',
    'what i might|may|could|would do to my|our|the|someone|somebody|him|her|them',
    'tengo miedo de|a lastimar|matar|golpear|pegarle|pegarles a mi|mis|alguien',
    // The same in Spanish: "podria lastimar a alguien", "tengo ganas de matar a alguien".
    'puedo|podria|quiero|voy|ganas a? de? lastimar|matar|herir|golpear a alguien',
    // The late probe (2026-12-04). Someone else hurt now: "my daughters boyfriend beats her", "hes hitting
    // the kids", "drunk and hurting my little brother". Not a game ("beats her at cards") nor what is over.
    {
      p: `${WHO_HURTS}|boyfriends|husbands ${NOW_OR_AGAIN}? beats|beat|beating|hits|hitting|chokes|choked|choking|punches|punched|slaps|slapped|abuses|abusing her|him`,
      notNear: ['at', 'up', 'in', 'with', 'back'],
      notAfter: ['used'],
    },
    {
      p: 'beats|beat|beating|hits|hitting|punches|punching|chokes|choking|slaps|slapping|kicking the kids|kid|children|baby|babies',
      notNear: ['at', 'up', 'in', 'with'],
      notAfter: ['used'],
    },
    'drunk|high|wasted|raging|tweaking and|n hurting|hitting|beating|choking|slapping|kicking|punching|attacking my|our|the|his|her? little? kids|kid|baby|brother|sister|mom|mother|son|daughter|children|me|us',
    // Hands on: "my husband has his hands on me", "he put his hands on my daughter".
    'put|puts|putting|laid|lays|layed|has|had|got his|her|their hands on me|us|my',
    // A threat tied to leaving or calling for help: "he said if i leave hell kill me".
    'if i leave|left|leaving|go|call|report ... kill|hurt|murder|beat|shoot|stab me|us',
    // Someone breaking in: "he broke down the door", "hes kicking in the door".
    `${PEOPLE} broke|breaks|breaking|kicked|kicking|busted|busting|bust|kick|break down|in the|my|our door|window|windows`,
    'trying|tryin|tried to break|kick|bust down|in the|my|our door|window',
    // Hiding or locked in: "im hiding in the bathroom from him"; not hiding to drink, nor a joke.
    {
      p: 'hiding|hidin|hid|locked|lockd in the|my|a bathroom|closet|bedroom|room|basement|car|attic',
      notNear: [
        'drinking',
        'using',
        'smoking',
        'drink',
        'at',
        'lol',
        'lmao',
        'haha',
        'with',
        'work',
        'school',
        'office',
      ],
    },
    {
      p: `hiding|hidin|hid|hide from my? ${PEOPLE}`,
      notNear: [
        'lol',
        'lmao',
        'haha',
        'because',
        'cause',
        'cuz',
        'bc',
        'so',
        'since',
        'about',
        'that',
        'till',
        'until',
      ],
    },
    // A child in a car with a drunk driver ("hes driving drunk with my kids in the car") is danger's since the
    // twenty-fifth session (DANGER_TWENTY_FIFTH): 911 for the car on the road, as for "our son" or "my sister".
    // Spanish: "le esta pegando a mi hermanito"; not "le esta pegando al trago".
    {
      p: 'le|les|me|nos esta|estan|anda|andan pegando|golpeando|ahorcando|pateando|lastimando|madreando',
      notAfter: ['se'],
      notNear: ['trago', 'botella', 'chupe', 'pisto', 'vicio', 'cerveza', 'droga', 'drogas', 'cristal'],
    },
    // "tengo miedo de mi esposo", "le tengo miedo a mi novio"; not "miedo de que recaiga".
    'miedo de|a mi esposo|marido|novio|pareja|papa|padrastro|ex|viejo|senor|hombre',
    // "si lo dejo me mata": a threat tied to leaving or reporting.
    'si lo|la|le|los dejo|denuncio|acuso|reporto|llamo ... me|nos mata|matara|matar|golpea|pega',
    // Locked in or hiding: "me encerro en el cuarto", "estoy escondida en el baño".
    'me encerro|encierra|encerraron|encierran|encerraba en|con',
    {
      p: 'escondida|escondido|escondiendome|encerrada|encerrado en el|la|mi bano|cuarto|closet|recamara|carro|cocina|sotano',
      notNear: ['tomando', 'fumando', 'jaja', 'jajaja'],
    },
    // Drunk with the children in the car: "anda tomado y trae los niños en el carro".
    'tomado|borracho|borracha|pedo|peda|drogado|drogada ... maneja|manejando|manejo|trae|lleva|llevando|trayendo ... ninos|nino|nina|ninas|hijos|bebe|nietos|chamacos|criaturas',
    // Afraid of someone drunk or high and raging now: "im scared my dad is drunk and yelling", "scared bc my mom
    // is high and breaking things". Keyed on the fear, so texts without it try nothing new. Not fear of a meeting
    // or for someone's drinking (no rage said), nor what was ("i was scared when he was drunk and yelling", "i get
    // scared when"); "-ing" only, so a worry ahead ("scared hell get drunk and yell at christmas") is not read.
    {
      p: 'scared|afraid|terrified|frightened|scard|scarred ... ... drunk|high|wasted|hammered|tweaking|trashed|plastered ... yelling|screaming|breaking|smashing|throwing|punching|raging|banging|slamming|destroying|wrecking',
      notAfter: [...FEAR_TOLD, 'get', 'gets', 'got'],
      notNear: ['when', 'whenever', 'growing', 'lol', 'lmao', 'haha', 'tv', 'game'],
    },
    // Spanish, the same: "tengo miedo, mi papa esta borracho y gritando"; not "me daba miedo cuando tomaba".
    {
      p: 'miedo|asustado|asustada|asustadita|asustadito ... ... borracho|borracha|pedo|peda|drogado|drogada|tomado|tomada|ebrio|ebria|drogandose ... gritando|rompiendo|aventando|quebrando|pateando|azotando|destrozando|tirando|insultando',
      notAfter: ['daba', 'dio', 'tenia', 'tuve', 'cuando', 'siempre'],
      notNear: ['cuando', 'jaja'],
    },
  ]),
  // The thirteenth session's safety probe (2026-12-05): threats said of a person by "him", "her" or "them", a
  // boyfriend, "that guy"; someone home who will hurt the texter; afraid to go home; someone in the house. Read as
  // written: "him" is one letter from "his".
  ...asWritten([
    {
      p: 'i|im want|wanna|going|gonna|about|fixing|finna to? hurt|kill|stab|shoot|strangle|choke|murder him|her|them',
      notNear: [
        'lol',
        'lmao',
        'haha',
        'jk',
        'jajaja',
        'in',
        'at',
        'with',
        'feelings',
        'feeling',
        'chances',
        'career',
        'trust',
      ],
    },
    { p: 'i will|ill kill|hurt|stab|shoot|murder him|her|them', notNear: ['lol', 'lmao', 'haha', 'jk', 'in', 'at'] },
    'i|im want|wanna|going|gonna|about to? hurt|kill|stab|shoot|beat my? boyfriend|girlfriend|bf|gf|ex|roommate',
    'i|im want|wanna|going|gonna|about to? hurt|kill|stab|shoot|beat that|this guy|dude|man|woman|girl|bitch',
    'going|gonna|about|want|wanna to? beat the crap|shit|hell|life out of him|her|them|my',
    'snap and|n hurt|kill|stab|shoot|beat someone|somebody|him|her|them|my|people',
    'lose it and|n hurt|kill|stab|shoot|beat someone|somebody|him|her|them|my|people',
    'hes|shes|theyre gonna|going to? kill|hurt|shoot|stab|beat me|us',
    'he|she|they is|are|s gonna|going to? kill|hurt|shoot|stab|beat me|us',
    'he|she|they will|said|says|swore hell|shell|theyll|he|she|they? kill|hurt|shoot|stab me|us',
    // Afraid to go home: "im scared to go home tonight", "afraid to go back home, hes drunk".
    'afraid|scared|terrified|frightened to go|going back? home|inside',
    'afraid|scared|terrified|frightened of going back? home',
    // Someone in the house, now: "someone broke in and im hiding", "there is a man in my house".
    { p: 'someone|somebody|stranger|intruder broke|broken|breaking in|into', notNear: ['car', 'truck', 'locker'] },
    { p: 'a|some man|guy|stranger broke|broken|breaking in|into', notNear: ['car', 'truck', 'locker'] },
    ...[
      'there is|s a|some man|guy|stranger|person in my|the|our house|home|apartment|room|yard',
      'theres a|some man|guy|stranger|person in my|the|our house|home|apartment|room|yard',
      'there is|s someone|somebody in my|the|our house|home|apartment|room|yard',
      'theres someone|somebody in my|the|our house|home|apartment|room|yard',
    ].map((p) => ({ p, notNear: ['who', 'that', 'drinks', 'drinking', 'uses', 'using'] })),
    // Spanish: "voy a matar a mi esposo", "quiero lastimar a mi hijo", "lo voy a matar", "mi pareja me maltrata".
    'voy|vamos a matar|lastimar|pegar|golpear|herir|apunalar a mi|mis|ese|esa|alguien',
    'le|les voy a pegar|golpear|dar',
    'lo|la|los|las voy|vamos a matar|lastimar|golpear|apunalar',
    'quiero|kiero matar|lastimar|golpear|herir a mi|mis|ese|esa',
    { p: 'me maltrata|maltrato|maltratan|abusa|abuso|abusan|amenaza|amenazo|amenazan', notAfter: ['se'] },
    // Not "mi jefe me va a matar si llego tarde", an idiom of a boss or a teacher.
    {
      p: 'me quiere|quiera|va a? matar|pegar|golpear|lastimar',
      notAfter: ['jefe', 'jefa', 'maestro', 'maestra', 'profe', 'entrenador', 'coach'],
      // "me va a matar de un susto", "del coraje" (the thirty-ninth probe): an idiom of a scare, anger or a laugh.
      notNear: KILLED_BY_A_FEELING,
    },
    // The texter with others at home: "mi esposo nos quiere matar", "dice que nos va a matar" (the fortieth probe).
    // Not said laughing ("mi mama nos quiere matar si ve las calificaciones jaja", pinned by the thirty-ninth).
    {
      p: 'nos quiere|quiera|va a? matar|pegar|golpear|lastimar',
      notAfter: ['jefe', 'jefa', 'maestro', 'maestra', 'profe', 'entrenador', 'coach'],
      notNear: KILLED_BY_A_FEELING,
      notWith: ['jaja', 'jajaja', 'jajajaja', 'jeje', 'jsjs'],
    },
    'miedo de|a ir|llegar|regresar|volver a? la? mi? casa',
  ]),
  // The fifteenth session's safety probe (2026-12-05): strangled, shot or stabbed now, someone breaking in, a child
  // left alone or with someone too high or drunk to care for them.
  ...asWritten([
    { p: 'strangling|strangled|smothering|suffocating me', notNear: ['lol', 'jk'] },
    {
      p: 'i|ive got|been|just|was shot|stabbed',
      notNear: ['down', 'back', 'ago', 'years', 'photo', 'flu', 'up', 'at'],
    },
    { p: 'banging|pounding|kicking on? the door trying to', notNear: ['meeting', 'zoom'] },
    'trying to break|kick in|down',

    // The sixteenth session's probe: blows told with who struck ("my bf just threw me into the wall", "he smacked me
    // across the face", "my dad whooped me with a belt"); not "he threw me a party" or "she pushed me to call".
    {
      p: `${WHO_HURTS} just|always|keeps|has|had|been? threw|throws|thrown|pushed|pushes|shoved|shoves|slammed|slams|smacked|smacks|slapped|slaps|punched|punches|kicked|kicks|whooped|whoops|whipped|whips|choked|chokes|grabbed|dragged|drags me`,
      onlyBefore: [
        'into',
        'against',
        'down',
        'across',
        'with',
        'on',
        'around',
        'again',
        'so',
        'hard',
        'and',
        'in',
        'over',
        'til',
        'until',
        'till',
        'then',
        'last',
        'today',
        'tonight',
        'yesterday',
        'by',
        'because',
        'cuz',
        'bc',
        'for',
        'when',
        'while',
        'every',
        'all',
        'im',
        'i',
        'please',
        'help',
      ],
      notNear: ['lol', 'jk', 'haha', 'lmao', 'party', 'pool', 'ball', 'meeting', 'meetings'],
    },
    { p: 'beat|beats|beating|beaten the crap|shit|hell|snot|fuck outta|out of? me', notNear: ['lol', 'jk', 'haha'] },
    { p: 'been|keeps|kept|always beating|hitting|choking|kicking on? me', notNear: ['lol', 'jk', 'at', 'in'] },
    { p: 'bruises all over|everywhere from him|her|them|my', notNear: ['lol'] },
    'forced himself|herself on me',
    'made|makes|make me have sex',
    // A sexual assault after a drink drugged ("i was roofied and raped"): the overdose's words, then RAINN.
    {
      p: 'drugged|roofied|roofed and|then|n raped|molested|assaulted',
      notNear: ['as', 'when', 'growing', 'ago', 'years', 'child', 'kid', 'childhood', 'younger'],
    },
    // Someone the texter knows or met, who is not in WHO_HURTS: "my date raped me", "a stranger raped me".
    {
      p:
        'friend|friends|date|stranger|strangers|guys|men|dude|dudes|coworker|teacher|coach|classmate|driver|bf|gf|' +
        'dealer|sponsor raped|molested|raping|rapes me',
      notNear: ['lol', 'lmao', 'jk', 'haha'],
    },
    // "abusaron sexualmente de mi", "me abusaron sexualmente" (above, with "sexualmente" after it).
    'abusaron|abuso|abusa|abusan|abusaba sexualmente de mi',
    // Spanish told of oneself: "fui violada", "me violaron" (above).
    { p: 'fui|fuiste|sali violada|violado', notNear: ['nina', 'nino', 'chica', 'chico', 'hace', 'anos', 'cuando'] },
    // Someone coming to a child's bed at night.
    {
      p: `${WHO_HURTS} comes|came|coming|sneaks|snuck into my room|bed at? night|when|while`,
      notNear: ['to', 'say', 'check', 'wake'],
    },
    // A child in a home where someone drunk breaks things or fights: "my dad is drunk and breaking stuff", "my parents
    // are drunk and fighting and im scared".
    `${IMPAIRED} and|n breaking|throwing|smashing|punching|hitting|yelling|screaming stuff|things|walls|everything|doors`,
    `${IMPAIRED} and|n fighting ... scared|afraid|hiding|terrified`,
    // A partner's or a stranger's threat ("my husband is gonna kill me", "someone is going to kill me"). Not "my mom
    // is going to kill me when she finds out" or "my boss is gonna kill me if im late", the idiom of a parent or boss.
    {
      p: 'husband|hubby|boyfriend|bf|ex|partner|pimp|girlfriend|gf|wife|fiance|someone|somebody|stepdad|they is|s|are? going to kill|hurt|beat me',
      // "my wife is gonna kill me for being late to dinner" (the twenty-fourth probe): the idiom.
      notNear: ['lol', 'haha', 'lmao', 'jk', 'late', 'forgetting', 'forgot', 'spending', 'buying', 'eating'],
    },
    // Someone who hurt the texter at the door now: "my ex used to beat me and now hes outside my door".
    { p: 'ex|abuser is|s? outside|at my door|window|house|apartment|place|work', notNear: ['for', 'to', 'waiting'] },
    // Not "shes at my house" (a visit): outside, said of the one who hurt.
    {
      p: 'hes|shes|he|she is|s? outside my door|window|house|apartment',
      notNear: ['for', 'to', 'waiting', 'with', 'lol', 'now', 'so'],
    },
    { p: 'ex|abuser ... banging|knocking|pounding on my door|window', notNear: ['lol'] },
    // Spanglish: "mi novio me hit again".
    'novio|esposo|marido|pareja|papa|padrastro|el|ex me hit|hits|beat|beats|slapped|punched|choked|pushed',
    // The nineteenth session's probe: afraid for a child or someone else at home, not only for the texter: "i'm afraid
    // my dad will hurt my little brother, he's drunk", "scared hes going to hit the kids". Not a feeling hurt.
    `scared|afraid|terrified|worried|frightened that|of? my? ${PEOPLE} will|would|might|could|gonna|going|may|is? to? hurt|kill|beat|hit|shoot|stab|attack|choke my|our|the|his|her little? ${CHILDREN}|mom|mother|wife|kids|baby`,
    'tengo miedo de|que mi? papa|esposo|marido|padrastro|novio|el lastime|golpee|pegue|mate a? mi|mis|los|nuestros hermanito|hermanita|hijos|ninos|bebe|mama',
  ]),
];

/** One person someone grieves, by a word a text names them with ("to be with my mom again"). */
const BELOVED =
  'mom|mother|mama|dad|father|papa|son|daughter|baby|wife|husband|brother|sister|boyfriend|girlfriend|fiance|grandma|grandpa|friend';

/** The same in Spanish ("quiero estar con mi mama"). */
const BELOVED_ES =
  'mama|madre|papa|padre|hijo|hija|bebe|esposa|esposo|hermano|hermana|novio|novia|abuela|abuelo|amigo|amiga';

/**
 * Everyday acts "seguir" goes on with: "para que seguir pagando la renta aqui", "de que sirve seguir buscando
 * juntas" (the thirty-seventh probe). Not "viviendo", "luchando" or "intentando": going on living.
 */
const KEEP_DOING = ['pagando', 'yendo', 'trabajando', 'gastando', 'esperando', 'buscando', 'manejando', 'fumando'];

/** Words that tell a death ("he passed in march"): wanting to be with someone again is joining them only beside one. */
const DIED = ['passed', 'died', 'dead', 'heaven', 'funeral', 'overdosed'];

/** The same in Spanish ("mi hijo fallecio"). */
const DIED_ES = ['fallecio', 'murio', 'muerto', 'muerta', 'cielo', 'funeral', 'sobredosis', 'fallecido', 'fallecida'];

/** The people of BELOVED, and as said of them ("my dads funeral"), read around a death told of another. */
const BELOVED_WORDS = [...BELOVED.split('|'), ...BELOVED.split('|').map((w) => `${w}s`)];

/** The people of BELOVED_ES, read around a death told of another ("murio mi papa"). */
const BELOVED_ES_WORDS = BELOVED_ES.split('|');

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
  /**
   * Words that, right after the match or after an article there, turn it off: what does the hitting when it is no one
   * ("me pega la cruda", the hangover). Only that near, so "me pega cuando tiene cruda" stays a blow.
   */
  notNext?: ReadonlySet<string>;
  /** When set, the match counts only at the end of the text or before one of these ("i give up", not "give up gin"). */
  onlyBefore?: ReadonlySet<string>;
  /**
   * When set, the match counts only when one of the two words before it is one of these: who or when, read
   * around a phrase keyed on its own words ("my dad is passed out", not "went home and passed out").
   */
  onlyAfter?: ReadonlySet<string>;
  /** Its words are read only as written (see asWritten). */
  asWritten?: boolean;
  /**
   * Words that, anywhere in the text, turn it off: the ordinary reason a weak phrase is said for ("a burden asking for
   * rides", "cant take it anymore, i need a meeting").
   */
  notWith?: ReadonlySet<string>;
  /** When set, it counts only when one of these is somewhere in the text: the drug that makes a sign a danger. */
  onlyWith?: ReadonlySet<string>;
  /**
   * People an onlyWith word may be told of beside it: said of one the match does not name, it is another's ("my dad
   * passed last year and i want to be with my mom again for christmas" tells of a living mother).
   */
  onlyWithNotOf?: ReadonlySet<string>;
}

/** A pattern with the words around it that turn it off. */
interface SpecWords {
  p: string;
  notAfter?: readonly string[];
  notNear?: readonly string[];
  notNext?: readonly string[];
  notAfterNumber?: boolean;
  onlyBefore?: readonly string[];
  onlyAfter?: readonly string[];
  asWritten?: boolean;
  notWith?: readonly string[];
  onlyWith?: readonly string[];
  onlyWithNotOf?: readonly string[];
}

/** A core list line: a pattern, or a pattern with the words around it that turn it off. */
type Spec = string | SpecWords;

/**
 * Specs whose words are read only as written: typos are never corrected towards them, and they are
 * never corrected towards another word. Their words are everyday ones ("there" is one edit from
 * "theyre", "taped" from "raped", "noise" from "noose"), where a correction would raise false alarms;
 * the typo help is kept for the crisis words texters misspell ("suicdie", "myslef", "overdoesd").
 */
function asWritten(specs: readonly Spec[]): Spec[] {
  return specs.map((spec) => (typeof spec === 'string' ? { p: spec, asWritten: true } : { ...spec, asWritten: true }));
}

const NEGATED = ['dont', 'doesnt', 'didnt', 'never', 'not', 'aint'];
/** After "whats the use of living": the life is a sober one, the question is of recovery, not of living at all. */
const LIVED_SOBER = ['sober', 'clean', 'sobrio', 'sobria', 'limpio', 'limpia', 'straight', 'dry'];
/** Just before "respira despacio": breathing advised, not told ("me dijo respira despacio", "tu solo respira"). */
const BREATHING_ADVISED = ['me', 'dijo', 'dice', 'que', 'tu', 'solo', 'nomas'];
/** After it: a breathing exercise ("respira despacio cuando sientas ansiedad", "respira lento y profundo"). */
const BREATHING_EXERCISE = ['cuando', 'cuenta', 'profundo', 'hondo', 'tengas', 'sientas', 'ansiedad', 'jaja', 'lol'];
/** After "whats the use anymore": the use of texting this line, not of living ("... of texting lol"). */
const TEXTING_THE_LINE = ['texting', 'texts', 'asking', 'messaging'];
/** What an overdose "on" is not a drug for: "gonna overdose on coffee lol". */
const NOT_A_DRUG = ['coffee', 'caffeine', 'sugar', 'candy', 'chocolate', 'netflix', 'pizza', 'food', 'cafe'];
/** Words after "me voy a tirar al carro" that tell of a trip, not a jump: "y voy a la reunion". */
const ON_THE_WAY = ['voy', 'vamos', 'manejo', 'reunion', 'junta', 'trabajo', 'casa', 'para', 'rumbo'];
const NEGADO = ['no', 'nunca', 'jamas'];
/** "me quiero morir de la risa", "de verguenza": dying of laughing or shame, an idiom. */
const DYING_OF = ['risa', 'verguenza', 'hambre', 'sueno', 'calor', 'frio', 'aburrimiento', 'envidia', 'amor'];
// "5 kms away" is kilometres, not "kill myself".
const COUNTED = ['a', 'few', 'two', 'three', 'five', 'ten', 'couple', 'many', 'of'];
// "I don't want to live with him anymore" is about a home, not about being alive.
const LIVING_WHERE = ['with', 'in', 'there', 'here', 'near', 'at', 'by', 'together', 'alone', 'under', 'around'];
const VIVIR_DONDE = ['con', 'en', 'aqui', 'ahi', 'alli', 'alla', 'cerca', 'solo', 'sola', 'juntos'];
// "he is killing himself with alcohol": a worried family speaking of the drinking, not of suicide.
const SLOW_HARM = [
  'alcohol',
  'booze',
  'drinking',
  'drink',
  'drinks',
  'beer',
  'vodka',
  'liquor',
  'wine',
  'whiskey',
  'drugs',
  'meth',
  'heroin',
  'fentanyl',
  'fent',
  'weed',
  'crack',
  'cigarettes',
  'smoking',
  'work',
  'food',
  'slowly',
];
// Words after "wont be here much longer" that give an ordinary reason for being away: a trip, a move, a shift.
const AWAY_FOR_A_REASON = [
  'at',
  'in',
  'because',
  'cause',
  'cuz',
  'moving',
  'leaving',
  'traveling',
  'travelling',
  'trip',
  'vacation',
  'visiting',
  'town',
  'work',
  'job',
  'shift',
  'im',
  'gotta',
];
// What ends a despairing phrase ("i give up", "i cant keep going"): the end of the text or the next
// clause. Anything else is the thing given up or gone to ("i give up alcohol", "keep going to bars").
const THEN = [
  'i',
  'im',
  'ive',
  'id',
  'its',
  'it',
  'this',
  'and',
  'so',
  'but',
  'now',
  'tonight',
  'today',
  'already',
  'anymore',
  'any',
  'like',
  'completely',
  'totally',
  'honestly',
  'nothing',
  'no',
  'theres',
  'everything',
  'life',
  'living',
  'why',
  'what',
  'whats',
  'cant',
  'dont',
  'please',
  'help',
  'sorry',
  'goodbye',
  'bye',
  'forever',
  'alone',
  'every',
  'idk',
  'ya',
  'y',
  'pero',
  'mas',
  'asi',
  'aqui',
  'adelante',
  'luchando',
  'existiendo',
];

/** A drink or drug, or its use, said with "no quiero seguir": going on with it is what is not wanted. */
const SEGUIR_CON_EL_VICIO = [
  ...['bebida', 'alcohol', 'drogas', 'droga', 'vicio', 'adiccion', 'cristal', 'pastillas'],
  ...['tomando', 'bebiendo', 'usando', 'consumiendo', 'drogandome', 'apostando'],
];

/** What ends a Spanish despairing phrase ("ya no aguanto", "me rindo"): the end of the text or the next clause. */
const SPANISH_THEN = [
  'y',
  'ya',
  'pero',
  'no',
  'estoy',
  'me',
  'quiero',
  'todo',
  'nada',
  'la',
  'esta',
  'con',
  'de',
  'mas',
  'ayuda',
  'por',
  'porque',
];
// After "cutting": self-harm ("been cutting again") rather than cutting back, down, hair or class.
const CUTTING_THEN = [
  'again',
  'myself',
  'and',
  'i',
  'im',
  'ive',
  'but',
  'so',
  'tonight',
  'today',
  'lately',
  'more',
  'deeper',
  'deep',
  'bad',
  'badly',
  'every',
  'since',
  'for',
  'when',
  'because',
  'cause',
  'now',
  'really',
];
// After "me corte", "me quiero cortar": a haircut, a finger cut cooking.
const CORTE_DE = [
  'el',
  'la',
  'los',
  'las',
  'pelo',
  'cabello',
  'dedo',
  'dedos',
  'mano',
  'cocinando',
  'unas',
  'barba',
  'fleco',
  'flequillo',
  'pie',
  'afeitando',
  'rasurando',
  'luz',
  'llamada',
];
// Spanish "someone else wants to kill me": "quiere matarme" is violence, "quiero matarme" suicide.
const OTRO_QUIERE = [
  'quiere',
  'quieren',
  'quiso',
  'intento',
  'intentaron',
  'trato',
  'trataron',
  'amenazo',
  'amenaza',
  'amenazaron',
  'con',
];

/** Days a plan is put off to ("gonna do it all at once on saturday"): an errand, not an overdose. */
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** A way out of a place, not of living: "i cant see a way out of this town without a car". */
const NO_WAY_OUT_OF_A_PLACE = ['town', 'city', 'car', 'ride', 'house', 'building', 'parking', 'lot', 'maze', 'here'];

/** What is "in crisis" with no person in it: "work is in crisis", "the economy is in crisis". */
const NOT_A_PERSON = [
  'work',
  'job',
  'company',
  'house',
  'team',
  'church',
  'dog',
  'economy',
  'world',
  'country',
  'school',
];
/** What may not "make it" or be "in crisis" without a life at stake: "my phone wont make it through the night". */
const NOT_A_LIFE = ['phone', 'battery', 'marriage', 'relationship', 'car', 'truck', 'business', 'plant', 'plants'];
/**
 * After "stop living", "done living": a way of living left behind, not life ("stop living in the past", "done living
 * like this", "stop living a lie", "done living with my parents", "stop living paycheck to paycheck").
 */
const STOP_LIVING_HOW = [
  // Not "at" nor "this": "im done living at this point" is the despair, said with when.
  ...LIVING_WHERE.filter((word) => word !== 'at'),
  ...['like', 'a', 'the', 'my', 'for', 'as', 'off', 'on', 'out', 'paycheck', 'lie', 'lies', 'life', 'lifestyle'],
  ...['in', 'under', 'afraid', 'scared', 'fear', 'chaos', 'hell', 'high', 'drunk', 'addicted', 'sick', 'way', 'home'],
  ...['house', 'apartment', 'place', 'his', 'her', 'their', 'someone', 'other', 'others', 'without', 'just'],
];
/** After "dejar de vivir": a way of living ("dejar de vivir asi", "en el pasado", "con miedo"). */
const DEJAR_DE_VIVIR_COMO = [...VIVIR_DONDE, 'asi', 'como', 'de', 'del', 'la', 'el', 'mi', 'miedo', 'para', 'por'];
/** Thoughts of suicide or self-harm, English and Spanish (accents already gone). */
/** Before "better off if i wasnt around": being around someone, or around the drinking, not being alive. */
const AROUND_SOMEONE = ['him', 'her', 'them', 'when', 'while', 'whenever', 'during', 'drinking', 'using', 'people'];
/** In a text with a despairing phrase: a meeting asked for, which is what the texter wants from the line. */
const MEETING_ASKED = [
  ...['meeting', 'meetings', 'aa', 'alanon', 'anon', 'nar', 'sponsor', 'group', 'groups', 'reunion', 'reuniones'],
  ...['junta', 'juntas'],
];
/** Why a burden is said in everyday talk: rides, money, a job lost, calls to a sponsor. */
const BURDEN_FOR = [
  ...['rides', 'ride', 'financially', 'money', 'rent', 'bills', 'calling', 'texting', 'asking', 'job', 'says'],
  ...['said', 'thinks', 'calls', 'called', 'whatever'],
];
const SUICIDE: readonly Spec[] = [
  // "i dont see a way out", "i cant see any way out of this": no way out, said of oneself.
  { p: 'dont|cant|cannot see a|any|no way out', notNear: NO_WAY_OUT_OF_A_PLACE },
  { p: 'do|can not see a|any way out', notNear: NO_WAY_OUT_OF_A_PLACE },
  // Not the drinking told as a slow death ("im killing myself with this drinking, i want to stop": the twenty-second
  // session's probe), as for someone else below.
  { p: 'kill|killing|killin|kil myself|meself|mysef|myslef|mysefl|self', notNear: SLOW_HARM, notAfter: ['slowly'] },
  'kill|killing my self',
  {
    p: 'kill|killing|hurt|hurting|harm|harming|shoot|shooting himself|herself|themselves|themself',
    notNear: SLOW_HARM,
    notAfter: ['slowly'],
  },
  // Cutting or hanging is self-harm whatever else is said: "my daughter is cutting herself and drinking".
  {
    p: 'cut|cutting|cuts|hang|hanging|hanged|burn|burning|burns himself|herself|themselves|themself',
    notAfter: ['accidentally', 'accidently'],
    notNear: ['off', 'out', 'shaving', 'on', 'while', 'cooking', 'kitchen', 'glass', 'slack', 'short', 'loose', 'a'],
  },
  'off|offing myself',
  { p: 'kms', notAfter: COUNTED, notAfterNumber: true },
  'unalive*',
  'unaliving|unalivin',
  // "i was suicidal 3 years ago": history told, not what is now.
  // Nor a group for those a suicide left behind ("a meeting for suicide loss survivors").
  // Nor a death told ("i lost my brother to suicide", "died by suicide", "he committed suicide", "se suicido"),
  // nor an idiom ("this is suicide for my diet lol").
  {
    p: 'suicide|suicidal|suicidio|suicida|suicidar|suicidarme|suicidarse|suicidal',
    notNear: [
      ...['ago', 'loss', 'survivor', 'survivors', 'bereavement', 'prevention', 'awareness', 'lol', 'lmao', 'haha'],
      ...['diet', 'career', 'mission', 'squad', 'doors', 'hotline', 'lifeline', 'covered'],
      // "suicide is painless" (the M*A*S*H theme, the twenty-fourth probe): a song's title.
      'painless',
    ],
    // "drinking is slow suicide" (a sponsor's words): the drinking, not a plan.
    notAfter: ['to', 'by', 'committed', 'from', 'se', 'slow'],
  },
  // "i want to suicide", "gonna suicide": the texter's own, said with "to" (which the line above leaves out).
  'want|wanna|going|gonna|try|trying|tryna|thinking|think|plan|planning|about to? suicide|suicidal',
  'end|ending|take|taking|took my own life',
  'end|ending my life',
  // An overdose meant (the fourteenth session's probe): "im gonna overdose", "i want to od". Its 911 words come too.
  {
    p: 'im|i|ima|imma am? gonna|going|wanna|want|about|planning|plan|trying|tryna to? overdose|od',
    notNear: [...NOT_A_DRUG, 'lol', 'lmao', 'haha'],
  },
  // Of someone else: "my brother is talking about ending his life", "he said he wants to end his life".
  { p: 'end|ending his|her|their own? life|lives', notNear: ['support', 'insurance', 'story', 'sentence'] },
  'end|ending it all',
  { p: 'end|ending it', notNear: ['with', 'between', 'there', 'here', 'for', 'today'] },
  ...asWritten([
    // "i want to end things", "end it for good"; not "end things with him".
    { p: 'end|ending things|everything', notNear: ['with', 'between', 'there', 'here', 'for', 'today', 'on'] },
    { p: 'end|ending it|things|everything for good|real|ever', notNear: ['with', 'between'] },
  ]),
  'want|wish it all to end|stop',
  // "nobody would even miss me" (the thirty-ninth probe): a word said between, as "would even notice" below.
  'nobody|noone would|will|wouldnt|cares|care even|really|ever? miss me',
  // "nobody would care if i was gone", "no one would even notice if i died".
  'nobody|noone would|will even? care|notice if i',
  'no one would|will even? care|notice if i',
  // Done with life, and saying goodbye: "im done with everything", "this is goodbye". Not "done with drinking".
  { p: 'done with life|living|everything', notNear: ['on', 'in', 'at', 'for', 'except', 'but'] },
  // Not "this is goodbye to my old drinking buddies" (the twenty-fourth probe): a goodbye to the drinking.
  {
    p: 'this is goodbye',
    notNear: [
      'drinking',
      'alcohol',
      'drugs',
      'booze',
      'addiction',
      'bottle',
      'using',
      'habit',
      'old',
      'beer',
      'meth',
      'weed',
      'pills',
    ],
  },
  'my|a final goodbye',
  // One word a slot: "the world" is two slots, so it has its own line.
  'saying|say|said goodbye to everyone|everybody|yall|world',
  'saying|say|said goodbye to the world',
  'goodbye forever',
  'no one would|will|wouldnt|cares|care even|really|ever? miss me|if',
  'better off if i was|were|wasnt gone|dead|here',
  // "i want 2 die", "i want die"; not "i want to die sober" (some day, and sober).
  {
    p: 'want|wants|wanted|wish|ready|trying|planning|deserve|deserves to|2|too? die',
    notAfter: NEGATED,
    // "ready to die laughing at the comedy show" (the twenty-third probe): the idiom.
    notNear: ['sober', 'clean', 'old', 'happy', 'peacefully', 'naturally', 'healthy', 'proud', 'laughing', 'laughin'],
  },
  { p: 'want|wants|wish to be dead', notAfter: NEGATED },
  'feel|feeling|felt like dying',
  'wish|wishing i|id was|were|could|had dead|die',
  'wish|wishing i|id was|were|had never been? born',
  'better off dead',
  'better off without me',
  // "better of without me" (the thirty-ninth probe): "off" written "of", only before "without me".
  'better of without me',
  // "id rather be dead than drunk" says how much sobriety matters.
  {
    p: 'rather be dead',
    notNear: ['drunk', 'drinking', 'drink', 'using', 'use', 'high', 'relapse', 'relapsing', 'wasted', 'back'],
  },
  'should just die',
  // "i'm in crisis", "my son is in crisis": a crisis line's words for its own calls. Not a crisis of money or faith.
  // Not a family's or a marriage's crisis ("our family is in crisis because of his drinking"): the meetings answer.
  {
    p: 'im|am|is|hes|shes in a? crisis',
    notNear: ['financial', 'money', 'midlife', 'identity', 'housing', 'faith', 'budget', 'center', 'team', 'mode'],
    notAfter: [...NOT_A_LIFE, 'family', 'we', 'our', 'home', 'household', ...NOT_A_PERSON],
  },
  // Giving up said as a shrug: "i might as well just die", "may as well be dead". Not a joke with its laugh.
  {
    p: 'might|may as well just? die',
    notNear: ['lol', 'lmao', 'haha', 'embarrassment', 'cringe', 'trying', 'laughing'],
  },
  { p: 'might|may as well just? be dead', notNear: ['lol', 'lmao', 'haha', 'embarrassment', 'cringe'] },
  // Not waking as a plan: "i dont plan on waking up tomorrow". Not an early start put off ("...before noon").
  {
    p: 'dont|not plan|planning|intend|intending on|to wake|waking up',
    notNear: ['early', 'late', 'before', 'at', 'for', 'till', 'until', 'til', 'so', 'to', 'my', 'the', 'him', 'her'],
  },
  // Not lasting the night: "im not going to make it through tonight". A craving said with what it would take
  // ("...without a drink") is the meetings' to answer.
  {
    p: 'not|wont|aint going|gonna? to? make it through|thru tonight|today',
    notNear: ['without', 'sober', 'drink', 'drinking', 'using', 'meeting', 'shift', 'work'],
    notAfter: NOT_A_LIFE,
  },
  {
    p: 'not|wont|aint going|gonna? to? make it through|thru the night',
    notNear: ['without', 'sober', 'drink', 'drinking', 'using', 'meeting', 'shift', 'work'],
    notAfter: NOT_A_LIFE,
  },
  { p: 'dont|doesnt want to live', notNear: LIVING_WHERE },
  'dont|doesnt want to exist',
  'dont|doesnt want to be alive',
  'dont|doesnt want to keep living',
  // The same said with "no longer" or "wish" (the thirty-fourth session: "i no longer want to live" was never read);
  // not "i no longer want to live with him", a home.
  { p: 'no longer want|wanna|wish to live', notNear: LIVING_WHERE },
  { p: 'dont|doesnt wish to live', notNear: LIVING_WHERE },
  'no longer want|wanna|wish to be alive',
  // "i no longer want to be here": of being alive when nothing follows but the next clause ("here at work" is a
  // place).
  { p: 'no longer want|wanna|wish to be here', onlyBefore: THEN, notWith: MEETING_ASKED },
  'no longer want|wanna|wish to exist',
  'dont|doesnt wish to be alive|exist',
  // Not "i dont want to wake up early for a meeting".
  { p: 'dont|doesnt want to wake up', notNear: ['early', 'for', 'at', 'before', 'late', 'on', 'so'] },
  'dont|doesnt want to be here anymore',
  ...asWritten([
    // "idk if i want to live anymore": "anymore" is only said of life turned away from.
    'want to live|exist anymore|any',
    'want to be alive|here anymore|any',
  ]),
  'no reason to live',
  'no reason to go on',
  // "theres no reason to keep going", "no point to keep trying"; not "no reason to keep going to bars".
  { p: 'no reason|point left? to keep going|living|trying|fighting|on', onlyBefore: THEN },
  // Using on till the end: "i might just keep using till my heart stops".
  'till|until|til|untill my heart stops|quits|explodes|gives',
  // A plan to take it all: "just ordered a bunch of fent, gonna do it all at once". Not chores put off to a day.
  {
    p: 'gonna|going|planning|plan|about|ready|want|wanna to? do|take|use|shoot|snort|swallow it|everything|all all? at once',
    notNear: [...WEEKDAYS, 'on', 'this', 'next', 'tomorrow', 'weekend', 'instead'],
  },
  'gonna|going|planning|plan|about|ready|want|wanna to? take|use|shoot|snort|swallow them all? at once',
  'nothing left? to live for',
  'not|isnt|aint worth living',
  // "life isnt worth it", "my life is not worth it anymore": of the texter's life, said last.
  { p: 'life isnt|aint worth it|living', onlyBefore: THEN },
  { p: 'life is not worth it|living', onlyBefore: THEN },
  { p: 'lifes not worth it|living', onlyBefore: THEN },
  // "i hate my life and want out": out of life; not "want out of rehab" or "out of this relationship".
  { p: 'hate my life and|n i? want|wanna|need out', onlyBefore: THEN },
  { p: 'done with my life and|n i? want|wanna|need out', onlyBefore: THEN },
  // Using to die: "i want to drink until i die", "ill just drink till i dont wake up", "voy a tomar hasta morir".
  // Not "work until i die", an idiom: only the verbs of drinking and using.
  'drink|drinking|use|using|shoot|shooting|smoke|smoking until|till|til i die',
  'drink|drinking|use|using|shoot|shooting|smoke|smoking until|till|til i dont|never wake',
  'tomar|beber|tomando|bebiendo|drogarme|drogandome|tomarme hasta morir|morirme',
  'cant go on anymore',
  ...asWritten([
    // "i cant keep going", "i cant go on", "i dont want to go on"; not "cant go on tuesday", "keep going to bars".
    { p: 'cant|couldnt keep going|living|on', onlyBefore: THEN },
    { p: 'cant|couldnt go on', onlyBefore: THEN },
    { p: 'dont|doesnt want to go|keep on|going', onlyBefore: THEN },
    { p: 'i|ive|im|just|totally|finally|officially|completely|to give|given|giving up', onlyBefore: THEN },
    // "i feel like giving up", "i feel like i want to give up": the feeling, said last.
    { p: 'feel|feeling|felt like giving up', onlyBefore: THEN },
    // A meeting asked for in the same text is what the texter wants ("i cant live like this anymore with him
    // drinking, where is al-anon", the twenty-fifth probe); the death words are read by their own lines.
    { p: 'cant|couldnt live|exist like this|anymore', notWith: MEETING_ASKED },
    'cant|couldnt live with myself',
    { p: 'if i can|could keep going|living|on|go', onlyBefore: THEN },
    'wish|wishing i could just? disappear|vanish|die',
    // "i wish i could just sleep forever": the wish is the warning; "i could sleep forever" alone is tiredness.
    'wish|wishing i could just? sleep forever',
    // "im scared of what i might do", said last: the texter fears their own next act (988 hears that, both ways).
    { p: 'scared|afraid|terrified|worried of what i might|may|could|would do', onlyBefore: THEN },
    'wish|wishing i could just? go to sleep forever',
    // "i just want to disappear", said last; not "want to disappear for the weekend".
    { p: 'want|wanna to just? disappear|vanish', onlyBefore: THEN },
    // A gun at hand, said of oneself: "i have a gun and im thinking about using it".
    {
      p: 'i have|got|bought|own a|my gun|pistol|handgun|rifle|shotgun',
      notNear: ['license', 'permit', 'collection', 'hunting', 'safe', 'locked', 'for', 'class'],
    },
    { p: 'tired|sick|exhausted of living|existing|breathing', notNear: [...LIVING_WHERE, 'paycheck', 'out', 'off'] },
    'tired|sick|exhausted of being alive',
    'tired|sick|exhausted of this|my? life',
    // "im a burden", "i feel like such a burden"; not "it feels like a burden to go".
    // Not a burden for a ride, money or a meeting asked about (the twenty-fifth probe: "i feel like a burden asking my
    // sister for rides", "i hate being a burden on my family financially, are meetings free").
    { p: 'im|am|feel|felt|being|been|become|becoming a|such|the|just? a? burden', notWith: BURDEN_FOR },
    { p: 'like a|such a? burden', notAfter: ['feels', 'seems', 'its', 'it', 'was'], notWith: BURDEN_FOR },
    'want|wish|need|make the|this|all|my? pain|hurting|suffering|hurt to? stop|end|go',
    'if|whether i live|living or die|dying|not',
    // "i hope i dont wake up tomorrow"; not "hope i dont wake up hungover".
    {
      p: 'hope|hoping|pray|praying|wish i|im? dont|never|wont|doesnt|wouldnt|didnt|couldnt wake|waking up?',
      notNear: ['hungover', 'late', 'early', 'sick', 'with', 'in', 'feeling', 'before', 'too'],
    },
    'sleep|asleep|sleeping and|n just|simply|then? never|not wake|waking',
    'never wake|waking up again',
    { p: 'sleep|asleep forever', notAfter: ['could'] },
    { p: 'better off gone', notAfter: ['hes', 'shes', 'he', 'she', 'theyre', 'they', 'its', 'it'] },
    'better|happier|easier without me',
    'with me gone|dead',
    // Goodbyes: "goodbye everyone", "sorry for everything, goodbye", "you wont hear from me again".
    'goodbye|farewell everyone|everybody|world|yall|cruel',
    // Letters left for the family: "i already wrote letters to my kids". Not the amends of step work.
    {
      p: 'wrote|written|writing|left|leaving goodbye? letters|notes to|for my kids|children|family|wife|husband|parents|mom|dad|son|daughter',
      notNear: ['amends', 'step', 'sponsor', 'apology', 'christmas', 'birthday', 'prison', 'jail', 'rehab', 'camp'],
    },
    // Not "a goodbye letter to alcohol", a step of quitting.
    {
      p: 'wrote|written|writing|left|leaving a|my? goodbye letter|note|letters|notes',
      notNear: ['alcohol', 'drinking', 'booze', 'drugs', 'addiction', 'meth', 'weed', 'beer', 'bottle', 'pills'],
    },
    // One letter for the family with the texter ready: "wrote a note for my kids and im ready".
    {
      p: 'wrote|written|writing|left|leaving a|my note|letter to|for my kids|children|family|wife|husband|parents|mom|dad|son|daughter ... ready|done',
      notNear: ['to', 'for', 'with', 'at'],
    },
    { p: 'already wrote|written|left a|my? letters|notes|letter|note', notNear: ['amends', 'step', 'sponsor'] },
    // Giving things away: "i gave away my dog and my stuff, wont need it", "giving all my stuff away".
    {
      p: 'gave|giving|give|given away ... my|all stuff|things|belongings|possessions|everything',
      notNear: GIVEN_AWAY_FOR,
    },
    { p: 'gave|giving|give|given all? my|all stuff|things|belongings|possessions away', notNear: GIVEN_AWAY_FOR },
    // Won't be around to need it: "wont need it anymore" with something given away, "where im going".
    'wont|dont need it|them|anything where im going',
    'will not need it|them|anything where im going',
    // "i wont need meetings where im going", "wont need any of this where i am going".
    // Not a move told ("wont need a car where im going, its in the city", "where im going next week").
    ...[
      'wont|not need ... where im|i am? going',
      'wont|not need ... where im|i am? headed',
      'not going to need ... where im|i am? going',
    ].map((p) => ({
      p,
      notNear: ['next', 'to', 'its', 'because', 'cause', 'bc', 'since', 'in', 'for', 'they', 'there', 'lol'],
    })),
    // Sleep with no end: "just want to go to sleep and not deal w anything ever again".
    'sleep|asleep and|n not|never deal|face|feel|exist|wake ... ever again',
    'sleep|asleep and|n not|never have to deal|face|feel|wake|be ... again|anymore',
    // "if i drink tonight i wont stop, might not wake up".
    {
      p: 'might|may|probably|prob not|never wake up',
      notNear: ['time', 'early', 'alarm', 'for', 'till', 'until', 'before', 'on'],
    },
    // Pills at hand, set out: "i got a bottle and my pills lined up". Not a week's pill box.
    {
      p: `${PILLS} lined|laid|set up|out`,
      notNear: ['week', 'organizer', 'box', 'morning', 'tomorrow', 'day', 'daily', 'night', 'breakfast'],
    },
    `lined|lining up my|the|all? ${PILLS}`,
    // A gun bought, said without "i": "bought a gun today".
    {
      p: 'bought|buying|got|gotten me? a gun|pistol|handgun',
      notNear: ['license', 'permit', 'collection', 'hunting', 'safe', 'for', 'class', 'range', 'him', 'her', 'son'],
      notAfter: ['he', 'she', 'hes', 'shes', 'husband', 'dad', 'son', 'brother', 'never', 'not'],
    },
    'sorry for|about everything ... goodbye|bye|farewell',
    'love you all goodbye|bye',
    // A goodbye told to pass on; not "i want to tell my husband i love him" or "how do i tell my mom im drinking".
    {
      p: 'tell my kids|son|daughter|family|mom|dad|wife|husband|parents i love|loved',
      notAfter: ['to', 'how', 'should', 'can', 'could', 'will', 'cant', 'wanna', 'gonna', 'do', 'dont', 'never'],
    },
    {
      p: 'tell my kids|son|daughter|family|mom|dad|wife|husband|parents im sorry',
      notAfter: ['to', 'how', 'should', 'can', 'could', 'will', 'cant', 'wanna', 'gonna', 'do', 'dont', 'never'],
    },
    {
      p: 'wont|never|not hear|see from? me again|ever',
      notNear: ['until', 'till', 'til', 'for', 'after', 'unless', 'today', 'tonight', 'lol'],
    },
    {
      p: 'this is my|the last text|message|msg|words',
      notNear: ['for', 'before', 'til', 'till', 'until', 'about', 'on', 'lol', 'haha', 'today', 'promise'],
    },
    // How: "slit my wrists", "blow my brains out", "a bullet in my head", a rope, a cliff, a train.
    'slit|slitting|slice|slicing|slash|slashing|cut|cutting my|her|his|their? wrist|wrists|throat|veins',
    'blow|blowing|blew my|his|her brains|brain|head out|off',
    'bullet|bullets in|into|through|thru|to my|his|her? head|brain|brains|skull|mouth|temple',
    'eat|eating a bullet|gun',
    'noose|nooses',
    // Not "a rope swing", "a tow rope", "a jump rope".
    {
      p: 'bought|buy|buying|got|have|has|found|tied|tie|hanging|hung a|the|some|my? rope',
      notNear: ['swing', 'ladder', 'tow', 'course', 'toy', 'dog', 'climbing', 'boat'],
    },
    'drive|driving|drove|crash|crashing|swerve|swerving|steer my|the|his|her? car|truck? off|into a|the|oncoming? cliff|bridge|tree|wall|pole|traffic|semi|train|river|ocean|overpass',
    'jump|jumping|leap|leaping off a|the|this? cliff|balcony|overpass|ledge|tower',
    'jump|jumping|step|stepping|walk|walking|lie|lay in front of a|the? train|bus|truck|traffic|semi',
    'walk|walking|step|stepping|run|running|jump|jumping into|in traffic',
    'throw|throwing myself off|under|in',
    // Getting ready: pills saved up, a note written.
    `saving|saved|stockpiling|stockpiled|hoarding|hoarded|collecting|collected|stashing|stashed up? my|the|all? ${PILLS}`,
    'pills|meds|rope|gun|noose|knife|razor|razors|blade|blades|note are|is? ready',
    'going|want|about|planning|ready to take|swallow all ... pills|meds|pill',
    {
      p: 'goodbye|suicide|farewell note|notes|letter|letters',
      notNear: ['alcohol', 'drinking', 'booze', 'drugs', 'addiction', 'meth', 'weed', 'beer', 'bottle', 'pills'],
    },
    {
      p: 'wrote|written|writing|finished|write my note',
      notNear: [
        'for',
        'about',
        'on',
        'step',
        'sponsor',
        'therapist',
        'counselor',
        'doctor',
        'boss',
        'teacher',
        'school',
        'work',
      ],
    },
    // "im going to drink myself to death tonight": said of oneself, a plan (of a husband, a worry kept in no-alarm).
    'drink|drinking|drank|use|using|shoot|shooting|starve|starving myself to death',
    // Self-harm: "i been cutting again", "i want to cut", "i burned myself"; not cutting back, down or hair.
    { p: 'cutting|cut again', notAfter: ['hair', 'haircut', 'got', 'get'] },
    {
      p: 'been|started|start|keep|still|relapsed|back|urge|urges|want|need|going|tempted|craving to? cut|cutting',
      onlyBefore: CUTTING_THEN,
    },
    {
      p: 'cut|cutting|cuts|slice|slicing|carve|carving|carved|burn|burning|burned|burnt|scratch|scratching my|her|his arms|arm|legs|leg|thighs|thigh|wrist|wrists|skin|stomach|hips',
      notAfter: ['accidentally', 'accidently'],
      notNear: ['cooking', 'kitchen', 'shaving', 'on', 'while', 'glass', 'fence'],
    },
    {
      p: 'burn|burning|burned|burnt myself|herself|himself',
      notAfter: ['accidentally', 'accidently'],
      notNear: ['cooking', 'on', 'kitchen', 'oven', 'stove', 'pan', 'ironing', 'coffee', 'tea', 'while'],
    },
  ]),
  'cant go on like this',
  { p: 'cant|cannot take it|this anymore', notWith: MEETING_ASKED },
  // "i cant do this anymore": said alone or before the drinking, it is how despair is most often texted.
  { p: 'cant|cannot do this|it anymore', notNear: ['job', 'work', 'shift'] },
  'cant|cannot keep living|going like this',
  // Not "he put a gun to my head" (violence): the texter's own hand is read by SUICIDE_TWENTY_THIRD.
  { p: 'gun|pistol to my head', notAfter: ['put', 'puts', 'held', 'holding', 'pointed', 'points', 'holds'] },
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
  { p: 'no|whats|wats the? point in|of living|life', notNext: LIVED_SOBER },
  'no|whats|wats the? point in|of going on',
  'what is the point in|of living|life',
  {
    p: 'hurt|hurting|harm|harming|cut|cutting|hang|hanging|shoot|shooting|poison myself',
    notAfter: ['accidentally', 'accidently'],
    // "cut myself off from my dealer" is a step in recovery (the fifteenth session's safety probe).
    notNear: ['cooking', 'shaving', 'kitchen', 'chopping', 'off'],
  },
  // "clean from self harm for 4 years", "i havent self harmed in years" (the twenty-fourth probe): a past told.
  { p: 'self harm|harming|injury', notAfter: ['from', 'havent', 'hasnt', 'no', 'clean', 'free', 'stopped', 'quit'] },
  ...asWritten([
    // A plan with pills at hand: "i have a bottle of pills and im thinking about taking them all".
    {
      p: 'thinking|think|thought|going|gonna|want|about of|about|to? taking|take|swallowing|swallow|downing them all',
      notNear: ['to', 'with', 'home', 'out', 'along', 'back', 'in', 'for'],
    },
    // Pills at hand, said as a moment: "i have the pills right here", "all my pills in front of me". Not a
    // prescription asked about ("i have my suboxone pills right here, can i bring them").
    // Not "yes i have my pills right here" answering the medication question (the regression probe).
    {
      p: 'the|all|those pills right here',
      notNear: ['prescribed', 'prescription', 'doctor', 'dr', 'dose', 'bring', 'suboxone', 'methadone', 'meds', 'say'],
    },
    {
      p: 'the|all|those pills in front of me',
      notNear: ['prescribed', 'prescription', 'doctor', 'dr', 'dose', 'bring', 'suboxone', 'methadone', 'meds', 'say'],
    },
    'all my pills right here',
    'all my pills in front of me',
    // Not waking: "i just want to not wake up tomorrow".
    { p: 'want|wanna|wish|hope to? not wake|waking', notNear: ['early', 'late', 'before', 'at', 'hungover', 'sick'] },
    // No point: "whats the point anymore", "i dont see the point anymore", "im gonna die anyway".
    // One word a slot: "what is" and "whats" are told apart, as are "it all" and "anything".
    // Not the point of texting the line ("whats the point anymore of texting lol", the thirty-ninth probe), read as
    // "whats the point of texting anymore" is: the line given up on, not life.
    ...['whats|wats the? point anymore|anyway|anyways', 'what is the? point anymore|anyway|anyways'].map((p) => ({
      p,
      notNear: TEXTING_THE_LINE,
    })),
    // Not the sober life asked about ("whats the point of living sober if its this boring", the forty-fifth probe).
    ...[
      'whats|wats the? point of|in anything|trying|living|life|everything',
      'what is the? point of|in anything|trying|living|life|everything',
    ].map((p) => ({ p, notNext: LIVED_SOBER })),
    'whats|wats the? point of|in it all',
    'what is the? point of|in it all',
    'whats|wats the? point of|in any of this',
    'what is the? point of|in any of this',
    'whats|wats the? point of|in being alive|here',
    'what is the? point of|in being alive|here',
    'dont|cant|cannot see the? point anymore|anything',
    { p: 'dont|cant|cannot see the? point in|of anything|living|life|trying|going', notNext: LIVED_SOBER },
    'do not see the? point anymore|anything',
    'do not see the? point in|of anything|living|life|trying|going',
    'gonna|going to? die anyway|anyways',
    { p: 'everyone|everybody|they|family|kids would|will be better off', onlyBefore: THEN },
    // Spanish: "no le veo sentido a nada", "la vida no tiene sentido", "nada tiene sentido".
    'no le? veo|encuentro sentido a|de nada|vivir|seguir',
    'no le? veo|encuentro sentido a la|mi vida',
    'nada tiene sentido',
    // Goodbyes: "ya me despedi de mi familia", "me estoy despidiendo de todos".
    'ya me despedi de mi|mis|todos|todo|la',
    'me estoy despidiendo de',
    'ya les? escribi|deje una|mi|las? carta|cartas',
    'vida no tiene sentido',
    'no tiene sentido vivir|seguir',
  ]),
  'selfharm',
  // Not "we jump off the bridge into the lake every summer".
  {
    p: 'jump|jumping off a|the bridge|roof|building',
    notNear: ['into', 'lake', 'river', 'water', 'swimming', 'every', 'summer', 'creek', 'pool'],
  },
  ...asWritten([
    // Spanish: "me kiero morir" (k for qu), "mi hijo se quiere matar", "me corte", "quiero dormir y no despertar".
    { p: 'me kiero|keria|kisiera morir|morirme|suicidar|matar', notAfter: NEGADO, notNear: DYING_OF },
    {
      p: 'me quiero|queria|kiero|quisiera|kisiera|voy|vo a? cortar|colgar|ahorcar|lastimar',
      notAfter: NEGADO,
      notNear: CORTE_DE,
    },
    'cortar|cortarme|corte|corto|cortando|cortaba las|los|mis? venas|munecas|brazos|piernas',
    { p: 'me|se corte|corto|corta|cortaba|cortare|cortado', notAfter: ['se'], notNear: CORTE_DE },
    { p: 'me estoy|sigo|volvi|vuelvo a? cortando|cortar|lastimando|lastimar|hiriendo', notNear: CORTE_DE },
    'se quiere|queria|kiere|quiso|intento|trato|piensa|pensaba matar|suicidar|ahorcar|colgar',
    'se va|iba|vo a matar|suicidar|ahorcar|colgar',
    {
      p: 'quiere|queria|kiere|quiso|intento|trato de? matarse|suicidarse|morirse|ahorcarse|cortarse',
      notAfter: NEGADO,
    },
    'dormir|dormirme y|e ya? no|nunca despertar|despertarme|volver',
    // "quiero dormir para siempre", "dormirme y no despertar nunca".
    'quiero|quisiera|kiero|kisiera|deseo dormir|dormirme para siempre',
    'no volver a despertar|despertarme',
    'ojala no despierte|despertar|amanezca',
    'quiero|quisiera|prefiero|kiero no despertar|despertarme',
    { p: 'cansado|cansada|harto|harta de vivir|existir', notNear: VIVIR_DONDE },
    'cansado|cansada|harto|harta de la vida',
    'ir|irme|largarme|salir|desaparecer de este mundo',
    'dejar este mundo',
    // Not with the drink or drug it is said of: "no quiero seguir asi con la bebida" wants to stop drinking (the
    // thirty-third session's probe got 988). "no quiero seguir viviendo" (below) alarms whatever else is said.
    { p: 'no quiero|puedo|kiero seguir', onlyBefore: THEN, notWith: SEGUIR_CON_EL_VICIO },
    { p: 'no quiero|kiero estar aqui|vivo|viva', notNear: ['en', 'con', 'donde', 'sin', 'solo', 'sola'] },
    'no quiero|kiero estar|seguir|vivir en este mundo',
    // "me quiero quitar la vida", "se va a quitar la vida"; "quitarme la vida" is listed below.
    'quitar|quitarse|quitarle la vida',
    'mejor me muero|mato',
    'mejor morirme|matarme',
    // "nadie me extrañaria si me muero", "nadie notaria si no estoy".
    'nadie me extranaria|extranara|extrana|echaria|echara|notaria|notara|buscaria',
    'nadie notaria|notara|extranaria si me|muero|no',
    // A jump or a fall: "me voy a aventar del puente", "tirarme de un edificio", "echarme al tren".
    'aventar|aventarme|aventarse|tirar|tirarme|tirarse|lanzar|lanzarme|lanzarse|arrojar|arrojarme|arrojarse|echarme|echarse|botarme de|del|desde un|una|el|la? puente|edificio|techo|azotea|balcon|precipicio|barranco|acantilado|piso',
    'aventarme|tirarme|lanzarme|arrojarme|echarme|aventarse|tirarse|lanzarse|arrojarse|echarse al|a|ante|frente|enfrente un|el|la|los|las|del? tren|vias|carros|trafico|camion|metro|rio|mar|lago|presa|canal|barranco|precipicio',
    // "me quiero aventar al rio", "me voy a tirar del puente": the verb apart from its "me".
    'quiero|quisiera|voy|vo|iba a? aventar|tirar|lanzar|arrojar|echar al|del|de|desde|a un|una|el|la? rio|puente|tren|mar|lago|presa|canal|edificio|techo|azotea|barranco|precipicio|acantilado',
    // "no quiero despertar mañana"; not "no quiero despertar temprano".
    {
      p: 'no quiero|kiero|quisiera volver? a? despertar|despertarme|amanecer',
      notNear: ['temprano', 'tarde', 'a', 'para', 'antes', 'crudo', 'cruda', 'con', 'sin'],
    },
  ]),
  // Spanish
  { p: 'me quiero|queria|gustaria morir|morirme|suicidar|matar', notAfter: NEGADO, notNear: DYING_OF },
  'me voy|vo|boy a matar|suicidar',
  { p: 'quiero|quisiera|queria morir|morirme|matarme|suicidarme', notAfter: NEGADO, notNear: DYING_OF },
  'ganas de morir|morirme|matarme|suicidarme',
  { p: 'quiero|quisiera desaparecer', notAfter: NEGADO },
  // "tengo ganas de desaparecer": the same wish.
  { p: 'tengo|tenia|con ganas de desaparecer', notAfter: NEGADO },
  'ya no aguanto|puedo mas',
  // "ya no aguanto", "me rindo", "me doy por vencida": said last, the texter's own despair (not "no aguanto a mi
  // esposo").
  { p: 'ya no aguanto', onlyBefore: SPANISH_THEN },
  { p: 'me rindo', onlyBefore: SPANISH_THEN },
  { p: 'me doy por vencido|vencida', onlyBefore: SPANISH_THEN },
  { p: 'matarme', notAfter: OTRO_QUIERE },
  { p: 'no quiero|kiero vivir', notNear: VIVIR_DONDE },
  'no quiero|puedo seguir viviendo',
  'quitarme la vida',
  'quitar mi vida',
  'acabar|terminar con mi vida',
  'hacerme dano',
  { p: 'lastimarme|cortarme|ahorcarme', notAfter: OTRO_QUIERE, notNear: CORTE_DE },
  'mejor muerto|muerta',
  'quiero|quisiera|prefiero estar muerto|muerta',
  'no vale la pena vivir',
  { p: 'no vale la pena seguir', onlyBefore: THEN },
  'no vale la pena seguir viviendo',
  // "siento que soy una carga para todos", as "im a burden" is read.
  'soy|sere|seria|siento una carga',
  // "ya no aguanto, tengo la pistola en la mano": a gun at hand said of oneself.
  {
    p: 'tengo|traigo|agarre|compre|consegui una|la|mi pistola|arma|escopeta|rifle',
    notNear: ['para', 'de', 'permiso', 'licencia', 'cazar', 'caceria', 'coleccion', 'registrada', 'guardada'],
  },
  'no tengo razon|razones para vivir',
  // The fourteenth session's Spanish probe: a method named ("me quiero dar un tiro", "me voy a volar la cabeza",
  // "me voy a tirar al carro", "me voy a tomar todas las pastillas"), and "ya me canse de vivir".
  'dar|darme|pegar|pegarme|echar|echarme un tiro|balazo|plomazo|disparo',
  { p: 'me quiero|voy|vo|kiero|quisiera a? dar|pegar|echar un tiro|balazo|plomazo|disparo', notAfter: NEGADO },
  { p: 'volar|volarme|volarse los|la? sesos|cabeza', notAfter: NEGADO, notNear: ['pensando', 'estudiando'] },
  {
    p: 'tirarme|aventarme|echarme|tiro|aviento al|a|ante|frente un|las|los? carro|carros|troca|bus|camion|tren|trafico|vias',
    notAfter: NEGADO,
    notNear: ON_THE_WAY,
  },
  // Not "me voy a tirar al carro y voy a la reunion" (hop in the car, on the way).
  {
    p: 'me voy|vo|quiero|kiero a? tirar|aventar|echar al|a|ante|frente un|las|los? carro|troca|bus|camion|tren|trafico|vias',
    notNear: ON_THE_WAY,
  },
  {
    p: 'me voy|vo|quiero|kiero a? tomar|tomarme|tragar|tragarme todas|todo las|los|el? pastillas|pastilla|frasco|bote',
    notAfter: NEGADO,
  },
  'tomarme|tragarme todas|todo? las|el? pastillas|frasco|bote',
  'me canse|harte de vivir',
  'me canse|harte de la vida',
  'ya me canse|harte de todo',
  { p: 'siento que ya no puedo', onlyBefore: SPANISH_THEN },
  ...asWritten([
    // The late probe (2026-12-04). "i just want everything to stop for good"; "it" alone may be the drinking.
    'want|wish|need everything to stop|end for good',
    'want|wish|need everything to stop|end forever',
    { p: 'want|wish|need everything to stop|end', onlyBefore: THEN },
    // "i dont think ill be around much longer"; not a move ("wont be around long, im moving").
    {
      p: 'wont|not|dont|never|aint ... be around much|very? longer|long',
      notNear: ['at', 'in', 'here', 'moving', 'leaving', 'town', 'work', 'job', 'because', 'cause', 'cuz'],
    },
    // "i dont plan on being around much longer" (the thirty-ninth probe): "being", only before "much longer".
    {
      p: 'wont|not|dont|never|aint ... being around much|very longer',
      notNear: ['at', 'in', 'here', 'moving', 'leaving', 'town', 'work', 'job', 'because', 'cause', 'cuz'],
    },
    // "not planning on being here much longer" (the fortieth probe): a plan is the texter's own, said with no "i".
    {
      p: 'not|dont|never plan|planning on being here much|very? longer',
      notNear: [...AWAY_FOR_A_REASON],
    },
    // "i wont be here much longer", "im not gonna be here next week anyway": the same, said of here, by the texter
    // ("my dad wont be here much longer" is no danger to them). Not a trip or a shift ("wont be here much longer, my
    // shift ends", "not gonna be here next week anyway, im traveling").
    {
      p: 'i|im|ill ... wont|not|dont|never|aint ... be here much|very? longer',
      notNear: [...AWAY_FOR_A_REASON],
    },
    { p: 'i|im|ill ... wont|not|aint ... be here|around ... anyway|anyways', notNear: [...AWAY_FOR_A_REASON] },
    // "soon i wont be a problem for anyone", "im not gonna be a burden to them much longer".
    'i|im|ill ... wont|not|never ... be a problem|burden|bother for|to anyone|anybody|everyone|nobody|them|my',
    'i|im|ill ... wont|not|never ... be a problem|burden|bother much|very? longer',
    // Spanish, the same: "ya no voy a estar aqui mucho tiempo", "pronto ya no sere un problema para nadie".
    { p: 'no voy a estar aqui|aca mucho tiempo', notNear: ['porque', 'por', 'me', 'cambio', 'mudo', 'voy', 'viaje'] },
    'no sere un|una problema|carga|estorbo para? nadie|ustedes|ellos|mi',
    'no voy a ser un|una problema|carga|estorbo para? nadie|ustedes|ellos|mi',
    // Asking how much it takes: "i looked up how many pills it takes", "how many tylenol would it take".
    {
      p: `how many|much ${PILLS} would|does|do|will|it|to? it? take|takes|kill|die`,
      notNear: ['high', 'buzz', 'feel', 'sleep', 'work', 'kick', 'effect', 'withdrawal', 'wean', 'taper'],
    },
    'affairs in order',
    'better off with|from|getting the|my life? insurance',
    // "i cant do this no more", as "anymore" is read above.
    { p: 'cant|cannot do|take this|it no|any more', notNear: ['job', 'work', 'shift'] },
    // A goodbye posted or sent: "my son posted goodbye on facebook and wont answer".
    {
      p: 'posted|posting|post|texted|sent|sending|wrote a|me|us? goodbye',
      // "i wrote a goodbye letter to alcohol in therapy" (the twenty-fourth probe).
      notNear: ['lol', 'haha', 'lmao', 'alcohol', 'drinking', 'booze', 'drugs', 'addiction', 'bottle', 'using'],
    },
    'goodbye post|message|video|status',
    'jump|jumping|leap|leaping off a|the|this|that water|parking|radio|cell tower|garage',
    {
      p: 'jump|jumping|leap|leaping off a|the|this|that dam|roof|building|bridge',
      notNear: ['into', 'lake', 'river', 'water', 'swimming', 'every', 'summer', 'creek', 'pool'],
    },
    { p: 'want|wanna out of this life', notNear: ['of', 'style'] },
    'check|checking out for good',
    'check|checking out permanently',
    // A gun made ready: "i got the gun loaded"; not loaded for the hunt.
    {
      p: 'gun|pistol|shotgun|rifle|glock|revolver loaded|ready',
      notNear: ['hunting', 'season', 'deer', 'range', 'safe', 'locked', 'class'],
    },
    { p: 'loaded|loading the|my|a gun|pistol|shotgun|rifle|glock', notNear: ['hunting', 'season', 'deer', 'range'] },
    // Spanish: "siento que sobro en este mundo", "mejor me quito del camino", "pa que sigo vivo".
    'siento|creo que sobro|estorbo',
    // One word a slot (the forty-fifth probe): "en este mundo|la vida" read "en este mundo vida" and never matched.
    'sobro|estorbo en este mundo',
    'sobro|estorbo en la vida',
    'mejor me quito|hago del|de camino|medio',
    'para|pa que sigo|seguir|estoy vivo|viva|viviendo',
    'que caso tiene vivir|seguir|la',
    'no le? veo|encuentro caso|razon a|de nada|vivir|seguir',
    'no le? veo|encuentro caso|razon a la|mi vida',
    // "estoy pensando en colgarme"; not hanging up ("colgarme el telefono").
    {
      p: 'colgarme',
      notAfter: OTRO_QUIERE,
      notNear: ['el', 'la', 'los', 'las', 'telefono', 'cel', 'celular', 'mochila', 'bolsa', 'medalla', 'ropa'],
    },
    // A plan: "voy a tomarme todas las pastillas"; not the pills of a treatment.
    {
      p: `tomarme|tragarme|tomarmelas|tragarmelas todas|todos las|los|mis ${PASTILLAS}`,
      notNear: ['que', 'del', 'de', 'cada', 'al', 'recetadas', 'tratamiento', 'dia'],
    },
    // "mi hijo dice que se quiere morir".
    'se quiere|queria|kiere|quiso|quisiera morir|morirse',
    'ojala me muriera|muera|muriese|muero',
    'ojala estuviera|estuvieras muerto|muerta',
    'quisiera|quiero|kiero|prefiero|ojala no existir',
    'quisiera|quiero|kiero|prefiero|ojala no haber nacido',
    'ojala no hubiera nacido',
    { p: 'todo listo para irme|partir|morir|acabar', onlyBefore: THEN },
  ]),
  // The thirteenth session's probes (2026-12-05): not caring whether one wakes up, someone else's talk of killing
  // themselves said with a wish or a threat ("he keeps saying he wants to kill himself when he drinks": not slow
  // harm), a wish to die at the end of a text however spelt.
  ...asWritten([
    {
      p: 'idc|care if i|im dont|never|wont|dont even? wake|waking up?',
      notNear: ['hungover', 'late', 'early', 'sick', 'with', 'in', 'feeling', 'before', 'too', 'on', 'for'],
    },
    'wants|want|wanted|going|gonna|threatening|threatens|threatened|talks|talking|talked|tried|trying|try|planning to? about? kill|killing|shoot|hang himself|herself|themselves|themself',
    'saying|says|said|keeps he|she|they wants|want|will|is|gonna|hell|shell|theyll to? kill|shoot|hang himself|herself|themselves|themself',
    { p: 'i want|wanna|wish to? dye', onlyBefore: THEN },
    'end my lfie|lief|liffe',
  ]),
  // The fifteenth session's safety probe (2026-12-05): dying hoped or prayed for, life not deserved, plans with the
  // means at hand ("the pills in front of me", "gun in my mouth", "knife on my wrist"), a jump from where one
  // stands, using so as not to wake up, "my self" in two words, a car crashed on purpose, slang for suicide, and
  // the Spanish and Spanglish said so.
  ...asWritten([
    // Not "i hope i die sober" (some day, and sober), nor "i hope i dont wake up late".
    {
      p: 'hope|pray|praying i|id die',
      notAfter: NEGATED,
      notNear: ['sober', 'clean', 'old', 'happy', 'peacefully', 'naturally', 'healthy', 'proud'],
    },
    { p: 'hope|pray|praying i|id dont|never|wont wake', notNear: ['late', 'early', 'sick', 'hungover'] },
    'pray|praying god|jesus|he takes|take me',
    'pray|praying god|jesus|he will take me',
    { p: 'dont|doesnt deserve to live|exist', notNear: ['like', 'this'] },
    { p: 'dont|doesnt deserve to be alive|here', notNear: ['like', 'this'] },
    { p: 'want|wish someone|somebody to kill|shoot me', notNear: ['lol', 'haha', 'lmao'] },
    { p: 'i should be dead', notNear: ['by', 'with', 'after', 'lol', 'haha', 'lmao'] },
    ...['i shouldnt be alive|here', 'i should not be alive|here'].map((p) => ({
      p,
      notNear: ['lol', 'haha', 'lmao', 'at', 'right', 'today'],
    })),
    ...['ill be dead soon|by|tonight|tomorrow', 'i will be dead soon|by|tonight|tomorrow'].map((p) => ({
      p,
      notNear: ['lol', 'haha', 'lmao', 'if', 'at'],
    })),
    ...['ill be gone by morning|tomorrow|tonight', 'i will be gone by morning|tomorrow|tonight'].map((p) => ({
      p,
      notNear: ['for', 'on', 'to', 'at', 'trip', 'work'],
    })),
    // Of the texter, said last: not "i wont be here much longer, my shift ends at 6", nor a dying father's.
    ...['i wont be here|around much? longer|anymore', 'i will not be here|around much? longer|anymore'].map((p) => ({
      p,
      onlyBefore: ['and', 'so', 'please', 'help', 'goodbye', 'bye', 'anyway', 'sorry', 'i', 'im'],
    })),
    { p: 'not going to be around', onlyBefore: [...THEN, 'much', 'for', 'long'] },
    // Not "it would be better if i was here in person", nor "better without me drinking around them".
    'happier|better if i was|were gone|dead',
    { p: 'happier|better if i wasnt here|around|alive', notNear: AROUND_SOMEONE },
    { p: 'be|are happier|better without me', notNear: ['drinking', 'using', 'around', 'there', 'at', 'in'] },
    // Not "is it too late for me to join".
    { p: 'too late for me', onlyBefore: [...THEN, 'now'] },
    { p: 'theres no way out', onlyBefore: THEN },
    { p: 'there is no way out', onlyBefore: THEN },
    'no way out for me',
    {
      p: `taking|take|swallow|swallowing|eat all|every my|the? ${PILLS}`,
      notNear: [...AS_TOLD, 'as', 'like', 'on', 'at', 'with', 'daily', 'each', 'they'],
    },
    // Not "a bottle in front of me" (a craving) nor "the bars in front of me".
    'pills|meds|xanax|percs|gun in front of me',
    {
      p: 'have|got|saved|stashed enough pills|meds|xanax|bars|percs|fent saved|stashed|up|to',
      notNear: ['for', 'until', 'til', 'refill'],
    },
    'pills and a? bottle of? vodka|whiskey|liquor|tequila',
    'gun|pistol|barrel is? in my mouth',
    // Not the idiom: "if you put a gun to my head".
    { p: 'gun|pistol|barrel to|against|at my head|temple|chin', notAfter: ['put', 'puts', 'held', 'holding', 'like'] },
    // Not "my husband put a knife to my throat" (violence): the texter's own hand is read by SUICIDE_TWENTY_THIRD.
    {
      p: 'knife|blade|razor is? on|to|against my wrist|wrists|throat',
      notAfter: ['put', 'puts', 'held', 'holding', 'pointed', 'holds', 'points'],
    },
    ...['im on|at the bridge|roof|ledge|overpass', 'i am on|at the bridge|roof|ledge|overpass'].map((p) => ({
      p,
      onlyBefore: THEN,
    })),
    { p: 'standing on|at the bridge|roof|ledge|overpass|edge', notNear: ['street', 'road', 'st', 'rd', 'ave'] },
    ...['im going|about|ready to jump', 'i am going|about|ready to jump'].map((p) => ({
      p,
      onlyBefore: [...THEN, 'off', 'from'],
    })),
    'shoot|do|take|use|snort up? enough to not|never wake',
    {
      p: 'and not|never wake up',
      notNear: ['hungover', 'sick', 'late', 'early', 'with', 'feeling', 'tired', 'in', 'till', 'til', 'until', 'for'],
    },
    'take|do|give myself? a hot shot',
    'take|do|give myself? a hotshot',
    ...[
      'think|thinking|thought about|of not|never waking up',
      'wish|wishing i would|could|wouldnt just? not|never wake',
    ]
      // Not "thinking about not waking up so early".
      .map((p) => ({ p, notNear: ['early', 'late', 'so', 'at', 'for', 'in', 'on', 'till', 'til', 'until'] })),
    'end|ending|hang|hanging|cut|cutting|hurt|hurting|harm|harming|shoot|shooting|off|offing my self',
    'end|ending myself',
    'cut|cutted too deep',
    ...BLEEDING_BAD.map((p) => ({
      p,
      notAfter: ['nose', 'gums'],
      notNear: ['nose', 'gums', 'period'],
      // A fall, a crash or a blow is the cause (the twenty-seventh probe: "i hit my head bad and im bleeding a lot"):
      // 911's (DANGER_TWENTY_SEVENTH), not 988's.
      notWith: BLED_FROM,
    })),
    'crash|crashing|wreck|wrecking my car|truck on purpose',
    { p: 'going|want|wanna|about to? crash|wreck my car|truck', notNear: ['lol', 'if', 'because'] },
    'drive|driving off a|the bridge|cliff',
    'drive|driving off a|the road on purpose',
    'self delete|deleting',
    'sewer slide',
    'sewerslide|sewerslides',
    'commit die|dye|sewer',
    'k m s',
    'want|wanna to? dei|diee|diie|ded',
    'want|wanna to? d e',
    'wish i was|were ded',
    'iwanttodie|iwannadie|iwanttodi',
    'want|wanna to? morir|matarme',
    'quiero|kiero kill|die',
    'estarian|estaran mejor sin mi',
    'carta|cartas|notas|nota de despedida',
    'pastillas enfrente',
    { p: 'me voy a aventar', onlyBefore: SPANISH_THEN },

    // The sixteenth session's probe: despair said sideways, in text-speak, Spanglish and Spanish.
    'doing|did|took|taking|have|got enough to not|never wake up',
    'said|saying|say my goodbyes',
    'im done goodbye|bye|adios',
    'perdon|perdoname|perdonen|perdonenme por todo ... adios|bye|goodbye',
    { p: 'gave|given|giving|give my|all my? dog|cat|dogs|cats|pets|stuff|things away', notNear: GIVEN_AWAY_FOR },
    'dont|dnt want|wanna to? be|b here tomorrow|tmrw|tmr|tmw|tomorow|nomore',
    'dont|dnt want|wanna to? be|b here|alive no? more|nomore|anymore',
    'dont|dnt want|wanna to? live|exist no? more|nomore|anymore',
    { p: 'my last night|day on earth|alive', notNear: ['lol', 'haha'] },
    'last day of my life',
    { p: 'wish i never|hadnt|didnt woke|woken|wake up', notNear: ['early', 'late', 'lol'] },
    'dead and i dont care',
    ...['dont care if i die|live|overdose|od', 'dont care if i end up dead', 'dont care if i wake up'].map((p) => ({
      p,
      notNear: ['lol', 'haha', 'early', 'late', 'on', 'for', 'in', 'at', 'tomorrow'],
    })),
    // "im ready to go be with my mom in heaven": going to join someone dead.
    'want|wanna|ready to? go? be with my ... in heaven',
    'join|joining my|him|her ... in heaven',
    // "i just want to be with my son again, he passed": only with the death told, not a parent kept from a child.
    { p: 'want|wanna|ready to? go? be with him|her again', onlyWith: DIED },
    // The death told of another beside it is no death of the one named (the thirty-seventh probe: "my dad passed last
    // year and i want to be with my mom again for christmas").
    { p: `want|wanna|ready to? go? be with my ${BELOVED} again`, onlyWith: DIED, onlyWithNotOf: BELOVED_WORDS },
    // The thirty-second session's probe: no reason to wake or get up ("i dont see the point in waking up
    // tomorrow", "no reason to get out of bed anymore"). Not an early start for a meeting or for work.
    ...[
      'whats|wats the? point of|in waking|getting up',
      'what is the? point of|in waking|getting up',
      'dont|cant|cannot see the|a? point of|in waking|getting up',
      'do not see the|a? point of|in waking|getting up',
      'no point of|in waking|getting up',
      'no reason|point to wake|get up',
      'no reason|point to get|getting out of bed',
    ].map((p) => ({ p, notNear: ['early', 'for', 'at', 'before', 'so', 'meeting', 'meetings', 'work', 'lol'] })),
    // "whats the use anymore": hope given up on, said as "the point anymore" is; not of texting the line.
    ...['whats|wats the use anymore', 'what is the use anymore'].map((p) => ({ p, notNear: TEXTING_THE_LINE })),
    // "whats the use of living anymore" (the thirty-ninth probe), as "whats the point of living" is.
    // Not the sober life asked about ("whats the use of living sober if its this boring lol", the forty-fifth probe).
    ...[
      'whats|wats the use anymore? of|in anything|trying|living|life|everything|existing',
      'what is the use anymore? of|in anything|trying|living|life|everything|existing',
    ].map((p) => ({ p, notNext: LIVED_SOBER })),
    'whats|wats the use anymore? of|in being alive|here',
    'what is the use anymore? of|in being alive|here',
    // The same in Spanish: "no le veo caso a levantarme", "para que despertar mañana", "de que sirve seguir".
    ...[
      'no le? veo|encuentro caso a|de nada|vivir|seguir|levantarme|despertar',
      'no tiene caso vivir|seguir|levantarme|despertar',
      'para que despertar|levantarme|vivir|seguir',
      'de que sirve seguir|vivir|despertar|levantarme',
      'no hay razon|motivo|caso para|de levantarme|vivir|seguir|despertar',
    ].map((p) => ({
      p,
      notNear: [...['temprano', 'para', 'a', 'al', 'en', 'con', 'tomando', 'bebiendo', 'asi'], ...KEEP_DOING],
    })),
    ...['no veo|tengo futuro', 'no veo ningun futuro', 'no hay futuro para mi'].map((p) => ({
      p,
      notNear: ['si', 'con', 'en', 'hijo', 'hija', 'el', 'ella', 'ellos', 'su', 'sus', 'trabajo', 'sin', 'mientras'],
    })),
    'quiero|quisiera estar|irme con mi ... en el cielo',
    {
      p: `quiero|quisiera estar|irme con mi ${BELOVED_ES}`,
      onlyWith: DIED_ES,
      // "mi papa murio el año pasado y quiero estar con mi mama": the father died, the mother is alive.
      onlyWithNotOf: BELOVED_ES_WORDS,
    },
    // "i see no future": a life seen ending, not a marriage or a job ("no future with him").
    ...['see|seeing no future', 'dont|cant see a|any future for me|myself', 'no future for me|myself'].map((p) => ({
      p,
      notNear: [
        'with',
        'in',
        'job',
        'relationship',
        'marriage',
        'him',
        'her',
        'them',
        'us',
        'if',
        'unless',
        'my',
        'his',
      ],
    })),
    { p: 'drown myself', notNear: ['in', 'with', 'lol'] },
    'sh urges|urge',
    'self harm urges|urge',
    'easiest|painless|quickest|fastest|best|surest way to die|go',
    'easiest|painless|quickest|fastest|best|surest way to kill|off myself',
    'easiest|painless|quickest|fastest|best|surest way to end it|things|everything|my',
    { p: 'think|thinking|thought about dying|death', notNear: ['my', 'her', 'his', 'hair', 'it', 'the', 'of'] },
    'want|wanna to? stop existing',
    'cease to exist',
    'garage with the car|engine|motor running|on',
    'why am i still alive|here',
    'why im still alive|here',
    ...['shouldve|shoulda died', 'should have|of died', 'shouldve|shoulda been dead'].map((p) => ({
      p,
      notNear: ['laughing', 'lol', 'haha', 'lmao'],
      notAfter: ['you', 'he', 'she', 'they'],
      // "i should have died so many times, grateful to be here" (the twenty-sixth probe): a life told with thanks.
      notWith: ['grateful', 'thankful', 'blessed', 'miracle'],
    })),
    'wish i would|could just? die',
    // The nineteenth session's probe: never to have been born, and cutting said alone ("cutting" at "What is it
    // about?"). Not a haircut or a lawn.
    { p: 'wish i was|were|had|d never|not? been? born', notNear: ['lol', 'haha', 'lmao', 'in', 'earlier', 'later'] },
    'wish i wasnt|werent|hadnt been? born',
    'ojala|quisiera|quiero no haber|hubiera nacido',
    ...['cutting|cuttin', 'i cut', 'cutting|cut myself'].map((p) => ({
      p,
      onlyBefore: [],
      notAfter: [
        'hair',
        'grass',
        'lawn',
        'back',
        'down',
        'weight',
        'corners',
        'onions',
        'wood',
        'paper',
        'hours',
        'budget',
      ],
    })),
    'hope i get hit by|with',
    'hope i get run over',
    'hope something|someone|somebody kills me',
    'everything|all i have|got and be done',
    { p: 'pills|meds|xanax|percs|bars saved|stashed|stockpiled up', notNear: ['for', 'week'] },
    ...['lemme just? die', 'let me just? die'].map((p) => ({ p, notNear: ['lol', 'haha', 'lmao', 'laughing'] })),
    { p: 'want|wanna to? dye', notNear: ['my', 'her', 'his', 'it', 'hair', 'the', 'blue', 'red', 'black', 'blonde'] },
    'want|wanna to? dead',
    'dont want to life',
    {
      p: 'hes|shes|he|she|theyre|they|friend is|are? going|about|threatening to jump',
      notNear: [
        'in',
        'into',
        'on',
        'off',
        'rope',
        'ship',
        'start',
        'out',
        'at',
        'over',
        'pool',
        'the',
        'right',
        'through',
      ],
    },
    'locked himself|herself|themselves|hisself in ... with a knife|gun|pills|razor|rope|blade',
    'estaria|estarian|estaran mejor sin mi',
    'me quiero|kiero ir|irme para siempre',
    'quiero|kiero irme para siempre',
    'nadie me va a extranar',
    'nadie me extranaria',
  ]),
  // The twenty-first session's probe: living stopped as a wish or a plan ("i want to stop living", "im done living",
  // "my son wants to stop living", "quiero dejar de vivir"). Not a way of living left behind ("stop living in the
  // past", "done living like this", "stop living a lie", "dejar de vivir asi"): the meetings' to answer.
  ...[
    'want|wanna|wants|wanted|ready|going|gonna|trying|tryna|wish|decided|plan|planning|need|about to? just? stop|quit living|livin|existing|breathing',
    'im|am|i|so|just|totally|completely|officially|honestly|really|prob|probably done living|livin|existing|breathing',
    'done being alive|here',
  ].map((p) => ({ p, notNear: STOP_LIVING_HOW })),
  ...asWritten([
    {
      p: 'quiero|quisiera|kiero|queria|quiere|queria|kiere|voy|va|pienso|ganas a? de? dejar de vivir|existir|respirar',
      notAfter: NEGADO,
      notNear: DEJAR_DE_VIVIR_COMO,
    },
    { p: 'ya no quiero|kiero existir|respirar', notNear: DEJAR_DE_VIVIR_COMO },
  ]),
];

/**
 * Who is said to be out cold, as one of the two words before "passed out" ("my dad passed out", "im
 * scared he passed out", "found him passed out"). PEOPLE, plus the family words written with an "s"
 * for "is" or a possessive ("my dad's passed out" reads "dads passed out").
 */
const OUT_WHO = [
  ...PEOPLE.split('|'),
  'dads|moms|brothers|sisters|sons|daughters|husbands|wifes|friends|boyfriends|girlfriends|roommates|uncles|aunts',
  'cousins|grandmas|grandpas|papa|mama|mommy|daddy|grandma|grandpa|stepmom|parents|grandmother|grandfather|nephew|niece',
].flatMap((words) => words.split('|'));
/** Said as now, just before "passed out": "my dad is passed out", "she just passed out", "he keeps passing out". */
const OUT_NOW = [
  'is',
  'hes',
  'shes',
  'theyre',
  'just',
  'still',
  'now',
  'already',
  'suddenly',
  'totally',
  'completely',
  'keeps',
];
/** What may follow "passing out" when it is someone fainting: how, where, or the next clause. */
const PASSING_OUT_THEN = [
  'on',
  'in',
  'at',
  'and',
  'drunk',
  'again',
  'right',
  'now',
  'from',
  'after',
  'what',
  'please',
  'help',
  'i',
  'im',
  'he',
  'she',
  'hes',
  'shes',
  'idk',
  'omg',
];
/**
 * Words among the two before "passed out" that make it no one in danger now: the texter ("i passed out on the
 * couch", awake enough to text), the past or a habit ("was passed out", "usually passed out by nine"), a near miss
 * ("almost passed out"), a story or a what-if ("drank till he passed out", "what if she passed out").
 */
const NOT_OUT_NOW = [
  'i',
  'im',
  'ive',
  'id',
  'we',
  'was',
  'were',
  'had',
  'almost',
  'nearly',
  'never',
  'usually',
  'always',
  'often',
  'sometimes',
  'would',
  'used',
  'till',
  'until',
  'til',
  'if',
  'when',
  'whenever',
];
/** Words after "passed out" that tell the past, a habit or sleep: "last week", "every weekend", "asleep lol". */
const OUT_BEFORE = [
  'last',
  // "my wife passed out early, she had a long day" (the twenty-fifth probe): asleep.
  'early',
  'yesterday',
  'ago',
  'every',
  'everyday',
  'each',
  'weekend',
  'weekends',
  'nights',
  'years',
  'once',
  'earlier',
  'before',
  'college',
  'asleep',
  'sleeping',
  'sleep',
  'nap',
  // A big meal: "passed out on the couch after thanksgiving dinner".
  'dinner',
  'thanksgiving',
  'lol',
  'lmao',
  'haha',
];
/** What is handed out: "the meeting passed out flyers", "literature is passed out at meetings". */
const HANDED_OUT = [
  'flyers',
  'fliers',
  'pamphlets',
  'handouts',
  'papers',
  'literature',
  'cards',
  'chips',
  'coins',
  'keychains',
  'candy',
  'snacks',
  'food',
  'water',
  'tickets',
  'books',
  'copies',
  'meetings',
];
/** After "se desmayo": the past ("hace dos años", "la semana pasada") or a habit, not someone down now. */
const DESMAYO_ANTES = ['hace', 'ayer', 'anoche', 'pasado', 'pasada', 'antes', 'vez', 'veces', 'cuando', 'cada', 'risa'];

/**
 * Someone out cold said as now ("my dad is passed out", "she just passed out"). Keyed on the state itself, not on
 * the person, so only texts that say it try it; who and when are checked on the words around it.
 */
function outNow(p: string, notAfter: readonly string[] = NOT_OUT_NOW): SpecWords {
  return { p, onlyAfter: OUT_NOW, notAfter, notNear: [...OUT_BEFORE, ...HANDED_OUT], asWritten: true };
}

/**
 * Someone out cold said with no "is" ("my dad passed out", "im scared he passed out"): most often what just
 * happened, but it is also how a story starts, so it goes in the weak list, where history turns it off.
 */
function outSaidOf(p: string, notAfter: readonly string[] = NOT_OUT_NOW): SpecWords {
  return { p, onlyAfter: OUT_WHO, notAfter, notNear: [...OUT_BEFORE, ...HANDED_OUT], asWritten: true };
}

/** "the baby is out cold" is asleep: a little one, or a pet, said just before "out cold". */
const OUT_COLD_NOT_AFTER = [...NOT_OUT_NOW, 'baby', 'babies', 'kids', 'toddler', 'dog', 'cat', 'puppy'];

/**
 * Feeling wrong after using, now (the twentieth session's probe): "i feel weird after using", "i just used and i feel
 * off", "i think it was laced", "me siento raro despues de usar". With fentanyl in most supplies this is an overdose's
 * first minutes: 911 and naloxone, and, as the one who used is the one texting, Never Use Alone after (read as both
 * `overdose` and `alone`). Not a habit ("i always feel weird after using"), a feeling about it ("feel weird about
 * relapsing"), a dose of one's own medicine ("after taking my meds"), nor a past told ("i felt weird after using").
 */
const FEELING_WRONG: readonly Spec[] = asWritten([
  {
    p: 'feel|feeling|feels weird|wierd|funny|strange|wrong|off|dizzy|faint|numb|tingly after|since i? just? used|using|shot|shooting|snorted|snorting|railed|railing|dosed|injected|injecting|slammed|slamming',
    notAfter: ['always', 'usually', 'sometimes', 'never', 'dont', 'didnt', 'would', 'used', 'normally'],
    notNear: ['my', 'the', 'this', 'that', 'your', 'a', 'an', 'app', 'inhaler', 'lol', 'haha', 'tho', 'though'],
  },
  {
    p: `feel|feeling|feels weird|wierd|funny|strange|wrong|off|dizzy|faint|numb|tingly after|since i? just? took|taking|did|doing|smoked|smoking|popped|popping some|that|the|a|those|these? ${STREET}`,
    notAfter: ['always', 'usually', 'sometimes', 'never', 'dont', 'didnt', 'would', 'used', 'normally'],
  },
  {
    p: 'dont|doesnt|do|cant not? feel right|normal after|since i? just? used|using|shot|snorted|dosed|injected',
    notAfter: ['always', 'usually', 'sometimes', 'never', 'would', 'used', 'normally'],
    notNear: ['my', 'the', 'this', 'that', 'your', 'a', 'an', 'app', 'lol'],
  },
  {
    p: 'just used|dosed|injected|slammed|shot|railed|snorted ... and|n|now|but i|im|it? feel|feeling|feels|feelin weird|wierd|funny|strange|wrong|off|dizzy|faint|numb',
    notNear: ['about', 'lol', 'haha', 'inside', 'guilty'],
  },
  'just used|dosed|injected|slammed|shot|railed|snorted ... and|n|now|but i|it dont|doesnt|cant feel right|normal',
  'just used|dosed|injected|slammed|shot|railed|snorted ... something|smth|somethings feels|is|s? wrong|off|weird',
  {
    p: 'dont|doesnt|cant feel right|normal ... just used|dosed|shot|injected|snorted|railed',
    notAfter: ['always', 'usually', 'never', 'would', 'used'],
  },
  {
    p: 'something|smth|sumn|somethin|somethings feels|feel|is|s|seems? wrong|off|weird ... just|after used|using|dosed|shot|injected|snorted',
    notNear: ['to', 'lol'],
  },
  // High and the body answering: "im high and my heart is racing", "im so drunk and my chest hurts".
  `im|am|iam ${SO}? ${HIGH_NOW} rn|now? and|n|but my heart|chest is|s? racing|pounding|hurts|hurting|tight|burning`,
  // Laced or spiked, feared now: "i think it was laced", "pretty sure my drink got spiked", "i think there was fent
  // in it". Not the story told of others ("laced weed is a myth"), which the words after turn off.
  {
    p: 'think|thinks|prob|probably|sure|bet|scared|afraid|worried|feel|feels ... ... laced|spiked',
    notAfter: ['dont', 'didnt', 'not', 'never'],
    notNear: ['myth', 'thing', 'stuff', 'stories', 'story', 'rumor', 'lol', 'urban', 'up', 'shoes', 'with', 'boots'],
  },
  {
    p: 'think|thinks|prob|probably|sure|scared|afraid|worried ... ... fent|fentanyl|fetty|xylazine|tranq in it|them|there|that|those',
    notAfter: ['dont', 'didnt', 'not', 'never'],
  },
  'pills|pill|blues|percs|bars|xanax|oxys|them were|are|was|is|r pressed|fake|fakes|fentanyl|fent',
  {
    p: 'think|thinks|prob|probably|sure it|there|that|this was|had|is|s|has fent|fentanyl|fetty|xylazine|tranq',
    notNear: ['killed', 'kill', 'killing', 'that', 'which', 'who', 'took', 'lol', 'overdose'],
  },
  // "my coke was cut with fent"; not the supply in general ("everything is cut with fent now").
  {
    p: 'cut|laced|mixed with fent|fentanyl|fetty|xylazine|tranq',
    notAfter: ['is', 'are', 'often', 'usually', 'always', 'everything', 'all', 'most', 'be', 'get', 'gets', 'if'],
    notNear: ['now', 'days', 'nowadays', 'these', 'lol', 'everywhere', 'anyway'],
  },
  // Spanish, the same: "me siento raro despues de usar", "creo que tenia fentanilo", "creo que estaba cortada".
  {
    p: 'siento raro|rara|extrano|extrana|mareado|mareada ... despues|desde ... usar|use|drogarme|drogue|inyectarme|inyecte|consumir|consumi|meterme|meti|fentanilo|fenta|heroina|cristal|perico',
    notNear: ['la', 'el', 'app', 'mi', 'jaja'],
  },
  'creo|seguro|miedo que ... tenia|traia|tiene|trae|tenian|traian fentanilo|fenta|fentanil|xilacina',
  'acabo|acabe de usar|drogarme|inyectarme|meterme|fumar ... siento|siente raro|rara|extrano|extrana|mal|mareado|mareada',
  'creo|seguro|miedo que ... estaba|esta|venia|viene|estaban cortada|cortado|mezclada|mezclado|adulterada|adulterado|contaminada|contaminado',
]);

/**
 * What colours lips or skin without an overdose, said within three words after the colour: food and drink, make-up,
 * dye, a laugh ("my lips are purple from the popsicle lol", "tongue turned blue from the slushie"). Cold is not one:
 * "hes blue and cold" is an overdose.
 */
const COLOURED_BY = [
  ...['popsicle', 'popsicles', 'slushie', 'slushy', 'slurpee', 'icee', 'candy', 'lollipop', 'juice', 'grape'],
  ...['grapes', 'koolaid', 'kool', 'gatorade', 'berries', 'blueberries', 'blueberry', 'blackberries', 'beets'],
  ...['lipstick', 'makeup', 'dye', 'marker', 'paint', 'lol', 'lmao', 'haha', 'jk', 'pool', 'swimming', 'swim'],
  // A baby's breath held in a cry, said as what happens ("the baby's lips get purple when she cries hard").
  ...['cries', 'crying', 'cry', 'tantrum', 'tantrums', 'normal'],
];

/** A seizure named with nothing said taken: an overdose, unless drink or benzos were just stopped (see findIn). */
const SEIZING_ALONE = 'seizing|convulsing';
/**
 * Vomiting that will not stop, named alone: an overdose's sign, unless drink or benzos were just stopped ("im detoxing
 * myself at home from drinking and i cant stop throwing up and shaking", the twenty-fourth probe): then withdrawal's,
 * read as the seizure named alone is (see findIn).
 */
const VOMITING_ALONE = 'cant|cannot stop throwing|vomiting|puking';
/** "i feel like im dying", felt now: an overdose's sign, unless drink or benzos were just stopped (see findIn). */
const DYING_FELT = ['think|feel|feels im|i dying', 'feel|feels like im|i dying', 'i am dying'];
/** "im dying", "help im dying", said now: likewise. */
const DYING_SAID = ['help im dying', 'help i am dying', 'im|hes|shes dying'];
/**
 * Signs named alone that an overdose and a dangerous withdrawal share (the twenty-seventh probe: "detox at home and i
 * feel like im dying", "day 3 sober and i keep seizing"): withdrawal's when drink or benzos were just stopped and
 * nothing is said taken (see findIn). Both replies start with 911; withdrawal's says not to stay alone.
 */
const SIGNS_SHARED = new Set([
  ...[SEIZING_ALONE, VOMITING_ALONE, ...DYING_FELT, ...DYING_SAID],
  // A heart attack felt ("5 days off the bottle and i think im having a heart attack"): the overdose lists' sources.
  ...['having a heart attack', 'having|had|has a heart attack'],
]);

/** Someone overdosing now, English and Spanish. Weak ones are listed apart below. */
/** Who is "unresponsive" when it is texts not answered: the texter ("ive been unresponsive"), or "sorry for being". */
const UNANSWERED_BY = ['ive', 'im', 'i', 'being', 'sorry'];
/** After "unresponsive": what was not answered, or when ("to my texts", "lately"). */
const UNANSWERED = [
  ...['texts', 'text', 'messages', 'message', 'calls', 'call', 'emails', 'email', 'dms', 'texting', 'lately'],
  ...['sorry', 'work', 'phone', 'treatment', 'therapy', 'meds', 'medication', 'antibiotics'],
];
/** After "blue lips": a swim or a sweet that turned them blue. */
const LIPS_FROM = ['popsicle', 'slushie', 'icee', 'swimming', 'pool', 'candy'];
/** A laugh anywhere in a text about blue lips: "blue lips from the cold lol" (the twenty-fifth probe). */
const LAUGHED = ['lol', 'lmao', 'haha', 'lmfao'];
const OVERDOSE: readonly Spec[] = [
  // Not "he's not breathing down my neck anymore".
  {
    p: 'not|isnt|aint|stopped|barely|hardly|wasnt|quit breathing|breathin|breath|breathe',
    notNear: ['down', 'cold', 'stuffy', 'nose', 'asthma', 'allergies'],
  },
  // "i cant breathe without a drink" is a craving.
  // Not "i have panic attacks and cant breathe sometimes", "i cant breathe when i think about it".
  {
    p: 'cant|couldnt breathe|breath|breathing',
    notNear: [
      ...['without', 'sometimes', 'when', 'whenever', 'during', 'lol', 'haha', 'lmao', 'heat', 'smoke', 'humid'],
      ...['laughing', 'asthma', 'well', 'winter', 'allergies', 'stuffy'],
    ],
  },
  // Not "i wont wake up till noon" or "he wont wake up on time": a sleeper's habit, said with when.
  { p: 'wont wake', notNear: ['till', 'til', 'until', 'before', 'early', 'alarm', 'late', 'time', 'help', 'ugh'] },
  // "he took something and hasnt woken up"; not "hasnt woken up for school yet".
  { p: 'hasnt|hadnt|havent|hasn woken|woke up?', notNear: ['for', 'early', 'before', 'till', 'until', 'yet', 'from'] },
  // "im not waking up early for that" is a plan.
  {
    p: 'wont|not|isnt|wasnt|arent|aint waking up',
    notNear: ['early', 'for', 'at', 'before', 'till', 'until', 'on', 'anything', 'lol'],
    asWritten: true,
  },
  // "i cant wake my husband up for meetings": a habit, not someone found.
  // "we cant wake our friend up" (the forty-fifth probe): "our" as "my".
  { p: 'cant|couldnt wake|waking him|her|them|my|our|em|hem|mom|dad', notNear: ['for', 'early', 'before'] },
  { p: 'cant|couldnt wake|waking up him|her|them|my|our|mom|dad', notNear: ['for', 'early', 'before'] },
  'trying to wake|waking him|her|them|my',
  'cant|couldnt get him|her|them to? wake',
  // "cant get my brother to wake up" (the 39th probe): the one named; not a habit ("... to wake up for school").
  {
    p: 'cant|cannot|couldnt get my ... to wake',
    notNear: ['for', 'early', 'before', 'school', 'work', 'morning', 'mornings', 'on', 'in', 'at'],
  },
  // Not slow to answer texts ("sorry for being unresponsive, was at work", the twenty-fifth probe): the texter, or
  // someone's texts.
  { p: 'unresponsive', notAfter: UNANSWERED_BY, notNear: UNANSWERED },
  'not responsive',
  // Not a colour that came from something eaten, drunk or put on ("my lips are purple from the popsicle lol").
  { p: 'lips|lip|face|skin ... blue|purple|gray|grey', notNear: COLOURED_BY },
  {
    p: 'turning|turned blue|purple|gray|grey',
    notAfter: ['hair', 'hairs', 'beard', 'sky'],
    // "turned blue in the face from screaming": the idiom, not the lips.
    notNear: [...COLOURED_BY, 'face'],
  },
  ...asWritten([
    // Someone lying still: "hes not moving", "my roommate isnt responding", "she's blue and cold". Not what
    // does not answer ("not responding to my texts"), a move ("wont move out"), a mood ("hes blue lately").
    {
      p: `${PEOPLE}|and is|was|just|still? not|isnt|wasnt|aint|stopped|wont|cant|barely|hardly moving|move|responding|respond|responsive|reacting|react|waking`,
      notNear: [
        'texts',
        'text',
        'txt',
        'txts',
        'calls',
        'call',
        'messages',
        'message',
        'msgs',
        'emails',
        'email',
        'phone',
        'voicemail',
        'voicemails',
        'dms',
        'letters',
        'treatment',
        'meds',
        'medication',
        'therapy',
        'out',
        'in',
        'away',
        'back',
        'house',
        'home',
        'states',
        'forward',
        'off',
        'from',
        'fast',
        'early',
      ],
    },
    {
      p: `${PEOPLE} is|was|looks|looked? turning|turned|getting|gone|went|all? blue|purple|gray|grey`,
      notNear: ['lately', 'about', 'over', 'since', 'because', 'mood'],
    },
    'blue|purple|gray|grey and|n cold|limp|stiff|not|wont|isnt|unresponsive',
    // "she collapsed after using", "he passed out after shooting up".
    // "my mom collapsed"; not "he collapsed last year at work".
    // Not a race run to the end ("he collapsed at the finish line of his marathon lol, hes fine", the twenty-fifth
    // probe).
    {
      p: `${PEOPLE} just|suddenly? collapsed|collapsing|fainted`,
      notNear: OUT_BEFORE,
      notWith: ['marathon', 'race', 'finish', 'workout', 'gym', 'practice', 'halfmarathon', '5k', '10k'],
    },
    'collapsed|passed|fell|nodded|blacked|dropped out? after|while|from|when using|shooting|snorting|smoking|injecting|sniffing|taking|doing',
  ]),
  {
    p: 'unconscious|unconcious',
    notAfter: ['my', 'the', 'an', 'your', 'our'],
    notNear: ['bias', 'mind', 'thought', 'thoughts', 'level', 'habit', 'habits', 'self'],
  },
  // A seizure after using is an overdose; one with nothing taken is read as withdrawal (WITHDRAWAL below).
  {
    p: 'seizure|seizures|seizing|convulsing after|from|while|when smoking|using|shooting|snorting|taking|doing|injecting|sniffing',
    asWritten: true,
  },
  SEIZING_ALONE,
  { p: 'blue lips', notNear: ['emoji', 'lol', 'lipstick', 'haha', ...LIPS_FROM], notWith: LAUGHED },
  'foam|foaming at|from the mouth',
  'no pulse|heartbeat',
  { p: 'overdosing', notNear: [...NOT_A_DRUG, 'lol', 'lmao', 'haha', 'games', 'video', 'tv', 'shopping', 'work'] },
  // Not "i took a whole bottle to the party lol".
  {
    p: 'took|taken|swallowed|ate a|the|his|her|my|their whole|entire bottle',
    notNear: ['to', 'lol', 'haha', 'lmao', 'with', 'for', 'back'],
  },
  'swallowed a|the bottle',
  // "took a bottle of tylenol", "swallowed half a bottle of my xanax".
  `took|taken|swallowed|ate|downed a|the|half a? bottle|bottles|box|pack of my|his|her? ${PILLS}`,
  // The body answering first, the drug after: "my chest hurts and i took coke".
  // Not "used" or "did": "my heart hurts, he used me" is a heartache.
  'chest|heart is|keeps|feels? hurts|hurting|pain|pains|racing|pounding|tight ... took|smoked|snorted|coke|cocaine|meth|crack',
  // "cant stop throwing up" after days of drinking, "throwing up blood".
  VOMITING_ALONE,
  'throwing|puking|vomiting up? blood',
  // "i feel like im gonna die": whatever it is, 911 first. Not "dying of embarrassment" or a joke.
  {
    p: 'feel|feels|feeling like im|i|hes|shes|he|she gonna|going|about to? die',
    notNear: ['lol', 'lmao', 'haha', 'of', 'if', 'laughing', 'embarrassment', 'boredom'],
  },
  // "too many pills", with the typos of "too": "to many", "2 many".
  'too|to|2 many pills',
  // Drink and pills together: "drank a whole bottle of vodka and took my sleeping pills".
  `bottle|fifth|handle|pint of? vodka|whiskey|tequila|liquor|wine|gin|rum|jack|booze? and|n|then|plus|with took|taken|popped|swallowed|ate ... ${PILLS}`,
  `took|taken|popped|swallowed my|his|her|the|some|a|all? ${PILLS} with|and|plus|on vodka|whiskey|tequila|liquor|booze|alcohol|wine|gin|rum`,
  // Something taken and the body answering: "i took something and my heart is racing".
  'took|taken|ate|swallowed|smoked|snorted|used|did something|sumthing|smth and|n ... heart|chest is|keeps|feels? racing|pounding|hurting|tight|exploding',
  'took|taken|swallowed all ... at once',
  // Not a phone or a plant: "mi telefono se esta muriendo" (the twenty-sixth probe).
  {
    p: 'se esta muriendo',
    notWith: ['telefono', 'celular', 'cel', 'bateria', 'pila', 'planta', 'plantas', 'carro', 'coche', 'laptop'],
  },
  {
    p: 'took|taken|swallowed way? too|to|2 many|much',
    notNear: ['time', 'money', 'space', 'work', 'on', 'stress', 'naps', 'nap', 'selfies', 'pictures', 'photos', 'lol'],
  },
  // "i ate too much pizza", "ate too much at thanksgiving" (the twenty-third probe): a meal, unless pills are named
  // ("ate too many of my xanax" is read above and below).
  {
    p: 'ate way? too|to|2 many|much',
    notNear: [
      ...['time', 'money', 'space', 'work', 'on', 'stress', 'naps', 'nap', 'selfies', 'pictures', 'photos', 'lol'],
      ...['pizza', 'food', 'at', 'thanksgiving', 'christmas', 'dinner', 'lunch', 'breakfast', 'candy', 'cake', 'today'],
      ...['tonight', 'again', 'junk', 'sugar', 'turkey', 'ice', 'cookies', 'chips', 'and', 'so', 'im', 'now', 'ugh'],
    ],
  },
  ...asWritten([
    // "took all my pills", "swallowed all of her meds": every pill at once; not "all my meds this morning".
    { p: `took|taken|swallowed|ate|popped|downed all|every ... ${PILLS}`, notNear: AS_TOLD },
    // "i took 30 pills", "swallowed like 20 xanax": a count no one takes as a dose; "5 pills a day" is one.
    {
      p: `took|taken|swallowed|popped|ate|downed like|about|around|over|almost|maybe? ${MANY} of? my|his|her|the|their? ${PILLS}`,
      notNear: A_DAY,
    },
    // "i did way too much fent", "he shot up too much": an amount of a drug; "drank too much" is everyday talk.
    {
      p: `did|done|used|shot|snorted|smoked|sniffed|railed|injected|took|taken|popped|had|ate|swallowed way? too|to|2 much|many of? the|that|my|his|her? ${DRUGS}`,
      notAfter: ['used'],
    },
    'snorted|injected|railed|sniffed|popped way? too|to|2 much|many',
    'shot|shooting up way? too|to|2 much|many',
    // "i took a whole bunch of my xanax on purpose", "took like 20 benadryl" (counted above), more than usual.
    `took|taken|popped|ate|swallowed a whole? bunch|lot|ton|load|shitload of ... ${PILLS}`,
    `${PILLS} on purpose`,
    // Not "did" or "took": "i did more than usual at work".
    'shot|used|snorted|railed|injected|popped ... more than usual|normal|normally',
    'shot|used|snorted|railed|injected|popped ... more than i usually|normally',
    // Someone found: "i think my dad is dead he used heroin", "scared she might be dead".
    `think|thinks|scared|afraid|worried my? ${PEOPLE} is|might|may|could? be? dead`,
  ]),
  // "swallowed a bunch of xanax", "took a handful of pills": an amount no one takes as a dose.
  'swallowed a whole? bottle|handful|bunch',
  'popped|took|taken a handful',
  // "i took a bunch of pills and i feel weird": an amount, not a dose; "used to take a bunch" is history.
  {
    p: 'took|taken|popped|ate|swallowed a bunch|ton|load of pills|pill|xanax|bars|percs|perks|oxys|tabs',
    notAfter: ['used'],
  },
  // Spanish
  // Not "no respira tranquila" (no peace at home, the twenty-fifth probe).
  { p: 'no respira|respiraba', notNear: ['tranquila', 'tranquilo', 'tranquilos', 'paz', 'aliviada', 'aliviado'] },
  'no esta respirando',
  'dejo de respirar',
  'no puede respirar',
  // Not a late riser ("mi hijo no despierta temprano para la escuela", "no despierta con la alarma"), nor a death
  // wished ("ojala no despertara", the twenty-fifth probe).
  {
    p: 'no despierta|despertaba|reacciona|reaccionaba',
    notAfter: ['ojala', 'quiero', 'quisiera'],
    notNear: ['temprano', 'alarma', 'despertador', 'para', 'tiempo', 'hasta', 'las', 'nunca', 'solo', 'sola'],
  },
  ...asWritten([
    // "no responde" alone, or of someone ("no responde mi hijo"); not the phone ("no responde el telefono").
    {
      p: 'no responde|respondia',
      notNear: [
        'mis',
        'el',
        'los',
        'la',
        'las',
        'al',
        'telefono',
        'celular',
        'cel',
        'mensajes',
        'mensaje',
        'llamadas',
        'llamada',
        'whatsapp',
        'textos',
        'texto',
        'correo',
        'correos',
        'tratamiento',
      ],
    },
    'no puedo|pude|podemos|pudimos|logro|logramos despertarlo|despertarla|despertarle|despertarlos|reanimarlo|reanimarla',
    // "esta inconsciente" (unconscious); "es un inconsciente" is reckless.
    'esta|estaba|quedo|cayo|encontre|tirado|tirada inconsciente|inconciente|desmayado|desmayada',
    // "mi mama se desmayo", "se desplomo en la cocina"; not "se desmayo hace dos años".
    { p: 'se desmayo|desvanecio|colapso|desplomo', notNear: DESMAYO_ANTES },
    {
      p: 'esta|estaba|quedo|quedando|poniendo|ponia|puso morado|morada|azul|azulado|azulada|gris',
      notAfter: ['cielo', 'mar', 'carro', 'coche', 'pelo', 'cabello'],
    },
  ]),
  'no se despierta',
  'no lo|la|le puedo|pude|podemos|pudimos despertar',
  'labios morados|azules',
  'se puso|esta morado|morada|azul',
  'poniendo morado|morada|azul',
  'se tomo ... frasco',
  'se tomo todas las pastillas',
  ...asWritten([
    // "me tome todas las pastillas", "mi amigo tomo demasiadas pastillas", "se tomo 30 pastillas".
    `tome|tomo|tomaste|tomaron|trague|trago|tragaron|tomado|tragado todas|todos las|los|mis|sus|tus? ${PASTILLAS}`,
    `tome|tomo|tomaron|trague|trago|tomado|tragado demasiadas|demasiados|demasiada|demasiado ${PASTILLAS}|fentanilo|heroina|cocaina|drogas`,
    `me|se tome|tomo|trague|trago muchas|un monton|puno|punado|chingo|bonche? de? ${PASTILLAS}`,
    // Said without "me" or "se" (the twenty-second session: "tome un monton de pastillas" was only the means at hand).
    `tome|tomo|trague|trago|tomaron|tragaron un|una monton|puno|punado|chingo|bonche|bola de? ${PASTILLAS}`,
    { p: `tome|tomo|tomaron|trague|trago|tomado|tragado como|unas|mas? de? ${MUCHAS} ${PASTILLAS}`, notNear: A_DAY },
    // "tome muchas pastillas", "se trago un bote de pastillas", "me tome toda la caja".
    {
      p: `tome|tomo|tomaron|trague|trago|tragaron|tomado|tragado muchas|muchos|muchisimas|bastantes|varias ${PASTILLAS}`,
      notNear: A_DAY,
    },
    `tome|tomo|tomaron|trague|trago|tragaron|tomado|tragado un|una|el|la|todo|toda ... bote|frasco|caja|botella|tira de? ${PASTILLAS}|medicina|medicinas`,
    `tome|tomo|tomaron|trague|trago|tragaron|tomado|tragado todo|toda|todos|todas el|la|los|las bote|frasco|caja|botella|tira`,
    // "esta echando espuma por la boca", "le sale espuma de la boca".
    'espuma por|en|de la boca',
    'echando|sacando|arrojando|saca|echa|bota|botando espuma',
    // The late probe (2026-12-04). Breathing gone wrong: "passed out and breathing weird after fentanyl".
    {
      p: 'breathing|breathin|breathes weird|funny|slow|shallow|strange|slowly|wrong|weirdly|odd',
      notNear: ['exercises', 'exercise'],
    },
    {
      p: 'gurgling|gurgles|rattling',
      notAfter: ['stomach', 'tummy', 'belly'],
      notNear: ['stomach', 'tummy', 'belly', 'coffee', 'pot'],
    },
    // A child who got into pills or drink: "my 2 year old ate some of my pills", "my toddler got into my methadone".
    `toddler|baby|infant|kid|kids|child|old|yo|lil|little|grandbaby ate|swallowed|chewed|eaten|drank|eating|swallowing ... ${PILLS}|methadone|suboxone|subs|fentanyl|fent|edibles|edible|bleach|nicotine|vape|drugs`,
    `toddler|baby|infant|lil|little|grandbaby got|gotten|getting|get into ... ${PILLS}|methadone|suboxone|subs|fentanyl|fent|edibles|stash|drugs|bleach|vodka|liquor|alcohol`,
    // A child who may be a teen got into the adults' supply ("my kid got into my pills"); "my kid got into drugs"
    // tells a worry, not a poisoning (the twenty-eighth session: a parent got "Overdose? Call 911 now").
    `kid|kids|child|old|yo got|gotten|getting|get into my|the|some|his|her|our|moms|dads|grandmas ... ${PILLS}|methadone|suboxone|subs|fentanyl|fent|edibles|stash|drugs|bleach|vodka|liquor|alcohol`,
    // "my kid drank a whole bottle of vodka and is passed out": a night's bottle, not a habit.
    {
      p: 'kid|son|daughter|teen|child|toddler|boy|girl|old|yo drank|drunk|chugged|downed ... whole|entire bottle|fifth|handle',
      notNear: [...A_DAY, 'every', 'night', 'nights', 'weekend', 'weekends', 'dinner'],
    },
    // Spanish: "mi bebe se trago unas pastillas", "mi niño se tomo mis pastillas"; not "se tomo su medicina".
    `bebe|bebita|bebito|nino|nina|nene|nena|chiquito|chiquita|hijito|hijita|nietito|nietita se? tomo|trago|comio|bebio|agarro mis|las|unas|todas|varias|muchas|algunas|el|la|de? ${PASTILLAS}|metadona|fentanilo|cloro|droga|drogas|medicina|medicinas`,
    // "creo que se paso con el fentanilo": too much of a drug, as the flow's "se paso de droga".
    `se|me paso|pasaron|pase con|de el|la|los|las? fentanilo|fenta|heroina|droga|drogas|${PASTILLAS}|cocaina|coca|cristal|perico|chiva|dosis`,
    // Someone down on the floor who will not get up: "my dad is on the floor and wont get up", "on the
    // ground and i cant get him up". Not a chore or a mood ("wont get up for school", "lol").
    {
      p: 'floor|ground|floors ... wont|cant|isnt|not|doesnt|wouldnt|couldnt|aint get|getting|lift|pick ... up',
      notNear: ['for', 'to', 'lol', 'lmao', 'haha', 'till', 'til', 'until', 'when', 'every', 'after'],
    },
    // Spanish, the same: "esta tirado en el piso y no se levanta", "se cayo y no se mueve". Not a system that
    // fell ("se cayo el sistema y no responde la pagina").
    {
      p: 'piso|suelo|cayo|desplomo|desmayo ... no se? levanta|levantaba|mueve|movia|despierta|reacciona|responde',
      notNear: ['el', 'la', 'los', 'las', 'mis', 'al', 'del', 'de', 'nada', 'para', 'jaja'],
    },
    // "perdio el conocimiento" (fainted); not "perdio el sentido del humor".
    {
      p: 'perdio|perdiendo|perdido el conocimiento|sentido',
      notNear: [...DESMAYO_ANTES, 'del', 'de', 'comun', 'humor', 'tiempo', 'orientacion'],
    },
  ]),
  // Someone out cold now (see outNow): "im 12 and my dad is passed out on the floor", "hes out cold".
  outNow('passed|pased|passd out'),
  // "my dad is drunk and passed out" (the twenty-fourth probe): the state said between.
  outNow(`${IMPAIRED}|blackout and|n passed|pased|passd out`),
  outNow('out cold', OUT_COLD_NOT_AFTER),
  // "hes passing out", "she keeps passing out": only at the end or before how or where, never before what is
  // handed out ("is passing out resumes").
  { ...outNow('passing out'), onlyBefore: PASSING_OUT_THEN },
  // The thirteenth session's probes (2026-12-05): misspelt and Spanish overdoses, poison swallowed, and a body in
  // trouble after drugs ("mixed fentanyl and xanax and feel weird", "heart is racing after i did a lot of coke").
  ...asWritten([
    { p: 'overdoes on|from', notNear: ['it', 'the', 'his', 'her'] },
    'sobre dosis',
    'sobredoso|sobredosio|sobredoseo|sobredosearse|sobredosear',
    'drank|drink|drinking|swallowed|swallow|ate|took|drunk|tomo|tome|bebio|trago bleach|antifreeze|poison|cloro|clorox|lejia|veneno',
    'drank|swallowed|ate|took some|a|the bottle? of? bleach|antifreeze|poison|clorox|cloro',
    'mixed|mixing|mix ... and|now|n feel|feeling|feels weird|strange|funny|off|dizzy|faint|sick',
    // Not "my heart is racing from too much coffee" or after a run.
    {
      p: 'heart|chest is? racing|pounding|exploding after|from|on',
      notNear: [...NOT_A_DRUG, 'anxiety', 'panic', 'running', 'workout', 'gym', 'stress', 'exercise', 'nerves'],
    },
    // Spanish, as the English above (the fourteenth session's probe): "el corazon me late bien rapido" after
    // "perico", "dolor en el pecho despues de usar cristal", "no puedo respirar", "siento que me voy a morir",
    // "estoy vomitando sangre".
    'corazon me late|palpita muy|bien|bn|super|demasiado? rapido|fuerte|duro',
    'me late|palpita el corazon muy|bien|bn|super|demasiado? rapido|fuerte|duro',
    // "mi corazon late rapido, use cristal": the body and what was taken, in either order (a race alone may be
    // nerves; with a drug it is 911's).
    'corazon late|palpita muy|bien|bn|super|demasiado? rapido|fuerte ... use|fume|tome|meti|cocaina|cristal|perico|piedra|coca',
    'use|fume|meti|inhale|meterme cocaina|cristal|perico|piedra|coca ... corazon|pecho',
    'dolor|dolores en? el? pecho despues|desde de? usar|fumar|meterme|tomar|inhalar',
    'dolor|dolores en? el? pecho ... use|fume|tome|meti|cocaina|cristal|perico|piedra|coca',
    'me duele el pecho despues|desde de? usar|fumar|meterme|inhalar',
    'me duele el pecho ... use|fume|tome|meti|cocaina|cristal|perico|piedra|coca',
    { p: 'no puedo|podemos respirar', notNear: ['de', 'risa', 'por', 'calor', 'cuando', 'sin', 'con', 'bien'] },
    'siento|creo que me voy|vo a morir',
    { p: 'siento que me muero', notNear: ['de', 'risa', 'verguenza', 'pena', 'hambre', 'sueno', 'calor', 'frio'] },
    'vomitando|vomito|escupiendo sangre',
    'no paro|dejo|puedo parar de vomitar',
    'vomitando y|e no paro',
    // High now and the heart beating too hard (the fourteenth session's probe): "im high right now and my heart is
    // pounding out of my chest".
    'high|geeked|tweaking|tweakin|cracked|spun ... ... heart|chest is|s? racing|pounding|exploding|beating out',
    ...DYING_FELT.map((p) => ({
      p,
      onlyBefore: ['and', 'i', 'please', 'pls', 'help', 'now', 'right', 'here'],
    })),
    { p: 'overdoes', onlyBefore: [] },
  ]),
  // The fifteenth session's safety probe (2026-12-05): someone choking on vomit or vomiting unconscious, nodding out
  // and not answering, "fell out" (street words for an overdose), limp or slumped and snoring oddly, a child who
  // swallowed what was left out, and "im dying" said now.
  ...asWritten([
    'choking|chokin on his|her|their|my own? vomit|puke|throw',
    'throwing|puking|vomiting up? and passed|blacked out',
    'passed|blacked out and throwing|puking|vomiting',
    'puking|vomiting|throwing up? in his|her|their sleep',
    'nodding|noddin|nodded out and wont|cant|isnt|not|aint',
    // The twenty-second session: using behind a door and silent now ("my brother is shooting up in the bathroom and
    // wont answer"). Not questions or texts left unanswered ("he used in his room and wont answer my texts").
    {
      p:
        'shooting|shot|using|used|doing|snorting|smoking|slamming ... bathroom|bathrom|restroom|room|car|shower|closet ' +
        '... wont|isnt|not|aint|stopped answer|answering|respond|responding|open|opening',
      notNear: ['questions', 'question', 'texts', 'text', 'calls', 'call', 'phone', 'messages', 'about'],
    },
    'fading after|from|on the|them|those|some? blues|fent|fetty|dope|pills|percs|bars|heroin',
    {
      p: `${OUT_WHO.join('|')} fell|falled out`,
      // Not a quarrel told ("my sister and i fell out last year", "fell out because of money").
      notNear: [
        'of',
        'over',
        'with',
        'laughing',
        'bed',
        'car',
        'chair',
        'window',
        'last',
        'ago',
        'years',
        'because',
        'about',
      ],
    },
    'fell out after|from hitting|using|shooting|smoking|snorting|taking|doing',
    ...['hes|shes|body|he|she is? limp', 'went|gone|going limp'].map((p) => ({
      p,
      notNear: ['wrist', 'handshake', 'noodle', 'lol'],
    })),
    'slumped over|and snoring|gurgling|blue|not',
    'snoring|breathing weird|funny|strange|wierd|gurgling',
    { p: 'cant|cannot feel my body|face|legs|arms|chest', notNear: ['cold', 'freezing', 'workout', 'gym', 'lol'] },
    // Not "my kid ate the gummies" (candy) or "the bag of chips": what was got into or found is said below.
    'kid|kids|baby|toddler|child|son|daughter|old|yo ate|swallowed my|the|his|her|some|our? pills|edibles|stash|meds|drugs|fent|weed|powder|dope',
    // Whose said (the twenty-eighth session): "my son got into drugs after his dad left" is a worry, not a poisoning.
    'kid|kids|baby|toddler|child|son|daughter|old|yo got into my|the|his|her|some|our pills|gummies|edibles|stash|meds|drugs|fent|weed|powder|bag|dope',
    'found my|the|our bag|stash|pills|meds|gummies|edibles and ate|swallowed',
    ...DYING_SAID.map((p) => ({
      p,
      notNear: ['to', 'of', 'from', 'laughing', 'lol', 'lmao', 'haha', 'for', 'inside', 'cancer', 'boredom', 'here'],
    })),
    { p: 'he|she is dying', onlyBefore: ['and', 'please', 'pls', 'help', 'now', 'right', 'i', 'what'] },
    // "i just had an overdose and feel weird": now, as "i just overdosed" is (the seventeenth session's review).
    'i just had an|a overdose|od',
    // "i need help my son is dying" (the seventeenth session's regression probe): not "my mom is dying of cancer".
    { p: `my|our ${PEOPLE} is dying`, onlyBefore: ['please', 'pls', 'help', 'now', 'right', 'what'] },

    // The sixteenth session's probe: breath, eyes, a body found, a whole bottle or script, a heart racing on a drug,
    // Spanglish, a drink spiked, and a little one who swallowed something.
    { p: 'gasping|gaspin|struggling for air|breath', notNear: ['lol', 'after', 'from', 'running', 'laughing', 'when'] },
    'slumped|slumpt over',
    {
      p: `found|find my|our? ${PEOPLE} on the? bathroom|kitchen|bedroom? floor|ground`,
      notNear: ['crying', 'asleep', 'sleeping', 'playing', 'praying', 'reading'],
    },
    'needle|needles|syringe in his|her|their|my arm|neck|hand|leg',
    ...['eyes rolled|rolling back', 'eyes are|keep|keeps rolling back'].map((p) => ({
      p,
      notNear: ['lol', 'at', 'when'],
    })),
    {
      p: 'and i|he|she|im|hes|shes? cant|cannot|couldnt stay awake',
      notNear: ['in', 'at', 'during', 'through', 'for'],
    },
    {
      p: `popped|took|swallowed|ate|snorted|did like|about|around|maybe? ${MANY} ${PILLS}|perc|perc30s|m30s|roxys|roxies|30s`,
      notNear: A_DAY,
    },
    {
      p: `drank|took|swallowed|downed|chugged|ate a|the whole|entire bottle|box|pack of ${PILLS}|robitussin|cough|syrup`,
      notNear: ['lol', 'haha', 'ago', 'years'],
    },
    {
      p: 'took|swallowed|ate|taken her|his|my|their|the whole|entire prescription|script|scrip|bottle|month',
      notNear: ['to', 'for', 'as', 'like', 'back', 'in', 'with', 'party'],
    },
    {
      p: 'having a heart attack',
      notNear: ['lol', 'haha', 'lmao', 'when', 'if', 'over', 'about'],
      notAfter: ['almost', 'nearly', 'gonna', 'going', 'will'],
    },
    {
      p: 'heart is|s? racing|pounding|beating ... after|from|on coke|meth|crack|cocaine|adderall|molly|speed|ice|lines|doing',
      notNear: ['coffee', 'caffeine', 'energy'],
    },
    'snorted|snorting|shot|smoked|did|took ... and my|his|her heart is? racing|pounding',
    'chest after|from|on doing? coke|meth|crack|cocaine|adderall|molly|speed|ice|lines',
    'choking|chocking on his|her|their|my own? vomit|puke|throw|throwup',
    'ahogando|ahogandose|atragantando|atragantandose en|con su|el|mi vomito',
    'not|isnt|no respirando',
    'took|tome|me todas mis|las pastillas',
    // A seizure after using is an overdose's: "shes having a seizure and she used".
    'seizure|seizures|seizing ... and|n he|she|hes|shes|they|i? used|took|smoked|snorted|shot|did',
    'roofied|roofed',
    { p: 'i|we|she|he got drugged', notNear: ['test', 'tested'] },
    // The twenty-first session's probe: "i think someone drugged my drink", "i think i was drugged".
    // Not care given ("they drugged me up at the hospital").
    {
      p: 'someone|somebody|they|he|she|guy|dude|man drugged|roofied|spiked me|my|her|him',
      notNear: ['up', 'hospital', 'surgery', 'doctor', 'doctors', 'er', 'rehab', 'detox', 'dentist', 'lol'],
    },
    { p: 'i|she|he was|been drugged|roofied', notNear: ['test', 'tested', 'ago', 'years', 'when', 'as', 'once'] },
    'put|slipped|dropped something|somethin|smth|sumthin in my|her|his drink',
    'spiked my|her|his drink',
    'echaron|pusieron algo en mi|su bebida|trago|copa',
    // A little one who swallowed something: 911 (Poison Control behind it).
    'toddler|baby|bebe|infant|babys ... drank|ate|swallowed|drink|took|drinking|eating ... pills|pill|vodka|meds|medicine|gummies|edibles|bleach|alcohol|liquor|beer|wine|weed|needles|fentanyl|fent',
    'kid|child|son|daughter ate|swallowed ... pills|meds|medicine|edibles|bleach|fentanyl|fent|needles|stash',
    'kid|child|son|daughter|toddler|baby got into my|the|our|his|her? pills|meds|medicine|edibles|stash|fentanyl|fent',
    'kid|child|toddler|son|daughter ate|swallowed ... gummies|gummy|candy|brownies|brownie with|of thc|weed|pot',
    'bebe|nino|nina|hijo|hija|nene|nena|hijito|hijita se tomo|comio|trago ... pastilla|pastillas|medicina|pildoras|cloro|alcohol',

    // The nineteenth session's probe. A whole supply at once: "i took my whole suboxone script at once".
    {
      p: 'took|taken|swallowed|ate|popped|downed my|his|her|their|the whole|entire ... script|scrip|prescription|supply',
      notNear: ['to', 'for', 'as', 'like', 'back', 'in', 'with', 'party'],
    },
    { p: 'took|taken|swallowed|ate|popped|downed my|his|her|their|the whole|entire ... at once', notNear: ['lol'] },
    // Downers and drink together, said now: "i took 4 bars and drank a fifth", "took 3 percs and a few beers, feel
    // weird", "mixed xanax and alcohol, am i ok". A fatal mix. Not asked of in general ("is it bad to mix xanax and
    // alcohol") nor told as a habit ("i used to take bars and drink").
    {
      p: `took|taken|popped|did|ate|swallowed ... ${DOWNERS} and|n|with|plus|then drank|had|downed|chugged|a ... ${DRINKS}`,
      notAfter: ['used', 'to', 'would'],
    },
    {
      p: `drank|had|downed|chugged ... ${DRINKS} and|n|with|plus|then took|popped|did|ate|swallowed ... ${DOWNERS}`,
      notAfter: ['used', 'to', 'would'],
    },
    {
      p: `mixed|mixing|combined ${DOWNERS} and|with|n ${DRINKS}|drinking|alcohol`,
      notAfter: ['to', 'not', 'dont', 'never', 'about', 'of', 'keep', 'stop', 'used', 'ever', 'if'],
    },
    // Two downers together: "i mixed fent and xanax"; in Spanish "mezcle xanax con alcohol".
    {
      p: `mixed|mixing|combined ${DOWNERS} and|with|n ${DOWNERS}`,
      notAfter: ['to', 'not', 'dont', 'never', 'about', 'of', 'keep', 'stop', 'used', 'ever', 'if'],
    },
    {
      p: 'mezcle|mezclo|mezclaron|combine|combino xanax|pastillas|fentanilo|fenta|heroina|clonazepam|rivotril|percocet con|y alcohol|cerveza|vodka|tequila|pastillas|xanax|fentanilo|trago|licor',
      notAfter: ['no', 'nunca', 'puedo', 'se', 'si'],
    },
    // Used, and the body answering after: "i just did a line and my chest hurts", "i just shot up and i feel weird",
    // "i took 2 subs and im nodding out".
    'snorted|snorting|shot|smoked|railed ... and|n my|his|her chest hurts|hurting|aches|tight|burning|pounding',
    'did a|some|the line|lines|bump|bumps|coke|meth|fent ... and|n my|his|her chest hurts|hurting|aches|tight|burning',
    {
      p: 'shot|snorted|railed|smoked|did up? ... and|n i|im feel|feeling|feels weird|funny|strange|wrong|dizzy|faint|off',
      notAfter: ['used'],
      onlyAfter: ['just', 'i', 'he', 'she', 'we', 'hes', 'shes'],
    },
    {
      p: 'took|taken|did|used|shot|snorted|smoked|popped ... and|n im|hes|shes|i|he|she nodding|noddin|nodin out|off',
      notAfter: ['used'],
    },
    // A child who drank a bottle: "my son drank a bottle of vodka hes 15 and hes throwing up".
    {
      p: 'son|daughter|kid|child|teen|boy|girl drank|chugged|downed|finished a|the|half|whole|entire bottle|fifth|handle|pint',
      notNear: ['ago', 'years', 'last', 'lol', 'water', 'milk', 'juice', 'soda', 'coke', 'gatorade'],
    },
    // Afraid of dying now, whatever it is: "im scared i'm going to die". Not a fear of dying some day.
    {
      p: 'scared|afraid|terrified|think im|i am? going|gonna|about to? die|dying',
      // Not a fear of how life ends ("im scared im going to die from drinking", "like my dad did"): the meetings'.
      notNear: [
        ...['alone', 'someday', 'one', 'young', 'of', 'if', 'without', 'lol', 'before', 'old', 'sober', 'drunk'],
        ...['from', 'like', 'because', 'cause', 'drinking', 'using', 'soon', 'early', 'unless', 'when'],
      ],
    },
    // Alcohol poisoning, said with the body giving out: "i drank a whole bottle of vodka and cant stand up".
    {
      p: 'drank|downed|chugged|finished a|the whole|entire bottle|fifth|handle ... cant|cannot stand|walk|breathe|wake',
      onlyBefore: ['up', 'straight', 'i', 'im', 'and', 'so', 'please', 'help', 'or', 'anymore', 'right', 'now', 'what'],
    },
    // The twenty-first session's probe: drink said as a verb, downers said plainly, the drink after the pills: "i drank
    // and took my sleeping pills", "took my sleeping pills with vodka", "mixed alcohol with my klonopin again",
    // "took 2 ambien after drinking". Not a past or a habit ("i used to drink and take sleeping pills").
    {
      p: `drank|drinking|drunk|wasted|hammered and|n|then|plus|now just? took|taken|popped|swallowed|ate ... ${DOWNERS}`,
      notAfter: [...DRINK_HABIT, 'get', 'gets', 'was', 'were'],
    },
    {
      p: `drank|drinking a|all|too lot|bunch|ton|much|day|night and|n|then|plus|now just? took|taken|popped|swallowed|ate ... ${DOWNERS}`,
      notAfter: [...DRINK_HABIT, 'get', 'gets'],
    },
    {
      p: `took|taken|popped|swallowed|ate ... ${DOWNERS} pills|pill|meds|tabs? with|and|plus|n|then|on|after|while ... ${DRINKS}|drinking|drank|drunk`,
      notAfter: DRINK_HABIT,
      notNear: ['water', 'food', 'milk', 'juice', 'tea'],
    },
    {
      p: `mixed|mixing|combined my|the|some|his|her ${DOWNERS} pills|pill|meds? and|with|n ${DRINKS}|drinking|alcohol`,
      notAfter: ['to', 'not', 'dont', 'never', 'about', 'of', 'keep', 'stop', 'used', 'ever', 'if', 'can', 'should'],
    },
    {
      p: `mixed|mixing|combined ${DRINKS}|drinking|alcohol and|with|n my|the|some|his|her? ${DOWNERS}`,
      notAfter: ['to', 'not', 'dont', 'never', 'about', 'of', 'keep', 'stop', 'used', 'ever', 'if', 'can', 'should'],
    },
    // Spanish: "me tome las pastillas para dormir con vino", "tome clonazepam y cerveza", "tome y me tome un xanax".
    {
      p: 'tome|trague|tomo|trago|tomamos|tomaron ... pastillas|pastilla|clonazepam|rivotril|xanax|dormir|valium|tafil ... con|y|e alcohol|cerveza|cervezas|vodka|tequila|trago|tragos|licor|vino|whisky|mezcal|pisto',
      notAfter: ['no', 'nunca', 'si', 'puedo', 'puede', 'antes', 'cuando'],
    },
    {
      // Not "tome" nor "bebi" first: "tome agua y me tome mis pastillas" is water.
      p: 'tomando|borracho|borracha|pedo|peda ... y|e me? tome|trague|tomo|trago ... pastillas|clonazepam|rivotril|xanax|valium|tafil',
      notAfter: ['no', 'nunca', 'si', 'puedo', 'puede', 'antes', 'cuando', 'estaba'],
    },
  ]),
  ...FEELING_WRONG,
];

/**
 * Dangerous withdrawal, said now: seizures, DTs, hallucinations, shaking too badly to stand. Quitting
 * alcohol or pills at once can kill, so 911 comes first; told as history or as a risk it is not read.
 */
const PAST_OR_RISK = [
  'before',
  'ago',
  'years',
  'year',
  'last',
  'past',
  'once',
  'back',
  'history',
  'month',
  'months',
  'week',
  'weeks',
  'lol',
];
/** Before quitting told: a plan or a fear of it, not what happened ("want to quit drinking", "scared to stop"). */
const QUIT_PLANNED = ['want', 'wanna', 'to', 'gonna', 'going', 'plan', 'planning', 'should', 'could', 'can', 'how'];
/** What else shakes a texter, said after it: nerves, cold, excitement ("shaking so bad im nervous about tonight"). */
const NOT_WITHDRAWAL_SHAKES = [
  ...['nervous', 'scared', 'cold', 'excited', 'excitement', 'anxiety', 'laughing', 'mad', 'nerves', 'anger', 'fear'],
];
/** After "in withdrawal": a habit no body depends on, or care already given. */
const NOT_A_DANGEROUS_WITHDRAWAL = [
  ...['gambling', 'betting', 'porn', 'games', 'gaming', 'phone', 'caffeine', 'coffee', 'nicotine', 'vaping', 'vape'],
  ...['cigarettes', 'smoking', 'sugar', 'social', 'media', 'tiktok', 'detox', 'hospital', 'rehab', 'er', 'treatment'],
  ...['ex', 'shopping', 'love', 'him', 'her'],
];
const WITHDRAWAL: readonly Spec[] = asWritten([
  // "im in withdrawal", "hes going through withdrawals": now, and it can kill (alcohol, benzos). Not feared or over.
  {
    p: 'im|am|is|hes|shes|were|going|been in|through|thru withdrawal|withdrawals|withdrawl|withdrawls',
    notAfter: ['of', 'afraid', 'scared', 'fear', 'avoid', 'worried', 'without', 'detox', 'rehab', 'hospital'],
    // Nor withdrawal from a habit ("from gambling", "from my phone"), nor in care ("at detox", "in the hospital").
    notNear: [...PAST_OR_RISK, ...NOT_A_DANGEROUS_WITHDRAWAL],
  },
  // "having seizures from withdrawal", "he had a seizure, he stopped drinking yesterday".
  {
    p: 'having|had|havin|started a? seizure|seizures|siezure|siezures|seizer|seizers|convulsions',
    notAfter: [
      'of',
      'about',
      'avoid',
      'risk',
      'ever',
      'never',
      'can',
      'could',
      'may',
      'might',
      'cause',
      'causes',
      'if',
      'not',
    ],
    notNear: PAST_OR_RISK,
  },
  {
    p: 'withdrawal|withdrawl|withdrawals|detox seizure|seizures|seizing',
    notAfter: ['about', 'of', 'avoid', 'risk', 'prevent', 'cause'],
  },
  // DTs: "my dad is having the dts", "i think im having dt's".
  { p: 'having|got|getting|gettin|in|into|with the? dts|dt|dtz|delirium', notNear: PAST_OR_RISK },
  'delirium tremens',
  // Shaking too badly to stand: "im shaking so bad i cant stand"; "cant stand him" is a dislike.
  {
    p: 'shaking|shakin|trembling|shakes ... cant|cannot|couldnt stand|walk|get',
    onlyBefore: ['up', 'straight', 'i', 'im', 'and', 'so', 'please', 'help', 'or', 'anymore', 'right', 'now', 'what'],
  },
  // Bad shakes, as the flow's own withdrawal words name them ("Bad shakes, seizures or seeing things"): "shaking
  // really bad", "i have the shakes bad", "shaking and sweating, stopped drinking yesterday". Not the shakes alone
  // ("i got the shakes in the morning"), nor shaking with nerves, cold or excitement, nor shakes told as over.
  {
    p: 'shaking|shakin|trembling|shaky|shakey|shakes so|really|very|real|super? bad|badly',
    notNear: [...PAST_OR_RISK, ...NOT_WITHDRAWAL_SHAKES],
  },
  {
    p: 'shaking|shakin|trembling|shaky|shakey and|n sweating|sweats|sweaty|puking|vomiting|throwing',
    notNear: [...PAST_OR_RISK, ...NOT_WITHDRAWAL_SHAKES],
  },
  // Seeing things: "im detoxing and im hallucinating", "seeing bugs crawling on me".
  {
    p: 'hallucinating|hallucinate|hallucinations|halucinating|hallucinatin',
    notNear: ['about', 'lol', 'last', 'ago', 'shrooms', 'acid'],
  },
  {
    p: 'seeing|hearing|seein|hearin things|bugs|spiders|shadows|voices',
    notAfter: ['been', 'start', 'started', 'keep', 'kept', 'love'],
    notNear: [
      'differently',
      'clearly',
      'different',
      'on',
      'in',
      'about',
      'online',
      'better',
      'that',
      'from',
      'the',
      'with',
      'at',
      'like',
      'for',
      'lol',
    ],
  },
  'bugs|spiders|ants crawling on|all|under|over me|my|him|her',
  // Spanish: "esta convulsionando", "le esta dando un ataque", "esta temblando y no puede pararse".
  {
    p: 'convulsionando|convulsiona|convulsiono|convulsionaba|convulsiones|convulsion|convulcionando|convulciones|convulcion',
    notAfter: ['causa', 'causar', 'puede', 'pueden', 'miedo', 'riesgo', 'dar'],
    notNear: ['hace', 'antes', 'cuando', 'pasado', 'pasada', 'jaja'],
  },
  { p: 'dando|dio|da un|una? ataque|ataques', notNear: ['de'] },
  'temblando|tiemblo|tiembla|temblaba ... no puede|puedo|podia|pudo pararse|pararme|caminar|levantarse|levantarme',
  'viendo|veo|ve|oyendo|oigo|oye cosas|bichos|aranas|animales|gente que no hay|estan|existen',
  'viendo|veo|ve|oyendo|oye cosas|bichos|aranas y|e temblando|tiembla|tiemblo|sudando|convulsionando',
  'esta|estoy|anda|ando delirando',
  'tiene|tengo|teniendo|dando alucinaciones',
  // The thirteenth session's probes (2026-12-05): vomiting that goes on after quitting, seizures when not drinking,
  // and the Spanish shakes and sweats after stopping ("estoy temblando mucho, deje de tomar hace 2 dias").
  // Now, not told as over: "i was throwing up all night" is a night gone by.
  ...['throwing|puking|vomiting up? nonstop|constantly', 'throwing|puking|vomiting up? all day|night']
    .concat(['throwing|puking|vomiting up? for hours|days', 'cant|cannot|wont stop throwing|puking|vomiting'])
    .map((p) => ({ p, notAfter: ['was', 'were'], notNear: [...PAST_OR_RISK, 'yesterday'] })),
  'seizures|seizure|seizing when|if i dont|didnt drink|use|have',
  'seizures|seizure|seizing when|if i stop|quit drinking|using',
  'temblando|tiemblo|temblores|tembladera|sudando ... deje|dejo|dejamos de tomar|beber|usar',
  'temblando|tiemblo|temblores|tembladera|sudando ... no he|hemos tomado|bebido',
  'temblando|tiemblo|temblores|tembladera|sudando ... sin tomar|beber',
  'convulsiones|convulsion|ataques|ataque|temblores cuando|si no tomo|bebo|tomamos',
  'ataque|ataques|convulsiones|convulsion|temblores cuando deje|dejo de tomar|beber',
  'ataque|ataques|convulsiones|convulsion|temblores desde que deje|dejo de tomar|beber',
  // The fifteenth session's safety probe (2026-12-05): fits and seizures said plainly, the DTs by name, a body
  // jerking or shaking past holding a cup after quitting, bugs and things seen, in English and Spanish.
  { p: 'having a fit|fits on the floor', notNear: ['because', 'cause', 'about', 'over'] },
  { p: 'fitting|convulsing|seizing on the floor|ground', notAfter: ['was', 'were'] },
  // Not "my mom is going to have a fit" (angry).
  { p: 'going to have a seizure|seizures', notNear: ['if', 'when'] },
  { p: 'have|got|having|has the? dts|dt', notAfter: ['had', 'used'], notNear: PAST_OR_RISK },
  { p: 'delirium tremens', notNear: PAST_OR_RISK },
  { p: 'body is|keeps jerking|twitching|convulsing', notNear: PAST_OR_RISK },
  { p: 'shaking|shakin uncontrollably', notNear: [...PAST_OR_RISK, ...NOT_WITHDRAWAL_SHAKES] },
  { p: 'shakes are|is so? bad i|that i? cant|cannot', notNear: PAST_OR_RISK },
  { p: 'bugs|spiders|ants crawling on|over the? walls|me|my|skin', notAfter: ['was', 'were'] },
  { p: 'have|got|having|has the? dt s', notAfter: ['had', 'used'], notNear: PAST_OR_RISK },
  { p: 'dts', onlyBefore: THEN, notAfter: ['had', 'used', 'the', 'of'], notNear: PAST_OR_RISK },
  // Not "detoxing and im seeing a counselor".
  'detoxing|withdrawing and|is hes|shes|im confused|hallucinating',
  'temblando|tiemblo mucho? y|e viendo|oyendo|veo|oigo cosas|bichos|animales',
  'viendo|veo bichos|animales|aranas que no',

  // The sixteenth session's probe: seeing or hearing things, fits and shakes too bad to stand, after stopping.
  // Not "i keep seeing spiders in the basement".
  'seeing|see|saw bugs|spiders|snakes|ants|rats|shadows on|crawling|everywhere',
  'seeing|see|saw shadow people',
  'bugs|spiders|snakes on the walls|wall|ceiling|floor',
  'shaking|twitching|sweating and|n i? see|seeing spiders|bugs|snakes|things|stuff|shadow',
  'seeing|hearing|hear|see things|voices|bugs|spiders|stuff since|after i? quit|stopped|detox|detoxing',
  'shadow people since|after',
  'withdrawals|withdrawls|withdrawl|withdrawal|wds are|is|got? so? bad|terrible i|that i? cant stand|walk|move|stop',
  'stopped|quit drinking|benzos|xanax|drinkin ... had|having a fit|seizure|seizures',
  { p: 'sweating and|n shaking|shakes', notNear: NOT_WITHDRAWAL_SHAKES },
  'temblores y|e veo|viendo|oigo|oyendo bichos|cosas|animales|aranas|voces',
  'alucinando desde|porque que? deje|deje de? el? alcohol|tomar|las|pastillas',
  // The nineteenth session's probe. Quitting benzos or heavy drinking at once, said as now: "im detoxing cold turkey
  // from xanax rn" (seizures can come days in). Not a plan ("i want to quit drinking cold turkey") nor the past.
  {
    p: `detoxing|detox|quitting|quit|stopping|stopped|coming|came|getting|got off? cold turkey off|from|on? ${WITHDRAWAL_DRUGS}`,
    notAfter: ['want', 'wanna', 'to', 'gonna', 'going', 'plan', 'planning', 'should', 'could', 'can', 'how', 'if'],
    notNear: PAST_OR_RISK,
  },
  {
    p: `detoxing|detox|quitting|quit|stopping|stopped|coming|getting off? ${WITHDRAWAL_DRUGS} cold turkey`,
    notAfter: ['want', 'wanna', 'to', 'gonna', 'going', 'plan', 'planning', 'should', 'could', 'can', 'how', 'if'],
    notNear: PAST_OR_RISK,
  },
  // Shaking that will not stop, with a drink needed or drinking stopped: "cant stop shaking need a drink bad".
  {
    p: 'cant|cannot stop shaking|shakin|trembling',
    notNear: [...PAST_OR_RISK, ...NOT_WITHDRAWAL_SHAKES, 'my', 'leg', 'legs', 'head', 'hands', 'laughing', 'it', 'off'],
    // Nerves said first: "im so nervous i cant stop shaking" (the regression probe).
    notAfter: NOT_WITHDRAWAL_SHAKES,
  },
  // The thirty-third session's probe: "she wont stop shaking", "no deja de temblar" (said of someone beside the
  // texter), as "cant stop shaking" is.
  {
    p: 'wont|doesnt|dont|isnt stop|stopping shaking|shakin|trembling',
    notNear: [...PAST_OR_RISK, ...NOT_WITHDRAWAL_SHAKES, 'my', 'leg', 'legs', 'head', 'hands', 'laughing', 'it', 'off'],
    notAfter: [...NOT_WITHDRAWAL_SHAKES, 'leg', 'legs', 'knee', 'knees', 'phone', 'dog', 'cat', 'puppy', 'voice'],
  },
  'no puedo|puede dejar de temblar',
  { p: 'no deja|para de temblar', notAfter: ['pierna', 'piernas', 'perro', 'perrito', 'gato', 'voz', 'telefono'] },
  'me|le tiemblan|tiembla las manos|manos ... veo|ve|oigo|oye cosas|bichos|voces',
  // The twenty-first session's probe: the shakes said with the drink stopped or needed ("i quit drinking yesterday and
  // my hands wont stop shaking", "got the shakes bad, last drink was yesterday", "my hands shake every morning till i
  // have a drink", "drunk for 3 days straight and shaking"), and death from withdrawal feared ("scared ill die from
  // withdrawals"). Not a plan or a fear of quitting ("scared to quit drinking because of the shakes"), nor nerves.
  // The word just before the shakes says they are now ("and my hands wont stop shaking", "and im shaky"), not gone
  // ("and i stopped shaking", "and my hands finally stopped shaking").
  {
    p:
      'quit|stopped|quitting|stopping|stop drinking|drinkin|booze|alcohol|liquor ... and|n|but|now|so ... ' +
      'im|i|am|hands|hand|body|still|started|keep|keeps|been|is|are|r|stop|the|got|have|so|really|bad|badly ' +
      'shaking|shakin|shakes|shaky|shakey|trembling|tremors',
    notAfter: [...QUIT_PLANNED, 'when', 'whenever', 'if', 'since', 'scared', 'afraid'],
    notNear: [...PAST_OR_RISK, ...NOT_WITHDRAWAL_SHAKES, 'went', 'gone', 'stopped', 'better', 'when', 'whenever'],
  },
  {
    p: 'shaking|shakin|shakes|shake|shaky|shakey|trembling|tremors ... ... since|after i? quit|stopped drinking|drinkin|booze|alcohol|liquor',
    notNear: [...PAST_OR_RISK, ...NOT_WITHDRAWAL_SHAKES],
  },
  {
    p: 'shake|shakes|shaking|shakin|shaky|shakey|tremble|trembling ... till|until|til|unless i drink|drank|booze',
    notAfter: ['used', 'was', 'were'],
  },
  // "i need a drink to stop the shakes", "a shot to steady my hands".
  'drink|shot|beer|drinks to stop|calm|fix|steady|help the|my shakes|shaking|hands',
  {
    p: 'shaking|shakin|shakes|shake|shaky|shakey|trembling|tremors ... ... last drink|drank|beer|shot',
    notNear: ['years', 'months', 'weeks', 'ago', 'lol'],
  },
  {
    p: 'last drink|drank|beer|shot ... ... shaking|shakin|shakes|shaky|shakey|trembling',
    notNear: NOT_WITHDRAWAL_SHAKES,
  },
  {
    p: 'shake|shakes|shaking|shakin|shaky|shakey|tremble|trembling ... till|until|til|unless|without i? have|get|had|take|drink a|my|some? drink|shot|beer|drinking|drinks',
    notAfter: ['used', 'was', 'were'],
  },
  {
    p: 'drunk|drinking|drinkin|binge|binging|bender ... ... days|weeks|week|straight|month and|n|but? now? i|im|my? hands? are|r|am? shaking|shakin|shakes|shaky|shakey|trembling',
    notAfter: ['used', 'was', 'were', 'when'],
    notNear: NOT_WITHDRAWAL_SHAKES,
  },
  {
    p: 'scared|afraid|terrified|worried|think|fear ill|i|im|its|it will|gonna|going|might|could|may? to? die|kill|dying ... withdrawal|withdrawals|withdrawl|withdrawls|wds|detox|detoxing',
    notAfter: ['not', 'never', 'dont'],
  },
  'withdrawal|withdrawals|withdrawl|withdrawls|wds|detox is|are|will|gonna|going|could|might to? kill me',
  // Spanish: "me tiemblan las manos desde que deje de tomar", "me tiemblan las manos hasta que me tomo una".
  'tiemblan|tiembla|temblando|tiemblo ... ... desde|desde que deje|dejo de? tomar|beber|chupar|alcohol',
  'tiemblan|tiembla|temblando|tiemblo ... hasta|sin que? me? tomo|tome|tomar|echo|beba|trago|una|un',
  'miedo de|a que? me? morirme|morir|muera con|de|por la? abstinencia|desintoxicacion|malilla|cruda',
]);

/**
 * About to drive drunk or high, or driving so now (the thirteenth session's probes): "im drunk and about to drive",
 * "ando bien pedo y voy a manejar". Not a ride asked for, nor a past told ("i got a dui for driving drunk").
 */
const DRIVING: readonly Spec[] = asWritten([
  {
    p: 'drunk|wasted|high|buzzed|hammered|faded|tipsy|lit|smashed|plastered and|n about|gonna|going|fixing|finna|bout to? drive|driving',
    notNear: ['lol', 'jk'],
  },
  'about|gonna|going|fixing|finna|have|got|need to drive|driving home? drunk|wasted|high|hammered',
  { p: 'im|i am? driving drunk|wasted|high|hammered|buzzed', notNear: ['ago', 'years', 'before', 'dui'] },
  // Not "i used to drive drunk" (a past told): "to" only after a word of wanting or having to.
  { p: 'drive|driving home? after? drinking|drunk|wasted', onlyAfter: ['gonna', 'about', 'going', 'have'] },
  'want|wanna|gotta|have|need|got|going|about|fixing to drive|driving home? after? drinking|drunk|wasted',
  'voy|vamos a manejar|conducir|manejarme borracho|borracha|pedo|peda|tomado|tomada|drogado|drogada|ebrio|ebria',
  'borracho|borracha|pedo|peda|tomado|tomada|drogado|drogada|ebrio|ebria y|e voy|vamos|tengo|tenemos a? que? manejar|conducir',
  'manejando|conduciendo borracho|borracha|pedo|peda|tomado|tomada|drogado|drogada|ebrio|ebria',
  // The fourteenth session's Spanish probe: "ando tomado y voy manejando", "ando bien bolo y tengo que manejar", "voy a
  // agarrar el carro y estoy pedo", and Puerto Rico's "ando jumo y voy a guiar", "toy jalao y voy a coger el carro".
  'tomado|tomada|borracho|borracha|pedo|peda|bolo|bola|jumo|juma|jalao|jalada|pisteando|pistiando|drogado|drogada|ebrio|ebria|mareado|mareada y|e? voy|ando|estoy|tengo|vamos a? que? manejando|manejar|conducir|conduciendo|guiar|guiando|coger|agarrar',
  'agarrar|coger|agarro|cojo el carro|troca|coche|auto y|e? estoy|ando|voy bien? pedo|peda|borracho|borracha|tomado|tomada|bolo|jumo|jalao',
  'ando|estoy|toy bien? pedo|peda|borracho|borracha|tomado|tomada|bolo|bola|jumo|juma|jalao manejando|guiando|conduciendo',
  // The fourteenth session's probe, on the way to a meeting the line listed: "ill just drive there drunk", "im about
  // to drink and drive", "had a few beers, can i drive there?", "gonna drive there now im pretty buzzed", "been
  // drinking all day and im fixing to drive". Not "i never drink and drive" (a "not" near turns these off).
  {
    p: 'just|ill|imma|ima drive|driving there|home|over|back? drunk|wasted|high|buzzed|hammered|tipsy',
    notNear: NEGATED,
  },
  { p: 'about|gonna|going|fixing|finna|bout to? drink|drinking and|n drive', notNear: NEGATED },
  { p: 'im|i am? drinking and|n driving', notNear: [...NEGATED, 'dui', 'ago', 'used', 'before'] },
  {
    p: 'im|i am? drunk|wasted|high|buzzed|hammered|tipsy|faded and|n driving|drivin',
    notNear: [...NEGATED, 'dui', 'ago', 'used', 'before', 'ticket', 'arrested', 'caught'],
  },
  {
    p: 'beers|beer|drinks|shots|drunk|buzzed|tipsy can|could|should i still? drive',
    notNear: [...NEGATED, 'week', 'weeks', 'month', 'months', 'year', 'years', 'ago', 'yesterday'],
  },
  {
    p: 'going|about|finna|imma|ima|fixing to? drive|driving there|home|over? now|rn? and|but? im|i am? pretty|so|kinda|really|very|little|lil? drunk|buzzed|wasted|hammered|tipsy',
    notNear: [...NEGATED, 'sober', 'dui'],
  },
  {
    p: 'been drinking|drunk all|since? day|night|morning|noon? and? im|i m? fixing|gonna|about|going|finna to? drive',
    notNear: NEGATED,
  }, // The fifteenth session's safety probe (2026-12-05): driving now and drunk in other words, at the wheel, on the
  // way to a meeting "even tho im drunk", drinks counted before the road, and the Spanish "borracho y manejando".
  { p: 'driving and|n im? drunk|high|wasted|buzzed|lit|hammered|tipsy|faded', notNear: [...NEGATED, 'dui', 'ago'] },
  { p: 'drunk|high|wasted driving rn|now|right|atm', notNear: [...NEGATED, 'dui', 'ago', 'is', 'was'] },
  'behind the wheel and? im? drunk|high|wasted|buzzed|lit|hammered',
  'drunk|high|wasted|buzzed|lit|hammered behind the wheel',
  { p: 'driving home|there? now? had ... beers|shots|drinks|pack', notNear: NEGATED },
  'left the bar and? driving|drivin',
  { p: 'should|can|could i still? drive had|drank|ive', notNear: NEGATED },
  'shots|beers|drinks|drunk and im? about|going to get on the? freeway|highway|interstate|road',
  'drive|driving ... even tho|though im|i? drunk|high|wasted|buzzed|lit',
  'too drunk|high|wasted to drive but i|im have|gotta|need|going',
  'borracho|borracha|pedo|peda|tomado|tomada y|e manejando|conduciendo|guiando',
  'voy|ando|estoy manejando|conduciendo bien? pedo|peda|borracho|borracha|tomado|tomada',

  // The sixteenth session's probe: "bout to drive after a 12 pack", "had like 8 shots and im getting in my car", "im
  // hammered and need to drive", "drivin home drunk rn", "can i drive after 10 drinks".
  'drunk|wasted|high|buzzed|hammered|faded|lit|smashed about|gonna|going to drive|driving',
  'about|going|gonna to drive|driving after a|like? ... pack|beers|shots|drinks|beer',
  'shots|beers|drinks|pack and|n im? getting|get|got in|behind my|the car|truck|wheel',
  'hammered|wasted|drunk|high|buzzed|lit and|n need|have|got|gotta to drive',
  'drive|driving to the? liquor|store|bar|gas ... already|so drunk|wasted|hammered|high',
  'driving home? drunk|wasted|high|hammered|buzzed rn|now|right|lol',
  'too fucked|messed|effed up to drive but',
  { p: 'can|could|should i drive after ... beers|drinks|shots|beer', notNear: NEGATED },
  { p: 'drive|driving after ... beers|drinks|shots|beer ... fine|ok|okay|right|safe', notNear: NEGATED },
]);

/** Afraid or panicking now; "freaking out" is read apart (two words), as readableWords keeps it. */
const SCARED_NOW =
  'scared|scard|skared|afraid|terrified|frightened|panicking|panicing|panickin|paranoid|spooked|bugging|buggin|' +
  'flipping|spazzing';
/**
 * What may follow a fear said while high ("im high and scared", "... and scared rn help"): the end of the text or
 * a new clause. Not a reason or a thing feared ("scared to go to a meeting", "scared of what my wife will say",
 * "scared i ruined everything"): that is a worry, the meetings' to hear.
 */
const SCARED_THEN = [
  ...['rn', 'now', 'right', 'atm', 'tonight', 'and', 'please', 'pls', 'plz', 'help', 'idk', 'ngl', 'tbh', 'like'],
  ...['so', 'what', 'bro', 'man', 'dude', 'wtf', 'omg', 'asf', 'af', 'alone', 'send', 'call', 'tho', 'though'],
];
/** The same in Spanish: "estoy drogado y tengo miedo", "... tengo miedo ayuda". */
const MIEDO_THEN = ['y', 'e', 'ahorita', 'ahora', 'ayuda', 'ayudame', 'porfa', 'porfavor', 'hoy', 'aqui'];
/** Spanish, as the English: "solo" alone is "only" ("voy a usar solo un poco"), so only before these or the end. */
const SOLO_THEN = [...MIEDO_THEN, 'en', 'rn', 'no', 'pero', 'sin', 'otra', 'que', 'nadie', 'esta', 'tengo'];
/** Said just before "use alone": a question or a rule, not a plan ("how to use alone", "never use alone"). */
// Not "stop" nor "no": "STOP. im using alone tonight" and "no im using alone" are danger, and "i want to stop using
// alone" is well answered by Never Use Alone.
const NOT_A_PLAN = [
  ...['how', 'safe', 'safely', 'never', 'dont', 'not', 'about', 'avoid', 'of', 'without', 'for', 'on'],
  ...['risk', 'risks', 'danger', 'dangers', 'dangerous', 'always', 'usually', 'would', 'used', 'didnt'],
];
/** The same before a plan ("about to use alone" is one): a question or a rule. */
const NOT_A_PLAN_TO = NOT_A_PLAN.filter((word) => word !== 'about');
/** After "using alone": a time long gone or a habit ("for years", "back then"), not now. */
const ALONE_BEFORE = ['for', 'years', 'back', 'when', 'lol', 'every', 'all', 'most', 'growing', 'ago', 'anymore'];
/** What "use" is said of when it is no drug: "about to use the bathroom alone", "use my time". */
const USED_FOR = [
  ...['the', 'my', 'this', 'that', 'a', 'an', 'their', 'his', 'her', 'our', 'your', 'it', 'bathroom', 'restroom'],
  ...['phone', 'app', 'computer', 'car', 'money', 'time', 'tools', 'what', 'in', 'this', 'life', 'world'],
];
/** Where "alone" may be said: alone, by myself, on my own. */
const BY_MYSELF = ['alone|alon|solo', 'by myself|meself', 'by my self', 'on my own'];

/** "alone" before what follows it: the word, or "by myself" (never "myself" alone: "i hate myself and..."). */
const ALONE_SAID = ['alone|alon|solo', 'by myself|meself'];

/**
 * Using alone now, or high or drunk and scared now (the twentieth session's probe): "i just relapsed on fentanyl
 * and im alone", "about to use by myself", "im high rn and scared", "estoy drogado y tengo miedo". The overdose-
 * adjacent moment: 911 first (the common part), then Never Use Alone and naloxone. Not a past or a habit told ("i
 * used to use alone", "i drink alone at night", "i live alone"), nor being alone ("i feel alone in this"), nor a
 * fear of a meeting or of relapsing. Feeling wrong after using ("i feel weird after using") is both this and an
 * overdose (FEELING_WRONG).
 */
const ALONE: readonly Spec[] = asWritten([
  // "im using alone tonight", "shooting up by myself rn", "smoking fent alone". Not "stop using alone".
  ...BY_MYSELF.map((alone) => ({
    p: `using|usin|shooting|injecting|slamming|fixing|dosing up? ${alone}`,
    notAfter: NOT_A_PLAN,
    notNear: ALONE_BEFORE,
  })),
  ...BY_MYSELF.map((alone) => ({
    p: `using|doing|smoking|shooting|snorting|sniffing|railing|taking|popping|injecting some|the|my|a|this? ${STREET} ${alone}`,
    notAfter: NOT_A_PLAN,
    notNear: ALONE_BEFORE,
  })),
  // A plan: "gonna use alone", "about to shoot up by myself", "going to get high alone". Not "how to use alone".
  ...BY_MYSELF.map((alone) => ({
    p: `use|shoot|inject|slam|dose|get up|high? ${alone}`,
    onlyAfter: ['gonna', 'gunna', 'about', 'to', 'finna', 'imma', 'ima', 'bout', 'will', 'ill', 'gotta', 'prob'],
    notAfter: NOT_A_PLAN_TO,
    notNear: ALONE_BEFORE,
  })),
  ...BY_MYSELF.map((alone) => ({
    p: `do|smoke|snort|take|pop some|the|my|a|this? ${STREET} ${alone}`,
    onlyAfter: ['gonna', 'gunna', 'about', 'to', 'finna', 'imma', 'ima', 'bout', 'will', 'ill', 'gotta', 'prob'],
    notAfter: NOT_A_PLAN_TO,
    notNear: ALONE_BEFORE,
  })),
  // Alone, and about to use: "im alone and about to use", "home alone and gonna shoot up".
  // "myself" only as "by myself": "i hate myself and im about to use" is no one using alone (the twentieth
  // session's review).
  ...ALONE_SAID.flatMap((alone) => [
    {
      p: `${alone} tonight|rn|now|atm? and|n|but|so|rn|now|tonight im|i? about|gonna|gunna|going|finna|bout|fixing to? use|shoot|inject|slam|dose`,
      notNear: USED_FOR,
    },
    `${alone} and|n|but|so im|i? about|gonna|gunna|going|finna|bout|fixing to? get high|lit|faded`,
    `${alone} and|n|but|so im|i? about|gonna|gunna|going|finna|bout|fixing to? do|smoke|snort|take some|the|my|a|this? ${STREET}`,
  ]),
  // Used just now, and alone: "i just relapsed on fentanyl and im alone", "just shot up and nobody is here".
  ...[
    'and|n|but|so im|i alone|solo',
    'and|n|but|so i am alone|solo',
    'and|n|but|so im|i by myself',
    'and|n|but|so nobody|noone|no one? is|s? here|home|around|with',
  ]
    .flatMap((alone) => [
      // Not "just used the bathroom and im alone": only the drug or the time is said between.
      `just used|relapsed|dosed|shot|injected|slammed|snorted|railed|copped up|on|again|some? ${STREET}? again|tonight|rn|up? ${alone}`,
      `just used|relapsed|dosed|shot|injected|slammed|snorted|railed|copped up|on|again|some? ${STREET}? again|tonight|rn|up? ${alone.replace(/^\S+ /, '')}`,
      `relapsed|used|slipped|smoked|did|took|shot|snorted|bought|got|copped|have|picked on|some|up? ${STREET} ... ${alone}`,
      `took|taken|used|did|snorted|smoked|shot too much ... ${alone}`,
    ])
    .map((p) => ({ p, notNear: ['this', 'life', 'world', 'esto', 'vida', 'mundo', 'feel', 'feeling'] })),
  // High and alone, now: "im high and alone rn", "getting high by myself", "nodding alone". Not drink alone ("i drink
  // alone at night"): a habit told, not a danger now; using opioids alone is the danger.
  ...BY_MYSELF.map((alone) => ({
    p: `getting|gettin high|faded|lit ${alone}`,
    notAfter: NOT_A_PLAN,
    notNear: ALONE_BEFORE,
  })),
  ...BY_MYSELF.map((alone) => ({
    p: `im|am ${SO}? high|nodding|faded|zooted rn|now|right? now? and|n? im? ${alone}`,
    notNear: ALONE_BEFORE,
  })),
  // Alone and just used, or high: "im alone and i just used", "home alone and nodding", "nobodys here and im about to
  // use", "shooting up in my car alone".
  ...ALONE_SAID.flatMap((alone) => [
    `${alone} and|n|but|so i|im? just used|relapsed|dosed|shot|injected|slammed|snorted|railed`,
    `${alone} and|n|but|so i|im? just did|took|smoked|popped some|a|the? ${STREET}`,
    `${alone} and|n|but|so i|im? just did|took|hit a|some shot|shots|hit|hits|bag|point|line|bump of ${STREET}`,
    `${alone} and|n|but|so im|i? am? so|really|super|hella? high|nodding|faded|zooted`,
  ]),
  {
    p: 'nobody|noone|nobodys|no one? is|s? here|home|around and|n|so im|i? about|gonna|gunna|going|finna|bout to? use|shoot|inject|slam|dose',
    notNear: USED_FOR,
  },
  { p: 'shooting|shot|slamming up ... alone|solo', notNear: ALONE_BEFORE },
  'nobody|noone|nobodys|no one? is|s? here|home|around|with me? and|n|but|so i? just used|relapsed|dosed|shot|injected|slammed|snorted|railed',
  { p: `im|am on ${STREET} and|n? im? alone|solo`, notNear: ALONE_BEFORE },
  // "high and alone rn", said of oneself (not "my son is high and alone", nor "i get high and alone").
  {
    p: 'high|nodding|faded|zooted rn|now? and|n|but alone|solo',
    notAfter: ['he', 'she', 'hes', 'shes', 'is', 'are', 'was', 'were', 'get', 'gets', 'got', 'getting', 'when', 'if'],
    notNear: ALONE_BEFORE,
  },
  // High or drunk and scared now: "im high rn and scared", "im so drunk and freaking out", "im too high and im
  // panicking". Not "im high and scared to go to a meeting", nor "im not scared".
  {
    p: `im|am|iam ${SO}? ${HIGH_NOW} rn|now|atm|tonight|right? now? and|n|but? im|i? am? ${SO}? ${SCARED_NOW}`,
    onlyBefore: SCARED_THEN,
  },
  {
    p: `im|am|iam ${SO}? ${HIGH_NOW} rn|now|atm|tonight|right? now? and|n|but? im|i? am? freaking|freakin|freakn out`,
    onlyBefore: [...SCARED_THEN, 'i', 'im'],
  },
  { p: `im|am|iam ${SO}? ${HIGH_NOW} rn|now|atm|right? now? and|n|but|& having a panic attack`, notAfter: ['was'] },
  { p: `im|am|iam ${SO}? ${HIGH_NOW} rn|now|atm|right? now? and|n|but|& i? cant|cannot calm down`, notAfter: ['was'] },
  // Said with no "im" ("so high rn and scared", "high af and freaking out"), of oneself: not of someone else ("my
  // son is high and scared"), nor a habit or a past ("when i get drunk and scared", "i got high and scared").
  ...[SCARED_NOW, 'freaking|freakin|freakn out'].map((scared) => ({
    p: `${HIGH_NOW} rn|now|atm|right? now? and|n|but im|i? am? ${SO}? ${scared}`,
    onlyBefore: SCARED_THEN,
    notAfter: [
      ...['he', 'she', 'hes', 'shes', 'is', 'are', 'theyre', 'they', 'was', 'were', 'been', 'be', 'get', 'gets', 'got'],
      ...['getting', 'not', 'never', 'when', 'if', 'being', 'whenever', 'usually', 'always', 'son', 'daughter'],
    ],
  })),
  // Used just now and panicking: "just did a line and im freaking out", "just smoked and im paranoid".
  `just used|shot|dosed|railed|snorted|injected|smoked ... and|n|now now? im|i am? ${SO}? ${SCARED_NOW}|freaking|freakin`,
  `took|did|popped|smoked a|some|the? ${STREET} and|n|now now? im|i am? ${SO}? ${SCARED_NOW}|freaking|freakin`,
  // The same the other way round: "im scared im too high", "freaking out rn im so high".
  {
    p: `scared|afraid|terrified|panicking|panicing|paranoid|freaking|freakin ... im|iam|am ${SO}? ${HIGH_NOW}`,
    onlyBefore: SCARED_THEN,
    notAfter: ['not', 'never', 'was', 'be', 'used', 'of', 'get', 'gets'],
  },
  // A bad trip now: "im having a bad trip", "having a really bad trip rn". Not "i had a bad trip once".
  { p: `having|havin|on|in a ${SO}? bad trip`, notAfter: ['had', 'was', 'once'], notNear: ['down', 'memory', 'lol'] },
  // Spanish: "estoy drogado y tengo miedo", "ando bien pedo y asustada", "tengo miedo, estoy muy drogada".
  {
    p:
      'estoy|ando|toy muy|bien|re|super|demasiado? drogado|drogada|drogao|pedo|peda|borracho|borracha|high|volado|' +
      'volada|puesto|puesta|elevado|elevada y|e|pero? tengo|estoy|ando|con? mucho|muy|bien? miedo|asustado|asustada|' +
      'espantado|espantada|panico|paniqueado|paniqueada',
    onlyBefore: MIEDO_THEN,
  },
  {
    p:
      'miedo|asustado|asustada|panico ... estoy|ando|toy muy|bien|re|super|demasiado? drogado|drogada|drogao|pedo|' +
      'peda|borracho|borracha|high|volado|volada',
    onlyBefore: MIEDO_THEN,
    notAfter: ['daba', 'dio', 'tenia', 'tuve', 'cuando', 'siempre'],
  },
  // Spanish, alone: "estoy sola y me voy a drogar", "me estoy inyectando solo", "recai en fentanilo y estoy solo".
  {
    p:
      'estoy|ando|toy solo|sola y|e me? voy|estoy|ando a? usar|drogar|drogarme|inyectar|inyectarme|picarme|' +
      'meterme|usando|drogando|drogandome|inyectando|inyectandome|metiendome',
    notNear: ['el', 'la', 'mi', 'un', 'una', 'los', 'las', 'internet', 'telefono', 'computadora', 'app', 'bano'],
  },
  {
    p: 'voy|estoy|ando a? drogar|drogarme|drogando|drogandome|inyectar|inyectarme|inyectando|inyectandome|usar|usando solo|sola',
    onlyBefore: SOLO_THEN,
  },
  {
    p: 'recai|use|drogue|inyecte|consumi|meti ... y|e estoy|ando|toy solo|sola',
    notNear: ['esto', 'vida', 'mundo'],
  },
  'recai|use|drogue|inyecte|consumi|meti ... y|e no hay nadie',
  {
    p: 'nadie y|e me? voy|estoy|ando a? usar|drogar|drogarme|inyectar|inyectarme|usando|drogando|drogandome|inyectandome',
    notNear: ['el', 'la', 'mi', 'un', 'una', 'los', 'las', 'internet', 'telefono', 'computadora', 'app', 'bano'],
  },
  'estoy|ando|toy solo|sola y|e ya? me? use|drogue|inyecte|recai|meti',
  'recai|use|drogue|inyecte|consumi|meti ... y|e estoy|ando sin nadie',
  // Naloxone at hand and no one to give it (an earlier probe): "i relapsed and i have narcan but im alone".
  {
    p: 'relapsed|using|used|shot|slipped ... narcan|naloxone ... but|and|n im|i am? alone|solo',
    notAfter: NOT_A_PLAN,
    notNear: ALONE_BEFORE,
  },
]);

/** Bare mentions of an overdose, which history ("died of an overdose last year") turns off. */
/** Drugs a pregnancy cannot wait on: opioids, and the street supply they are found in. Not treatment (methadone). */
/** How far along, said before "months pregnant": "im 8 months pregnant". */
const PREGNANT_FOR = '1|2|3|4|5|6|7|8|9|one|two|three|four|five|six|seven|eight|nine|few|couple';
const PREGNANT_DANGER =
  'heroin|fent|fentanyl|fetty|dope|opioids|opiates|percs|perks|oxys|oxy|blues|m30s|meth|crack|coke|cocaine|drugs|' +
  'pills|tranq';

/**
 * Someone else drunk or high at the wheel or minding children, and children left alone or unfed (the sixteenth
 * session's probe): "the kids are in the car and hes drunk driving", "my baby daddy is high and watching our kids",
 * "mi esposo maneja borracho con mis hijos", "im 14 and my mom hasnt come home in 3 days". 911 first.
 */
const DANGER: readonly Spec[] = asWritten([
  // Not "my brother is drunk and driving me crazy", nor "my dad is high and trying to sleep".
  { p: `${OTHERS} is|s|are|was? ${IMPAIRED} and|n? driving|drivin`, notNear: ['crazy', 'nuts', 'insane', 'mad', 'up'] },
  `${OTHERS} is|s|are|was? ${IMPAIRED} and|n? trying|wants|about|going|fixing|planning to drive|take|leave|get`,
  `${OTHERS} is|s|are|was? ${IMPAIRED} and|n? taking|took|has|grabbed|got the|my|our car|truck|keys|kids|baby`,
  `${OTHERS} is|s|are|was? ${IMPAIRED} and|n? leaving|left|picking|picked up? with? the|my|our kids|baby|son|daughter`,
  `${OTHERS} is|s|are? driving|drivin|drove ${IMPAIRED} with|and`,
  `picked|picking|pick up the|my|our ${CHILDREN} ${IMPAIRED}`,
  `${IMPAIRED} and|n watching|babysitting|has|with our|my|the ${CHILDREN}`,
  `${CHILDREN} is|are with ... and hes|shes|he|she|theyre shooting|using|drunk|high|wasted|nodding|smoking`,
  // Not "my kids are home alone and im at work": the one who minds them is impaired.
  `${CHILDREN} are|is home? alone and|but i|im ... ${IMPAIRED}`,
  // "my kids are home alone and i relapsed" (the forty-fifth probe): the one who minds them is out using.
  // Said next to "i" ("and i quit drinking" is no danger).
  {
    p: `${CHILDREN} are|is home? alone and|but i|im just|already|out? relapsed|using|drinking|partying`,
    notNear: PAST_OR_RISK,
  },
  `im|i am? 8|9|10|11|12|13|14|15|16 and|n my mom|dad|parents|mother|father|mommy|daddy hasnt|havent|didnt come|been home`,
  `little ${CHILDREN} hasnt|havent|didnt eaten|eat`,
  // "my husband is drunk right now with the kids", "drinks and drives the kids to school", "tiene a los ninos".
  `${OTHERS} is|s|are ${IMPAIRED} ... with|has|watching the|my|our ${CHILDREN}`,
  `drinks|drink|drunk|high and|n drives|drive|driving the|my|our ${CHILDREN}`,
  // "he drinks and drives with the kids in the car" (the thirty-second session's held-out texts).
  `drinks|drink|drank|drunk|high and|n drives|drive|driving|drove with|w the|my|our|his|her ${CHILDREN}`,
  'esta|estan borracho|borracha|drogado|drogada|pedo|peda y|e tiene|cuida|lleva a? los|las|mis|nuestros ninos|hijos|bebe|hija|hijo',
  'maneja|manejando|conduce|conduciendo borracho|borracha|drogado|drogada|pedo|peda|tomado|tomada con|a los|mis|nuestros ninos|hijos|bebe|hija|hijo|nosotros',
  'esta|estan borracho|borracha|drogado|drogada|pedo|peda y|e quiere|va|se a? manejar|llevarse|conducir|lleva',
  'hijos|ninos|bebe|hijo|hija estan|esta solos|solo|sola y|e yo? estoy|ando? drogada|drogado|borracha|borracho|pedo|peda',
  'hermanito|hermanita|hermanitos|bebe|ninos|hijos no ha|han comido',
  // Pregnant and using opioids or street drugs now (the twenty-first session's probe): "im 8 months pregnant and using
  // heroin", "pregnant and on fent", "embarazada y usando heroina". 911 first, and the common words' SAMHSA line, which
  // finds care today (stopping opioids suddenly while pregnant is itself a danger). Not a pregnancy told as over ("i
  // used when i was pregnant"), nor treatment ("pregnant and on methadone": what is advised).
  ...[
    // Said of the one pregnant: not "my wife is pregnant and im using again" (the texter uses; the meetings').
    'pregnant|preggo|preggers|prego and|n|but|while still? using|usin|shooting|slamming|relapsed|addicted|hooked|dopesick',
    `pregnant|preggo|preggers|prego and|n|but|while still? on|doing|taking|shooting|smoking|snorting|using|popping|addicted to? ${PREGNANT_DANGER}`,
    `using|on|shooting|smoking|snorting|addicted|hooked|doing ... ${PREGNANT_DANGER} and|n|but|while im|am|iam|being? like? ${PREGNANT_FOR}? months|month|weeks|mos|wks? pregnant|preggo|preggers|prego`,
  ].map((p) => ({
    p,
    notAfter: ['was', 'were', 'when', 'while', 'used', 'if', 'get', 'getting', 'before'],
    notNear: ['to', 'lol', 'caffeine', 'coffee', 'sugar', 'methadone', 'suboxone', 'subs', 'years', 'ago', 'when'],
  })),
  {
    p: 'embarazada ... ... usando|drogandome|drogando|inyectandome|fumando|consumiendo|metiendome heroina|fentanilo|fenta|cristal|drogas|chiva|cocaina|perico|piedra',
    notAfter: ['estaba', 'cuando', 'estuve'],
  },
]);

/** Pills and guns as they are held or laid out: the means at hand. Not a bottle, the urge's ("a bottle in my hand"). */
const MEANS =
  'pills|pils|pillz|meds|xanax|xans|bars|percs|perks|oxys|tablets|tabs|fent|fentanyl|gun|pistol|revolver|handgun|glock|' +
  'shotgun|rifle|razor|blade';
/** Pills and street opioids a dose question names ("how much fentanyl is too much", "is 20 xanax a lot"). */
const DOSED = `${PILLS}|${DOWNERS}|pils|fetty|dope|blues|heroin`;
/** A part of the body that can no longer be felt after using ("cant feel my arm"). */
const BODY = 'arm|arms|leg|legs|hand|hands|face|body|feet|foot|fingers|chest|lips|tongue|heart|side';
/** After "the end for me" or "my story ends": the end of the text or a new clause, never what ends ("and drinking"). */
const END_THEN = ['i', 'im', 'so', 'now', 'tonight', 'today', 'here', 'goodbye', 'bye', 'please', 'sorry', 'anyway'];
/** A goodbye of a letter or a visit said after "me despido de todos": "hasta manana", "gracias", "por hoy". */
const DESPEDIDA_DE_CARTA = [
  ...['hasta', 'nos', 'luego', 'manana', 'pronto', 'gracias', 'saludos', 'atentamente', 'bendiciones', 'cuidense'],
  ...['por', 'viaje', 'trabajo', 'ahorita', 'rato', 'jaja', 'jeje', 'companeros', 'clase'],
];
/** What quitting benzos or drink alone can kill over, as a detox question names it. */
const DETOX_DRUGS =
  'alcohol|alchohol|alcohal|drinking|booze|liquor|drink|xanax|xans|bars|benzos|benzo|klonopin|valium|ativan|clonazepam|alprazolam|' +
  'lorazepam|diazepam';

/**
 * The twenty-first session's probe (S1, S3, S4, S8, S11): the means at hand ("pills in my hand right now", "the gun
 * is in my lap", "holding a handful of pills", "tengo las pastillas en la mano"), a wish not to be alive, a last
 * message or a goodbye to all in Spanish, life quit or a story ended, a lethal amount asked, a crash thought of, and
 * not caring what happens. 988 first (the common words add 911). Not a bottle in hand (the urge's), nor a pill box
 * for the week, nor a pain question ("whats the max tylenol i can take per day"), nor a habit told.
 */
const SUICIDE_TWENTY_FIRST: readonly Spec[] = asWritten([
  { p: `${MEANS} in|on|into my hand|hands|palm|palms|lap`, notNear: [...ARMED_FOR, 'lol', 'haha', 'case'] },
  {
    p: `${MEANS} is|are|s|r|sitting|laying|lying|resting|right in|on my hand|hands|palm|lap`,
    notNear: [...ARMED_FOR, 'lol', 'haha'],
  },
  {
    p: `${MEANS} are|is|r|s|sitting|laying|lying|laid|lined|spread ... in front of me`,
    notNear: ['for', 'week', 'weekly', 'organizer', 'box', 'tomorrow'],
  },
  {
    p: `${MEANS} are|is|r? all? lined|laid up|out`,
    notNear: ['for', 'week', 'weekly', 'organizer', 'box', 'tomorrow', 'morning', 'daily'],
  },
  {
    p: `holding|holdin|hold|staring|looking|got|have|grabbed|counting|with ... handful|handfull|fistful|pile|bunch of ${PILLS}`,
    notNear: ['every', 'each', 'per', 'daily', 'morning', 'vitamins', 'supplements', 'for', 'a'],
  },
  {
    p: `${PASTILLAS}|pastiyas|pastias|pistola|arma|navaja en la|mi|mis mano|manos|regazo|piernas`,
    notNear: ['jaja', 'para'],
  },
  {
    p: `punado|punados|monton|puno de ${PASTILLAS}`,
    notNear: ['diario', 'cada', 'al', 'por', 'todos', 'manana', 'vitaminas'],
  },
  // "i wish i wasnt alive", "wish i wasnt here anymore"; not a place or a party ("i wish i wasnt here at work").
  {
    p: 'wish|wishing i|id wasnt|werent alive|breathing|existing|living|here|around',
    notNear: ['at', 'in', 'with', 'today', 'tonight', 'rn', 'right', 'lol', 'haha', 'for', 'on', 'yet', 'so'],
  },
  {
    p: 'wish|wishing i|id was|were not alive|breathing|existing|living|here|around',
    notNear: ['at', 'in', 'with', 'today', 'tonight', 'rn', 'right', 'lol', 'haha', 'for', 'on', 'yet', 'so'],
  },
  { p: `hand|hands|palm is|s|are|r full of ${MEANS}`, notNear: ['lol', 'haha'] },
  {
    p: 'poured|dumped|emptied|spilled out? all? my|the|his|her pills|pils|meds|xanax|bars|percs|oxys|tablets',
    notNear: ['down', 'sink', 'toilet', 'drain', 'away', 'trash', 'garbage', 'into', 'in', 'for', 'organizer'],
  },
  {
    p: `what|wat|wht happens|happen if i take|took|swallow|swallowed|eat|ate ${MANY} ${DOSED}`,
    notNear: ['day', 'daily', 'week', 'for', 'by', 'lol'],
  },
  {
    p: `tengo|tenia|ya|estan las|mis ${PASTILLAS} listas|preparadas|contadas|juntas`,
    notNear: ['para', 'del', 'de', 'semana', 'viaje', 'manana'],
  },
  {
    p: 'mi|mis ultimo|ultima|ultimos|ultimas mensaje|texto|mensajes|palabras para todos|ustedes|ti|mi|mis',
    notNear: ['por', 'hoy', 'jaja', 'sobre', 'antes'],
  },
  'ojala|quisiera|desearia|quiero no estar|estuviera vivo|viva',
  'desearia|quisiera|quiero|kiero estar muerto|muerta',
  // "esta es mi ultimo mensaje", "mis ultimas palabras"; not "mi ultimo mensaje por hoy".
  {
    p: 'este|esta|es|sera|ese mi ultimo|ultima|utimo mensaje|mensajito|texto|msj|msg|mensage',
    notNear: ['por', 'hoy', 'antes', 'hasta', 'jaja', 'jeje', 'sobre', 'del', 'prometo', 'noche', 'rato', 'lo'],
  },
  { p: 'mis ultimas palabras', notNear: ['por', 'hoy', 'jaja', 'sobre', 'del', 'en'] },
  // "ya me despido de todos", "me despido de mi familia", "me despido para siempre"; not a letter's "me despido,
  // gracias" nor "me despido de todos, hasta manana".
  {
    p: 'me despido|despedi|despedimos de todos|todo|ustedes|mi|mis|la|este|del',
    notNear: DESPEDIDA_DE_CARTA,
  },
  'me despido|despedi para siempre',
  // "i want to quit life", "ready to leave this world"; not life insurance nor a world left better.
  {
    p: 'want|wanna|ready|going|gonna|about|trying|decided|wish|wants|need to? just? quit|exit life',
    notNear: ['insurance', 'coaching', 'coach', 'lol', 'haha', 'as', 'of', 'like', 'in'],
  },
  {
    p: 'want|wanna|ready|going|gonna|about|trying|decided|wish|wants|need to? just? leave|exit this world|earth',
    notNear: ['better', 'a', 'lol', 'haha'],
  },
  // "its the end for me", "this is the end of me"; not "that was the end of me and alcohol" nor an idiom with "lol".
  { p: 'its|this|thats|is the end for|of me', onlyBefore: END_THEN },
  {
    p: 'end|ending|finish|finishing|close|closing my story',
    notNear: ['with', 'about', 'at', 'lol', 'haha', 'in', 'on', 'of', 'for', 'to', 'by'],
  },
  { p: 'my story ends', onlyBefore: END_THEN },
  { p: 'my story is over|ending', onlyBefore: END_THEN },
  { p: 'es|sera|llego el|mi fin para? mi?', onlyBefore: SPANISH_THEN },
  { p: 'este es mi fin', onlyBefore: SPANISH_THEN },
  // Not "dejar este mundo de las drogas", a life left behind.
  { p: 'quiero|kiero|quisiera|voy|ganas a|de? dejar|irme de? este mundo', notNear: ['de', 'del', 'loco'] },
  // A lethal amount asked: "whats the most pills i can take", "how many xanax is too many", "is 20 xanax a lot",
  // "whats a lethal dose of xanax". Not a dose per day for pain ("the max tylenol i can take per day").
  {
    p: `the most|max|maximum|highest amount|number? of? ${DOSED} i|u|you|someone|one|a|person can|could|cn|should take|swallow|handle|do|use`,
    notNear: ['for', 'per', 'in', 'daily', 'day', 'pain', 'headache', 'safely', 'without', 'with', 'at', 'each'],
  },
  `how many|much ${PILLS} is|are|s|would|does|will|do be? too|to|a|so much|many|lot`,
  `how many|much ${PILLS} is|are|s|would|does|will|do be? deadly|lethal|fatal|enough|dangerous`,
  {
    p: `is|are|would|will|can|could|isnt ${MANY} ${DOSED} a|too|enough|deadly|lethal|fatal|dangerous|kill|hurt`,
    notNear: ['day', 'daily', 'week', 'month', 'for', 'lol'],
  },
  {
    p: 'lethal|deadly|fatal|leathal|letal|mortal dose|doses|amount|amounts|dosis',
    notAfter: ['prevent', 'reverse', 'reverses', 'avoid', 'stop'],
    notNear: ['strips', 'strip', 'prevent', 'narcan', 'naloxone', 'awareness'],
  },
  'dosis letal|mortal',
  `cuantas|cuantos ${PASTILLAS} son|seria|serian|es demasiadas|demasiado|mortal|mortales|letal|letales|muchas`,
  // "i keep thinking about driving off the road", "tempted to crash my car into a tree"; not "i keep driving off the
  // road when im tired" (no thought of it).
  'thinking|think|thinkin|thought|thoughts|tempted|urge|urges about|of|to? driving|drive|crashing|crash|swerving|swerve|steering|veering|running my|the? car|truck? off|into the|a|oncoming? road|ditch|lake|river|tree|traffic|wall|pole|semi|median|guardrail',
  'pienso|pensando|ganas|quiero|kiero en|de? estrellarme|chocar|estrellar|salirme|aventar|aventarme ... carro|carretera|arbol|camion|troca|puente|proposito',
  // Not caring what happens: "im going to use tonight and i dont care what happens", "idc what happens to me".
  {
    p: 'dont|dnt care what happens|happen',
    notNear: ['with', 'between', 'at', 'tomorrow', 'lol', 'haha', 'next', 'after', 'him', 'her', 'them', 'us'],
    onlyAfter: ['i', 'and', 'n', 'honestly', 'just', 'really', 'even', 'tbh'],
  },
  'idc what happens|happen to? me?',
  'dont|dnt care anymore what happens',
  'do not care what happens to me',
]);

/**
 * The twenty-first session's probe (S5): lips turned purple said in Spanish ("se le pusieron morados los labios"), lips
 * gone bluish, and a limb gone numb after a big use ("i snorted a lot and cant feel my arm"). 911 and naloxone first.
 */
const OVERDOSE_TWENTY_FIRST: readonly Spec[] = asWritten([
  'pusieron|puso|pone|ponen|poniendo|estan|quedaron|volvieron morados|moradas|azules|grises|morado|azul los|sus? labios|unas|dedos',
  'labios|labio|boca ... ... morados|moradas|azules|grises|moraditos|azulados',
  'lips|lip|fingernails|nails|fingertips ... bluish|blueish|purplish|grayish|greyish',
  {
    p: 'purple|blue|gray|grey|bluish|purplish lips|fingernails|fingertips',
    notNear: ['lol', 'lipstick', 'color', ...LIPS_FROM],
    notWith: LAUGHED,
  },
  {
    p: `snorted|sniffed|railed|shot|smoked|took|did|used|popped|injected|banged ... ... cant|cannot|couldnt feel my ${BODY}`,
    notAfter: ['used', 'when'],
    notNear: ['cold', 'lol', 'freezing'],
  },
  // Probe 35: someone else's ("my daughter ... shes high on something and cant feel her legs" got the way-to-meet
  // question), and high said in place of what was taken.
  {
    p: `snorted|sniffed|railed|shot|smoked|took|did|used|popped|injected|banged ... ... cant|cannot|couldnt feel his|her|their ${BODY}`,
    notAfter: ['used', 'when'],
    notNear: ['cold', 'lol', 'freezing'],
  },
  {
    p: `high|tweaking|geeked|wasted|zooted on? something|smth|somethin ... ... cant|cannot|couldnt feel my|his|her|their ${BODY}`,
    notNear: ['cold', 'lol', 'lmao', 'haha', 'freezing'],
  },
  {
    p: `cant|cannot feel my ${BODY} after|since|from snorting|using|shooting|smoking|taking|doing|that`,
    notNear: ['lol'],
  },
  {
    p: `snorted|sniffed|railed|shot|smoked|took|did|injected ... ... my ${BODY} is|are|went|gone|going|feels numb|dead`,
    notAfter: ['used', 'when'],
  },
  'meti|esnife|inhale|inyecte|fume|tome|use|metio|inyecto ... ... no siento|siente el|la|mi|los|las? brazo|brazos|pierna|piernas|cara|cuerpo|manos|pecho',
]);

/**
 * The twenty-first session's probe (S7): detoxing from drink or benzos at home or alone, or asked so ("is it safe to
 * detox from alcohol at home", "how do i come off xanax on my own", "im detoxing from alcohol at home alone"): the
 * withdrawal warning (it can kill, don't stay alone). Not a quit planned in other words ("quit drinking on my own"),
 * the meetings' to answer, nor a detox told as over.
 */
const WITHDRAWAL_TWENTY_FIRST: readonly Spec[] = asWritten([
  ...[
    `detox|detoxing|detoxin|withdraw|withdrawing|dry|drying out? from|off|of? ${DETOX_DRUGS} ... ... home|alone|myself|own|self`,
    `come|coming|get|getting|taper|tapering|wean|weaning|weening off|from ${DETOX_DRUGS} ... ... home|alone|myself|own|self`,
    `detox|detoxing|detoxin|come|coming|get|getting off|from? ${DETOX_DRUGS} ... without a|any|going|seeing? to? doctor|doctors|medical|supervision|rehab|hospital`,
    'detox|detoxing|detoxin at|from home',
    'detox|detoxing|detoxin alone',
    'detox|detoxing|detoxin by|on my? myself|own|self',
    'drying|dry out at|from home',
    'drying|dry out alone',
    'drying|dry out by|on my? myself|own',
  ].map((p) => ({
    p,
    notAfter: ['used', 'when', 'was', 'after', 'since'],
    notNear: [...PAST_OR_RISK, ...NOT_A_DANGEROUS_WITHDRAWAL],
  })),
  'desintoxicar|desintoxicarme|desintoxicandome|desintoxico|desintoxicacion ... ... casa|solo|sola|cuenta',
  'dejar|dejando|quitarme|quitando|bajarle el|la|los|las? clonazepam|rivotril|xanax|alprazolam|benzos|tafil ... solo|sola|casa|cuenta',
]);

/**
 * The twenty-first session's probe (S6, S10): someone else drunk or high at the wheel now ("my wife just drove off
 * drunk", "my husband relapsed and took the car drunk", "my son left high in his truck", "hes driving drunk right
 * now", "mi esposo se fue manejando borracho"), with a child ("mi mama esta tomada y manejando con mi hermanito"), or
 * minding children blackout drunk. 911 first, never "please don't drive" (which speaks to the texter). Not a habit
 * or a past told ("he drives drunk every weekend", "he drove drunk last year"), the meetings' to hear.
 */
const DRIVERS = `${OTHERS}|son|daughter|friend|roommate|cousin|buddy|fiance|nephew|niece|stepson|grandson|neighbor|bro`;
const NOT_NOW_DRIVING = [
  ...['all', 'every', 'always', 'sometimes', 'when', 'whenever', 'dui', 'ago', 'years', 'last', 'before', 'lol'],
  ...['a', 'lot', 'anymore', 'once', 'twice', 'school', 'schooler', 'schoolers'],
];
const DANGER_TWENTY_FIRST: readonly Spec[] = asWritten([
  {
    p: `${DRIVERS} just|already|then|has|went? drove|driven|sped|peeled|speeding|took off|of|away|out|home? ${IMPAIRED}`,
    notNear: NOT_NOW_DRIVING,
  },
  {
    p: `${DRIVERS} is|s|are|was? driving|drivin home|around|back|over|there|to? now|rn|right? ${IMPAIRED}`,
    notNear: NOT_NOW_DRIVING,
  },
  {
    p: `${DRIVERS} just|already? left|took|went|headed|drove|took ... ${IMPAIRED} in|on|with his|her|their|the|my|our car|truck|van|suv|jeep|motorcycle`,
    notNear: NOT_NOW_DRIVING,
  },
  {
    p:
      `${DRIVERS} ... took|grabbed|stole|taking|grabbing|drove|driving the|my|our|his|her car|truck|keys|van|suv|jeep ` +
      `while|and|n? hes|shes|he|she|theyre|is|was? so|super|really|totally? ${IMPAIRED}`,
    notNear: NOT_NOW_DRIVING,
  },
  {
    p: `${CHILDREN} is|are with ... ... blackout|blacked|stumbling|falling|sloppy|piss|shitfaced|passed|nodding|tweaking`,
    notNear: ['lol', 'haha', 'ago', 'years'],
  },
  'fue|salio|arranco|anda|va|esta|sigue|andaba|estaba manejando|conduciendo|guiando bien|muy? borracho|borracha|pedo|peda|tomado|tomada|drogado|drogada|ebrio|ebria|bolo|bola|jumo|juma',
  'se llevo|robo el|la|mi|su carro|troca|camioneta|coche|auto ... borracho|borracha|pedo|peda|tomado|tomada|drogado|drogada',
  'esta|anda|estaba|andaba bien|muy? borracho|borracha|pedo|peda|tomado|tomada|drogado|drogada y|e se llevo|agarro|robo|tomo el|la|su|mi carro|troca|camioneta|coche|auto',
  // "hes drunk and just drove off", "my dad is drunk and just left in his truck"; not "drunk and left the house".
  {
    p: `${DRIVERS} is|s|was? ${IMPAIRED} and|n|but? just|then? drove|left|took|driving|sped|peeled ... car|truck|van|suv|jeep|keys|off|away|wheel`,
    notNear: NOT_NOW_DRIVING,
  },
  { p: `${DRIVERS} is|s|are? behind the wheel ${IMPAIRED}`, notNear: NOT_NOW_DRIVING },
  'esta|estan|anda|andan|va|iba borracho|borracha|drogado|drogada|pedo|peda|tomado|tomada|ebrio|ebria y|e manejando|maneja|conduciendo|conduce con|a mi|mis|los|nuestros|nuestro|su|sus hermanito|hermanita|hermanitos|hermano|hermana|hermanos|hijo|hija|hijos|ninos|nino|nina|bebe|nietos',
]);

/**
 * The texter drunk and taking the car, in Spanish ("estoy borracho y agarro el carro"): the driving words first. Said
 * in the first person ("estoy", "ando"), unlike DANGER_TWENTY_FIRST's "esta borracho y se llevo el carro".
 */
const DRIVING_TWENTY_FIRST: readonly Spec[] = asWritten([
  'estoy|ando|toy bien|muy? borracho|borracha|pedo|peda|tomado|tomada|bolo|bola|drogado|drogada y|e agarro|cojo|tomo|saco el|la carro|troca|coche|auto|camioneta',
]);

/**
 * The twenty-first session's probe (S11): how much of a street drug is too much ("how much fentanyl is too much", "how
 * many blues is too many"): someone about to use, who needs 911 first, Never Use Alone and naloxone. Pills asked so
 * are the 988's (SUICIDE_TWENTY_FIRST).
 */
const ALONE_TWENTY_FIRST: readonly Spec[] = asWritten([
  'how many|much fent|fentanyl|fetty|heroin|dope|blues|m30s|m30|30s|tranq|coke|cocaine|crack|meth|molly|mdma|ketamine|' +
    'lean|perc|percs|oxy|oxys is|are|s|would|does|will|do be? too|to|a|so|deadly|lethal|fatal|enough much|many|lot?',
  'cuanto|cuanta|cuantas|cuantos fentanilo|fenta|heroina|chiva|cristal|perico|cocaina|foxys|azules es|son|seria demasiado|demasiada|demasiadas|mortal|letal|mucho',
]);

const OVERDOSE_WEAK: readonly Spec[] = [
  // "i od'd on coffee lol": not a drug.
  {
    p: 'overdose|overdosed|overdoses|od|ods|sobredosis|overdosis',
    notNear: [
      ...['coffee', 'caffeine', 'sugar', 'candy', 'chocolate', 'netflix', 'pizza', 'tv', 'food', 'junk', 'cafe'],
      ...['lol', 'lmao', 'haha', 'video', 'games', 'shopping', 'work'],
    ],
  },
  // "my son ODd" folds to "odd", a word ("odd hours"): only after someone who could have overdosed.
  'he|she|son|daughter|husband|wife|friend|boyfriend|girlfriend|bf|gf|brother|sister|mom|dad|roommate|cousin|partner|kid|i just? odd',
  // Not the texter's work ("im a nurse, i give narcan at work", the forty-fifth probe).
  { p: 'give|gave|giving|use|used|need|needs ... narcan|naloxone', notNear: ['work', 'job', 'shift', 'training'] },
  // "le acabo de dar narcan", "le pusimos naloxona".
  'dar|darle|di|dimos|dio|dieron|dando|puse|pusimos|pusieron|aplique|aplicamos|inyecte|use|usamos ... narcan|naloxona|naloxone',
  // "i think he has alcohol poisoning": an overdose of drink; "died of alcohol poisoning" is history.
  'alcohol poisoning',
  // Someone out cold, said with no "is" (see outSaidOf): "im scared he passed out", "my dad fell and passed out";
  // "she passed out at my wedding years ago" is history.
  outSaidOf('passed|past|pased|passd out'),
  outSaidOf('fell|collapsed|dropped|fainted down? and|n passed out'),
  outSaidOf('out cold', OUT_COLD_NOT_AFTER),
  // Knocked out only after "got": "my baby is knocked out" is asleep, "got knocked out of the playoffs" a game.
  {
    p: 'knocked out',
    onlyAfter: ['got', 'gets', 'been', 'getting'],
    notAfter: NOT_OUT_NOW,
    notNear: [...OUT_BEFORE, 'of', 'first', 'round', 'playoffs', 'tournament', 'bracket', 'competition', 'league'],
    asWritten: true,
  },
];

/** Talk about the past or about prevention, which turns a bare overdose mention off. */
const HISTORY = [
  'died|dead|passed of|from|after',
  'lost ... to',
  'passed away',
  'last year|month|week|summer|winter|spring|fall|time|christmas|night',
  // Cared for already, or a day gone (the thirteenth session's probe): "he ODd last night and is in the hospital".
  // Danger now ("not breathing", "wont wake up") is read by the strong entries, which this list never turns off.
  'in|at the hospital|er|icu',
  'yesterday|anoche|ayer',
  'en el hospital',
  'years|months|weeks|yrs|year|month ago|back',
  'ago',
  'anniversary',
  'survived|survivor|survivors',
  // A loss grieved, an overdose had before: "grief group for overdose loss", "someone who had an od".
  'loss|grief|grieving|bereavement|bereaved',
  'had an|a od|overdose|overdoses',
  'prevention|prevent|preventing|training|awareness|class|kit|kits|carry',
  'before|risk|risks|chance|avoid|avoiding',
  'murio|fallecio|perdi|perdimos',
  'ano|mes pasado',
  'hace ... anos|meses|ano|mes',
  'prevencion|prevenir|capacitacion',
  // The twenty-third probe: an overdose survived and told ("i came back from an overdose and it changed my life"), the
  // job that sees them ("im an er nurse and see overdoses"), learning naloxone, a song, the last one wished away.
  'came|come back from an|a|my overdose|od',
  'changed my life',
  'see|seeing|treat|treating|saw overdoses|ods',
  'learn|learning|teach|teaching|taught to|how? use|give|carry',
  'song|album|lyrics',
  'last overdose|od|overdoses',
  'when i overdosed|od',
  // "i wish the overdose had killed me" (the twenty-fourth probe): a death wished (suicide's), not an overdose now.
  'wish|wished the|my|that|i overdose|od|overdosed',
  'wish i didnt|hadnt|never survive|survived',
  // The twenty-fourth probe: overdoses as a job's calls, a number or a study, a song ("we ran 4 od calls today", "the
  // overdose death rate in ohio", "a school project on fentanyl overdose statistics", "overdose by the weeknd").
  'od|ods|overdose|overdoses calls|call|runs|statistics|stats|rate|rates|deaths|death|epidemic|numbers|data|crisis',
  'paramedic|paramedics|firefighter|firefighters|emt|emts|medic|medics',
  'been to ... overdoses|ods',
  'how many people',
  // The twenty-sixth probe: an overdose told as the start of recovery ("after my od i went to rehab", "my overdose was
  // the wake up call"), a habit gone ("he used to overdose a lot"), a member lost ("lost a member of our group to an
  // overdose").
  'after|since my|his|her|the|that overdose|od i|he|she|we|they|ive|hes|shes|was|went|got',
  'wake up call',
  'used to',
  'lost ... ... ... to an|a overdose|od',
  'project|research|paper|essay|homework|report on',
  'by the weeknd|artist|band',
  'listening|listen to',
  // The twenty-fifth probe: learning to give naloxone, to be ready ("how do i use narcan, want to be ready"), days
  // and vigils in Spanish ("el dia de conciencia sobre sobredosis", "una vigilia por el dia de las sobredosis").
  'how do|does|would|can|should|to i|you|we|u|one? use|give|administer',
  'be ready|prepared',
  'just in case',
  'vigil|vigils|memorial|conciencia|concientizacion|vigilia|homenaje|memoria',
  // Asleep after a day, not out cold: "my wife passed out early, she had a long day", "normal sunday".
  'long day|week|shift|night',
  'normal|typical|usual sunday|saturday|friday|night|day|weekend',
  'watching|after the? football|tv|game|movie|show|superbowl',
  // The twenty-seventh probe: overdoses in the news or a count going down or up ("the news said overdoses are down
  // in the county", "las noticias dicen que las sobredosis bajaron").
  'news|article|headline|headlines|newspaper|noticias|periodico|articulo',
  'overdoses|ods|sobredosis are|were|have|went|son|bajaron|subieron down|up|rising|falling|dropping|increasing|decreasing|gone',
];

/**
 * Real words one typo away from a listed word, which must never be corrected into it:
 * "too many bills" is not "too many pills".
 */
const KNOWN_WORDS = [
  // "im homeless and using" is no "hopeless": a texter with no home is no alarm for that alone.
  'homeless',
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
  // Near the newer words: "within the noise" is not a noose, "was attached" not "was attacked".
  'noise',
  'loose',
  'moose',
  'goose',
  'attached',
];

/** Turns "od'd", "OD'ing", "O.D." into words the lists hold, before apostrophes go. */
function spellOutOverdose(plain: string): string {
  // Each form below holds "od" or "o.": a text with neither (most) is left as it is, without three global replaces.
  if (!plain.includes('od') && !plain.includes('o.')) return plain;
  return plain
    .replace(/\bo\.\s?d\b\.?/g, 'od')
    .replace(/\bod(?:'|-)(?:d|ed)\b|\boded\b/g, 'overdosed')
    .replace(/\bod(?:(?:'|-)(?:ing|in)|ing)\b/g, 'overdosing');
}

/**
 * "SA'd" (sexually assaulted) before its apostrophe goes and leaves "sad": "i got SA'd last night", "she was sa'd".
 * Only with the apostrophe; "sad" is read as sad.
 */
function spellOutAssault(plain: string): string {
  let out = plain.includes("sa'") ? plain.replace(/\bsa'd\b/g, 'sexually assaulted') : plain;
  // The twenty-third probe: "i sh'd again" (self-harmed; "shd" alone is as often "should"), "got r*ped" starred.
  if (out.includes("sh'")) out = out.replace(/\bsh'd\b/g, 'self harmed').replace(/\bsh'ing\b/g, 'self harming');
  if (out.includes('*')) out = out.replace(/\br\*p(?:e)?d\b/g, 'raped').replace(/\br\*pe\b/g, 'rape');
  return out;
}

/** "SAd" written so, in capitals ("i was SAd at a frat party"): sexually assaulted; "sad" in small letters is sad. */
function spellOutCapitalSA(text: string): string {
  return text.includes('SA') ? text.replace(/\bSA(?:d|ed)\b/g, 'sexually assaulted') : text;
}

/**
 * The twenty-second session's safety probe (about 800 danger phrasings, 330 everyday ones): an overdose told by the
 * breath ("breathing like once every 10 seconds", "apenas respira"), by what was found ("empty pill bottles", "narcan
 * isnt working"), by the chest after uppers, or by what was drunk (hand sanitizer, mouthwash).
 */
const OVERDOSE_TWENTY_SECOND: readonly Spec[] = asWritten([
  'breathing|breathes|breaths ... every|times|once ... seconds|secs|second|minute|min',
  'breathing|breath keeps|kept stopping|stops',
  'keeps|kept stopping breathing',
  { p: 'breathing|breaths is|are|so|really|very|real? slow|shallow|gurgling|rattling', notNear: ['lol', 'yoga'] },
  // Not the advice of a breathing exercise ("respira despacio cuando sientas ansiedad", "me dijo respira despacio";
  // the forty-fifth probe).
  {
    p: 'respiracion|respira muy|bien|bastante? lenta|lento|despacio',
    notAfter: BREATHING_ADVISED,
    notNear: BREATHING_EXERCISE,
  },
  'apenas respira|respirando',
  'casi no respira|respirando',
  'cant|cannot|couldnt|wont get him|her|them|em to? respond|answer|wake',
  { p: 'found|finding|is|was|hes|shes ... unconscious|unresponsive', notNear: ['bias', 'mind', ...UNANSWERED] },
  'took|taken|used|did something|somethin and|n is|hes|shes|turned|turning|looks blue|purple|gray|grey',
  'narcan|naloxone isnt|not|didnt|aint|wont working|work|helping|help|doing',
  'found|finding ... with|next|by|near|around? empty? pill|pills|medicine|med bottles|bottle',
  'floor|ground|bathroom with ... pill|pills bottles|bottle',
  'throwing|puking|vomiting up? while passed|blacked|knocked out',
  'coke|cocaine|meth|crack|line|lines|molly|mdma|adderall|speed ... chest hurts|hurting|tight|pain|pains|pounding',
  'coke|cocaine|meth|crack|line|lines|molly|mdma|adderall|speed ... chest is|feels tight|heavy|hurting|crushing',
  'chest hurts|hurting|pain|pains|tight|pounding ... after ... coke|cocaine|meth|crack|molly|line|lines|adderall',
  'overheating|overheated ... after|on|from ... molly|mdma|ecstasy|meth|coke|something',
  'drank|drink|drinking|drinks|swallowed hand? sanitizer|mouthwash|listerine|isopropyl|antifreeze|bleach|cologne',
  'drank|drink|drinking|drinks|swallowed rubbing alcohol',
  'is|hes|shes|theyre|im|bf|gf odding|oddin|odin',
  'bro|bruh|homie|dude|bestie|bff is|s blue|purple',
  // A small child who drank or swallowed what adults take ("my 4 year old drank my vodka", "mi nino se tomo mi
  // metadona").
  `year|yr|yo|years|yrs old? drank|ate|swallowed|took my|the|some|his|her ${DRINKS}|${PILLS}|methadone|suboxone|edible|edibles`,
  `year|yr|yo|years|yrs old? got into my|the|some|his|her ${DRINKS}|${PILLS}|methadone|suboxone|edible|edibles`,
  `nino|nina|bebe|nene|nena ... se tomo|trago|comio mi|la|su|las|mis metadona|suboxone|${PASTILLAS}`,
]);

/**
 * The same probe: suicide by a height, someone else at the edge or locked in with the means, goodbyes, and passive
 * wishes.
 */
const SUICIDE_TWENTY_SECOND: readonly Spec[] = asWritten([
  {
    p: 'jump|jumping|jumped out|off|from the|my|a|this? window|balcony|bridge|roof|building|overpass|ledge|cliff',
    notNear: ['pool', 'lake', 'water', 'river', 'trampoline', 'lol', 'haha', 'lmao', 'fun', 'fire', 'into', 'bed'],
  },
  'jump|jumping|step|walk in front of a|the|an? car|train|truck|bus|traffic',
  'balcony|roof|bridge|ledge|window|overpass ... want|wanna|going|gonna|about|ready|thinking to? jump',
  'roof|bridge|ledge|balcony|overpass ... hell|shell|hes|shes|gonna|going|wants|threatening|says|saying|to jump',
  'locked|locks himself|herself|themselves|themself|myself in the|her|his|my? bathroom|room|car|closet with ... pills|meds|gun|knife|rope|razor',
  'burned|burnt|burning|cut|cutting|hurt|hurting myself on purpose',
  'ya|tampoco no quiere|quieren vivir',
  'no quiere|quieren vivir mas',
  'quiere|quieren morir|morirse',
  'this is my goodbye|farewell text|message',
  'this is my last|final goodbye',
  'my last goodbye',
  'last time youll|ull hear from me',
  'last time you|u will hear from me',
  'you|u wont|dont have to worry about me after|anymore',
  'after tonight ... wont|dont have to worry|see|hear',
  'esta es mi despedida',
  { p: 'adios a todos', notNear: ['jaja', 'gracias', 'nos vemos', 'manana', 'hasta'] },
  'mensaje|carta|nota de despedida',
  'disappear|vanish permanently|forever',
  'wish i could just? not exist',
  'wish i could just? stop existing',
  'wouldnt mind if i didnt|never wake|woke up',
  'if i died ... nobody|noone would care|notice|miss',
  'if i died ... no one would care|notice|miss',
  'not going|gonna to? be here tomorrow',
  'wish a car|truck|bus|train would just? hit me',
  'want|wish it all to be|was over|ended',
  'hate my life and|n want it over|gone',
  'im|am over living|life',
  'not tryna|trying to? be alive',
  'looking up|for|into ways|how to die|kill|end',
  'searching|googling ways|how to die|kill|end',
]);

/** The same probe: someone hurting the texter now, threats said, held down, fire, weapons in Spanish, a child hurt. */
const VIOLENCE_TWENTY_SECOND: readonly Spec[] = asWritten([
  {
    p: 'is|hes|shes|s|keeps|keep|theyre|are hurting|hurtin me|us|my|the',
    notNear: ['with', 'by', 'feelings', 'feeling', 'emotionally', 'heart', 'when', 'drinking', 'using', 'pride'],
  },
  'saying|says|said|threatening|threatened|swears|swore he|she|hell|shell|theyll|hes|shes|theyre|hed|shed|to|gonna|going|will|would ... kill|hurt|murder|shoot|stab me|us',
  `${IMPAIRED} and|n banging|pounding|kicking|trying on? my|the|our door|window|doors|windows`,
  'he|she|hes|shes|they|theyre|husband|hubby|wife|boyfriend|bf|girlfriend|gf|ex|dad|stepdad|mom|brother|and pinned|pinning|pins|holding|held|holds me down',
  'burn|burning|torch the|my|our|this house|place|apartment|trailer down',
  'poured|pouring gas|gasoline on|around the|my|our? floor|house|me|car|bed',
  {
    p: `${IMPAIRED}|paranoid|psychotic|tweaking ... and|n has|got|grabbed|holding a|his|her knife|gun|pistol|machete`,
    notNear: ['cut', 'cook', 'cooking', 'steak', 'food', 'dinner', 'chop', 'slice', 'hunting', 'range'],
  },
  'esta|anda afuera|aqui|enfrente ... con una|un pistola|cuchillo|arma|navaja|machete',
  // A child hurt, told by a parent: shaken, thrown, hit (kind as pinned: a child hit at home is violence).
  {
    p: 'shook|shaking|shakes|shake|threw|throws|throwing the|my|our|his|her baby|son|daughter|kid|child|toddler',
    notNear: ['party', 'birthday', 'shower', 'a', 'bottle', 'rattle', 'ball', 'hand'],
  },
  `${WHO_HURTS} hit|hits|hitting|punched|slapped|kicked|choked my|the|our daughter|son|baby|kid|kids|child|toddler`,
  `${IMPAIRED} and|n locked my|the|our kids|baby|son|daughter in`,
  'burned|burns|burnt|burning me with a? cigarette|cigarettes|lighter|cigar',
  'me quemo|quema|quemaron con un|una? cigarro|cigarrillo|encendedor',
  // Someone else raped, or the texter while out: RAINN (sexualAssault reads the words).
  'raped|rapes|raping|molested|molests|molesting my|our|his|her daughter|son|sister|brother|friend|kid|kids|child|baby|wife|girlfriend|mom|niece|nephew|cousin',
  'someone|somebody|guy|man raped|molested my|our|his|her',
  'violaron|violo|abusaron a mi|su|tu|nuestra|nuestro',
  'fue|fueron violada|violado|violadas|violados',
  'la|lo|las|los violaron|violo',
  'sex with me while|when i|im was? passed|blacked out|asleep|unconscious|drunk',
  'touched|groped|fondled me while|when i was passed|blacked out|asleep|unconscious|drunk',
  'woke up and|n someone|somebody|he|she|guy was on top of me',
  'too drunk|high|wasted|out to say no|consent',
  'he|she|they|someone sad me',
]);

/** The same probe: someone else about to drive impaired, the texter riding with them, a caretaker impaired. */
const DANGER_TWENTY_SECOND: readonly Spec[] = asWritten([
  'va|quiere|piensa|insiste en? a? manejar|conducir borracho|borracha|pedo|peda|tomado|tomada|drogado|drogada',
  'maneja|conduce borracho|borracha|pedo|peda|tomado|tomada|drogado|drogada',
  'anda|esta tomado|tomada|borracho|borracha|pedo|peda|drogado|drogada y|e va|quiere a? manejar|conducir',
  'in the|a|his|her car|truck with my|a? drunk|high|wasted ... driving|drivin|driver',
  'driver is|s|seems|looks drunk|high|wasted|hammered|buzzed',
  `${OTHERS} is|s driving|drivin and|n hes|shes|theyre|is|s ${IMPAIRED}`,
  'drunk driver swerving|in|behind|next|ahead',
  // Not a time told as over: "i was too drunk to watch my kids, thats why i got sober" (the fortieth probe).
  {
    p: 'too drunk|high|wasted|fucked|messed up? to watch|take|mind my|the|our kids|baby|son|daughter|care',
    notAfter: ['was', 'were'],
  },
  'im|am|were wasted|drunk|high|nodding and|n alone with my|the|our baby|kids|son|daughter',
  'alone and|but im|am too? fucked|drunk|high|wasted',
  'nodding|noddin out while|with holding|carrying her|his|the baby',
  'babysitter|nanny is|s|was drunk|high|wasted',
]);

/** The same probe: the texter about to drive after drinking (drivenBySomeoneElse gives another's to `danger`). */
const DRIVING_TWENTY_SECOND: readonly Spec[] = asWritten([
  'too drunk|high|wasted|lit but|and|n gotta|have|need|got|gonna|going to? drive',
  `driving|drivin home? rn|now|right? now? and|n|but i? im|am so|really|pretty|hella|kinda? ${HIGH_NOW}`,
  'beers|shots|drinks|beer and|n|but? im|i? about|gonna|going|gotta|have|need|fixing|finna|got to? drive|driving|drivin',
  'had too many|much ... driving|drive|drivin home',
  'getting|get|hopping|hop|jumping in|into my|the car|truck drunk|wasted|high|hammered',
  'drunk|wasted|high|hammered and|n getting|get|hopping|hop in|into my|the car|truck',
  'about|gonna|going to get|hop|jump in|into my|the car|truck and|n im|i am? wasted|drunk|high|hammered',
  'lit and|n about|gonna to? hop|get|jump in',
  'drunk|high|wasted driving|drivin home|now|rn',
  'drunk|high|wasted and|n driving|drivin rn|now',
  'driving|drivin while high|drunk right? now|rn',
  `${IMPAIRED} and|n|but wants|wanna|trying|tryna|insists|insisting|about|gonna|going|fixing|finna|gotta to? drive`,
  `${IMPAIRED} ... just|already? grabbed|took|has|got|taking|grabbing his|her|the|their car? keys`,
  `about|gonna|going|fixing|finna to? drive|driving ... and|but|n hes|shes|theyre|is|s|he|she so|really|pretty? ${IMPAIRED}`,
  // "voy a manejar aunque estoy borracho" (the thirty-ninth probe): the drive said first, the drink after "aunque".
  'voy a manejar|conducir y|e|aunque estoy|ando|este|ande borracho|borracha|pedo|peda|tomado|tomada|drogado|drogada|high',
  'ando|estoy high|drunk|pedo|peda|borracho|borracha y|e manejando|conduciendo',
  'estoy|ando bien|muy? pedo|peda|borracho|borracha|tomado|tomada y|e me? voy a? ir? manejando|manejar',
]);

/** After benzos stopped: with a doctor, slowly, or long ago ("stopped xanax with my doctor, tapering"). */
const BENZOS_STOPPED_SAFELY = ['slowly', 'taper', 'tapering', 'doctor', 'years', 'ago', 'months', 'weeks'];

/** The same probe: benzos stopped at once, seizures foretold, confusion or hallucinations after the drink stopped. */
const WITHDRAWAL_TWENTY_SECOND: readonly Spec[] = asWritten([
  {
    p: 'quit|stopped|stop|stopping|quitting taking? my|the? klonopin|xanax|ativan|valium|benzos|bars|clonazepam|lorazepam|alprazolam|diazepam',
    notNear: BENZOS_STOPPED_SAFELY,
  },
  {
    p: 'ran out of my|the? klonopin|xanax|ativan|valium|benzos|bars|clonazepam|lorazepam|alprazolam|diazepam',
    notNear: BENZOS_STOPPED_SAFELY,
  },
  'drink|drinking ... or i|ill get|have|go into? a? seizure|seizures|dts',
  'drink|drinking ... or i|ill get the shakes',
  'if i stop|quit drinking i get|have|go into? a? seizure|seizures|dts',
  {
    p: 'quit|stopped drinking|drinkin ... confused|hallucinating|nonsense',
    notNear: ['week', 'weeks', 'ago', 'month'],
  },
  'deje|dejo|dejamos|dejaron de tomar|beber ... alucinando|viendo|temblando|confundido|confundida',
  'no he|ha tomado ... dias y|e estoy|esta temblando|alucinando|confundido|confundida',
  'deje|dejo las pastillas de golpe',
]);

/** Sedation told after opioids and benzos: what an overdose looks like before breathing slows. */
const CANT_STAY_AWAKE = ['cant|cannot|can barely|hardly keep my|his|her|their eyes open', 'cant|cannot stay awake'];

/**
 * The twenty-third session's own probe (safety-23): downers as texters also name them, for mixes told with verbs and
 * amounts between. Opioid-maintenance meds (methadone, Suboxone), morphine, street dope, "klonos", "gabbys"; not
 * "blue(s)", read apart below ("had the blues").
 */
const DOWNERS_TOLD = `${DOWNERS}|methadone|suboxone|subs|subutex|morphine|dope|klonos|klonopins|kpins|gabbys|gabapentins|norco|roxicodone|dilaudid|ativans|valiums|somas`;
/** Drink named among the downers: DRINKS and its kinds and sizes. */
const DRINKS_TOLD = `${DRINKS}|bourbon|brandy|henny|hennessy|fireball|40oz|tallboys|tallboy|brews|moonshine|sake`;
/** What the texter or someone took, told as done: the verbs of a mix. */
const TOOK_TOLD =
  'took|had|did|popped|ate|smoked|snorted|drank|shot|swallowed|downed|sniffed|railed|banged|used|mixed|mixing|combined';
/** Pain or nerve pills told in two words: "3 of my husbands pain pills", "his nerve pills". */
/** After a mix named, talk about mixes ("methadone and alcohol can be dangerous", "asking for a class"). */
const MIX_TALK = ['dangerous', 'deadly', 'kills', 'asking', 'question', 'class', 'interaction', 'interactions'];
const TWO_WORD_PILLS = 'pain|nerve|sleeping|sleep|anxiety|back pills|pill|meds|killers';
/**
 * A small child, as a parent or grandparent names one: "my little one", "my grandbaby", "my 3yo" (read as "eyo" by
 * the digits-for-letters reading, "4yo" as "ayo"). Not "son" or "daughter", who may be grown.
 */
/** Where self-harm is told: "i burned my arm on purpose". */
const BODY_HURT = 'arm|arms|leg|legs|wrist|wrists|skin|thigh|thighs|stomach|hand|hands|face|chest|hip|hips|head';
const SMALL_CHILD =
  'kid|toddler|baby|grandbaby|grandbabies|little|1yo|2yo|eyo|ayo|5yo|6yo|7yo|8yo|9yo|iyo|infant|child|grandkid|grandson|granddaughter|nephew|niece';

/**
 * The twenty-third session (the twenty-second probe's leftovers): downers mixed with an amount between ("10 bars and
 * a lot of lean"), methadone or Suboxone with benzos or drink, and sleepiness after them.
 */
const OVERDOSE_TWENTY_THIRD: readonly Spec[] = asWritten([
  {
    p: `${MANY}|some|few|couple|lot|bunch|handful ${DOWNERS} and|n|with|plus|then|on|after ... ${DOWNERS}|${DRINKS}`,
    notAfter: DRINK_HABIT,
    notNear: MIX_TALK,
  },
  {
    p: `took|taken|had|did|popped|used my|his|her? methadone|suboxone|subs|sub|subutex|dose and|n|then|plus|with|on|after ... xanax|xans|bars|benzos|klonopin|valium|ativan|${DRINKS}`,
    notAfter: DRINK_HABIT,
    notNear: MIX_TALK,
  },
  ...CANT_STAY_AWAKE.map(
    (sleepy) => `took|taken|did|used|popped|had ... ${DOWNERS}|methadone|suboxone|subs ... ${sleepy}`,
  ),
  // The twenty-third probe (P01): a mix told with verbs and amounts between ("i took 2 xanax and 4 percs and a couple
  // beers", "did a bag of dope and drank a 40 and took some klonos", "took my methadone dose and then smoked fent"),
  // methadone, Suboxone, morphine and dope among the downers; a habit or question before the verb turns it off.
  {
    p: `${TOOK_TOLD} ... ... ${DOWNERS_TOLD} dose|doses|script|bars? and|n|with|plus|then|on|after|w ... ... ${DOWNERS_TOLD}|${DRINKS_TOLD}`,
    notAfter: DRINK_HABIT,
    notNear: MIX_TALK,
  },
  // The drink said by its verb alone ("took 2 subs and drank a 12 pack"); not water or coffee.
  {
    p: `${TOOK_TOLD} ... ${DOWNERS_TOLD} and|n|then|with|plus ... drank|drinking|drinkin|chugged`,
    notAfter: DRINK_HABIT,
    notNear: [
      'water',
      'coffee',
      'tea',
      'juice',
      'soda',
      'milk',
      'gatorade',
      'glass',
      'cup',
      'pop',
      'energy',
      'nothing',
    ],
  },
  // A pill found and swallowed: "i think my son swallowed a pill he found on the floor".
  'swallowed|ate|eaten|took a|some|the|one pill|pills|tablet|tablets|blue|bar he|she|they found|picked',
  {
    p: `${TOOK_TOLD} ... ${DOWNERS_TOLD} and|n|with|plus|then|on|after|w ... ... ${TWO_WORD_PILLS}`,
    notAfter: DRINK_HABIT,
    notNear: MIX_TALK,
  },
  // Drink first, then the downer taken ("drank 18 beers then took 2 of my moms oxys", "i had a few drinks and then
  // took 6 or 7 of my ativan", "had a fifth and 4 or 5 xans").
  ...[DOWNERS_TOLD, TWO_WORD_PILLS].map((downer) => ({
    p: `${TOOK_TOLD} ... ${DRINKS_TOLD} and|n|then|plus|with|w ... ${TOOK_TOLD}|${MANY}|some|few|couple|2|3|4 ... ... ${downer}`,
    notAfter: DRINK_HABIT,
    notNear: MIX_TALK,
  })),
  {
    p: `${TOOK_TOLD} ... ${DRINKS_TOLD} and|n|then|plus|with|w ... ${DOWNERS_TOLD}`,
    notAfter: DRINK_HABIT,
    notNear: MIX_TALK,
  },
  ...[DOWNERS_TOLD, TWO_WORD_PILLS].map((downer) => ({
    p: `been drinking|drinkin ... ... just|then|and took|popped|did|ate ... ... ${downer}`,
    notAfter: DRINK_HABIT,
    notNear: MIX_TALK,
  })),
  // Dope counted in bags or points, then downers: "she did a bag and took some bars and now shes snoring".
  {
    p: `did|shot|sniffed|snorted|banged|slammed a|two|some|few|couple|2|3 bag|bags|bundle|point|points|shot|shots and|n|then|with|plus ... ... ${DOWNERS_TOLD}|${DRINKS_TOLD}`,
    notAfter: DRINK_HABIT,
  },
  // Blues (pressed fentanyl) counted: "did 2 blues and then drank a fifth", "smoked a blue and drank".
  {
    p: `${TOOK_TOLD}|hit ... 1|2|3|4|${MANY}|a|some|few|couple|bunch|like blue|blues and|n|with|plus|then|w ... ... ${DOWNERS_TOLD}|${DRINKS_TOLD}|lean`,
    notAfter: DRINK_HABIT,
    notNear: MIX_TALK,
  },
  // Asked while already sedated: "how much xanax can i take with 6 beers im already kinda nodding".
  `${DOWNERS_TOLD} ... with|after ... ${DRINKS_TOLD}|drinking ... im|i|feel|feeling ... nodding|heavy|sleepy|spinning|fading`,
  // Spanish: "tome 3 xanax y una botella de tequila", "tome metadona y luego unas pastillas".
  `tome|tomo ... xanax|clonazepam|rivotril|metadona|suboxone|morfina|fentanilo|percocet|oxicodona y|e|con ... ... ${PASTILLAS}|tequila|vodka|cerveza|cervezas|botella|alcohol|whisky|mezcal|xanax|metadona`,
  // Symptoms told by those who find someone (P04): the breath's noise, the pupils, someone slumped or locked in who
  // will not answer, "falling out", "cant rouse him", "wont come to".
  {
    p: 'breathing|breath|breathin sounds|sounding|is|s|like ... rattle|rattling|gurgling|gurgle|snoring|raspy|wheezy|choking',
    notNear: ['lol', 'asthma', 'cold', 'allergies', 'yoga', 'when', 'whenever', 'sometimes', 'always'],
  },
  {
    p: 'making|makes|made ... snoring|snore|gurgling|gurgle|rattling|rattle|choking noise|noises|sound|sounds',
    notNear: ['lol', 'night', 'nights', 'always', 'haha', 'again'],
  },
  {
    p: 'breathing|breathin but like? barely|hardly',
    notNear: ['sleeping', 'sleep', 'slept', 'eating', 'ate', 'talking', 'lately'],
  },
  { p: 'pinpoint|pinned|tiny pupils', notNear: ['lol', 'haha', 'lmao'] },
  { p: 'pupils are|r pinpoint|pinned|tiny', notAfter: ['my'], notNear: ['when', 'lol', 'haha', 'in', 'from'] },
  'pupilas chiquitas|pinpoint|pequenitas|chiquititas',
  {
    p: 'gasping|gasps for? air|breath?',
    notNear: ['lol', 'haha', 'shock', 'surprise', 'laughter', 'running', 'run', 'workout', 'laughing', 'swimming'],
  },
  'cant|cannot|couldnt|wont rouse|rouse him|her|them|em|my',
  ...[`cant|cannot|couldnt get ${PEOPLE}|my ... to come to`, `${PEOPLE}|and wont|cant|isnt|not come|coming to`].map(
    (p) => ({
      p,
      // Not "he wont come to the meeting": coming to, said last or before the next thing told.
      onlyBefore: ['and', 'i', 'he', 'she', 'hes', 'shes', 'please', 'pls', 'help', 'we', 'im', 'what', 'after', 'now'],
    }),
  ),
  `slumped ... ... wont|not|isnt|cant answer|respond|wake|move|moving|responding|answering`,
  {
    p: 'bathroom ... ... wont|isnt|not|doesnt answer|answering|respond|responding|open',
    notNear: ['phone', 'texts', 'text', 'calls', 'call', 'emails'],
  },
  { p: 'fallin|falling out after|from|on|off', notAfter: ['a', 'big', 'had', 'our', 'the'] },
  { p: 'his|her|their lips are|r|look|turning|got dark|blue|purple|gray|grey', notNear: [...COLOURED_BY, 'wine'] },
  'narcan|naloxone wore|wearing off',
  `on the floor|ground not moving|breathing|responding`,
  `heart|hearts racing|pounding ... after|from ... coke|line|lines|meth|crack|molly|bump|bumps|adderall`,
  `chest hurts|hurting|pain ... ... been? smoking|doing|using|snorting|on crack|coke|meth|speed`,
  `burning up|overheating ... after|on|from molly|mdma|ecstasy|meth|coke`,
  `breathing|breathin feels|is slow|shallow`,
  'se|le metio|drogo|inyecto ... ... no se|le? mueve|responde|despierta|respira|contesta',
  'no se mueve|responde|despierta|respira|contesta ... se metio|drogo|fentanilo|fenta|heroina|jeringa|pastillas',
  'tirado|tirada ... con una? jeringa|aguja',
  'no puedo despertar|despertarlo|despertarla',
  'no wake|wakes up',
  'no esta breathing',
  'is|esta blue|azul ... se metio|fentanilo|help',
  'help ... is|esta blue|purple',
  'pills|pastillas y no wake|breathing|responde',
  // Sedation told after pills, the breath slow with words between ("her breathing is real slow", "now he is real
  // sleepy and cant talk right", "she wont hardly wake up").
  'breathing|breathin|breaths is|are|s so|really|very|real|super slow|shallow',
  'wont|cant|doesnt|will hardly|barely wake',
  `pills|pill|meds|${DOWNERS_TOLD} ... ... sleepy|drowsy|groggy|slurring ... cant|cannot|barely talk|speak|stand|walk|breathe`,
  `${PEOPLE}|breathing|breathin but ... not|isnt|barely|hardly|wont responding|respond|moving|waking|wake|answering`,
  `heart|hearts is|s racing|pounding ... after|from ... coke|line|lines|meth|crack|molly|bump|bumps|adderall`,
  `slumped ... ... ... wont|not|isnt|cant answer|respond|wake|move|moving|responding|answering`,
  // Feeling wrong after a street drug said first ("i did some heroin and now i feel weird"); the same is read as
  // using alone below.
  `did|used|shot|smoked|snorted|took|popped|railed|hit some|a|the|that|my|this? ${STREET}|heroin ... ... feel|feeling|feels weird|wierd|funny|strange|wrong|off|dizzy`,
  // A seizure after a drug taken: an overdose, not withdrawal ("my friend smoked spice and is having a seizure",
  // "mi esposo esta convulsionando despues de tomar pastillas").
  `smoked|took|used|did|shot|snorted|hit ... ${STREET}|spice|k2|pills|${DOWNERS_TOLD} ... ... seizure|seizing|seizures|convulsing`,
  'convulsionando|convulsiona despues de tomar|usar|meterse|fumar|inyectarse',
  'convulsionando|convulsiona ... creo que uso|tomo|fumo|consumio|inhalo',
  'convulsionando|convulsiona ... creo que se metio|drogo',
  // Pills or a shot taken all at once, told as "everything" ("i shot up everything i had", "took everything in my
  // medicine cabinet"), and the hot shot.
  'shot|swallowed|snorted|injected|smoked up? everything|all i had|got|have',
  { p: 'took|taken|swallowed everything in my|the medicine cabinet|cabinet', notAfter: ['it', 'that', 'this'] },
  'did|do|doing|gave|give|took a hot shot',
  'hotshot|hotshots',
  'took|swallowed|ate|popped|tomo|tome un|una monton|punado|chingo de? pills|pastillas',
  // A small child who drank or ate what adults take, with the words of a toddler ("my little one got ahold of my
  // xanax", "my grandbaby found my pain pills and ate some", "my kid drank the juice from my vape").
  ...[`${PILLS}|${DOWNERS_TOLD}|vape|edible|edibles|gummies|blue|blues|pill|beer|vodka|wine|liquor|whiskey`].flatMap(
    (what) => [
      `${SMALL_CHILD} ... got|gotten into|ahold|hold|in of? my|the|his|her|some|a|our ... ${what}`,
      `${SMALL_CHILD} ... found my|the|his|her|some|a|our ... ${what} ... ate|eat|eaten|drank|swallowed|took|chewed|some`,
      `${SMALL_CHILD} ... drank|sipped|chugged|swallowed|ate|eaten|chewed some|of|from|part|a|one|my|the|his|her ... ... ${what}`,
    ],
  ),
  `nino|nina|bebe|nene|nena|hija|hijo|nieto|nieta|hijito|hijita ... se tomo|trago|comio|bebio ... ... metadona|suboxone|jarabe|${PASTILLAS}`,
]);

/** After "so i wont wake up": a night's sleep, not death ("so i dont wake up at 3am", "until noon"). */
const WAKING_WHEN = ['at', 'until', 'till', 'til', 'early', 'during', 'every', 'in', 'before', 'tired', 'again'];

/**
 * The same leftovers: pills taken so as not to wake ("i took all my pills so i wont wake up": 988 with 911), being
 * done with life said so ("im so over living", "done living"), and "ctb" (the forums' "catch the bus").
 */
const SUICIDE_TWENTY_THIRD: readonly Spec[] = asWritten([
  { p: 'so|that|hoping i|ill wont|dont|never wake|wakeup up?', notNear: WAKING_WHEN },
  { p: 'so|that|hoping i will never wake|wakeup up?', notNear: WAKING_WHEN },
  { p: 'over|done living', notNear: STOP_LIVING_HOW },
  { p: 'done with living|life', notNear: STOP_LIVING_HOW },
  'want|wanna|gonna|going|ready|plan|planning|thinking|decided|time|wants|keeps|saying to? ctb',
  'ctb tonight|today|soon|now',
  // The twenty-third probe (P07): plans, means, places and goodbyes without the core words ("the car is running and
  // the garage is closed", "gonna eat my gun", "im on the train tracks", "im sorry mom goodbye", "i wrote letters to
  // everyone and im ready", "whats the amount of fent that would kill me").
  // Not a car's repair ("my car is running rough, its in the garage", "the garage door is closed and my car is
  // running fine now"): the engine on with the garage shut.
  { p: 'car|engine|truck is|s running and|n|in|inside the garage', notNear: ['warming', 'warm', 'heat', 'defrost'] },
  'car|engine|truck is|s running and|n the garage door? is|s closed|shut',
  {
    p: 'garage ... ... car|engine|truck is|s? running',
    notNear: ['fine', 'good', 'great', 'rough', 'well', 'better', 'again'],
  },
  'eat|eating|ate my|a gun|bullet|shotgun|pistol|glock|rifle',
  'im|am|sitting|standing|laying|lying|sat|stood on|at the train|railroad tracks|track',
  'lake|river|ocean|sea|water|woods ... and|n not|never come|coming back',
  {
    p: 'go|going|check|checking|sleep|rest out? for good|forever',
    notNear: ['food', 'times', 'time', 'reason', 'cause', 'lol', 'haha', 'lmao'],
  },
  'on|at the edge|ledge of the|a? roof|bridge|building|cliff|balcony|overpass',
  'wasnt|not|isnt your|ur fault ... ... goodbye|bye|farewell',
  { p: 'im|am sorry ... goodbye|farewell', notNear: ['for', 'now', 'see', 'talk', 'tomorrow', 'later', 'lol'] },
  'painless|painlessly|quickest|easiest way|ways|method to die|od',
  { p: 'how to do it|die painlessly|quickly|quick|fast', notNear: ['the', 'step', 'steps', 'for', 'at', 'work'] },
  'researching|researched|research|looked|look|looking up? about? ways|how to die|kill|od',
  'soga|cuerda lista|preparada',
  'tengo la soga',
  'puente|azotea|techo|edificio ... ... voy a tirar|aventar|lanzar|brincar',
  'puente|azotea|techo|edificio ... ... quiero|voy|va|quiere a? tirar|aventar|lanzar|brincar|tirarme|aventarme',
  'listas|lista|preparadas|preparada|listo para morir|matarme|morirme|suicidarme',
  {
    p: 'woods|barn|shed|garage|forest|bridge with a|my rope|gun|rifle|shotgun|pistol|noose',
    notNear: [
      ...['hunting', 'hunt', 'climb', 'climbing', 'camping', 'deer', 'swing', 'tree', 'fort', 'target', 'range'],
      ...['for', 'tent', 'tire', 'tarp', 'boat'],
    ],
  },
  { p: 'planning|planned|plan|picked my|own death|suicide|exit', notNear: ['strategy', 'from', 'plan', 'interview'] },
  'plan and|n the? means',
  'amount|much|many ... ... would|will|could|gonna to? kill me',
  {
    p: 'letters|letter|notes|note to|for everyone|everybody|all|yall ... ... im|am ready|done|going',
    notNear: ['for', 'to', 'with', 'step'],
  },
  {
    p: 'say|said|saying|wanted|want goodbye to someone|somebody|anyone|everyone|everybody|yall|all',
    notNear: ['before', 'at', 'party', 'moving', 'move', 'trip', 'leaving', 'lol', 'graduation', 'from'],
  },
  // Pills or a shot taken to die (P08): the 988 with the 911 ("so i can finally sleep for good", "i want it to be
  // over", "because i dont want to be here", "on purpose", "para no despertar").
  { p: 'want|wish|need it to be|was over|end', notNear: ['soon', 'already', 'with', 'so', 'lol'] },
  `${MANY}|all|everything ... ... because|cause|cuz|coz|bc|so i dont|wont want|wanna to? be here|alive|live|exist`,
  'more than|then usual|normal on purpose',
  'more than|then i usually|normally on purpose',
  'hot shot on purpose',
  'hotshot|overdosed|od|overdose|oded on purpose',
  'para no despertar|despertarme',
  'para no volver a despertar',
  // Passive or slang ideation (P09): "im so over being alive", "thinking of kms", "idk why i bother living", "i
  // wont be here tomorrow", "if i die tonight i die", "honestly dont care if this dose kills me".
  'over|done|tired being|of alive|existing',
  { p: 'thinking|think|thought of|about kms|kys', notNear: ['we', 'drove', 'driving', 'away', 'from', 'to', 'per'] },
  'no point ... ... im|am done|finished|out',
  'why|y i|do? i? even? bother living|existing|waking|breathing',
  'bother being alive',
  {
    p: 'i wont|wouldnt be here|around|alive tomorrow',
    notNear: [
      'because',
      'cause',
      'cuz',
      'traveling',
      'at',
      'work',
      'meeting',
      'going',
      'so',
      'out',
      'for',
      'til',
      'till',
      'until',
      'morning',
      'afternoon',
      'night',
      'since',
    ],
  },
  'if i die|od tonight|today i die',
  'if i die|od tonight|today so be it',
  'care if ... ... kills|kill|takes me',
  'want|wanna|gonna|going|about to? end me',
  'no quiero live|be|vivir anymore|here|mas',
  'no quiero estar here|anymore',
  { p: 'quiero|voy|ganas|para de? a? acabar con todo', notNear: ['esto', 'eso'] },
  { p: 'been over|done living', notNear: ['like', 'this', 'that', 'in', 'way', 'as', 'with', 'here', 'there'] },
  'want|going to di',
  {
    p: 'dont|cant see a|any|the|much? reason|point to|in be|going|living|keep|go',
    notNear: ['to', 'tonight', 'there', 'back', 'today', 'meeting', 'meetings', 'out', 'with', 'in', 'at', 'that'],
    notNext: LIVED_SOBER,
  },
  { p: 'no reason to keep|go going|living|on', notNear: ['to', 'back', 'there', 'here', 'tonight'] },
  ...['no point in living|existing', 'whats|wats|what even|is the? point of|in living|life|existing'].map((p) => ({
    p,
    notNext: LIVED_SOBER,
  })),
  'no|any|a reason for me to live|exist',
  { p: 'no point in going on', notNear: ['about', 'with', 'to', 'at'] },
  // Wishing the last overdose had been the end: "i wish the narcan hadnt worked", "i shouldnt have woken up from my
  // last overdose", "i wish they let me die", "ojala no me hubieran revivido".
  'shouldnt|hadnt have? woken|woke|wake up from my|the|that? last? overdose|od|ods|coma',
  'wish|wished the? narcan|naloxone hadnt|didnt|never|wouldnt worked|work',
  'wish they|you|he|she|yall|em|someone had? let|left me die|dead',
  'no me hubieran|hubiera|hubieras revivido|salvado|despertado|traido',
  // Self-harm slang (P10): "i self harmed again", "relapsed on sh", "i want to sh", "i carved into my leg", "got the
  // blade out again", "i need to cut to feel something", "me hice dano otra vez".
  {
    p: 'self|selfharmed harmed|harming',
    notAfter: ['havent', 'hasnt', 'didnt', 'not', 'never', 'from', 'stopped', 'quit'],
  },
  'selfharmed|selfharming',
  'relapsed|relapse|relapsing on|with sh|cutting|selfharm',
  'want|wanna|need|urge|urges to sh',
  'carved|carving|carve into? my|his|her arm|arms|leg|legs|skin|wrist|wrists|thigh|thighs|stomach|hip|hips',
  'cut|cutting|hurt|burn myself? to feel something|anything|alive|real',
  ...['blade|blades|razor|razors out again', 'got|get|took the|my blade|blades|razor|razors out'].map((p) => ({
    p,
    notNear: ['shave', 'shaving', 'cook', 'cooking', 'box', 'work', 'for', 'lol'],
  })),
  'me hice|hago|volvi dano|daño otra|de|a vez|nuevo|proposito',
  'my|own head|hand|fist|knuckles|arm|arms ... ... till|until|til it|they|my ... bleeds|bleed|bled|bleeding|broke|broken',
  'wall|walls ... ... on purpose',
  `burned|burnt|burn|cut|scratched|carved|stabbed|bit|sliced|bruised|punched|hit my|own ${BODY_HURT} ... on purpose`,
  'note|letter and|n took|grabbed|got|took his|her|a gun|rifle|pistol|pills|rope',
  'note|letter and|n left with his|her|a gun|rifle|pistol|pills|rope',
  // Someone else's warning signs (P11): a note left and gone, a goodbye text, a gun taken and gone.
  {
    p: 'left|wrote a note|letter and|n hes|shes|theyre|is gone|missing|left',
    notNear: ['to', 'for', 'out', 'home', 'back', 'work', 'shopping'],
  },
  { p: 'sent|got|left me? a goodbye|farewell text|message|note|letter|video', notNear: ['lol', 'haha', 'from', 'to'] },
  {
    p: 'took|grabbed his|her|a gun|rifle|pistol and|n left|drove|went|walked|took off?',
    notNear: ['hunting', 'hunt', 'range', 'shooting', 'deer', 'target', 'camping', 'to', 'for'],
  },
  'drove|driving|went off|away ... ... saying goodbye',
  'giving|gave|gives ... away and|n saying|said|says goodbye',
  'se despidio de todos ... no contesta|responde',
  // A gun held to one's own head, said with "put" (the older pattern leaves "he put a gun to my head" to violence).
  'i|im|ive put|held|holding|pointed|putting|hold a|the|my gun|pistol to|against my head',
  'i|im|ive put|held|holding|putting|hold a|the|my knife|blade|razor to|against|on my wrist|wrists|throat',
  {
    p: 'so|then|cause|cuz i can|could|will|would die',
    notNear: ['happy', 'laughing', 'lol', 'haha', 'sober', 'old', 'in'],
  },
  'saying|says goodbye and|n gave|giving|given|gives ... ... away',
  'im|am|sitting|standing|laying|lying|sat|stood on|at the tracks',
]);

/** Before "drive home drunk": a habit told, not tonight ("i used to drive home drunk", "i never drive home after"). */
const HABIT_BEFORE = ['used', 'would', 'always', 'usually', 'never', 'dont', 'when'];
/** Before a drive told with drink between: a habit, a rule, a denial or a charge ("i never", "my dui for"). */
const NOT_DRIVING_NOW = [
  ...HABIT_BEFORE,
  ...['not', 'wont', 'cant', 'shouldnt', 'before', 'for', 'of', 'against', 'no', 'stop', 'quit', 'without'],
];

/**
 * The same leftovers: the texter on the road drunk said plainly ("im driving home drunk", "drunk and driving home"), or
 * with the drinks counted after ("ima drive home after like 8 beers", "about to drive home, had 8 beers").
 */
const DRIVING_TWENTY_THIRD: readonly Spec[] = asWritten([
  {
    p: `driving|drive|drivin home|back ${HIGH_NOW}|buzzed|tipsy|lit`,
    notAfter: HABIT_BEFORE,
    notNear: ['on', 'life', 'lol'],
  },
  { p: `${HIGH_NOW}|buzzed|tipsy and|n driving|drivin home|rn|now|right`, notAfter: HABIT_BEFORE },
  {
    p: `drive|driving|drivin home|back ... had|after|drank|downed like|about|around|a|only? ${MANY}|few|couple|several|bunch beers|shots|drinks|brews`,
    notAfter: HABIT_BEFORE,
  },
  // The twenty-third probe (P02): the drinks told after the drive, words between ("about to drive home after a 12
  // pack", "gotta drive the kids home and ive had 5 drinks", "im about to drive and ive been drinking all day", "im
  // gonna drive, ive only had a 6 pack"); a habit, a rule or a denial before turns it off.
  {
    p: `drive|driving|drivin ... ... after|had|drank|downed|ive|been|already ... ... ${DRINKS_TOLD}|pack|drinking|drunk|${HIGH_NOW}`,
    notAfter: NOT_DRIVING_NOW,
    notNear: ['lol', 'haha', 'never', 'yesterday', 'ago', 'last'],
  },
  {
    // Not "my friend is driving me home because im drunk": the texter driven, the word after the drive tells.
    p: `drive|driving|drivin|drove home|to|back|around|there|over|rn|now|and|but|im|already|so ... ... already|im|and|but|so|real|really|pretty|hella ${HIGH_NOW}|lit`,
    notAfter: NOT_DRIVING_NOW,
    notNear: ['on', 'life', 'lol', 'haha'],
  },
  {
    p: `drive|driving|drivin im|and|n ${SO}? ${HIGH_NOW}|lit`,
    notAfter: NOT_DRIVING_NOW,
    notNear: ['on', 'life', 'lol'],
  },
  // The drinks first ("8 beers and im driving home", "10 shots in and driving home rn", "had a fifth gonna drive",
  // "i have had a few too many but i need to drive", "tome 10 cervezas y voy a manejar").
  {
    p: `${DRINKS_TOLD}|pack|many|cervezas|chelas|tragos ... ... drive|driving|drivin|manejar|manejando|conducir`,
    notAfter: NOT_DRIVING_NOW,
    notNear: ['is', 'dont', 'never', 'mix', 'kills', 'lol', 'charge', 'arrest', 'class', 'dui'],
  },
  {
    p: `${HIGH_NOW}|buzzed|tipsy|lit|drinking|drinkin and|n|while|but|& driving|drivin|drive|drivng`,
    notAfter: NOT_DRIVING_NOW,
    notNear: [
      ...['is', 'are', 'kills', 'charge', 'dui', 'laws', 'law', 'class', 'arrest', 'ticket', 'record', 'dont', 'never'],
      // "my brother is drunk and driving me crazy": the idiom; "drinking and driving killed my brother": a story.
      ...['mix', 'me', 'us', 'crazy', 'nuts', 'insane', 'killed', 'ruined', 'cost', 'took'],
    ],
  },
  {
    p: `driving|drivin ${SO}? ${HIGH_NOW}|buzzed`,
    // "you could hurt someone driving drunk": said of anyone.
    notAfter: [...NOT_DRIVING_NOW, 'someone', 'somebody', 'people', 'anyone', 'could', 'might', 'can', 'from'],
    notNear: ['is', 'kills', 'charge', 'dui', 'laws', 'class', 'arrest', 'ticket', 'record', 'school', 'schooler'],
  },
  {
    p: `${HIGH_NOW} driving|drivin to|home|rn|now|back|around|on`,
    notAfter: NOT_DRIVING_NOW,
    notNear: [
      'charge',
      'arrest',
      'class',
      'conviction',
      'dui',
      'case',
      'ticket',
      'offense',
      'record',
      'kills',
      'accident',
      'laws',
    ],
  },
  // Already on the road, or in the car ("im on the highway and so drunk", "im seeing double and driving", "im drunk in
  // my car and about to go", "im sitting in my car drunk about to start it", "i nodded off at a red light").
  `highway|interstate|freeway|hwy ... ... ${SO}? ${HIGH_NOW}`,
  // Too sedated to stay awake at the wheel: "im on the highway and can barely keep my eyes open after those bars".
  'highway|interstate|freeway|hwy|driving|drivin|wheel ... ... barely|hardly|cant|cannot keep|stay my? eyes|awake',
  // "im wasted and behind the wheel", "im blazed and driving".
  `${HIGH_NOW}|buzzed|blazed|baked|lit|tipsy ... behind|at the wheel`,
  { p: 'blazed|baked|buzzed|tipsy and|n driving|drivin', notAfter: NOT_DRIVING_NOW },
  `${HIGH_NOW} and|n|but|while? on the highway|freeway|interstate|hwy|road`,
  {
    // Not "i drank too much and my wife had to drive": the texter named as the one at the wheel.
    p: 'drank|had|drinking too much|many ... im|i|ima|imma|still|gotta|gonna|about|bout|need|have ... driving|drive|drivin',
    notAfter: NOT_DRIVING_NOW,
  },
  'seeing double ... ... driving|drive|drivin|road|wheel',
  'driving|drivin and|n i? can barely|hardly|cant|cannot see straight|stay|keep',
  'driving|drivin and|n i? barely|hardly see|stay|keep',
  `${HIGH_NOW} in|inside my|the car|truck`,
  `in my|the car|truck ${SO}? ${HIGH_NOW}`,
  'nodded|nodding|noddin|dozed|dozing off|out at|while|when ... light|wheel|driving|drivin|stoplight',
  'nodded|nodding|noddin|dozed|dozing off|out ... ... still|while|when driving|drivin',
  { p: 'driving|drive|drivin anyway|anyways', notAfter: ['not', 'never', 'dont', 'wont', 'cant'] },
  `${HIGH_NOW}|buzzed|tipsy|lit ... can|could|gonna|will|still|fine|ok|okay|good to? drive|driving`,
  `${HIGH_NOW}|buzzed|lit ... im|ima|imma|gonna|going|about|bout|finna|gotta|need to? drive|driving`,
  // Pills or a blunt, then the wheel ("just took 2 bars and im about to drive to work").
  {
    p: `took|did|smoked|popped|snorted|shot ... ... ${DOWNERS_TOLD}|${STREET}|blunt|blunts ... ... about|gonna|going|gotta|now|still|and|im|to|is|s driving|drive|drivin`,
    notAfter: NOT_DRIVING_NOW,
  },
  // Asked, about to: "is it ok to drive after 5 shots", "is it ok to drive drunk".
  `ok|okay|safe|fine|alright|bad to drive|driving ... after|drunk|high|buzzed|tipsy|wasted ... ${DRINKS_TOLD}|${MANY}|1|2|3|4`,
  `ok|okay|safe|fine|alright to drive|driving drunk|high|buzzed|tipsy|wasted|hammered`,
  // From the bar, drinks far from home: "drving home after the bar", "driving home from the bar now wasted", "had 10
  // or 11 beers but its only like 4 miles on back roads".
  { p: 'driving|drivin|drive home|back after the bar|club|party', notAfter: NOT_DRIVING_NOW },
  `driving|drivin|drive home|back from the? bar|club|party ... ... ${HIGH_NOW}|buzzed|lit`,
  `${DRINKS_TOLD} ... ... ... miles|mile|roads`,
  // Someone else taking the wheel impaired (read as danger by who is named): "he just took off in the car drunk with
  // my kids", "my son took the car and hes been drinking all night", "my brother left the bar hammered and took his
  // truck", "my daughter is driving home from a party and she sounds wasted".
  `took|drove|sped|pulled off|away|out in|with the|his|her|a car|truck ${IMPAIRED}`,
  `took|drove|sped off|away ... car|truck ... ${IMPAIRED}`,
  `took|grabbed|has|got|taking the|his|her|my car|truck|keys and|but|n hes|shes|he|she ... ${IMPAIRED}|drinking|using`,
  `left the bar|party|club ${IMPAIRED}`,
  `driving|drivin|drives ... ... and|but|n hes|shes|she|he|theyre ... ${IMPAIRED}|drinking|using`,
  `driving|drivin ... ... ... and|but|n hes|shes|she|he|theyre|sounds|seems|looks ${SO}? ${IMPAIRED}`,
  // Spanish and Spanglish: "voy manejando y ando bien tomado", "voy a drive home bien pedo", "im driving bien
  // borracho".
  'voy|ando|estoy manejando|conduciendo ... ... tomado|tomada|borracho|borracha|pedo|peda|drunk|high|drogado|drogada',
  'drive|driving|drivin|manejar ... ... bien|muy|super pedo|peda|borracho|borracha|tomado|tomada|drogado|drogada',
  'manejar|conducir|manejando ... ... tome|cervezas|chelas|tragos|botella',
]);

/**
 * The same leftovers: the DTs said to have begun ("dts started"), and confusion or shaking days after the last drink
 * ("my husband hasnt had a drink in 3 days and is confused").
 */
const WITHDRAWAL_TWENTY_THIRD: readonly Spec[] = asWritten([
  'dts|dt|tremens started|starting|begun|beginning|began|coming|kicking|hitting|setting',
  'dts|dt|tremens are|r|is starting|started|coming|kicking|hitting|here|bad',
  {
    p: 'hasnt|havent|hadnt|didnt had|drank|drink a|any? drink|drop|beer|alcohol ... day|days ... confused|confusion|hallucinating|seeing|hearing|shaking|seizure|seizing|seizures|sweating',
    notNear: ['proud', 'happy', 'good', 'great'],
  },
  // The twenty-third probe (P06): delirium or a seizure told after drink or benzos stopped, in other words ("my dad
  // quit drinking cold turkey 3 days ago and now hes talking to people who arent there", "detoxing from alcohol and
  // doesnt know where he is", "shes having a fit, she stopped drinking 2 days ago", "mi papa dejo de tomar y no sabe
  // donde esta"). The stop and the sign may come in either order; read by deliriumAfterStopping below.
  'had|get|got|gets dts|seizures|seizure|seized last time|before|when i|he|she quit|stopped',
]);

/**
 * What the DTs or a withdrawal seizure look like when told by family or the texter, without the words "DTs" or
 * "seizure": people or things seen that are not there, not knowing where or who, confusion, a fit, shaking with sweat.
 */
const DELIRIUM_SIGNS = new PatternIndex(
  [
    'talking|talks|talkin to people|someone|somebody|things|nobody|noone',
    'talking|talks|talkin to his|her|their|my dead|late',
    'people|things|stuff|bugs|snakes|spiders who|that|which arent|werent|aint|isnt there',
    'seeing|sees|seein|saw things|stuff|people|bugs|snakes|spiders|shadows',
    'hearing|hears|hearin my? name|voices|things|people',
    'picking|pickin|grabbing at the? air|nothing',
    'doesnt|dont|didnt know|recognize where|who|what',
    'out of his|her|my head|mind',
    'confused|confusion|delirious|disoriented|hallucinating|hallucinations|nonsense|gibberish',
    'going|gonna|about to seize|seizure',
    'having|had a fit|fits|seizure|seizures',
    // The twenty-seventh session's unseen variations: "she keeps having fits" (no "a").
    'having|keeps|keep fits|seizures',
    'tremors|shaking|shakes|trembling ... sweating|sweats|seeing|confused|hallucinating',
    'no sabe donde|quien|que',
    'viendo|ve cosas|bichos|gente|animales|personas',
    'alucinando|alucina|confundido|confundida|temblando|convulsion|convulsiones',
    // The twenty-fourth probe: "tiemblo mucho y sudo", "shaking like crazy".
    'tiemblo|tiembla|temblando ... ... sudo|suda|sudando|sudor',
    'shaking|shakin|trembling like crazy|uncontrollably|nonstop',
    // The twenty-fifth probe: the whole body shaking, hands that wont stop, feeling faint or about to pass out,
    // muscles jerking, twitching, vision gone strange, a seizure feared, and in Spanish "no paro de temblar".
    'whole|entire body is|s|keeps? shaking|shakin|trembling|jerking|convulsing',
    'hands|body|legs|arms wont|cant|doesnt|dont|cannot stop shaking|shakin|trembling|jerking',
    'feel|feeling faint|fainty|lightheaded',
    'feel|feeling like passing|fainting',
    'gonna|going|about to? pass|black out',
    'muscles|body|arms|legs keep|keeps|are|is|r jerking|twitching|spasming|jumping',
    'im|keep|been twitching|jerking',
    'vision is|s|went|going? weird|blurry|strange|dark|off|funny',
    'scared|afraid|terrified|worried of|about a? seizure|seizures|seizing',
    'no paro|puedo|deja|para de temblar',
    'tiene|tuvo|dio|dan|da seizures|seizure|convulsiones|convulsion|ataques',
  ].map((source) => ({ pattern: compilePattern(source) })),
);
/** Drink or benzos stopped, now or a few days ago: what turns those signs into withdrawal. */
const STOPPED_RECENTLY = new PatternIndex(
  [
    'quit|stopped|stopping|quitting|stop ... drinking|drinkin|booze|liquor|alcohol|drink|klonopin|xanax|ativan|valium|benzos|bars',
    'ran|came|went|coming|going|been off|out ... booze|liquor|alcohol|klonopin|xanax|ativan|valium|benzos|bars',
    'detoxing|detox|withdrawing|withdrawals|withdrawal|wds|dts',
    'hasnt|havent|hadnt|didnt drank|drunk|drink',
    'hasnt|havent|hadnt|didnt had a? drink|drop|beer',
    'off the|her|his|my booze|liquor|alcohol|bottle|drink|ativan|xanax|klonopin|benzos|bars',
    'dejo|deje|dejamos|dejaron|dejar de tomar|beber',
    'dejo|deje el|la alcohol|bebida|pastillas|clonazepam|rivotril',
    'ran out on|of|saturday|sunday|monday|tuesday|wednesday|thursday|friday',
    // The twenty-fourth probe: "day 3 no alcohol", "2 days no drink", "decided to stop on his own", "no he tomado en 2
    // dias".
    'day|days ... no|without|off alcohol|drink|drinks|drinking|booze|liquor',
    'stop|quit|stopped|quitting on his|her|my|their own|cold',
    'no he|ha|hemos tomado|bebido',
    // The twenty-fifth probe: "no alcohol for 2 days", "deje de tomar hace 3 dias" (read above), "been off benzos".
    'no|without alcohol|drink|drinks|drinking|booze|liquor|benzos|xanax for ... days|day|hours',
    // The twenty-seventh session's unseen variations: "4 days since my last drink", "day 2 without my klonopin".
    'since my|his|her|their last drink|beer|drop|bottle|pill|bar|xanax|benzo',
    'day|days|hours ... no|without|off my|his|her klonopin|xanax|ativan|valium|benzos|bars|meds|pills',
    'no|without alcohol|booze|drink|drinks|drinking|liquor|benzos|xanax since',
  ].map((source) => ({ pattern: compilePattern(source) })),
);
/** Signs said about something else: "confused about the steps", "dont know what to do". */
const NOT_DELIRIUM_AFTER = new Set(['about', 'by', 'with', 'on', 'why', 'to', 'if', 'whether', 'how', 'of', 'more']);
/** A stop told as long over: "he quit years ago, he was seeing things back then". */
const LONG_STOPPED = new Set(['years', 'months', 'yrs', 'then', 'used', 'month', 'sometimes']);
/** Of those, the ones that tell the whole text as long ago, wherever said. */
const LONG_AGO_SAID = new Set(['then', 'used', 'sometimes']);

/**
 * The twenty-third probe: withdrawal's danger told by its signs with drink or benzos stopped somewhere in the text,
 * in either order: where the sign starts, or undefined. A stop long over ("years ago") is none; a sign told as past
 * is turned off by the caller.
 */
function deliriumAfterStopping(words: readonly string[]): number | undefined {
  const stops = STOPPED_RECENTLY.findAll(words);
  if (!stops.length || words.some((w) => LONG_AGO_SAID.has(w))) return undefined;
  // "drinking for 30 years and decided to stop on sunday" (the twenty-fourth probe): years said of the drinking, not of
  // the stop; a stop long over says so near it ("he quit years ago", "stopped drinking, that was months back").
  const near = (at: number, to: number) => words.slice(Math.max(0, at - 1), to + 4).some((w) => LONG_STOPPED.has(w));
  if (stops.every((hit) => near(hit.start, hit.end))) return undefined;
  for (const hit of DELIRIUM_SIGNS.findAll(words)) {
    if (NOT_DELIRIUM_AFTER.has(words[hit.end] ?? '')) continue;
    return hit.start;
  }
  for (const hit of HEART_SIGNS.findAll(words)) {
    if (NOT_HEART_AFTER.has(words[hit.end] ?? '') || NOT_DELIRIUM_AFTER.has(words[hit.end] ?? '')) continue;
    return hit.start;
  }
  return undefined;
}

/** Days sober or clean counted ("day 3 sober", "3 days clean", "2 dias sobrio"): a stop just made. */
const SOBER_DAYS = new PatternIndex(
  ['day|days|dia|dias ... sober|clean|dry|sobrio|sobria|limpio|limpia'].map((source) => ({
    pattern: compilePattern(source),
  })),
);
/** Something said taken or used now: a sign after it is the overdose's, whatever was stopped. */
const TAKEN_NOW = new Set([
  ...['took', 'taken', 'take', 'taking', 'used', 'using', 'shot', 'snorted', 'smoked', 'popped', 'mixed', 'mixing'],
  ...['swallowed', 'injected', 'relapsed', 'drank', 'slipped', 'tome', 'tomo', 'use', 'fume', 'meti', 'recai'],
]);

/** Drink or benzos stopped lately, or days sober counted, with nothing said taken (the twenty-seventh probe). */
function stoppedNothingTaken(words: readonly string[]): boolean {
  if (words.some((w) => TAKEN_NOW.has(w) || LONG_AGO_SAID.has(w))) return false;
  return STOPPED_RECENTLY.findAll(words).length > 0 || SOBER_DAYS.findAll(words).length > 0;
}

/**
 * The twenty-seventh probe: a heart or chest gone wrong after drink or benzos stopped ("3 days no drinking and my
 * heart feels like its going to stop", "no alcohol for 2 days, sweating, shaking, chest pain"): withdrawal's danger.
 */
const HEART_SIGNS = new PatternIndex(
  [
    'heart ... ... going|gonna|about to stop|explode|burst|give',
    'heart is|s|keeps? racing|pounding|skipping|stopping|exploding',
    'heart wont|cant|doesnt|isnt slow|slowing down',
    'chest pain|pains|hurts|hurting|tight|tightness',
    'dolor de|en el? pecho',
    'duele|duelen el|mi? pecho|corazon',
    'corazon ... ... rapido|fuerte|parar|detener|explotar',
  ].map((source) => ({ pattern: compilePattern(source) })),
);
/** After a heart sign: said of a moment or a thought, not of now ("my heart races when i think of a drink"). */
const NOT_HEART_AFTER = new Set([
  ...['when', 'whenever', 'at', 'about', 'thinking', 'lol', 'haha', 'for', 'from', 'went', 'gone', 'stopped'],
  ...['better', 'eased', 'left', 'disappeared'],
]);

/** The same leftovers: using alone said as done a moment ago ("just did fent alone", "already shot up by myself"). */
const ALONE_TWENTY_THIRD: readonly Spec[] = asWritten([
  ...BY_MYSELF.map((alone) => ({
    p: `just|already did|used|shot|smoked|snorted|took|hit|railed|popped|banged|slammed some|the|my|a|this|up? ${STREET}? ${alone}`,
    notNear: ALONE_BEFORE,
  })),
  // The twenty-third probe (P13): about to use with no one there, said with a place or a lost tolerance ("about to do
  // a shot alone in a gas station bathroom", "locked in the bathroom at work about to shoot up", "just got out of
  // prison and about to shoot up, no one home", "bout to hit a blue nobody around", "went back to using and im all
  // alone", "me acabo de inyectar solo").
  ...['alone|solo|myself', 'nobody|noone around|home|here|with', 'no one|body around|home|here|with'].flatMap(
    (alone) => [
      {
        p: `about|gonna|going|bout|finna|ima|imma to? shoot|bang|slam|fix up? ... ... ${alone}`,
        notNear: ALONE_BEFORE,
      },
      {
        p: `about|gonna|going|bout|finna|ima|imma to? use|do|hit|smoke|snort|blast|shoot|bang ... ${STREET}|shot|up|bag|bags|gram|point|dope ... ... ${alone}`,
        notNear: ALONE_BEFORE,
      },
    ],
  ),
  'gonna|going|about|bout to use|shoot|do|hit in|at my|the|a room|car|bathroom|motel|truck ... alone|myself|solo',
  'locked in ... ... about|gonna|going|bout|finna to? shoot|use|hit|smoke|do|bang',
  {
    p: 'shot|hit|bang by? myself|alone|solo in|at the|a ... bathroom|stall|motel|woods|car|truck|room',
    notNear: ALONE_BEFORE,
  },
  `using|relapsed|shooting|slamming ... ... im|and|but all? alone`,
  `motel|hotel room? alone|by ... with a|some|my gram|g|bag|bundle|point|stamp|fent|dope|blues|needle|rig`,
  `alone with a|some|my gram|g|bag|bundle|point|stamp|fent|dope|blues|needle|rig`,
  `first time using|shooting|doing|slamming ... ... ... alone|myself|solo`,
  `did|used|shot|smoked|snorted|took|popped|railed|hit some|a|the|that|my|this? ${STREET}|heroin ... ... feel|feeling|feels weird|wierd|funny|strange|wrong|off|dizzy`,
  'acabo|acabe de inyectar|inyectarme|fumar|usar|meterme|drogarme ... solo|sola',
  {
    p: `${DOWNERS_TOLD}|${STREET} ... ... now i? feel|feeling|feels weird|wierd|funny|strange|wrong|off|dizzy`,
    notAfter: ['always', 'usually', 'sometimes', 'never', 'dont', 'didnt', 'would', 'used', 'normally'],
  },
]);

/**
 * The twenty-third probe: someone else drunk or high with the kids or the car (P03, P17, P20), pregnant and using
 * told with other verbs (P15), someone high and a danger to others.
 */
const DANGER_TWENTY_THIRD: readonly Spec[] = asWritten([
  `left|leaving|drove|took off? with my|the|our|his|her kids|baby|son|daughter|children|kid ... ... ${IMPAIRED}|drinking|using`,
  // Someone gone at the wheel impaired, said after what they did ("took his gun and drove off drunk saying goodbye").
  { p: `drove|sped|took|peeled off|away ${IMPAIRED}`, notAfter: ['i', 'im', 'we', 'just', 'me', 'and'] },
  { p: `and|n drove|sped|peeled off|away ${IMPAIRED}`, notAfter: ['i', 'im', 'we', 'just', 'me'] },
  `picked|picking|pick|took|has|got|grabbed up? the|my|our|his|her kids|baby|son|daughter|grandkids ... ... ${IMPAIRED}|drinking|using`,
  `took|has|got the|my|our kids|baby in the|his|her car|truck ... ... ${IMPAIRED}`,
  `driving|drives|drove ${IMPAIRED} with|w my|the|our kids|brother|sister|son|daughter|baby`,
  // The texter in the car ("my dad drives drunk with us in the car", "with me and my brother", the forty-first
  // probe), as "driving us drunk" below is; not a childhood told ("...with us when i was little").
  {
    p: `driving|drives ${IMPAIRED} with|w us|me`,
    notNear: ['when', 'ago', 'years', 'growing', 'back', 'used'],
  },
  `drives|drove|driving us|me to ... ... drunk|high|wasted|hammered`,
  `drives|drove|driving us|me drunk|high|wasted|hammered`,
  { p: 'driver ... smells|smelled|reeks like|of alcohol|booze|beer|liquor|weed', notNear: ['lol', 'haha', 'lmao'] },
  'driver ... ... swerving|swerve',
  'se llevo|llevo a? los|mis|las|la|el|mi ninos|hijos|nenes|bebe|nina|nino|hija|hijo ... ... borracho|borracha|pedo|peda|tomado|tomada|drogado|drogada',
  'se fue|salio|arranco en la|el|su troca|carro|camioneta|coche ... pedo|peda|borracho|borracha|tomado|tomada|drogado|drogada',
  // Pregnant and using, told with other verbs: "im 7 months pregnant and just relapsed on fent", "i just found out im
  // pregnant and ive been shooting heroin", "im pregnant and cant stop using dope", "embarazada y fumo fentanilo".
  ...[
    `pregnant|preggo|prego and|n|but i|im|ive|just|been? just|been|already? relapsed|shooting|snorting|smoking|did|doing|using|in on|some|up? ${PREGNANT_DANGER}|withdrawal|withdrawals`,
    'pregnant|preggo|prego and|n|but i? cant|cannot stop using|shooting|smoking',
  ].map((p) => ({ p, notAfter: ['was', 'were', 'when', 'while', 'used', 'if', 'before'], notNear: ['years', 'ago'] })),
  'embarazada y|e fumo|uso|consumo|inyecto fentanilo|fenta|heroina|cristal|drogas|chiva|perico',
  'embarazada y|e me inyecto|drogo',
  'embarazada y|e me estoy inyectando|drogando',
  // A caretaker too high to mind a child: "im watching my baby and im way too high", "my sister is nodding out while
  // watching her baby", "now im drunk and cant watch them".
  { p: `babysitting|babysittin ... ... ${SO}? ${HIGH_NOW}`, notNear: ['on', 'life', 'lol', 'haha'] },
  {
    p: `watching|babysitting|minding|taking my|the|our|her|his baby|kids|son|daughter|grandkids|grandbabies ... ... ${SO}? ${HIGH_NOW}`,
    notNear: ['on', 'life', 'lol', 'haha'],
  },
  'nodding|noddin|passing|passed out|off while|when watching|babysitting|minding|holding',
  `${HIGH_NOW} and|n|but? cant|cannot watch|mind|handle them|the|my|him|her`,
  `${HIGH_NOW} and|n|but? cant|cannot look after them|the|my|him|her`,
  // Someone high and a danger to others: "my brother is high and says hes going to hurt someone", "my son is on meth
  // and hasnt slept in 4 days and is talking crazy", "my kids are home alone and my wife is out using".
  `${IMPAIRED} and|n says|said|saying|threatening|keeps ... ... hurt|kill|stab|shoot someone|somebody|people|everyone`,
  'meth|crystal|ice|speed|coke|crack|adderall ... ... ... hasnt|havent|hadnt slept|sleep|slep',
  'home alone and|n|while|but ... ... out|off using|drinking|partying|getting',
  `cant|cannot find her|him|them and|n|but? shes|hes|she|he|theyre|is using|${IMPAIRED}`,
]);

/** The twenty-third probe (P16): violence told with the head slammed, a child threatened, a weapon in Spanish. */
const VIOLENCE_TWENTY_THIRD: readonly Spec[] = asWritten([
  `${WHO_HURTS} slammed|smashed|banged|shoved|threw|pushed my head|face into|against|on`,
  {
    p: 'slammed|smashed|banged my head|face into|against the|a wall|car|floor|door|table|counter',
    notNear: ['lol', 'haha', 'pit'],
  },
  `${WHO_HURTS} put|held|holding|pointed|points a|his|her|the gun|pistol|knife to|at my head|throat|face`,
  'says|said|saying|threatening|threatened hell|shell|he|she|to|will|gonna hurt|kill them|us|the|my kids|baby?',
  'hurt|kill them|us|the|my kids|baby? if i call|leave|tell',
  'he|she|hes|shes|they|theyre|him|bf|gf|husband|wife|boyfriend|girlfriend|ex|dad|mom|brother|son|guy|someone trying to kill|hurt|choke|stab|shoot me',
  'amenazando|amenazo|amenaza con un|una|el|la? machete|cuchillo|pistola|arma|navaja',
  'me esta hitting|beating|choking|pegando|golpeando',
  `${WHO_HURTS} pushed|shoved|knocked|threw me down|over|into|against|to the ground`,
  {
    p: `and|${PEOPLE} is|s|keeps|just|now? coming|came|charging|lunging at me`,
    notNear: ['questions', 'question', 'about', 'for', 'lol', 'haha'],
  },
]);

/**
 * The twenty-third probe (P12): a sexual assault told with who did it said between ("a guy from aa raped me", "the guy
 * i met at the meeting raped me"), consent told without the word, waking up undressed, and Spanish. Kind `assault`
 * straight away (RAINN); a parent or a texter under 18 still goes to Childhelp by the kinds' order.
 */
const ASSAULT_TWENTY_THIRD: readonly Spec[] = asWritten([
  // Who did it said with where they were met; not the slang ("the game raped me lol"), which names no one.
  {
    p: 'from|at|in ... ... raped|molested|rapes me|her',
    notNear: ['lol', 'lmao', 'haha', 'in', 'at', 'fortnite', 'game'],
  },
  // Said misspelt or starred ("i got raiped", "got r*ped"), read as "raped".
  {
    p: 'got|was|been|get|getting raped',
    notNear: ['lol', 'lmao', 'haha', 'in', 'by', 'fortnite', 'game', 'ago', 'when'],
  },
  'forced|pressured|made me|her to? have|do|give|into ... sex|sexual|oral',
  'said|told him|them? no and|but he|she|they kept going|touching|doing|on|pushing|forcing|grabbing',
  'said|told him|them? no and|but he|she|they wouldnt|didnt stop|listen',
  'wouldnt|didnt stop when|after i said|told him|them? no|stop',
  {
    p: 'woke|wake|waking up with|without my? clothes|pants|underwear|panties off|gone|missing',
    notNear: ['because', 'cause', 'cuz', 'hot', 'lol', 'haha'],
  },
  'woke|wake|waking up naked next|beside|with|in',
  'with|without my? pants|clothes|underwear|panties off ... ... ... dont|drugged|hurt|hurts|sore|bleeding|remember',
  'with no|without pants|clothes|underwear|panties ... ... ... dont|drugged|hurt|hurts|sore|bleeding|remember',
  { p: 'woke|wake|waking up naked|undressed', notNear: ['lol', 'haha', 'because', 'cause', 'hot', 'cuz'] },
  'kept going after|when i said|told him|them? no|stop',
  'drink and|n i? woke up in his|their|a|some|someones bed|house|room|apartment',
  {
    p: 'was|got|been violated',
    notAfter: ['privacy', 'rights', 'parole', 'probation', 'trust', 'boundaries', 'terms'],
  },
  'forzo|forzaron|obligo|obligaron a tener relaciones|sexo',
  'me tocaron|toco|manosearon|manoseo cuando|mientras estaba|dormia dormida|dormido|inconsciente|borracha|borracho|desmayada',
  'i|im hurt|sore|bleeding down there',
  'assaulted|abused|attacked|touched|grabbed me sexually',
  'woke|wake|waking up with|and|to a|some? him|someone|somebody|guy|man|dude on top of me',
]);

/** An age a child gives: 5 to 17, said as a word of digits. */
const CHILD_AGE = Array.from({ length: 13 }, (_, i) => String(i + 5)).join('|');
/** What is thrown at someone in a fight: "threw a chair at me" (not a ball, a party or shade). */
const THROWN =
  'chair|chairs|bottle|bottles|glass|glasses|plate|plates|knife|knives|lamp|phone|remote|pan|pot|can|cans|mug|cup|' +
  'shoe|shoes|rock|rocks|brick|things|stuff|hammer|table|vase|drink|beer|dishes|bat|tv';
/** People named in the probe's texts besides those lists: "my sponsor", "my dealer". */
const THREATENED = `${PEOPLE}|stepdad|stepmom|dealer|neighbor|boss|coworker|landlord|teacher|sister|brother|cousin|uncle|ex`;
/** After a count or "them" taken: where someone was taken, not pills swallowed ("took 5 of them to the park"). */
const TAKEN_SOMEWHERE = ['to', 'home', 'out', 'with', 'for', 'school', 'meeting', 'park', 'back', 'outside', 'along'];
/** After "already took 12": what follows an amount swallowed, or nothing (the text's end). */
const AFTER_AMOUNT = [
  ...['and', 'i', 'im', 'now', 'what', 'help', 'an', 'like', 'hours', 'mins', 'minutes', 'ago', 'already', 'so'],
  ...['please', 'pls', 'idk', 'is', 'will', 'should', 'am', 'tho', 'though', 'just', 'already', 'of', 'or'],
];
/** Drink named among what a small child got into. */
const LIQUOR = 'vodka|whiskey|wine|beer|beers|liquor|tequila|rum|gin|alcohol|bourbon|booze|drink|drinks';

/**
 * The twenty-fourth session (probe-24): an amount taken told by a pronoun or a back-reference ("i took 30 of them",
 * "i already took 12", "cuz i just took that many"), a lethal-amount question with the pills already down, alcohol
 * poisoning told by its signs (cold, pale, wont answer), CPR or naloxone under way, a small child who got into pills
 * or drink with the age said after, a double dose of one's own pills, someone fallen and still, uppers then nodding
 * (fentanyl in the coke), and a lost tolerance (the first use after jail or rehab, "my old amount"). 911 and naloxone.
 */
const OVERDOSE_TWENTY_FOURTH: readonly Spec[] = asWritten([
  {
    p: `took|taken|swallowed|popped|ate|downed ${MANY}|all|half of them|those|these|em`,
    notNear: [...TAKEN_SOMEWHERE, 'books', 'classes', 'kids', 'pictures', 'photos', 'shots', 'steps', 'days'],
    notAfter: DRINK_HABIT,
  },
  {
    p: 'took|swallowed|popped|downed them|em|those|these all',
    notNear: [...TAKEN_SOMEWHERE, 'in', 'back', 'personally', 'off', 'down', 'apart', 'on', 'day', 'week', 'year'],
    notAfter: DRINK_HABIT,
  },
  {
    p: 'took|taken|swallowed|popped|downed all of them|those|these|em|it',
    notNear: [...TAKEN_SOMEWHERE, 'in', 'back', 'personally', 'off', 'down', 'apart', 'on'],
    notAfter: DRINK_HABIT,
  },
  { p: `already|just took|swallowed|popped|downed ${MANY}`, onlyBefore: AFTER_AMOUNT },
  { p: 'already|just took|swallowed|popped|downed|taken that|this|so many', onlyBefore: AFTER_AMOUNT },
  {
    p: `${DOSED}|${MANY} ... ... ... already|just took|swallowed|popped|downed|taken them|em|those|these|all`,
    notNear: TAKEN_SOMEWHERE,
  },
  // Alcohol poisoning: cold or pale and not answering.
  {
    p: 'cold|clammy|pale|freezing and|n|but? wont|isnt|not|cant|doesnt|will answer|answering|respond|responding|wake|waking|move|moving',
    notNear: ['texts', 'text', 'calls', 'call', 'phone', 'messages', 'emails', 'door', 'lol'],
  },
  // CPR or naloxone under way: "im doing cpr on my roommate", "i just narcanned him and hes still blue".
  {
    p: 'doing|giving|started|starting|do|performing|give him|her|them|my? cpr|compressions',
    notAfter: [
      'how',
      'learn',
      'learning',
      'learned',
      'taught',
      'teach',
      'practice',
      'practicing',
      'ever',
      'when',
      'had',
    ],
    notNear: [
      'training',
      'class',
      'classes',
      'course',
      'certification',
      'certified',
      'dummy',
      'mannequin',
      'lol',
      'today',
      'shift',
      'recertification',
      'recert',
      'renewal',
      'card',
    ],
  },
  'narcanned|narcaned|narcand ... ... ... still|not|isnt|wont|barely blue|breathing|waking|responding|purple',
  {
    p: 'hes|shes|he|she|lips|theyre still|turning|getting blue|purple|grey|gray',
    notNear: ['about', 'since', 'over', 'lol', 'haha', 'jersey', 'shirt', 'team'],
  },
  // A small child into pills or drink, the age said after, or signs after ("found my husbands pills and ate some").
  `found|got|gotten into? my|the|his|her|some|our ... ${PILLS}|pills|pill ... ate|swallowed|took|chewed|drank some|them|a|one|it|few|all|half|of`,
  `son|daughter|kid|baby|toddler|grandson|granddaughter ... drank|chugged|swallowed|ate|got into? my|the|some|his|her|our|moms|dads ... ${LIQUOR}|pills|meds ... ... sleepy|drowsy|limp|floppy|vomiting|throwing|puking|unresponsive|wobbly|stumbling|passed`,
  // A double dose of one's own pills: "i took my heart pills twice and extra sleeping pills, i feel faint", "i took
  // more of my pills than i should have".
  {
    p: 'took|taken my|his|her ... pills|meds|medicine|medication|dose twice|double|again',
    notNear: ['a', 'daily', 'per', 'each', 'every', 'today', 'prescribed'],
  },
  'took|taken|take extra|double ... pills|meds|dose ... ... ... faint|dizzy|woozy|confused|drowsy',
  `took|taken more of? my|his|her|the ... ${PILLS}|pills|pill than i|he|she|we should|was|supposed|im|hes|shes`,
  // Fallen and still: "my mommy fell down and wont talk to me", "on the kitchen floor not moving".
  'fell|collapsed|fainted down? and|n wont|cant|isnt|doesnt|not talk|talking|answer|answering|wake|waking|move|moving|respond|responding|get',
  'floor|ground and|n? not|isnt|wont moving|breathing|responding|move|breathe|respond|wake|waking',
  // Uppers then nodding: fentanyl in the coke or the pressed pill.
  'coke|cocaine|crack|molly|meth|adderall|bump|line|pill ... ... ... nodding|noddin|nod|nodded',
  // A lost tolerance: the first use after jail or rehab, the old amount, going dark.
  'jail|prison|rehab|detox|treatment|clean|sober ... ... ... did|used|took|shot too much',
  'used|did|took|shot|using|doing my|the old|usual|normal amount|dose|shot',
  'same amount|dose i|as|like used|before|back',
  'everything|things|vision is|s going|getting|turning dark|black',
  { p: 'im|feel|feeling fading out', notNear: ['of', 'from', 'lol', 'haha', 'tired', 'sleep', 'class'] },
  `${PEOPLE}|i|he|she|they stop|stoped breathing|breathin`,
  // Spanish: a seizure after something taken, said in that order ("se metio algo y esta convulsionando").
  'se metio|drogo|inyecto|tomo algo|pastillas|eso ... ... ... convulsionando|convulsiona|convulsiones',
  'cipote|cipota|cipotes|chamaco|chamaca|chiquito|chiquita|escuincle se tomo|trago|comio|bebio',
]);

/**
 * The same probe: suicide said with no death word (S): the means bought or loaded and sat with, a last text, a goodbye
 * story, "by the time you read this", a plan and a date, the least painful way asked, a wish that the overdose had
 * killed, "why did they bring me back", "would anyone notice if i was gone", a height or a dose asked, and a
 * daughter cutting herself in Spanish (progressive). 988 first.
 */
const SUICIDE_TWENTY_FOURTH: readonly Spec[] = asWritten([
  {
    p: 'dont think ill|i be around|here|alive for|by|to|tomorrow|much|long|next',
    notNear: [
      'because',
      'cause',
      'cuz',
      'traveling',
      'travelling',
      'work',
      'town',
      'vacation',
      'trip',
      'busy',
      'shift',
    ],
  },
  {
    p: 'gun|pills|rope|bridge|dying|death|suicide|overdose|bullet|ending|end is|s|are|r the|my only? answer|way|solution',
    notNear: ['to', 'for', 'safety', 'protection', 'lol', 'haha', 'i', 'im', 'we', 'you', 'he', 'she', 'it', 'sleep'],
  },
  'would|will anyone|anybody|people|someone even? notice|care|miss me? if|when i died|disappeared|vanished',
  'would|will anyone|anybody|people|someone even? notice|care|miss me? if|when i was|were|am gone|dead|missing',
  {
    p: 'loaded|loading|load my|the|a|dads|moms ... gun|pistol|rifle|shotgun|glock|revolver',
    notAfter: ['he', 'she', 'hes', 'shes', 'husband', 'boyfriend', 'bf', 'ex', 'dad', 'they', 'and'],
    notNear: ['hunting', 'range', 'for', 'target', 'deer', 'lol', 'safe'],
  },
  ...['let|letting|hope it|this|that|them take me', 'let|letting|hope the|this drugs|dope|fent|pills|bag take me'].map(
    (p) => ({
      p,
      onlyBefore: ['i', 'im', 'tonight', 'now', 'this', 'and'],
    }),
  ),
  `enough ${DOSED}|${MEANS}|fent|heroin|dope|pills ... ... ... to|2 finish|end|die|overdose|od|not|never`,
  'enough ... ... to not|never wake',
  {
    p: 'this is|will|s be? my last|final text|message|msg|words|goodbye',
    notNear: [
      'tonight',
      'for',
      'today',
      'before',
      'til',
      'till',
      'until',
      'lol',
      'haha',
      'about',
      'cause',
      'bc',
      'cuz',
    ],
  },
  {
    p: 'posted|post|story|status|snap|wrote|texted|saying|said|says this is|its the end',
    notNear: ['of', 'lol', 'haha'],
  },
  { p: 'note|letter saying|says|said sorry|goodbye|bye', notNear: ['for', 'lol', 'haha', 'teacher', 'school'] },
  {
    p: 'gone|left|out|drove|went with the|a|his|her|my gun|pistol|rifle|pills|rope|shotgun',
    notNear: ['hunting', 'hunt', 'range', 'shooting', 'deer', 'target', 'to', 'for'],
  },
  {
    p: 'happier|easier|better if i just? disappeared|disappear|died|vanished',
    notNear: ['week', 'weekend', 'while', 'trip', 'vacation', 'lol', 'haha', 'day'],
  },
  'happier|easier|better if i just? was|were gone|dead',
  'why did|would|do they|you|he|she|yall|u|someone bring|save|narcan|revive|resuscitate me back?',
  // A lethal amount asked as what it does, the pills counted ("what happens if you take 40 tylenol", "can you die from
  // 10 ambien"): suicide, as the pinned "what happens if i take 30 pills" has it; pills already taken add overdose.
  { p: `happens|happen if|when you|u|i|someone|he|she take|takes|took ${MANY} ${DOSED}`, notNear: ['a', 'per', 'day'] },
  { p: `die|dead|died from|of|off ${MANY} ${DOSED}`, notNear: ['a', 'per', 'day', 'years', 'ago'] },
  'plan and|n a|the date|day|time|method|means',
  {
    p: 'i picked|chose|set the|a|my date|day',
    onlyBefore: [...WEEKDAYS, 'tonight', 'tomorrow', 'its', 'it', 'already'],
  },
  'least|less painful|peaceful way|ways|method|methods to? die|go|od|overdose',
  'peaceful|painless|quietest|surest way|ways|method|methods to die|go|od',
  {
    p: 'how high|tall|far does|do|would|should|must a|the|you bridge|building|fall|jump|drop|roof ... be|kill|die',
    notNear: ['for', 'lol'],
  },
  `how many|much ... ${DOSED} would|will|does it take to die|kill|od|overdose|end|not`,
  {
    p: `how many|much of? my|his|her|the? ${DOSED} would|will|does it take`,
    onlyBefore: ['i', 'im', 'cause', 'cuz', 'asking'],
  },
  'wish|wished the|my|that|last overdose|od|ods ... killed|had|would|took|finished me?',
  {
    p: 'wish i didnt|hadnt|never|had survive|survived|woke|wake|died|not',
    notNear: ['laughing', 'lol', 'haha', 'lmao'],
  },
  'wish i would|could|wouldve|couldve have|of? died',
  'i wouldve|couldve|shouldve died|dead',
  'by the time|when you|u|anyone|someone|people read|reads|see|sees|get|gets|find|finds this ... ... gone|dead|died|over',
  'have|had|got everything ready|planned|set for tonight|today',
  {
    p: 'se esta|estan|estaba|anda cortando|lastimando|rayando',
    notNear: ['el', 'la', 'las', 'los', 'pelo', 'cabello', 'unas', 'barba', 'fleco', 'pan', 'carne', 'jaja', 'dedo'],
  },
  { p: 'gun me', onlyBefore: ['now', 'pls', 'please', 'rn', 'already', 'i', 'im'] },
  'to go|die grave',
  'finish it|myself ... ... pills|sleeping|gun',
]);

/**
 * The same probe: violence told with an object thrown, an injury, a passive, a break-in, a slang verb, a drunk partner
 * and a gun, and a threat against someone else (by the texter too, as "im gonna kill him" already was). 911 and the
 * hotline; a threat to a school or crowd is danger's (911, 988), read below.
 */
const VIOLENCE_TWENTY_FOURTH: readonly Spec[] = asWritten([
  {
    p: `threw|throws|throwing|thrown|chucked|hurled|swung a|the|his|her|my|some? ${THROWN} at me`,
    notNear: ['lol', 'haha', 'jk', 'lmao'],
  },
  `threw|throws|throwing|thrown|chucked|hurled|swung a|the|his|her|my|some? ${THROWN} at my head|face|chest|back`,
  `${WHO_HURTS} ${NOW_OR_AGAIN}? busted|split|bloodied|broke|broken|fractured my lip|lips|nose|face|head|jaw|rib|ribs|arm|tooth|teeth|eye|wrist`,
  'gave|give|giving|left me a|two black eye|eyes',
  'gave|give|giving|left me a shiner|concussion',
  'gave|give|giving|left me a bloody|busted|fat nose|lip|lips',
  {
    p: `${WHO_HURTS} cut|stabbed|slashed|hit|attacked|hits|beat me with a|the|his|her|broken ... bottle|knife|glass|belt|bat|pan|chair|razor|bottles|hammer|pipe`,
    notNear: ['lol'],
  },
  {
    p: 'got|get|getting|been beat|beaten up by',
    notNear: ['lol', 'haha', 'at', 'in', 'chess', 'cards'],
  },
  {
    p: `got|get|getting|been|was beaten|hit|punched|choked|slapped|kicked|strangled|jumped by my|his|her|the|a ${WHO_HURTS}`,
    notNear: ['car', 'truck', 'bus', 'ball', 'lol', 'haha'],
  },
  `${WHO_HURTS}|someone|somebody kicking|kicked|kick|breaking|broke|busting|bust the|my|our|front|back door|window|doors in|down`,
  'breaking|broke|broken|bust|busting into|in my|our|the house|home|apartment|room|place|window',
  'trying|tryin|tries|tried to get|come|force|bust|break in|into|inside my|the|our door|house|apartment|room|window|place|home',
  'showed|shows|showing up drunk|high|wasted|hammered ... ... ... trying|tryin|wont|banging|pounding',
  'drunk|high|wasted|guy|man|someone ... trying to get in',
  {
    p: 'threatening|threatened|threatens|threaten to shoot|stab|kill|hurt|burn',
    notNear: ['himself', 'herself', 'themselves', 'lol', 'haha', 'feelings'],
  },
  {
    p: 'poured|pouring|spilled|dumped|splashed gas|gasoline|kerosene|fluid on|around|all',
    notNear: ['mower', 'tank', 'generator', 'grill'],
  },
  'going|gonna|threatening|threatened|said ... to burn|torch|light the|our|my house|place|apartment|porch|us|me|it',
  'night|day|tonight|today he|she|they kills|shoots|stabs|murders me',
  ...['im', 'i am'].map(
    (im) => `${WHO_HURTS}|hes|shes ${IMPAIRED} and|n|but? ${im} ${SO}? scared|terrified|afraid|frightened`,
  ),
  'he|she|hes|shes|they hurting|beating|hitting|choking|strangling|kicking|punching|slapping me',
  // Said with the "g" dropped ("my bf hittin me"): these words are read as written here, so not corrected to "hitting".
  `${WHO_HURTS} ${NOW_OR_AGAIN}? hittin|beatin|chokin|slappin|punchin|kickin|hurtin me`,
  { p: 'beatin|beating|wailing|whaling on me', notNear: ['lol', 'haha', 'at', 'chess'] },
  'put|puts|putting|puttin|placed hands on me|my',
  'put|puts|putting|puttin a hand on me',
  {
    p: `going|gonna|finna|want|wanna|about|ready|planning to? go? kill|shoot|stab|murder my|his|her|that|the|this ${THREATENED}`,
    notNear: ['lol', 'haha', 'lmao', 'jk', 'for', 'if', 'when', 'cause', 'cuz', 'bc', 'because'],
  },
  'to|over his|her|their|exs|dealers house|place|apartment|work|job ... with my|a|the gun|pistol|rifle|knife|shotgun|bat|machete',
  `${IMPAIRED} and|n loading|loaded his|her|a|the gun|pistol|rifle|shotgun`,
  `${WHO_HURTS} loading|loaded his|her|a|the gun|pistol|rifle|shotgun`,
  `gun|guns|pistol|rifle|shotgun in|at the|this|our house|home|here ... ... ... ${IMPAIRED}|blackout`,
  `${IMPAIRED}|blackout ... ... ... gun|guns|pistol|rifle|shotgun in|at the|this|our house|home|here`,
  `${IMPAIRED}|blackout y|e|and|n violento|violenta|violent|aggressive|agresivo|agresiva`,
  'me dio|dieron|da|dan|pego|puso una golpiza|paliza|madriza|putiza|chinga',
  {
    p: `${WHO_HURTS}|would|ever|did struck|strike|strikes|striking me`,
    notNear: ['as', 'that', 'how', 'funny', 'odd', 'lol', 'the'],
  },
  `${WHO_HURTS}|drunk|high and|n|is chasing|chased|chases me`,
  `${WHO_HURTS}|drunk|high and|n|is coming after me`,
  'beat|beating his|her|their|your ass till|until|til he|she|they stops|stop|stopped breathing',
]);

/**
 * The same probe: a child's danger with no trigger word (kind `child`, Childhelp after 911): a parent gone for days,
 * a parent who comes into the room at night drunk, a parent who makes the texter drink or gives drugs, left alone in
 * Spanish with the age said.
 */
const CHILD_TWENTY_FOURTH: readonly Spec[] = asWritten([
  'uncle|dad|stepdad|grandpa|brother|cousin|stepbrother|mom|boyfriend|daddy ... comes|came|sneaks|snuck|gets into|in my room|bed at|when|every',
  'dad|mom|stepdad|stepmom|father|mother|parents|uncle|daddy|mommy makes|made|forces|forced|making me drink|use|smoke|do|take|get',
  `dad|mom|stepdad|stepmom|father|mother|parents|uncle|daddy|mommy gave|gives|giving me drugs|meth|weed|heroin|fent|alcohol|beer|liquor|coke|pills ... ... ... im ${CHILD_AGE}`,
  `dejo|dejaron|deja|dejan solo|sola|solos|solas y|e tengo ${CHILD_AGE}`,
  // A parent who put the texter out in the cold: "im 15 my dad kicked me out and its freezing".
  'dad|mom|stepdad|stepmom|mother|father|parents|mommy|daddy ... ... kicked|locked|threw|put me out ... ... freezing|freezin|degrees|zero|cold|snow|snowing|frostbite|hypothermia|below|raining',
]);

/**
 * The same probe: someone else in danger (911, 988 and SAMHSA): a carer nodding with a baby, someone high minding
 * grandchildren, a baby in the bath with the carer passed out, a baby born in withdrawal (NAS: the texter is likely in
 * hospital, but 911 is still right at home), pregnant and drinking (the file's danger covered only opioids), uppers
 * with days awake or a weapon, command hallucinations, a threat to a school, and runaway children with adults giving
 * drugs. Not a kind of its own: "danger" is the one whose words (911 first) fit each.
 */
const DANGER_TWENTY_FOURTH: readonly Spec[] = asWritten([
  // A parent gone for days ("my mom hasnt come home in 3 days"): danger, as the pinned "im 14 and ..." line has it.
  'mom|dad|mother|father|mommy|daddy|parents|mama hasnt|havent|didnt|not|wasnt come|came|been home|back in|for|since ... days|nights|week',
  `${HIGH_NOW}|${IMPAIRED} and|n|while breastfeeding|nursing|holding|feeding|bathing`,
  'nodding|noddin|nods out|off holding|with|while|and|n ... baby|newborn|infant|kid|kids',
  'breastfeeding|nursing|holding ... ... ... nodding|noddin|passing|passed',
  `using|high|drunk|drinking|nodding|${IMPAIRED} ... ... watching|babysitting|minding|has|with my|the|our ... grandkids|kids|baby|grandson|granddaughter|grandbaby|grandbabies`,
  `${HIGH_NOW} and|n|but? cant|cannot take care of`,
  `${HIGH_NOW} and|n|but? cant|cannot look after`,
  'baby|kid|kids|toddler|child|son|daughter is|are|s in the|a tub|bath|bathtub|pool ... ... ... passed|nodding|drunk|high|out',
  'passed out|nodding|drunk|high ... ... ... baby|kid|toddler|child ... in the|a tub|bath|bathtub|pool',
  {
    p: 'pregnant|preggo|prego ... ... ... cant|cannot stop drinking|drinkin',
    notAfter: ['was', 'were', 'when', 'while', 'used', 'if', 'before'],
  },
  // One word a slot (the forty-fifth probe): "withdrawing|in withdrawal" asked "born addicted withdrawal" and never
  // matched. A newborn's, not the texter's own birth told ("i was born addicted, now im 30").
  ...['born addicted|dependent|withdrawing', 'born in withdrawal'].map((p) => ({
    p,
    notAfter: ['i', 'im', 'we'],
    notNear: ['ago', 'years', 'now', 'but', 'and'],
  })),
  'borracho|borracha|pedo|peda|tomado|tomada|drogado|drogada y|e se llevo|llevo|subio ... ninos|hijos|bebe|nina|nino|hija|hijo',
  'anda|esta drogada|drogado|borracha|borracho|pedo|peda con el|la|los|las|mi|mis bebe|nino|nina|ninos|hijos|hija|hijo',
  `up|awake for? ${MANY}|2|3|4|few|couple days on|off ice|meth|crystal|speed|shard|tina|adderall|coke`,
  'see|seeing|sees people|things|faces|bugs|shadows in the walls|ceiling',
  'voices are|keep|r|keeps? telling|tell|told|say|saying|said me to hurt|kill|stab|shoot',
  {
    p: `meth|crystal|ice|high|coke|crack|${IMPAIRED} ... ... ... ... has|holding|grabbed|got a|the|his|her knife|gun|machete|bat`,
    notNear: ARMED_FOR,
  },
  'psychosis|psychotic|paranoid ... ... meth|crystal|coke|crack|ice|spice|k2',
  'meth|crystal|coke|crack|ice|spice|k2 ... ... psychosis|psychotic',
  'shoot|shooting up his|her|the|my|a school|church|work|job|office|mall|class|party',
  { p: 'ran|run|runs away|off with ... dealer|older|guy|guys|man|men|boyfriend', notNear: ['years', 'ago'] },
  { p: `im|am|shes|hes|is ${CHILD_AGE} and|n? i|she|he? ran|run away`, notNear: ['years', 'ago'] },
  {
    p: 'ran|run away ... ... ... sleeping|nowhere|money|cold|park|street|outside|freezing',
    notAfter: ['when', 'used'],
  },
  'grown|older men|man|guys|guy ... ... ... ... drugs|pills|giving|gave|give',
  'guy|man|someone|dude offered|offering me a place|room|ride|stay ... ... drugs|pills|sex',
  'ran away ... ... ... ... something stupid|dumb',
  // Out in the cold drunk or with no home (no kind of its own: danger's 911 is what frostbite or hypothermia needs):
  // "im homeless and its 5 degrees out", "sleeping outside tonight and its below zero", "stuck outside in the snow
  // and i cant feel my feet", "estoy en la calle y hace mucho frio".
  'homeless ... ... ... freezing|freezin|degrees|zero|cold|snow|snowing|frostbite|hypothermia|below',
  'sleeping|sleep|stuck|stranded|living|staying outside|outdoors|out ... ... freezing|freezin|degrees|zero|cold|snow|snowing|frostbite|hypothermia|below',
  'sleeping|sleep|stuck|stranded|living|staying in my|the|a car|truck ... ... freezing|freezin|degrees|zero|cold|snow|snowing|frostbite|hypothermia|below',
  'no place|where|nowhere to sleep|go|stay ... ... ... freezing|freezin|degrees|zero|cold|snow|snowing|frostbite|hypothermia|below',
  'outside|out in the snow|cold ... ... ... cant|cannot feel',
  'cant|cannot feel my feet|toes|hands|fingers|legs ... ... ... freezing|freezin|degrees|zero|cold|snow|snowing|frostbite|hypothermia|outside',
  'calle ... ... ... frio|helada|nevando',
  'frio ... ... tomado|tomada|borracho|borracha|pedo|peda|bolo|bola',
]);

/** The same probe: withdrawal's danger told as "going through the dts". */
const WITHDRAWAL_TWENTY_FOURTH: readonly Spec[] = asWritten(['through|thru the|his|her|my dts|dt|tremens']);

/**
 * The same probe: driving drunk said without "drive" and "drunk" together: behind the wheel unable to see straight, a
 * crash with drink, the kids to drive or fetch after drinks. `crisis_driving` (don't drive); someone else, danger.
 */
const DRIVING_TWENTY_FOURTH: readonly Spec[] = asWritten([
  `behind|at the wheel ... ... ... cant|cannot see|seeing double|straight|${HIGH_NOW}|buzzed|tipsy|spinning`,
  `almost|nearly|just crashed|wrecked|totaled ... ... ... ${HIGH_NOW}|buzzed|drinking`,
  `${HIGH_NOW} ... ... almost|nearly|just crashed|wrecked|totaled`,
  'drive|driving|pick|picking ... kids|daughter|son|baby ... ... and|but i? had|drank a few|couple|some|drinks|beers|shots|fifth|bottle|too',
  `had|drank|downed a|half|the|2|3 whole? fifth|bottle|handle|pint|six|twelve ... gotta|have|got|need|about|going|gonna to? pick|drive|get|grab`,
  `${HIGH_NOW} and|n|but? taking|driving|bringing the|my kids|daughter|son|baby|family to|home`,
]);

/** The same probe: using with no one there said as "no one is here", "nobody home, about to use". */
const ALONE_TWENTY_FOURTH: readonly Spec[] = asWritten([
  {
    p: 'about|gonna|going|bout|finna|ima|imma to? shoot|use|do|hit|bang|slam ... ... ... no one|body is|s here|home|around',
    notNear: ALONE_BEFORE,
  },
  {
    p: 'about|gonna|going|bout|finna|ima|imma to? shoot|use|do|hit|bang|slam ... ... ... nobody|noone is|s here|home|around',
    notNear: ALONE_BEFORE,
  },
  'nobody|noone home|here|around ... ... about|gonna|going|bout|finna|ima|imma to? use|shoot|do|hit|smoke|bang',
  'no one|body home|here|around ... ... about|gonna|going|bout|finna|ima|imma to? use|shoot|do|hit|smoke|bang',
  {
    p: 'using|shooting|shootin|slamming|doing in|at a|the ... bathroom|stall|car|motel|room alone|myself|solo',
    notNear: ALONE_BEFORE,
  },
  'estoy solo|sola y|e me acabo|acabe de inyectar|drogar|meter|inyectarme|drogarme',
]);

/** The same probe: a sexual assault told as touched by a sponsor or a carer, or drugged and not remembering. */
const ASSAULT_TWENTY_FOURTH: readonly Spec[] = asWritten([
  {
    p: 'sponsor|pastor|priest|coach|teacher|counselor|therapist|doctor touched|groped|molested|fondled me',
    notNear: ['deeply', 'with', 'heart', 'lol', 'so', 'really', 'soul'],
  },
  { p: 'me forzo|forzaron', notNear: ['trabajar', 'ir', 'comer', 'pagar'] },
  'roofied|spiked|drugged ... ... ... dont|cant|cannot|didnt remember|recall',
  // Drugged and abused ("me drogaron y abusaron de mi"); "abusaron de mi" alone stays violence, as pinned.
  'drogaron|drogo|drogaste ... ... abusaron|abuso|violaron|violo|tocaron',
]);

/** Uppers whose overdose is the heart's: chest pain, a racing heart, a stroke after a line or a pipe. */
const UPPERS_TOLD = [
  ...['coke', 'cocaine', 'blow', 'crack', 'meth', 'crystal', 'ice', 'speed', 'molly', 'mdma', 'adderall', 'line'],
  ...['lines', 'bump', 'bumps', 'rail', 'rails', 'shard', 'tina', 'snorted', 'snorting', 'perico', 'cocaina', 'foco'],
  ...['piedra', 'tacha', 'coca', 'cristal', 'metio'],
];
/** Drink or drugs said somewhere in a text: what makes a sign (clammy, a stroke, fading) an overdose's. */
const USING_TOLD = [
  ...UPPERS_TOLD,
  ...['drunk', 'drank', 'drinking', 'shots', 'bottle', 'fifth', 'vodka', 'whiskey', 'wine', 'beer', 'beers', 'booze'],
  ...['alcohol', 'liquor', 'pills', 'pill', 'xanax', 'bars', 'fent', 'fentanyl', 'heroin', 'dope', 'high', 'took'],
  ...['mixed', 'mixing', 'percs', 'oxy', 'benzos', 'wasted', 'hammered', 'overdose', 'od', 'shot', 'drugs', 'used'],
  ...['using', 'smoked', 'pipe'],
];
/** Before "im ready to go": an answer that the texter is ready to leave for a meeting ("ok im ready to go"). */
const READY_HOW = ['ok', 'okay', 'yes', 'yeah', 'yep', 'so', 'all', 'were', 'we'];
/** After "the voices are telling me": the things a command hallucination says, not a craving's "to drink". */
const VOICES_SAY = ['things', 'stuff', 'to', 'what', 'bad', 'something', 'its', 'i', 'im', 'that'];
/** Someone's seizure with drugs taken: the verb said after it ("a seizure and we were doing molly"), then the drug. */
const SEIZURE_AFTER = 'doing|did|took|taking|using|used|smoked|snorted|shot|popped|on';
/** A stop said with a seizure: withdrawal's, whatever pills are named ("a seizure after he stopped his pills"). */
const SEIZURE_STOPPED = [
  ...['quit', 'quitting', 'stopped', 'stopping', 'detox', 'detoxing', 'withdrawal', 'withdrawals', 'withdrawl'],
  ...['withdrawls', 'wds', 'dts', 'sober', 'deje', 'dejo', 'dejar', 'off'],
];
const SEIZURE_DRUGS = 'molly|mdma|pill|pills|something|coke|meth|crack|fent|drugs|ecstasy|k2|spice|dope|heroin';

/**
 * The twenty-fifth session (probe 25): someone else's vomit choked on, alcohol poisoning by its signs (cant stay
 * awake and puking, blacked out on the floor, cold and clammy), too much done, fading or collapsing after using, the
 * heart after uppers (chest tight, racing, a heart attack or a stroke with drink or drugs), a fit with foam, a death
 * rattle, someone dying with no word of why, a seizure after a pill or molly (overdose, not withdrawal), pills all
 * taken in Spanglish, and chest pain or a fit after coke or crystal in Spanish. 911 and naloxone.
 */
const OVERDOSE_TWENTY_FIFTH: readonly Spec[] = asWritten([
  {
    p: 'choking|chokin|choked|gagging|aspirating on|in his|her|their|my|own|the? own? vomit|puke|throwup|throw|barf|vomito',
    notNear: ['pillow', 'pillows', 'lol', 'haha', 'laughing'],
  },
  // Can't stay awake and being sick: alcohol poisoning, in either order.
  'cant|cannot stay awake ... ... ... puking|throwing|vomiting|puke|pukes|throws|vomits',
  'puking|throwing|vomiting ... ... ... cant|cannot stay awake',
  // Blacked out now, not the habit: "is blacked out on the floor", "im blacking out after a whole bottle".
  {
    p: 'is|s|hes|shes|just|still blacked|passed out on the|his|her floor|ground|bathroom|street|sidewalk|lawn',
    notNear: ['last', 'yesterday', 'lol', 'haha'],
  },
  {
    p: 'im|hes|shes|is|keeps|keep blacking|blackin out',
    notNear: ['lol', 'haha', 'when', 'whenever', 'every', 'sometimes', 'lately', 'alot', 'at', 'from', 'in'],
  },
  { p: 'pale|cold|grey|gray|blue|sweaty and|n clammy', onlyWith: USING_TOLD },
  // Too much done: "i did way too much", "he did way too much and is out".
  {
    p: 'did|done|used|shot|snorted|smoked|railed|took way|wayyy|wayy too much',
    onlyBefore: ['and', 'n', 'i', 'im', 'help', 'now', 'please', 'pls', 'hes', 'shes', 'he', 'she', 'rn', 'idk', 'omg'],
    notNear: ['work', 'today', 'homework', 'shopping', 'cardio', 'exercise', 'lol'],
  },
  // Can't stand or fading after taking or mixing: "cant stand up after taking all those pills".
  'cant|cannot stand|walk|breathe|move|see up? after|from taking|took|swallowing|popping|using|snorting|mixing|doing',
  'dizzy|faint|woozy ... ... ... after|from taking|took|swallowing|popping|mixing all|those|these|my|the ... pills|meds',
  { p: 'feel|feeling|felt like im|i fading|slipping|passing', onlyWith: USING_TOLD },
  { p: 'fading|slipping away? after|from taking|took|mixing|using|snorting|shooting', notNear: ['lol'] },
  // Collapsed or about to pass out right after using.
  {
    p: 'snorted|smoked|shot|took|injected|popped|railed|sniffed|used something|it|some|a|fent|dope|up ... ... collapsed|fainted|dropped|seizing|foaming',
    notNear: ['lol'],
  },
  'just used|shot|snorted|smoked|took ... ... ... going|gonna|about to? pass|black out',
  // The heart after uppers: "my chest is so tight after doing blow", "his heart is racing after a molly".
  {
    p: 'chest|heart is|s|feels|keeps? so|really|super? tight|pounding|racing|hurting|hurts|exploding|burning|pains',
    onlyWith: UPPERS_TOLD,
    notNear: ['when', 'whenever', 'thinking', 'think', 'about', 'craving', 'cravings', 'anxiety', 'lol'],
  },
  { p: 'heart|chest is|s|feels like? its|it|is going|gonna|about to explode|burst|pop', notNear: ['with', 'lol'] },
  ...['having|had|has a stroke', 'having|had|has a heart attack'].map((p) => ({
    p,
    onlyWith: USING_TOLD,
    notNear: ['ago', 'last', 'lol', 'year'],
  })),
  ...['heart attack', 'stroke'].map((p) => ({
    p: `${p} after|from|on smoking|doing|snorting|using|coke|crack|meth|molly`,
    notNear: ['ago'],
  })),
  // A fit with foam: "hes fitting and foaming", "jerking and foaming after she smoked".
  'fitting|jerking|shaking|twitching|seizing|convulsing|spasming and|n foaming|frothing',
  { p: 'hes|shes|is|keeps|started fitting', onlyBefore: ['and', 'n', 'on', 'after', 'help', 'please', 'i', 'we'] },
  { p: 'death rattle', notNear: ['song', 'band', 'album', 'lol', 'movie'] },
  // Someone dying now with no word of why: "someone is dying in my car". Not "dying to", "of cancer".
  {
    p: 'someone|somebody|guy|man|woman|girl|dude|person|lady is|s? dying',
    onlyBefore: ['in', 'on', 'at', 'here', 'outside', 'right', 'rn', 'now', 'help', 'please', 'and', 'i'],
  },
  // A seizure with something taken is an overdose (911, naloxone), as the pinned "seizure after taking a pill" is.
  ...[
    `seizure|seizures|seizing|convulsing|convulsions ... ... ${SEIZURE_AFTER} ${SEIZURE_DRUGS}`,
    `seizure|seizures after|from|on a|the|some|his|her? ${PILLS}|${SEIZURE_DRUGS}`,
  ].map((p) => ({ p, notWith: SEIZURE_STOPPED })),
  'took|taken|swallowed|snorted|smoked|used something|somethin|smth|stuff ... ... ... throwing|puking|vomiting|seizing|shaking|foaming',
  // Spanish: a fit or chest pain after using ("tuvo una convulsion despues de drogarse", "le duele el pecho, se metio
  // coca"), and all the pills taken in Spanglish ("my dad took todas sus pastillas").
  'convulsion|convulsiones|convulsionando|ataque|ataques despues|luego de|por usar|drogarse|fumar|meterse|inyectarse|consumir|tomar|drogarte|usar',
  { p: 'duele|dolor mucho? el|de|en? pecho|corazon', onlyWith: UPPERS_TOLD },
  {
    p: 'took|tomo|trago|swallowed todas|todos sus|las|los|mis|el ... pastillas|pastilla|medicinas|frasco|bote|pills',
    notNear: ['de', 'del', 'como', 'hoy', 'que', 'diarias', 'recetadas'],
  },
]);

/** The same probe: out cold after being sick, lying on the back (the vomit choked on). Weak: history turns it off. */
const OVERDOSE_WEAK_TWENTY_FIFTH: readonly Spec[] = asWritten([
  'on his|her|their back ... ... ... passed|out|unconscious|throwing|vomiting|puking|vomit|puke',
  'threw|puked|vomited up? and|n is|s? lying|laying|passed ... ... ... passed|out|back|unconscious',
]);

/**
 * The same probe: suicide without a death word (S): who would be better off (family, kids, the world, the life
 * insurance), worth more dead, a plan or a how and when, letters to everyone, not making it to a day named, alive
 * only maybe, regret at being revived, using to not come back, hating being alive, no way out but death, nobody at the
 * funeral, warning signs told by family (things given away, "we wont have to worry about her"), self-harm by blows
 * or starving, the car in the garage, the tracks, a razor to be used, a knife held to one's own wrist, a gun held to
 * someone's own head, an overdose on purpose, a slang "kys myself", and a rope bought in Spanish. 988 first.
 */
const SUICIDE_TWENTY_FIFTH: readonly Spec[] = asWritten([
  {
    p: 'better off if i just? wasnt|werent|didnt|never around|here|alive|exist|existed|born|gone',
    notNear: AROUND_SOMEONE,
  },
  {
    p: 'better off if i just? disappeared|vanished|died|left',
    notNear: ['week', 'weekend', 'while', 'trip', 'day', 'lol'],
  },
  'better off without a|an|their ... like me',
  'better place without me',
  'worth more dead|gone',
  'worth more to them|everyone|my dead',
  'better off ... ... life insurance',
  'life insurance would|will|could help|do|pay ... more|better than me|i',
  // A plan or a how: "ive been planning how id do it", "i know how im going to do it", "ive decided how and when".
  {
    p: 'planning|planned|decided|figured|know|knew|picked|chose|worked out? how|when im|i|id|ill ... do|doing it',
    notNear: [
      ...['with', 'by', 'through', 'thru', 'sober', 'one', 'without', 'this', 'the', 'my', 'in', 'at', 'on', 'again'],
      ...['better', 'right', 'lol', 'haha', 'after', 'if', 'when', 'for', 'step', 'meeting', 'meetings', 'going'],
      ...['gonna', 'call', 'by'],
    ],
  },
  'decided|know|picked|planned|chose how|when and|n when|how',
  {
    p: 'i|ive have|got|made|ve a plan',
    onlyBefore: THEN.filter((word) => !['like', 'living', 'life', 'every', 'y'].includes(word)),
  },
  {
    p: 'wrote|written|writing|left letters|notes to|for everyone|everybody|all|yall',
    notWith: ['amends', 'step', 'sponsor', 'apology', 'christmas', 'birthday', 'thank', 'thanking', 'cards', 'hurt'],
  },
  // Not making it to a day named: "dont see myself making it to christmas", "wont make it to my birthday".
  'dont|cant|cannot see myself making|living|surviving|lasting it? to|till|until|past|through|thru',
  'dont|cant|cannot see myself alive|here|around by|at|for|in|next',
  {
    p: 'wont|not|never|dont make|making it to|till|until|til my|next? christmas|birthday|thanksgiving|easter|new|summer|spring',
    notNear: ['party', 'dinner', 'because', 'cause', 'cuz', 'bc', 'since', 'working', 'work', 'lol', 'meeting'],
  },
  {
    p: 'wont|not be around|here|alive for|by|at christmas|thanksgiving|my|easter|new|next',
    notNear: [...AWAY_FOR_A_REASON, 'party', 'dinner', 'meeting', 'shift'],
    onlyBefore: [...THEN, 'birthday', 'year', 'years', 'week', 'month', 'anyway', 'anyways'],
  },
  { p: 'might|may not be alive|here|around tomorrow|tonight|much|by', notNear: ['lol', 'haha', 'because', 'cause'] },
  { p: 'if im|i|iam still alive|breathing', notNear: ['lol', 'haha', 'lmao', 'after', 'workout'] },
  // Revived against one's will: "wish they never narcanned me".
  'wish|wished ... never|hadnt|didnt narcanned|narcaned|narcand|narcan|saved|revived|resuscitated|found me',
  // Using so as not to come back: "next time ill use enough to not come back", "a big shot and not come back".
  'enough to|2 not|never come|coming back',
  'shot|shoot|hit|use|dose|bag|fent|dope|pills|line|using|shooting ... ... and|n not|never come|coming|wake back|up',
  'shoot|use|do|take|snort|inject|swallow|drink|shooting|using enough to|2 finally|just? be done|gone|dead|over|finished',
  'shot|hit|bag|dose|line|pills|fent and|n ill|i be gone for good|forever',
  // An overdose meant, said with "on purpose" or "get it over with" (its 911 words come with it).
  'overdosing|overdose|od|oding|odd on purpose',
  'might|may as well just? overdose|od',
  'overdose|od and|n get it over with',
  // Hating being alive, not existing, never born.
  'hate|hating being alive',
  { p: 'hate|hating living|existing|life', notNear: [...LIVING_WHERE, 'paycheck', 'out', 'off', 'on', 'like', 'so'] },
  'i shouldnt exist',
  'i should not exist',
  'i shouldnt have|of|ve been born',
  'i should not have|of been born',
  'i shouldve|shoulda|should never have|of? been born',
  ...['im ready to go', 'i am ready to go'].flatMap((p) => [
    { p, onlyBefore: ['tonight', 'forever', 'goodbye', 'bye', 'sorry', 'lord', 'god', 'now'], notAfter: READY_HOW },
    { p, onlyBefore: [], notAfter: READY_HOW },
  ]),
  'want|wanna|need out permanently|forever',
  'want|wanna|need out for good',
  'no|only way out except|but|is|besides|would ... death|dying|die|suicide|dead',
  'given up on life|living|everything',
  {
    p: 'caring|care if|whether i live|die|wake|survive',
    notNear: ['early', 'late', 'on', 'for', 'in', 'at', 'tomorrow', 'sober', 'clean', 'happy'],
  },
  'nobody|noone would|will|wouldnt even? come|show up? to my funeral',
  'no one would|will|wouldnt even? come|show up? to my funeral',
  'who would|will even? come|show up? to my funeral',
  'whats|wats the? point of|in any of it',
  'what is the? point of|in any of it',
  // Goodbyes said with an end: "its over for me. goodbye", "i love you all, im sorry".
  'over for me goodbye|bye|forever|sorry|im',
  {
    p: 'love you all|guys|everyone|everybody im|i sorry',
    onlyBefore: ['goodbye', 'bye', 'forgive', 'please', 'i', 'im', 'so', 'tell'],
  },
  { p: 'love you all|guys|everyone|everybody im|i sorry', onlyBefore: [] },
  // Slang: "kys myself" (kill yourself, turned on oneself), "i want to commit" said last.
  'kys myself|meself',
  {
    p: 'want|wanna|going|gonna|thinking|plan|planning|about to? commit',
    onlyBefore: ['tonight', 'now', 'rn', 'today', 'i', 'im', 'so', 'please', 'help'],
  },
  { p: 'want|wanna|going|gonna|thinking|plan|planning|about to? commit', onlyBefore: [] },
  // Warning signs told by family: things given away with a goodbye, "we wont have to worry about her anymore".
  'gave|giving|give|given|gives away ... ... ... ... saying|said|says|say goodbye|goodbyes|bye',
  {
    p: 'gave|giving|give|given|gives away his|her|their stuff|things|belongings|possessions|everything|games|clothes|xbox',
    notNear: GIVEN_AWAY_FOR,
  },
  {
    p: 'wont|never|not|nobody|noone|one|longer will|would? have|need to worry|deal about|with her|him|me|them ... anymore|after|again|longer|soon|tonight|forever',
    notNear: ['because', 'cause', 'cuz', 'bc', 'since', 'sober', 'clean', 'lol', 'got', 'now', 'im', 'hes', 'shes'],
  },
  {
    p: 'he|she|hes|shes|they ... wont|not|never ... be a problem|burden|bother for|to us|anyone|them|me|anybody|everyone|nobody',
    notNear: GONE_FOR_A_REASON,
  },
  {
    p: 'he|she|hes|shes|they ... wont|not|never ... be a problem|burden|bother much|very? longer',
    notNear: GONE_FOR_A_REASON,
  },
  {
    p: 'wont|not|never have to deal with him|her|me|them ... ... longer|anymore',
    notNear: ['moved', 'moving', 'left', 'because', 'since', 'cause', 'lol', 'sober', 'when'],
  },
  // Self-harm by blows or starving: "i keep punching walls till my hands bleed", "i hit myself when im drunk".
  'punch|punching|punched ... wall|walls ... ... bleed|bleeding|bloody|broke|broken',
  {
    p: 'hit|hitting|punch|punching|slap|slapping myself',
    notAfter: ['accidentally', 'accidently', 'almost', 'nearly'],
    notNear: ['in', 'on', 'with', 'accidentally', 'lol', 'haha', 'by', 'up', 'for'],
  },
  { p: 'starve|starving|starved myself', notNear: ['lol', 'til', 'till', 'until', 'dinner', 'before', 'for'] },
  // Means and places: the car in the garage, the tracks, the bridge again, the top of a garage, a razor to use.
  'car|engine|motor|truck running|on|idling in the|my garage',
  'in the|my garage ... ... car|engine|motor running|on',
  {
    p: 'on|at the train|railroad|rail? tracks|track',
    notNear: ['lol', 'station', 'platform', 'for', 'to', 'photo', 'photos', 'pictures', 'pics', 'shoot'],
    notAfter: ['work', 'works', 'working', 'walked', 'walking', 'crossed', 'crossing', 'live', 'lives', 'near', 'by'],
  },
  'im|am on|at the bridge|roof|ledge|overpass|tracks again|waiting|alone|rn|tonight',
  {
    p: 'on top of the|a parking? garage|building|roof|bridge|structure|deck',
    onlyBefore: THEN,
    notAfter: ['parked', 'park', 'parking', 'meet', 'meeting', 'is', 'its', 'office', 'lot'],
  },
  {
    p: 'razor|knife|blade|gun|pistol|rope|pills ... ... ... gonna|going|about|want|wanna|ready to? use it|them',
    notNear: ['to', 'for', 'on', 'lol', 'cut', 'cook', 'cooking', 'at', 'hunting'],
  },
  {
    p: 'holding|holdin|held a|the|my knife|blade|razor|gun|pistol to|on|against my wrist|wrists|throat|arm|arms|head|temple',
    notAfter: [...PEOPLE.split('|'), 'is', 'was', 'keeps', 'kept', 'stepdad', 'ex'],
  },
  'going|gonna|want|wanna|about|planning|ready to? drive|steer|run|crash my|the car|truck off the|a road|cliff|bridge',
  // A gun held to someone's own head, or said to be used on oneself: suicide (and the violence of a gun at hand).
  `${PEOPLE} has|had|holding|got a|the|his|her gun|pistol to|at|against his|her|their own? head|temple|mouth`,
  'use|turn|point it|the|a|his|her gun|pistol? on|against|at himself|herself|themselves|themself',
  {
    p: 'compre|consegui|tengo|amarre la|una|mi cuerda|soga',
    notNear: ['para', 'de', 'del', 'brincar', 'saltar', 'tender', 'ropa', 'perro', 'guitarra', 'escalar', 'columpio'],
  },
  'ojala no despertara|despertar|despierte|amaneciera|amanezca',
]);

/**
 * The same probe: withdrawal's danger told by the body giving out (passed out, fainted, collapsed) while detoxing or
 * in withdrawal, and "the shakes" had bad now. Signs with a stop elsewhere in the text are read by DELIRIUM_SIGNS.
 */
const WITHDRAWAL_TWENTY_FIFTH: readonly Spec[] = asWritten([
  {
    p: 'withdrawal|withdrawals|withdrawls|withdrawl|detox|detoxing|wds|dts ... ... ... passed|fainted|collapsed|blacked|passing|fainting|collapsing|blacking',
    notNear: ['last', 'before', 'once', 'years', 'ago', 'lol'],
  },
  ...[
    'passed|blacked out from|during|in the? withdrawal|withdrawals|withdrawls|detox|detoxing|wds',
    'fainted|collapsed|fell from|during|in the? withdrawal|withdrawals|withdrawls|detox|detoxing|wds',
  ].map((p) => ({ p, notNear: ['last', 'before', 'once', 'years', 'ago', 'lol'] })),
  { p: 'got|have|has|getting the shakes real|so|really|very|super? bad|badly', notNear: PAST_OR_RISK },
]);

/** The same probe: not safe, said of oneself now ("im not safe", "i dont feel safe"), not of driving or going out. */
const VIOLENCE_TWENTY_FIFTH: readonly Spec[] = asWritten([
  ...['im not safe', 'i am not safe', 'dont|didnt|never feel|feeling safe', 'do not feel safe'].map((p) => ({
    p,
    onlyBefore: [
      ...['here', 'home', 'with', 'around', 'rn', 'right', 'now', 'tonight', 'please', 'help', 'i', 'im', 'he', 'she'],
      ...['hes', 'shes', 'and', 'anymore', 'in', 'at'],
    ],
    notNear: ['driving', 'drive', 'meeting', 'meetings', 'lol', 'walking', 'going', 'work', 'school', 'neighborhood'],
  })),
  ...['im not safe', 'i am not safe', 'dont|didnt|never feel|feeling safe', 'do not feel safe'].map((p) => ({
    p,
    onlyBefore: [],
  })),
  'no estoy a salvo',
  // One word to a slot: "segura|seguro|a salvo" read "no me siento a salvo" only, never "no me siento segura" (the
  // forty-fifth probe). "no me siento segura de ir" (not sure of going) stays no alarm: "de" is not listed.
  ...['no me siento segura|seguro', 'no me siento a salvo'].flatMap((p) => [
    { p, onlyBefore: ['en', 'aqui', 'y', 'ayuda', 'ahorita', 'ahora', 'ya', 'nada', 'para', 'con', 'porfa'] },
    { p, onlyBefore: [] },
  ]),
]);

/**
 * The same probe: someone else's danger (911 first): a threat to hurt or kill someone, someone missing after using,
 * voices that tell things after days awake, an ex high who keeps the kids, and someone drunk at the wheel with the
 * children (danger, not the partners' hotline: 911 is what a car on the road needs, as twenty-third.yaml has it).
 */
const DANGER_TWENTY_FIFTH: readonly Spec[] = asWritten([
  {
    p: 'hes|shes|he|she|theyre|they ... going|gonna|about|wants|threatening|threatened|wanna to? hurt|kill|shoot|stab someone|somebody|people|everyone',
    notNear: ['feelings', 'lol', 'haha', 'if', 'when'],
  },
  {
    p: 'is|s|went|gone|been|still|now missing|disappeared|vanished',
    onlyBefore: [
      ...'and n since after for he she they overnight all two three a again now rn days'.split(' '),
      ...'123456789',
    ],
    onlyWith: ['using', 'high', 'drunk', 'relapsed', 'shooting', 'drinking', 'fent', 'dope', 'meth', 'heroin', 'used'],
  },
  'missing|disappeared|vanished after|since using|relapsing|drinking|he|she|they|getting',
  { p: 'voices are|keep|keeps|r telling|tell|say|saying me', onlyBefore: VOICES_SAY },
  `${IMPAIRED}|using ... ... wont|refuses|isnt|wouldnt give|bring|return the|my|our little|baby? ${CHILDREN}|children`,
  'driving|drivin|drove|drives drunk|high|wasted|hammered|intoxicated|buzzed ... kids|kid|baby|babies|children|grandkids',
  {
    p: 'drunk|high|wasted|hammered|intoxicated and|n? driving|drivin|drove the|my|our? kids|kid|baby|children|them',
    notNear: ['crazy', 'nuts', 'insane', 'mad', 'away', 'off', 'home'],
  },
]);

/** The same probe: a texter under 18 put out of the home onto the street (Childhelp after 911). */
const CHILD_TWENTY_FIFTH: readonly Spec[] = asWritten([
  {
    p: `${CHILD_AGE} ... ... ... kicked|threw|put|locked me out`,
    notAfter: ['was', 'when', 'at', 'since', 'age'],
  },
  `kicked|threw|put|locked me out ... ... ... im|am ${CHILD_AGE}`,
]);

/** Drunk, high or out cold: a state in which no one can say yes. */
const DRUNK_OR_OUT =
  'drunk|blackout|blacked|high|passed|asleep|unconscious|wasted|out|roofied|drugged|borracha|borracho|sleeping';

/**
 * The same probe: a sexual assault told without the words rape or assault: sex or "things" done to the texter while
 * drunk, high, blacked out or unable to say no, taken advantage of, groped, waking in a stranger's bed with no memory,
 * taken home after a drugged drink, and "abuso de mi" at a party or while drunk (RAINN after 911).
 */
const ASSAULT_TWENTY_FIFTH: readonly Spec[] = asWritten([
  `had|has|having sex with me ... ... ... ${DRUNK_OR_OUT}`,
  `${DRUNK_OR_OUT} ... ... ... had|has|having sex with me`,
  'made|forced|pressured me do|to do? stuff|things|sexual|sex ... ... ... didnt|didn|wasnt|not want|consent|agree|say',
  `did|does|doing things|stuff to me while|when i|im ... ... ${DRUNK_OR_OUT}`,
  `did|does|doing things|stuff to me ... ... ... couldnt|cant|cannot|didnt say no`,
  `forced|raped me while|when i was|im|i ... ${DRUNK_OR_OUT}`,
  {
    p: `${DRUNK_OR_OUT} and|n he|she|they|someone|somebody|guy forced|raped me`,
    notNear: ['to', 'into', 'out', 'off', 'lol'],
  },
  {
    p: 'took|taking|takes|take advantage of me',
    onlyWith: DRUNK_OR_OUT.split('|').concat('party', 'roofied', 'drugged'),
    notNear: ['financially', 'money', 'kindness', 'generosity', 'job', 'work'],
  },
  'woke|woken|waking|wake up in a|some strangers|stranger|random|guys|dudes|unknown bed|house|apartment|room ... ... ... dont|cant|didnt|no remember|memory|idea',
  { p: 'groped|fondled|molested|groping|fondling me', notNear: ['lol', 'haha'] },
  'roofied|drugged|spiked ... ... ... guy|man|he|someone|dude took|brought|drove|carried me home|to|back',
  'abusaron|abuso|abusaban de mi ... ... ... fiesta|borracha|borracho|drogada|drogado|dormida|dormido|inconsciente|peda|pedo|tomada|tomado',
  'hombre|tipo|chavo|desconocido|senor|hombres|tipos abuso|abusaron de mi',
]);

/**
 * The same probe: high or drunk at the wheel said as a state ("im behind the wheel and im so high", "im blackout drunk
 * and in my car", "seeing double"), too drunk to drive but driving, and the kids driven after a few hits.
 */
const DRIVING_TWENTY_FIFTH: readonly Spec[] = asWritten([
  `behind|at the wheel ... ... ... ${HIGH_NOW}|buzzed|tipsy|spinning|double|blurry|blackout`,
  `${HIGH_NOW}|blackout ... ... ... behind|at the wheel`,
  `im|am ${SO}? blackout? ${HIGH_NOW}|blackout and|n in|behind my|the car|truck|wheel`,
  'driving|drivin ... ... seeing|see double|triple|blurry|spots',
  `too ${HIGH_NOW}|blackout to drive but|n|and|yet im|i|ill|imma|ima almost|nearly|still|gonna|going|driving|doing|on|halfway`,
  'hits|hit|bowl|joint|blunt|drinks|beers|shots|line|lines|pills|bars and|n|but|now? im|i|ill|am driving|drive|taking|bringing the|my kids|baby|son|daughter|family',
]);

/**
 * The same probe: using with no one there said as "no one here" or "nobody's here", "no one is with me", alone in a
 * motel with fent, "im all alone and using", "fentanyl and im alone", and in Spanish "estoy sola y me voy a meter".
 */
const ALONE_TWENTY_FIFTH: readonly Spec[] = asWritten([
  {
    p: 'about|gonna|going|bout|finna|ima|imma to? shoot|use|do|hit|bang|slam ... ... ... no one|body here|home|around|with',
    notNear: ALONE_BEFORE,
  },
  {
    p: 'about|gonna|going|bout|finna|ima|imma to? shoot|use|do|hit|bang|slam ... ... ... nobody|noone|nobodys|noones here|home|around|with|is',
    notNear: ALONE_BEFORE,
  },
  {
    p: 'nobody|noone is|s? here? with me ... ... ... did|shot|shooting|using|use|shoot|hit|doing|smoked|smoking|snorted',
    notNear: ['to', 'lol'],
  },
  {
    p: 'no one is|s? here? with me ... ... ... did|shot|shooting|using|use|shoot|hit|doing|smoked|smoking|snorted',
    notNear: ['to', 'lol'],
  },
  `alone|solo in|at a|the|my motel|hotel|room|car|bathroom ... ... ... ${STREET}|fentanyl|bag|needle|rig|shot`,
  `motel|hotel|car|bathroom|room alone|solo with|and ... ${STREET}|fentanyl|bag|needle|rig`,
  'all alone and|n using|shooting|high|getting|gonna|about|going',
  { p: `${STREET}|fentanyl and|n im|am all? alone|solo`, onlyBefore: ['rn', 'now', 'tonight', 'and', 'help', 'i'] },
  { p: `${STREET}|fentanyl and|n im|am all? alone|solo`, onlyBefore: [] },
  'estoy solo|sola ... ... ... meter|usar|inyectar|inyectarme|fumar|drogar|drogarme',
  'voy|vo a usar|meter|meterme|inyectarme|fumar fentanilo|fenta|heroina|chiva|cristal solo|sola',
]);

/** Drink or drugs said anywhere in a text, as USING_TOLD and the downers texters name by brand or street name. */
const USING_TOLD_26 = [
  ...USING_TOLD,
  ...['lean', 'xans', 'xan', 'klonopin', 'valium', 'ativan', 'methadone', 'suboxone', 'speedball', 'speedballs'],
  ...['gabapentin', 'benzo', 'perc', 'batch', 'hit', 'fetty', 'tranq', 'xylazine', 'narcan', 'opioids', 'oxys'],
];
/** A fever or chills with a wound: an infection spreading, above all in tranq (xylazine) wounds. */
const FEVER_TOLD = ['fever', 'feverish', 'chills', 'fiebre', 'escalofrios', 'sweats', 'delirious', 'confused'];
/** A withdrawal named, in the texter's words. */
/** Why someone is gone for a while, not for good: "after im gone on my trip", "when im gone to rehab". */
const GONE_FOR_A_WHILE = [
  ...['trip', 'vacation', 'weekend', 'work', 'shift', 'store', 'meeting', 'rehab', 'detox', 'jail', 'school'],
  ...['week', 'month', 'deployment', 'deployed', 'treatment', 'visit', 'visiting'],
];
const WITHDRAWAL_TOLD = [
  ...['withdrawal', 'withdrawals', 'withdrawl', 'withdrawls', 'wds', 'detox', 'detoxing', 'dts', 'abstinencia'],
  ...['quit', 'stopped', 'dejé', 'deje', 'dejo'],
];

/** After "tome demasiado": too much of what is no drug, or when it is long past ("anoche", "antes"). */
const TOO_MUCH_NOT_NOW = ['cafe', 'anoche', 'ayer', 'comida', 'refresco', 'agua', 'antes', 'jaja'];
/** A habit said after "tomo demasiado": "los fines de semana", "todos los dias", "cada noche", "siempre". */
const HABIT_SAID = ['fines', 'semana', 'diario', 'diariamente', 'todos', 'todas', 'cada', 'siempre', 'seguido'];
/** Saying another tells it ("mi abuela dice que tomo demasiado"): the texter's habit, as they hear it said. */
const TOLD_BY_ES = ['dice', 'dicen', 'dijo', 'dijeron', 'piensa', 'piensan', 'cree', 'creen'];
/** Drink named after "tomo demasiado": "I drink too much alcohol" unless someone else is named. */
const DRINKS_ES = ['alcohol', 'cerveza', 'cervezas', 'licor', 'vino', 'tequila', 'alcol', 'chelas', 'pisto'];
/** Someone else in Spanish, who may be the one who took too much: "mi hermana ... creo que tomo demasiado". */
const SOMEONE_ELSE_ES = [
  ...['el', 'ella', 'alguien', 'amigo', 'amiga', 'hijo', 'hija', 'esposo', 'esposa', 'hermano', 'hermana', 'novio'],
  ...['novia', 'mama', 'papa', 'madre', 'padre', 'primo', 'prima', 'tio', 'tia', 'vecino', 'vecina', 'despierta'],
  ...['respira', 'responde', 'inconsciente', 'se', 'lo', 'la', 'le', 'bebe', 'nino', 'nina', 'abuelo', 'abuela'],
];

/**
 * The twenty-sixth session (probe 26): a heart or breath gone wrong after mixing or uppers ("my heart is weird after
 * coke and heroin", "speedball and my chest hurts", "lean and xans and my breathing is off"), someone "fell out" (the
 * street word for an overdose) with drugs named, passing out again and again after pills, too drunk to stand and
 * being sick, and too much taken in Spanish ("tome demasiado"). 911 and naloxone.
 */
const OVERDOSE_TWENTY_SIXTH: readonly Spec[] = asWritten([
  // Pills taken to die are taken: the overdose's 911 with suicide's 988 ("she swallowed her pills so she could die").
  {
    p: 'took|taken|swallowed|popped|downed ... ... ... to|so i|she|he|they? can|could? die',
    notNear: ['down', 'lol', 'haha', 'laughing'],
  },
  {
    p: 'heart|chest is|s|feels|keeps|feel? so|really|super? weird|funny|off|skipping|fluttering|irregular|stopping|hurts|hurting',
    onlyWith: [...UPPERS_TOLD, 'speedball', 'speedballs', 'heroin', 'fent', 'together'],
    notNear: ['when', 'whenever', 'thinking', 'think', 'about', 'craving', 'cravings', 'anxiety', 'lol', 'coffee'],
  },
  {
    p: 'breathing|breath|breathin is|s|feels|getting|sounds so|really|super? off|weird|funny|wrong|strange|slow|shallow|labored|raspy',
    onlyWith: USING_TOLD_26,
    notNear: ['when', 'whenever', 'lol', 'haha', 'anxiety', 'cold', 'allergies', 'asthma'],
  },
  {
    p: 'just|he|she|friend|guy|dude|girl|someone|somebody|bro|homie|buddy|cousin|brother|sister|boyfriend|bf|girlfriend|gf fell|falls|falling out',
    onlyWith: USING_TOLD_26,
    notNear: ['with', 'of', 'over', 'about', 'because', 'bed', 'chair', 'window', 'car', 'lol'],
  },
  {
    p: 'keep|keeps|kept|been passing|blacking|passin out after|from taking|the|those|these|my|all|using|snorting|shooting|mixing',
    notNear: ['drinking', 'lol', 'haha'],
  },
  {
    p: 'cant|cannot|barely stand|walk ... ... ... throwing|puking|vomiting|throw|puke',
    onlyWith: USING_TOLD_26,
    notNear: ['lol', 'haha'],
  },
  {
    p: 'tome|use|consumi|consumio|meti|metio|fume|inyecte demasiado|demasiada|demasiadas|demasiados',
    notNear: TOO_MUCH_NOT_NOW,
  },
  // "tomo", "uso", "fumo" are "he took" without accents, and "I drink" too: "yo tomo demasiado", "siento que tomo
  // demasiado", "tomo demasiado los fines de semana" tell of the texter's habit (the thirty-first session's probe:
  // a teen's "creo que tomo demasiado" got the overdose reply).
  // Nor a habit someone else tells of ("mi abuela dice que tomo demasiado"), nor "tomo demasiado alcohol" alone, the
  // commonest way to say "I drink too much" (the thirty-fourth session's probe 44): with someone named, an overdose.
  {
    p: 'tomo|uso|fumo|inyecto demasiado|demasiada|demasiadas|demasiados',
    notAfter: ['yo', 'siento', 'pienso', 'creo', ...TOLD_BY_ES],
    notNear: [...TOO_MUCH_NOT_NOW, ...HABIT_SAID],
    notNext: DRINKS_ES,
  },
  {
    p: `tomo demasiado|demasiada ${DRINKS_ES.join('|')}`,
    notAfter: ['yo', 'siento', 'pienso', 'creo', ...TOLD_BY_ES],
    notNear: [...TOO_MUCH_NOT_NOW, ...HABIT_SAID],
    onlyWith: SOMEONE_ELSE_ES,
  },
  // "creo que tomo demasiado" is of the texter unless someone else is named: "mi hermana esta mal, creo que tomo
  // demasiado" is still an overdose.
  {
    p: 'creo que tomo|uso|fumo|inyecto demasiado|demasiada|demasiadas|demasiados',
    notNear: [...TOO_MUCH_NOT_NOW, ...HABIT_SAID],
    onlyWith: SOMEONE_ELSE_ES,
  },
]);

/**
 * The same probe: suicide without the usual words: no reason to keep going, taking one's life (not "back"), a note
 * left for someone to find, how much longer one can keep living, pain ended for good, all the pills taken "and be
 * done", a hope that the batch or the fent takes one, making sure not to wake, rather dead than using on, the world
 * not needing one, the gun or rope ready, knowing exactly how, after one is gone, tonight the last night, and pills
 * taken to die (with the overdose's 911 found beside it). 988 first.
 */
const SUICIDE_TWENTY_SIXTH: readonly Spec[] = asWritten([
  {
    p: 'no|any|zero reason|point for? me? to keep|go|stay|be going|living|on|alive|around',
    notNear: ['to', 'back', 'there', 'meetings', 'meeting', 'without', 'lol', 'the', 'a', 'this', 'that', 'with'],
  },
  {
    // Indexed by "take", the rarer word, with what comes before it as a guard: cheaper on every text.
    p: 'take my life',
    onlyAfter: ['to', 'gonna', 'wanna', 'will', 'ill', 'should', 'could', 'might', 'and', 'just'],
    notNear: ['back', 'in', 'into', 'seriously', 'one', 'day', 'easy', 'slow', 'slowly', 'again', 'over', 'for'],
  },
  {
    p: 'wrote|written|writing|left|leaving a|my note|letter for|to ... ... to find|read',
    notNear: ['the', 'a', 'an', 'my', 'keys', 'key', 'out', 'it', 'food', 'dinner', 'money', 'when', 'lol'],
  },
  {
    p: 'my|a goodbye|suicide note|letter|notes|letters',
    notWith: [
      ...['therapy', 'therapist', 'alcohol', 'addiction', 'drinking', 'drugs', 'step', 'sponsor', 'counselor'],
      ...['assignment', 'meth', 'heroin', 'booze', 'bottle', 'old', 'life', 'habit'],
    ],
  },
  {
    p: 'how much longer i|can can|i? keep|go|stay living|on|alive|going',
    notNear: ['to', 'with', 'at', 'in', 'lol', 'without', 'doing', 'this', 'like'],
  },
  // Staying alive or living "like this" is still a life weighed: "how much longer can i stay alive like this".
  { p: 'how much longer i|can can|i? keep|stay|go on? living|alive', notNear: ['lol', 'haha'] },
  'end|ending|stop the|my pain|suffering|misery for? good|forever|permanently',
  {
    p: 'take|swallow|down|pop all|every|whole ... ... and|n just? be done|gone|over|finished',
    notNear: ['for', 'with', 'eating', 'lol', 'haha'],
  },
  {
    p: 'shoot|snort|slam|inject it|the|this? all|whole|everything ... and|n just? be done|gone|over|finished',
    notNear: ['for', 'lol', 'haha', 'today', 'week', 'school', 'homework'],
    notWith: ['homework', 'chores', 'laundry', 'work', 'errands'],
  },
  'hope|hoping|praying|pray|wish this|the|that|my? next|last|whole? batch|fent|dope|shot|bag|hit|dose|bottle|pills|one|od kills|takes|finishes|ends me',
  'make sure i dont|never|wont|cant wake|come|survive',
  'rather be? dead|die than keep|continue|live|living',
  'world|everyone|everybody doesnt|dont need me',
  // Cut and bleeding on: "i cut and it wont stop bleeding"; not a finger cut cooking or shaving.
  {
    p: 'cut|cutting|sliced ... ... wont|isnt|cant|doesnt stop|stopping bleeding',
    notWith: ['finger', 'cooking', 'shaving', 'accidentally', 'accidently', 'kitchen', 'glass', 'fell', 'chopping'],
  },
  {
    p: 'gun|pistol|rifle|rope|noose|pills|razor|blade ... ... and|n im|i am|i? ready',
    notNear: ['for'],
    notWith: ['license', 'hunting', 'range', 'class', 'season', 'permit', 'course', 'safety', 'lol', 'swing'],
  },
  {
    p: 'exactly how|when im|i|ill|id going|gonna|will? to? do|doing it',
    notNear: ['step', 'meeting', 'meetings', 'sober', 'lol', 'with', 'by', 'in'],
  },
  {
    p: 'after|once|when im|ive gone|dead',
    onlyBefore: ['and', 'i', 'im', 'anyway', 'anyways', 'tonight', 'soon'],
    notWith: [...GONE_FOR_A_WHILE, 'sleep', 'rest'],
  },
  {
    p: 'after|once|when i am|was gone|dead',
    onlyBefore: ['and', 'i', 'im', 'anyway', 'anyways', 'tonight', 'soon'],
    notWith: [...GONE_FOR_A_WHILE, 'sleep', 'rest'],
  },
  {
    p: 'tonight|today is|s my last night|day alive|here|ever',
    notWith: ['rehab', 'detox', 'treatment', 'shelter', 'job', 'work', 'vacation', 'trip', 'dorm', 'hospital', 'town'],
  },
  'tonight|today is|s my last night|day on earth',
  {
    p: 'tonight is|s my last night',
    onlyBefore: [],
    notWith: ['rehab', 'detox', 'treatment', 'shelter', 'job', 'work', 'vacation', 'trip', 'dorm', 'hospital', 'town'],
  },
  {
    p: 'took|taken|swallowed|popped|downed|taking|swallowing|shot ... ... ... to|so i|she|he|they? can|could? die',
    notNear: ['down', 'lol', 'haha', 'laughing'],
  },
  'took|taken|swallowed|popped|downed|taking|swallowing ... ... ... to end it|everything|her|his|my|their',
]);

/**
 * The same probe: withdrawal's heart (racing past 120, about to stop) with a withdrawal or a stop named. 911 first.
 */
const WITHDRAWAL_TWENTY_SIXTH: readonly Spec[] = asWritten([
  {
    p: 'heart ... ... going|gonna|about to stop|give|explode|burst',
    onlyWith: WITHDRAWAL_TOLD,
    notNear: ['lol', 'haha', 'when', 'whenever'],
  },
  {
    p: 'heart|pulse rate? is|s|at|over|like|of|around like|around|about|over|at? 12*|13*|14*|15*|16*|17*|18*|19*|200*',
    onlyWith: WITHDRAWAL_TOLD,
    notWith: [
      'running',
      'run',
      'gym',
      'workout',
      'exercise',
      'walk',
      'jog',
      'cardio',
      'year',
      'years',
      'month',
      'months',
    ],
  },
]);

/** The same probe: someone smashing things while the texter is scared ("hes on a bender smashing everything"). */
const VIOLENCE_TWENTY_SIXTH: readonly Spec[] = asWritten([
  {
    p: 'smashing|breaking|throwing|destroying|wrecking|punching everything|things|stuff|holes|walls|doors ... ... ... scared|afraid|terrified|hiding|scary',
    notWith: ['lol', 'haha', 'lmao', 'mess', 'game', 'party', 'beers'],
  },
  'scared|afraid|terrified|hiding ... ... ... hes|shes|is|keeps smashing|breaking|throwing|punching',
]);

/**
 * The same probe: children with someone using now (using or smoking meth around them or in the house, nodding out
 * with the grandkids, high with a toddler), someone talking of hurting people, a tranq wound gone black or spreading
 * with a fever, red streaks up a limb, and someone missing again after an overdose. 911 first.
 */
const DANGER_TWENTY_SIXTH: readonly Spec[] = asWritten([
  {
    p: `using|smoking|shooting|snorting|drinking|doing|getting high|drunk|wasted? drugs|meth|dope|crack|fent|heroin|coke? around|with|near|infront the|my|his|her|their|our? little|lil|baby|younger|newborn? ${CHILDREN}|grandkids|them|her|him`,
    onlyWith: [...CHILDREN.split('|'), 'grandkids', 'daughters', 'sons', 'kids', 'toddler'],
    notWith: ['used', 'ago', 'when', 'stop', 'how', 'should'],
  },
  {
    p: `${CHILDREN}|grandkids is|are with ... ... ... nodding|high|drunk|wasted|using|relapsed|passed|tweaking`,
    notNear: ['used', 'ago', 'lol'],
  },
  {
    p: `${HIGH_NOW}|using ... ... has|got|watching ${CHILDREN}|grandkids|his|her|their toddler|baby|kids|son|daughter|with`,
    // "passed out drunk with her baby" is the overdose's (twenty-third.yaml): 911 and naloxone, no second kind.
    notAfter: ['not', 'never', 'wasnt', 'isnt', 'passed', 'out'],
    notNear: ['lol', 'haha'],
  },
  `${HIGH_NOW}|nodding|using and|n their|the|his|her|my|our ${CHILDREN}|grandkids are|is|s alone|outside|crying|hungry|unsupervised|wandering`,
  {
    p: `using|smoking|shooting|snorting|drinking|doing|getting high|drunk|wasted? drugs|meth|dope|crack|fent|heroin|coke? in front of the|my|his|her|their|our? ${CHILDREN}|grandkids|them`,
    onlyWith: [...CHILDREN.split('|'), 'grandkids', 'daughters', 'sons', 'kids', 'toddler'],
    notWith: ['used', 'ago', 'when', 'stop', 'how', 'should'],
  },
  `${CHILDREN}|grandkids are|is|s alone|outside ... ... ... high|drunk|wasted|nodding|using|tweaking|passed`,
  {
    p: 'pregnant ... ... ... cant|cannot stop',
    onlyWith: ['drinking', 'using', 'drink', 'use', 'fent', 'dope', 'meth', 'heroin', 'pills', 'shooting', 'smoking'],
  },
  {
    p: 'talking|talks|talkin|saying about|of hurting|killing|shooting|stabbing people|someone|somebody|others|everyone|us',
    notNear: ['lol', 'haha', 'movie', 'show', 'game'],
  },
  {
    p: 'wound|wounds|sore|sores|abscess|abcess|arm|leg|foot|hand|skin ... ... ... black|rotting|rotten|spreading|necrotic|streaks|oozing|bone',
    onlyWith: FEVER_TOLD,
  },
  {
    p: 'wound|wounds|sore|sores|abscess|leg|arm|skin is|s|are turning|going|gone|getting black|rotting|necrotic|spreading',
    onlyWith: ['tranq', 'xylazine', 'shots', 'shooting', 'injecting', 'needle', 'fever', 'chills', 'smells'],
    notWith: ['how', 'treat', 'where'],
  },
  'red streaks going|spreading|running|moving up|from',
  {
    p: 'is|s|hes|shes|went|gone|still|now missing again',
    onlyWith: ['overdosed', 'od', 'oded', 'relapsed', 'using', 'high', 'drunk', 'dope', 'fent'],
  },
]);

/** The same probe: a child left with parents high and no food ("im 13 and my parents are high and theres no food"). */
const CHILD_TWENTY_SIXTH: readonly Spec[] = asWritten(
  [`${CHILD_AGE} ... ... ... no food`, `${CHILD_AGE} ... ... ... nothing to eat`].map((p) => ({
    p,
    onlyWith: ['high', 'drunk', 'using', 'wasted', 'passed', 'nodding', 'drinking', 'drugs', 'gone'],
  })),
);

/** The same probe: "abusaron de mi sexualmente" (sexually abused, the word last) and "abuso de mi sexualmente". */
const ASSAULT_TWENTY_SIXTH: readonly Spec[] = asWritten(['abusaron|abuso|abusaba|abusa de mi sexualmente']);

/**
 * The same probe: drunk or high on the road ("im so drunk and im on the highway", "on the road and seeing double",
 * "cant see straight and im driving", "im driving and im super high", "im drunk driving").
 */
const DRIVING_TWENTY_SIXTH: readonly Spec[] = asWritten([
  `${HIGH_NOW} ... ... highway|freeway|interstate|turnpike`,
  'road|highway|freeway|wheel ... ... ... seeing|see double|triple|blurry|spots',
  'cant|cannot|barely see straight|right ... ... ... driving|drivin|behind|road|highway|wheel',
  `driving|drivin and|n im ${SO}? ${HIGH_NOW}`,
  {
    p: 'im drunk|high|wasted|hammered driving|drivin',
    onlyBefore: ['rn', 'now', 'right', 'home', 'and', 'help', 'to', 'with', 'on', 'i', 'please', 'pls'],
  },
  { p: 'im drunk|high|wasted|hammered driving|drivin', onlyBefore: [] },
]);

/** The same probe: about to use with no one knowing where the texter is, and "nobody's around" ("nobodys"). */
const ALONE_TWENTY_SIXTH: readonly Spec[] = asWritten([
  {
    p: 'nobody|noone knows where i|im am?',
    onlyWith: ['use', 'using', 'shoot', 'shooting', 'high', 'fent', 'dope', 'shot', 'hit', 'bag', 'pills'],
  },
  {
    p: 'no one knows where i|im am?',
    onlyWith: ['use', 'using', 'shoot', 'shooting', 'high', 'fent', 'dope', 'shot', 'hit', 'bag', 'pills'],
  },
  {
    p: 'nobodys|noones around|here|home ... ... ... about|gonna|going|bout|finna|ima|imma to? use|shoot|do|hit|bang|slam',
    notNear: ALONE_BEFORE,
  },
  {
    p: `${HIGH_NOW} and|n ${SO}? scared|afraid|terrified|freaking|panicking ... somethings|something|smth is? wrong|off|bad`,
    notNear: ['lol', 'haha'],
  },
]);

/** Little children by age ("my 3 yr old", "my 18 month old"): under seven, or months. */
const SMALL_CHILD_AGE = '1|2|3|4|5|6|18|one|two|three|four|five';
/** The same run into "yo" as the lists read it (digits for letters: "1yo" is "iyo", "3yo" "eyo", "4yo" "ayo"). */
const SMALL_CHILD_YO = 'iyo|2yo|eyo|ayo|5yo|6yo';
/** What a small child may swallow or get into that needs 911 and poison control now. */
const SWALLOWED_DANGER =
  'vodka|beer|wine|liquor|whiskey|tequila|rum|alcohol|booze|pills|pill|meds|medicine|methadone|suboxone|fentanyl|' +
  'fent|xanax|edibles|gummies|drugs|stash|dope|percs|bottle';
/** A suicide note told with no death word: said with a goodbye, the means or the end near, it is one. */
const NOTE_WITH = [
  ...['goodbye', 'bye', 'sorry', 'forgive', 'pills', 'gun', 'rope', 'ready', 'done', 'tonight', 'forever'],
  ...['razor', 'bridge', 'noose', 'last', 'adios', 'perdon', 'pastillas', 'gone'],
];
/**
 * The twenty-seventh session (probe 27): a heart pounding out of the chest after using all night, a small child
 * who drank from a bottle or got into the pills or the fentanyl. 911 and naloxone.
 */
const OVERDOSE_TWENTY_SEVENTH: readonly Spec[] = asWritten([
  {
    p: 'heart|chest is|s|keeps|been? pounding|racing|beating|thumping|bursting|coming|jumping out|outta of? my|his|her? chest',
    onlyWith: [...USING_TOLD_26, 'night', 'binge', 'bender'],
    notNear: ['when', 'whenever', 'thinking', 'about', 'lol', 'haha', 'meeting', 'coffee', 'anxiety', 'excited'],
  },
  {
    p: `${SMALL_CHILD_AGE} yr|yrs|year|years|month|months|yo|mo old? ... drank|sipped|chugged|swallowed|ate|eaten|into|licked ... ... ... ${SWALLOWED_DANGER}`,
    notWith: ['lol', 'haha', 'juice', 'milk', 'candy', 'ago', 'used', 'when'],
  },
  {
    p: `toddler|baby|babys|infant|kid|kids|grandbaby|${SMALL_CHILD_YO}|bebe got|gotten|getting? into|grabbed|licked|chewed the|my|his|her|our|some|a ${SWALLOWED_DANGER}`,
    notWith: ['lol', 'haha', 'ago', 'used', 'when'],
  },
  // Round mend, from the unseen variations: "mi bebe de 2 anos se tomo la cerveza".
  {
    p: 'bebe|bebita|bebito|nino|nina|ninos|chiquito|chiquita ... ... ... tomo|trago|comio|bebio ... ... cerveza|vino|alcohol|licor|tequila|pastillas|pastilla|medicina|fentanilo|droga|drogas',
    notWith: ['jaja', 'antes', 'jugo', 'leche', 'dulces'],
  },
]);

/**
 * The same probe: everything given away "and all my stuff" (a gap before "all my"), and a note left that the rest of
 * the text makes a goodbye ("the note is on the table, tell them im sorry"). "The note is on the table" alone stays
 * quiet: a note for a roommate or a sponsor is as likely. 988 first.
 */
const SUICIDE_TWENTY_SEVENTH: readonly Spec[] = asWritten([
  {
    p: 'gave|giving|give|given away ... all my? stuff|things|belongings|possessions|everything',
    notNear: GIVEN_AWAY_FOR,
  },
  { p: 'the|my note|letter is|s|on|under|by|next|wrote|written|ready', onlyWith: NOTE_WITH, notNear: ['lol', 'haha'] },
  { p: 'wrote|written|finished|left the|my note|letter', onlyWith: NOTE_WITH, notNear: ['lol', 'haha'] },
  // "a note" is any note ("left a note and went to work"): one only with a sorry for everything after it.
  'wrote|written|left|leaving a|the|my note|letter ... ... ... sorry|perdon for|por everything|todo',
  // Round mend, from the unseen variations: "gave away my guitar and all my clothes, i wont be needing them".
  // "wont be needing": not "dont need it in sober living", "wont need it now that i have a car".
  ...['wont be needing it|them|any|anything', 'will not be needing it|them|any|anything'].map((p) => ({
    p,
    onlyWith: ['gave', 'giving', 'given', 'away'],
    notNear: ['now', 'in', 'at', 'since', 'because', 'cuz', 'for', 'til', 'until', 'when', 'where'],
    notWith: GIVEN_AWAY_FOR,
  })),
]);

/**
 * The same probe: a seizure said with its cause after it ("seizure from withdrawal", "convulsiones por la
 * abstinencia"). 911 first.
 */
const WITHDRAWAL_TWENTY_SEVENTH: readonly Spec[] = asWritten([
  {
    p: 'seizure|seizures|seizing|convulsions|convulsing|fit|fits from|after|during|because|bc|cuz of? withdrawal|withdrawals|withdrawl|withdrawls|detox|detoxing|wds|dts|quitting|stopping',
    // Not a question about them: "what causes seizures from withdrawal", "how to prevent seizures during detox".
    notAfter: ['causes', 'cause', 'prevent', 'preventing', 'avoid', 'about', 'of', 'risk', 'do', 'are'],
    notNear: ['years', 'ago', 'once', 'look', 'looks', 'feel', 'happen', 'mean'],
  },
  'convulsion|convulsiones|convulsiono|convulsionando por|de|desde la? abstinencia|cruda|dejar',
]);

/**
 * The same probe: someone else threatened ("hes going to kill her") and the texter's own threat said "ill" ("i'll
 * stab him if he comes back"). 911 first, then the hotline.
 */
const VIOLENCE_TWENTY_SEVENTH: readonly Spec[] = asWritten([
  {
    p: 'hes|shes|theyre|he|she gonna|going|about|finna to? kill|shoot|stab|strangle|choke|murder her|him|them|my|the',
    notNear: ['when', 'if', 'lol', 'haha', 'lmao', 'for', 'because', 'cuz', 'after', 'joke', 'game', 'boss', 'level'],
    notWith: ['lol', 'haha', 'lmao', 'jk', 'joking', 'game', 'video', 'movie', 'show', 'book'],
  },
  {
    p: 'ill|imma|ima kill|stab|shoot|strangle|choke|murder him|her|them',
    notNear: ['lol', 'haha', 'lmao', 'jk', 'joke', 'joking'],
    notWith: ['lol', 'haha', 'lmao', 'jk', 'joking', 'game', 'video', 'movie', 'show', 'book'],
  },
]);

/**
 * The same probe: an ambulance or 911 asked for ("need an ambulance", "call 911 for me", "llamen una ambulancia"), a
 * threat to shoot up a place, a small child who found the fentanyl. 911 first (the common words).
 */
const DANGER_TWENTY_SEVENTH: readonly Spec[] = asWritten([
  {
    p: 'need|send|get|call|calling|called|sending|want an? ambulance|ambulence|ambulanse|paramedics|ems',
    notWith: ['driver', 'driving', 'job', 'work', 'shift', 'emt', 'training', 'class', 'career', 'volunteer'],
  },
  { p: 'call|dial|calling 911 for? me|us|him|her|pls|please|asap|rn', notWith: ['should', 'when', 'if'] },
  { p: 'someone|somebody|anyone|anybody call|dial 911', notNear: ['when', 'if'] },
  'necesito|necesitamos|manden|mandan|llamen|llama|llamar|pidan una? ambulancia|paramedicos',
  'llamen|llamar|marquen|llamenle al 911',
  // "emergency", "sos" texted as the whole message or its end ("this is an emergency"): the flow's one-word
  // crisis words did not answer them at a question ("Sorry, I didn't get that"). Not "in case of emergency".
  // At the end of the text, or before a plea ("emergency please help"); onlyBefore lets the end through too.
  {
    p: 'emergency|emergencia|sos',
    onlyBefore: ['help', 'please', 'pls', 'plz', 'now', 'ayuda', 'por'],
    notAfter: ['of', 'in', 'case', 'for', 'during', 'the', 'no', 'not', 'dial', 'al', 'an', 'as'],
  },
  'this|its|es is? an|una emergency|emergencia',
  ...BLEEDING_BAD.map((p) => ({ p, onlyWith: BLED_FROM, notNear: ['nose', 'gums', 'period'] })),
  {
    p: 'going|gonna|about|finna to? shoot up the|this|that place|school|party|store|office|church|mall|club|bar|job|building',
    notNear: ['lol', 'haha', 'jk'],
  },
  {
    p: `toddler|baby|babys|infant|kid|grandbaby|${SMALL_CHILD_YO}|bebe found|has|grabbed|playing ... fentanyl|fent|pills|dope|needle|needles|stash`,
    // Swallowed too: the overdose's words above say it ("my grandbaby found my pain pills and ate some").
    notWith: ['lol', 'haha', 'ago', 'used', 'when', 'ate', 'eaten', 'swallowed', 'chewed', 'drank', 'took', 'licked'],
  },
]);

/**
 * A child too small to drink, swallow pills or smoke on purpose: what such a child drank, ate or got into is a
 * poisoning, not use. "kid", "child", a grandchild or a nephew may be a teen: see OLDER_MAYBE.
 */
const LITTLE_ONE =
  'toddler|toddlers|baby|babies|babys|infant|infants|grandbaby|grandbabies|little|bebe|1yo|2yo|3yo|4yo|5yo|6yo|' +
  SMALL_CHILD_YO;
/** A child who may be a teen: what they got into is a poisoning when it is the adults' ("got into my pills"). */
const OLDER_MAYBE = 'kid|kids|child|children|grandkid|grandkids|grandson|granddaughter|nephew|niece|grandchild';
/** Whose drink or pills a child got into: the adults' at home ("my kid got into my pills", not "got into drugs"). */
const THE_ADULTS =
  'my|our|mommys|daddys|moms|dads|grandmas|grandpas|grandmothers|his|her|the|some|a|an|one|of|from|out|mine|your';
/** A child of any age who may find what the texter keeps ("my daughter found my fentanyl"). */
const FINDER = `${LITTLE_ONE}|${OLDER_MAYBE}|son|daughter|stepson|stepdaughter|boy|girl`;
/** An age said after the child ("my son is 2"): under seven. "18" only with months: "my son is 18" is grown. */
const LITTLE_AGE = '1|2|3|4|5|6|one|two|three|four|five|six';
/** The verbs of something swallowed or got into, said of a child. */
const SWALLOWED = 'drank|sipped|chugged|swallowed|ate|eaten|chewed|licked|tasted|into|ahold';
/**
 * What a small child may swallow or get into that needs Poison Control: drink, pills, drugs, nicotine and what is
 * kept under the sink. Not food, milk or juice ("my 4 year old loves gummies" has no verb; "ate my sandwich" no
 * poison), nor a bottle alone ("my baby drank his bottle").
 */
const POISONS =
  `${SWALLOWED_DANGER.replace('|bottle', '')}|${PILLS}|${DOWNERS_TOLD}|${LIQUOR}|margarita|margaritas|cocktail|seltzer|edible|gummy|weed|` +
  'brownie|brownies|vape|nicotine|cigarette|cigarettes|cigs|zyn|zyns|pouch|pouches|bleach|sanitizer|cleaner|detergent|' +
  'pods|antifreeze|mouthwash|syrup|strip|strips|patch|patches|oxy|meth|coke|cocaine|crack|heroin|adderall|molly|' +
  'powder|baggie|pipe|needle|needles|syringe|kratom|thc|cart|carts';
/** Drugs a child may find, touch or swallow: not a bottle ("my son found my bottle and poured it out"). */
const FOUND_DRUGS =
  'fentanyl|fent|fetty|pills|pill|meds|medicine|stash|dope|edibles|edible|gummies|xanax|bars|percs|perks|oxy|oxys|' +
  'heroin|meth|coke|cocaine|crack|needle|needles|syringe|pipe|powder|baggie|blues|suboxone|methadone|adderall|' +
  'weed|vape|strips|drugs';
/**
 * What a child of any age who found it is in danger from: FOUND_DRUGS but weed and a vape, which a grown daughter or a
 * teen finds with no danger in touching them ("my daughter found my vape" is a talk to have, not Poison Control's).
 */
const FOUND_DRUGS_ANY_AGE = FOUND_DRUGS.replace('weed|vape|', '');
/** Whose drugs a child found: the adults' ("found my pills", not "found drugs at school", "found a meeting"). */
const FOUND_WHOSE = 'my|our|mommys|daddys|moms|dads|grandmas|grandpas|his|her|the|your|some|a';
/** Spanish: drink, pills, drugs or what is under the sink. */
const VENENOS =
  `${PASTILLAS}|cerveza|cervezas|vino|alcohol|licor|tequila|vodka|whisky|mezcal|ron|medicina|fentanilo|fenta|droga|` +
  'drogas|gomitas|gomita|marihuana|mota|cloro|metadona|suboxone|jarabe|vape|nicotina|cigarros|cigarro|perico|coca';
/** A discovery told, not an exposure: the drugs found and thrown out, or the texter found out ("and is mad at me"). */
const FOUND_AND_TOLD = [
  ...['lol', 'haha', 'ago', 'used', 'threw', 'throw', 'flushed', 'flush', 'poured', 'dumped', 'mad', 'upset'],
  ...['angry', 'confronted', 'yelled', 'told', 'hid', 'stole', 'stealing', 'sold', 'selling', 'gave', 'returned'],
  ...[
    'brought',
    'crying',
    'cried',
    'disappointed',
    'knows',
    'trash',
    'garbage',
    'toilet',
    'tiro',
    'enojada',
    'enojado',
  ],
];
/** Turns off a child swallowing: a time long past, a joke, or a drink no poison ("drank milk from my wine glass"). */
const NOT_SWALLOWED_NOW = ['lol', 'haha', 'lmao', 'ago', 'used', 'when', 'years', 'milk', 'water', 'jugo', 'leche'];
const SPANISH_CHILD = 'bebe|bebita|bebito|nino|nina|nene|nena|chiquito|chiquita|hijito|hijita|ninos|ninas|nietecito';
const SPANISH_KIN = 'hijo|hija|nieto|nieta|sobrino|sobrina|nino|nina|bebe';
const TOMO = 'tomo|trago|comio|bebio|agarro|probo|chupo|lamio|mordio|metio';

/**
 * The twenty-eighth session (probe 27's leftovers): a small child who drank, ate or got into drink, pills or drugs,
 * the age said before or after ("my son is 2 and he drank some of my wine", "mi hijo de 3 anos se tomo mi cerveza"),
 * and a child who found the texter's drugs ("my daughter found my fentanyl"). Poison Control (1-800-222-1222) after
 * the common part's 911: it is the line that knows how much of a wine, a gummy or a pill is dangerous for a child's
 * weight, and answers in Spanish too. A child sleepy, limp or not breathing, or who swallowed an opioid (naloxone
 * helps), is an overdose too (see findInWords): 911 now and naloxone first, then Poison Control.
 */
const POISON_TWENTY_EIGHTH: readonly Spec[] = asWritten([
  { p: `${LITTLE_ONE} ... got|gotten|${SWALLOWED} ... ... ${POISONS}`, notWith: NOT_SWALLOWED_NOW },
  {
    p: `${OLDER_MAYBE} ... got|gotten|${SWALLOWED} ${THE_ADULTS} ... ... ${POISONS}`,
    notWith: NOT_SWALLOWED_NOW,
  },
  {
    // "took" too, with the small age said: a kid of any age "took my pills" may have taken them away.
    p: `${LITTLE_AGE} yr|yrs|year|years|month|months|yo|mo old? ... got|gotten|took|${SWALLOWED} ... ... ${POISONS}`,
    notAfterNumber: true,
    notWith: NOT_SWALLOWED_NOW,
  },
  {
    p: `7|8|9|10|11|12|18|24 month|months|mo|mos old? ... got|gotten|took|${SWALLOWED} ... ... ${POISONS}`,
    notAfterNumber: true,
    notWith: NOT_SWALLOWED_NOW,
  },
  {
    p: `son|daughter|boy|girl|grandson|granddaughter|nephew|niece|stepson|stepdaughter|kid|baby is|s|turned|just ${LITTLE_AGE} ... got|gotten|took|${SWALLOWED} ... ... ${POISONS}`,
    notWith: NOT_SWALLOWED_NOW,
  },
  {
    p: `son|daughter|boy|girl|grandson|granddaughter|nephew|niece|kid|baby is|s ${SMALL_CHILD_AGE}|7|8|9|10|11|12 months|month|mos|mo ... got|gotten|took|${SWALLOWED} ... ... ${POISONS}`,
    notWith: NOT_SWALLOWED_NOW,
  },
  // Round mend, from the unseen variations: the age right after, in brackets or not ("my son (2) drank my beer").
  {
    p: `son|daughter|boy|girl|grandson|granddaughter|nephew|niece|stepson|stepdaughter ${LITTLE_AGE} yr|yrs|years|yo|months? ... got|gotten|took|${SWALLOWED} ... ... ${POISONS}`,
    notWith: NOT_SWALLOWED_NOW,
  },
  // Put in the mouth: "the baby put my pills in her mouth".
  {
    p: `${LITTLE_ONE} ... put|puts|putting|had|has ... ${POISONS} in|into his|her|their|its|the mouth`,
    notWith: NOT_SWALLOWED_NOW,
  },
  // Found: fentanyl or pills (not a bottle), by a child of any age. The reply asks whether any was touched or
  // swallowed, which fits a grown daughter too; a discovery told ("found my pills and flushed them") is no alarm.
  { p: `${FINDER} found|grabbed|finding ${FOUND_WHOSE} ... ${FOUND_DRUGS_ANY_AGE}`, notWith: FOUND_AND_TOLD },
  // A small child who found weed or a vape may eat or drink it.
  { p: `${LITTLE_ONE} found|grabbed|finding ${FOUND_WHOSE} ... weed|vape`, notWith: FOUND_AND_TOLD },
  {
    p: `${LITTLE_AGE} yr|yrs|year|years|yo old? found|grabbed|finding ${FOUND_WHOSE} ... weed|vape`,
    notAfterNumber: true,
    notWith: FOUND_AND_TOLD,
  },
  // Has them in hand, said of a small child only: "my son has drugs in his room" is a worry, not a poisoning.
  { p: `${LITTLE_ONE} has|had|got ${FOUND_WHOSE} ... ${FOUND_DRUGS}`, notWith: FOUND_AND_TOLD },
  { p: `${FINDER} ... touched|touching|licked|handled|playing ... ... ${FOUND_DRUGS}`, notWith: FOUND_AND_TOLD },
  // Spanish: "mi bebe se tomo mi vino", "mi hijo de 3 anos se tomo mi cerveza", "mi hija encontro mi fentanilo".
  { p: `${SPANISH_CHILD} ... ... ${TOMO} ... ... ${VENENOS}`, notWith: NOT_SWALLOWED_NOW },
  {
    p: `${SPANISH_KIN} de|tiene ${LITTLE_AGE}|18 anos|ano|meses|mes? ... ${TOMO} ... ... ${VENENOS}`,
    notWith: NOT_SWALLOWED_NOW,
  },
  {
    p: `${SPANISH_KIN}|${SPANISH_CHILD}|hijos encontro|hallo|agarro|encontraron|agarraron ... ${VENENOS}`,
    notWith: FOUND_AND_TOLD,
  },
]);

/**
 * Opioids: a child who swallowed one needs naloxone besides Poison Control (the overdose's words go too), even before
 * signs show.
 */
const NALOXONE_FOR = new Set([
  ...['fentanyl', 'fent', 'fetty', 'oxy', 'oxys', 'oxycodone', 'oxycontin', 'percs', 'perc', 'perks', 'percocet'],
  ...['percocets', 'hydrocodone', 'norco', 'norcos', 'vicodin', 'methadone', 'suboxone', 'subs', 'subutex'],
  ...['buprenorphine', 'heroin', 'dope', 'morphine', 'tramadol', 'codeine', 'lean', 'blues', 'dilaudid', 'opioids'],
  ...['opiates', 'painkillers', 'pain', 'roxys', 'roxy', 'm30', 'm30s', 'fentanilo', 'fenta', 'metadona', 'oxicodona'],
  ...['morfina', 'heroina', 'codeina'],
]);
/** Signs of an overdose told of a child: 911 now, not only Poison Control. */
const OVERDOSE_SIGNS = new Set([
  ...['sleepy', 'drowsy', 'limp', 'floppy', 'unresponsive', 'unconscious', 'passed', 'wake', 'waking', 'wakes'],
  ...['breathing', 'breathe', 'breath', 'blue', 'purple', 'gray', 'grey', 'seizure', 'seizing', 'convulsing'],
  ...['nodding', 'overdose', 'overdosing', 'overdosed', 'od', 'vomiting', 'puking', 'throwing', 'stumbling'],
  ...['wobbly', 'lethargic', 'responding', 'respond', 'pale', 'despierta', 'respira', 'responde', 'dormido'],
  ...['dormida', 'convulsiona', 'convulsionando', 'morado', 'morada', 'vomitando', 'desmayado', 'desmayada'],
  ...['sobredosis', 'moving', 'fainted', 'collapsed', 'choking', 'weird', 'wierd', 'strange', 'confused', 'dizzy'],
]);

/**
 * The same session: a heart or chest racing said after days up on uppers ("been geeked since yesterday and my chest
 * is racing"), the drug said before or after. 911 (an overdose's words: a heart attack or a stroke on uppers).
 */
const OVERDOSE_TWENTY_EIGHTH: readonly Spec[] = asWritten([
  // An opioid found and then taken by a child of any age ("my son found my fentanyl and took it"): naloxone's words
  // first, then Poison Control's (the review of the twenty-eighth session's round: it was Poison Control alone).
  {
    p: `${FINDER} found|grabbed ${FOUND_WHOSE} ... fentanyl|fent|fetty|oxy|oxys|percs|perks|heroin|dope|methadone|suboxone|strips|blues ... took|ate|swallowed|used|tried|smoked|snorted it|some|one|them|a|it`,
    notWith: ['flushed', 'threw', 'trash', 'toilet', 'away', 'back'],
  },
  {
    p: 'heart|chest is|s|keeps|been|feels|feel|keep racing|pounding|thumping|hammering|beating|tight|hurting|hurts',
    // The uppers named: a night up alone is worry ("been up all night, my heart is racing"), and anxiety's.
    onlyWith: [
      ...UPPERS_TOLD,
      'geeked',
      'geekin',
      'geeking',
      'tweaking',
      'tweakin',
      'tweaked',
      'spun',
      'binge',
      'bender',
    ],
    notNear: ['when', 'whenever', 'thinking', 'about', 'lol', 'haha', 'meeting', 'coffee', 'anxiety', 'excited'],
  },
]);

/** Pets: what a dog or a cat may get into. */
const PET =
  'dog|dogs|puppy|pup|doggy|doggo|cat|cats|kitten|kitty|pet|pets|perro|perrito|perra|perrita|gato|gatito|gata|mascota';
/**
 * The same session: a pet that ate or got into pills, drugs or drink ("my dog ate my xanax", "mi perro se comio mis
 * pastillas"). Not a person's danger: the pet's vet or an emergency animal hospital, and the ASPCA's Animal Poison
 * Control Center (a fee may apply), not naloxone and 911 for the texter.
 */
const PET_TWENTY_EIGHTH: readonly Spec[] = asWritten([
  {
    p: `${PET} ... got|gotten|ate|eaten|eat|chewed|swallowed|licked|drank|into|ahold|found ... ... ${POISONS}|${FOUND_DRUGS}`,
    notWith: ['lol', 'haha', 'ago', 'used', 'when', 'years', 'homework'],
  },
  {
    p: `${PET} ... ... se? comio|trago|mordio|tomo|lamio|bebio|metio|encontro ... ... ${VENENOS}`,
    notWith: ['jaja', 'antes', 'cuando'],
  },
]);

/** A gun, as texters name one. */
const GUN = 'gun|guns|pistol|handgun|rifle|shotgun|glock|revolver|9mm|38|45';
/** Whose gun the texter holds when it is not theirs: "my dads", "my husbands" (the apostrophe is dropped). */
const KIN_GUN =
  'dads|moms|fathers|mothers|husbands|wifes|brothers|sisters|grandpas|grandads|granddads|grandfathers|uncles|' +
  'stepdads|boyfriends|bfs|roommates|pops|papas|daddys|cousins|parents|familys|exs';
/** Others who get a gun out ("he got his gun out"): violence's lines read those, not the texter's own hand. */
const GUN_OTHERS = PEOPLE.split('|').filter((word) => word !== 'her');
/**
 * After a gun got out, what makes it an errand: the hunt, the range, a cleaning, or the gun taken away ("out of the
 * house"). Not "home", "car" or "truck" ("got my gun out at home", "sitting in my truck with my gun" are the danger
 * itself), nor "lol", which a texter in danger may write to play it down.
 */
const GUN_ERRAND = [
  'hunting',
  'hunt',
  'range',
  'season',
  'deer',
  'clean',
  'cleaning',
  'house',
  'pawn',
  'shop',
  'store',
  'reach',
  'locked',
  'lock',
  'sold',
  'sell',
  'away',
];
/** What makes sitting with a gun a hunt: "sitting in the deer stand with my rifle". */
const GUN_HUNT = ['hunting', 'hunt', 'deer', 'stand', 'blind', 'season', 'range', 'duck', 'elk', 'hog'];

/**
 * The twenty-ninth session's probe: a gun got out by the texter's own hand, theirs or a parent's ("honestly whats the
 * point i got my dads gun out tonight", "took the pistol out of the safe", "im sitting here with my husbands gun",
 * "saque la pistola de mi papa"). "i got my gun" was read; "my dads gun" and "out" were not. Not another's hand ("he
 * got his gun out": violence), nor an errand ("got the rifle out for deer season", "took the gun out of the house").
 * 988 first.
 */
/**
 * Drunk or high with a gun, said in Spanish as English is read ("my son is drunk with a gun"): "mi esposo esta
 * borracho con una pistola". 911 first.
 */
const VIOLENCE_TWENTY_NINTH: readonly Spec[] = asWritten([
  {
    p: 'borracho|borracha|tomado|tomada|drogado|drogada|pedo|peda|enojado|enojada ... con una|la|su|el|mi pistola|arma|escopeta|rifle',
    notNear: ['cazar', 'caceria', 'agua', 'juguete'],
  },
]);

const SUICIDE_TWENTY_NINTH: readonly Spec[] = asWritten([
  ...[
    `got|took|pulled|grabbed|get|getting|taking|pulling|brought|bringing|have|had the|my|a|his|her? ${KIN_GUN}? ${GUN} out`,
    `got|took|pulled|grabbed|get|getting|taking|pulling|brought|bringing out the|my|a? ${KIN_GUN}? ${GUN}`,
  ].map((p) => ({ p, notAfter: GUN_OTHERS, notNear: GUN_ERRAND })),
  // "im sitting in my truck with my dads gun", "sitting in the car with my gun", "home alone with a pistol"; someone
  // else's too ("my dad is sitting in the garage with his rifle"): 988 answers those who fear for another as well.
  ...[
    `sitting|sat|alone|here ... with the|my|a|his|her|their ${KIN_GUN}? ${GUN}`,
    `in my|the|his|her car|truck|garage with the|my|a|his|her ${KIN_GUN}? ${GUN}`,
  ].map((p) => ({ p, notNear: GUN_HUNT })),
  // "i keep thinking about my gun", "been thinking about my dads pistol".
  {
    p: `keep|keeps|been|cant|stop thinking about|of the|my|a ${KIN_GUN}? ${GUN}`,
    notNear: [...GUN_HUNT, 'buying', 'buy', 'selling', 'sell', 'sold', 'new', 'clean', 'cleaning', 'getting'],
  },
  // A parent's gun held, as "i got my gun" is read: not one kept in memory or in a collection.
  {
    p: `i|im have|got|grabbed|took|stole|holding|hold my|the? ${KIN_GUN} ${GUN}`,
    notNear: [
      ...GUN_ERRAND,
      'passed',
      'died',
      'inherited',
      'collection',
      'safe',
      'permit',
      'license',
      'from',
      'when',
      'for',
    ],
  },
  // "tengo la pistola de mi papa": the existing Spanish line leaves out "de" (a water pistol, "de agua").
  {
    p: 'saque|agarre|tome|tengo|traigo|sacando|agarrando la|el|una|mi pistola|arma|escopeta|rifle de mi papa|padre|esposo|marido|hermano|abuelo|tio|padrastro|novio|apa',
    notNear: ['para', 'cazar', 'caceria', 'guardada', 'guarde', 'escondi', 'jaja'],
  },
  { p: 'saque|sacando la|el|una|mi pistola|arma|escopeta|rifle', notNear: ['para', 'cazar', 'caceria', 'de', 'jaja'] },
  // "estoy en mi carro con la pistola de mi papa", "aqui sola con el arma".
  {
    p: 'estoy|aqui|sola|solo ... con la|el|una|mi pistola|arma|escopeta|rifle',
    notNear: ['cazar', 'caceria', 'venado', 'para'],
  },
]);

/*
 * The forty-fifth probe (docs/texting-probes/2026-12-08-probe-45.md): dangers said in words the lists above missed.
 * All read as written: "siguiendo", "roncando" and the like are everyday words a typo must not turn into alarms.
 */

/** Where being followed is a feed, not a street: "being followed on instagram", "me sigue en tiktok". */
const FOLLOWED_ONLINE = [
  ...['on', 'online', 'instagram', 'insta', 'ig', 'facebook', 'fb', 'tiktok', 'twitter', 'snapchat', 'snap', 'x'],
  ...['twitch', 'youtube', 'lol', 'lmao', 'haha', 'redes', 'face', 'jaja', 'jajaja', 'jeje', 'back'],
  // A past or a craving that follows ("i feel like im being followed by my past"); "seguir la corriente", humouring.
  ...['past', 'addiction', 'craving', 'cravings', 'demons', 'thoughts', 'luck', 'corriente', 'rollo', 'juego', 'onda'],
];

/** Said laughing: "im being followed by a recovery account lol". */
const FOLLOWED_IN_JEST = [
  'lol',
  'lmao',
  'haha',
  'hahaha',
  'jaja',
  'jajaja',
  'jeje',
  'account',
  'accounts',
  'bot',
  'bots',
];

/** Who may lurk at a window or a door: a stranger or an ex, not family or a friend come to pick the texter up. */
const WHO_LURKS =
  'someone|somebody|man|guy|dude|stranger|strangers|men|guys|people|person|he|she|hes|shes|they|theyre|ex';

/**
 * What may come after "alguien me sigue" when it is someone on the texter's heels: the end, where from or to, now, a
 * plea. Not a verb going on ("alguien me sigue mandando mensajes", "me sigue doliendo": "sigue" is "keeps").
 */
const FOLLOWED_THEN_ES = [
  ...['y', 'e', 'desde', 'hasta', 'a', 'al', 'ahorita', 'ahora', 'tengo', 'ayuda', 'ayudame', 'porfa', 'por', 'en'],
  ...['que', 'no', 'cuando', 'hace', 'todo', 'el', 'un', 'una', 'me', 'creo', 'donde'],
];

/**
 * After "tired of being here", "harta de estar aqui": the end or the next clause (THEN), said of being alive. Not a
 * place or a time said after it ("tired of being here in this town", "cansada de estar aqui en la casa de mi suegra").
 */
const HERE_THEN_ES = ['y', 'ya', 'pero', 'no', 'ayuda', 'porfa', 'quiero', 'me', 'mejor', 'en', 'la', 'de'];

const SUICIDE_FORTY_FIFTH: readonly Spec[] = asWritten([
  // "tired of being here", "so tired of bein here anymore": being alive, said sideways. Not with a meeting asked for
  // ("tired of being here, any meetings in another town?"), where the texter wants out of a place.
  {
    p: 'tired|sick|exhausted|done of|with being|bein here',
    onlyBefore: THEN.filter((word) => word !== 'every'),
    notWith: MEETING_ASKED,
  },
  {
    p: 'cansado|cansada|harto|harta|cansao de estar|seguir aqui|aca',
    onlyBefore: HERE_THEN_ES.filter((w) => !['en', 'la', 'de'].includes(w)),
    notWith: MEETING_ASKED,
  },
  {
    p: 'ya me canse|harte de estar|seguir aqui|aca',
    onlyBefore: HERE_THEN_ES.filter((w) => !['en', 'la', 'de'].includes(w)),
    notWith: MEETING_ASKED,
  },
  // "i dont want to be around anymore"; not someone or something to be around ("... around him anymore").
  'dont|doesnt want|wanna to? be around anymore|nomore',
  'dont|doesnt want|wanna to? be around no more',
  // "idk how much longer i can keep going like this", "not sure how long i can hold on"; not "keep going to meetings".
  ...[
    'how much? longer|long i can|could keep going|holding|on',
    'how much? longer|long i can|could hold|go|carry on',
    'how much? longer|long i can|could take|do|handle this|it',
  ].map((p) => ({ p, onlyBefore: THEN, notWith: MEETING_ASKED })),
]);

const OVERDOSE_FORTY_FIFTH: readonly Spec[] = asWritten([
  // Snoring or breathing oddly now ("esta roncando raro despues de usar", "hace ruidos raros al respirar", "respira
  // muy lento"), as "snoring weird" is read. "ronca" alone is a habit ("mi esposo ronca feo"), not read here.
  {
    p: 'roncando raro|rara|extrano|extrana|feo|chistoso|diferente|horrible',
    notNear: ['jaja', 'jajaja', 'jeje', 'lol'],
  },
  'ruidos|ruido raros|raro|extranos|extrano al|cuando respirar|respira',
  'esta|estaba|anda respirando muy|bien|super? raro|rara|extrano|extrana|lento|despacio|despacito|feo',
  {
    p: 'respira muy|bien|super raro|extrano|lento|despacio|despacito|feo',
    notAfter: BREATHING_ADVISED,
    notNear: BREATHING_EXERCISE,
  },
  // Too much of an upper with the heart or chest told ("i did too much and my chest hurts"); "i did too much today"
  // alone is a busy day.
  { p: 'did|done too much', onlyWith: ['chest', 'heart', 'pecho', 'corazon'] },
  // Drugged by someone, in Spanish ("me drogaron", "creo que alguien me drogo"). Not "me drogo", the texter's own
  // "I get high"; not care given ("me drogaron en el hospital para la cirugia").
  ...['me drogaron', 'alguien|algien me drogo|drogaron'].map((p) => ({
    p,
    notNear: ['hospital', 'doctor', 'doctores', 'medico', 'medicos', 'cirugia', 'operacion', 'jaja'],
  })),
]);

const VIOLENCE_FORTY_FIFTH: readonly Spec[] = asWritten([
  // Followed now, said without who: "im being followed rn", "i think were being stalked", "a car has been following
  // me for 10 min". Not on a feed ("being followed on instagram").
  ...['im|were being', 'i|we am|are being'].map((start) => ({
    p: `${start} followed|stalked|chased|tailed`,
    notNear: FOLLOWED_ONLINE,
    notWith: FOLLOWED_IN_JEST,
  })),
  {
    p: 'car|truck|van|suv|vehicle is|keeps|has|been been? following|tailing|chasing me|us',
    notNear: FOLLOWED_ONLINE,
  },
  // "alguien me esta siguiendo", "me estan siguiendo", "un carro me viene siguiendo", "alguien me sigue".
  { p: 'me esta|estan|viene|vienen|anda|andan siguiendo|persiguiendo', notNear: FOLLOWED_ONLINE },
  {
    p: 'alguien|hombre|tipo|senor|carro|coche|camioneta|auto|troca me sigue|siguen|persigue|persiguen',
    onlyBefore: FOLLOWED_THEN_ES,
    notNear: FOLLOWED_ONLINE,
  },
  // Someone at the texter's window, or at the door who will not go ("theres a man outside my window", "someone is
  // outside my house and wont leave", "hay un hombre afuera de mi ventana"). A door alone may be a friend or a ride.
  {
    p: `${WHO_LURKS} is|s|are|keeps? outside|at|by my window|windows`,
    notNear: ['mowing', 'working', 'fixing', 'painting', 'washing', 'cleaning', 'lol', 'haha'],
  },
  `${WHO_LURKS} is|s|are|keeps? outside|at my house|door|home|apartment|place ... wont|refuses|refusing to? leave|go`,
  `${WHO_LURKS} is|s|are|keeps? outside|at my house|door|home|apartment|place ... banging|pounding|kicking|yelling|screaming|trying`,
  {
    p: 'alguien|hombre|tipo|senor|extrano|hombres|tipos afuera|fuera|en de? mi ventana',
    notNear: ['jaja', 'trabajando', 'arreglando', 'pintando', 'limpiando'],
  },
  'alguien|hombre|tipo|senor|extrano|hombres|tipos afuera|fuera de mi casa|puerta ... no se va|quiere|quieren|golpeando|tocando|gritando',
  // "someone is banging on my door", "my ex keeps pounding on the window": one who lurks, not a friend or family.
  { p: `${WHO_LURKS} is|s|keeps? banging|pounding|kicking on? my|the door|window|windows`, notNear: ['lol', 'haha'] },
  // Spanish: grabbed by the neck or the hair ("mi marido me agarro del cuello"), hiding now ("me escondi en el
  // bano"; not to drink), someone in the house ("hay alguien en mi casa"; not one who lives there and drinks), and
  // someone drunk breaking things, as "drunk and breaking stuff" is read.
  'me agarro|agarra|agarraron|apreto|aprieta|tomo del|de el? cuello|pescuezo|pelo|cabello',
  ...['me escondi|escondo', 'estoy|ando escondida|escondido', 'me estoy escondiendo'].map((hid) => ({
    p: `${hid} en el|la|mi bano|cuarto|closet|recamara|carro|sotano`,
    notNear: ['para', 'a', 'tomar', 'fumar', 'beber', 'cuando', 'jaja', 'lol'],
  })),
  {
    p: 'hay alguien|un|una hombre|tipo|extrano|extrana|persona? en mi casa|cuarto|departamento|apartamento|recamara',
    notNear: ['que', 'quien', 'borracho', 'borracha', 'tomando', 'jaja'],
  },
  {
    p: 'borracho|borracha|drogado|drogada|pedo|peda|tomado|tomada y|e esta? rompiendo|quebrando|aventando|tirando|golpeando todo|cosas|puertas|paredes',
    notNear: ['jaja', 'pista', 'baile', 'karaoke'],
  },
]);

/** The same probe: taken or touched by force, in Spanish ("un tipo me agarro a la fuerza"), as "me forzo" is read. */
const ASSAULT_FORTY_FIFTH: readonly Spec[] = asWritten([
  'me agarro|agarraron|tomo|tomaron|toco|tocaron|beso|besaron|desvistio|desvistieron a la fuerza',
]);

/** The same probe: someone else's danger said with a weapon by the children ("he has my kids and a gun"). */
const DANGER_FORTY_FIFTH: readonly Spec[] = asWritten([
  'has|got|took my|the|our kids|baby|children|son|daughter and|n|with a|his|her gun|knife|weapon|pistol|rifle',
]);

const WITHDRAWAL_FORTY_FIFTH: readonly Spec[] = asWritten([
  // "tengo el delirium", "a mi papa le dio el delirium", as "having the dts" is read; not one told as over or feared.
  {
    p: 'tengo|tiene|tienes|tenemos|teniendo|con|dio|da|esta|estoy|empezo el|los? delirium',
    notNear: [...PAST_OR_RISK, 'de', 'jaja', 'jajaja'],
  },
]);

function entries(list: readonly Spec[], kind: CrisisKind, weak: boolean): CrisisEntry[] {
  return list.map((spec) => {
    if (typeof spec === 'string') return { pattern: compilePattern(spec), kind, weak };
    const entry: CrisisEntry = { pattern: compilePattern(spec.p), kind, weak };
    if (spec.notAfter) entry.notAfter = new Set(spec.notAfter);
    if (spec.notNear) entry.notNear = new Set(spec.notNear);
    if (spec.notNext) entry.notNext = new Set(spec.notNext);
    if (spec.notAfterNumber) entry.notAfterNumber = true;
    if (spec.onlyBefore) entry.onlyBefore = new Set(spec.onlyBefore);
    if (spec.onlyAfter) entry.onlyAfter = new Set(spec.onlyAfter);
    if (spec.asWritten) entry.asWritten = true;
    if (spec.notWith) entry.notWith = new Set(spec.notWith);
    if (spec.onlyWith) entry.onlyWith = new Set(spec.onlyWith);
    if (spec.onlyWithNotOf) entry.onlyWithNotOf = new Set(spec.onlyWithNotOf);
    return entry;
  });
}

const core: CrisisEntry[] = [
  ...entries(SUICIDE, 'suicide', false),
  ...entries(OVERDOSE, 'overdose', false),
  ...entries(OVERDOSE_WEAK, 'overdose', true),
  ...entries(VIOLENCE, 'violence', false),
  ...entries(WITHDRAWAL, 'withdrawal', false),
  ...entries(DRIVING, 'driving', false),
  ...entries(DANGER, 'danger', false),
  ...entries(ALONE, 'alone', false),
  ...entries(FEELING_WRONG, 'alone', false),
  ...entries(SUICIDE_TWENTY_FIRST, 'suicide', false),
  ...entries(OVERDOSE_TWENTY_FIRST, 'overdose', false),
  ...entries(WITHDRAWAL_TWENTY_FIRST, 'withdrawal', false),
  ...entries(DANGER_TWENTY_FIRST, 'danger', false),
  ...entries(DRIVING_TWENTY_FIRST, 'driving', false),
  ...entries(ALONE_TWENTY_FIRST, 'alone', false),
  ...entries(OVERDOSE_TWENTY_SECOND, 'overdose', false),
  ...entries(SUICIDE_TWENTY_SECOND, 'suicide', false),
  ...entries(VIOLENCE_TWENTY_SECOND, 'violence', false),
  ...entries(DANGER_TWENTY_SECOND, 'danger', false),
  ...entries(DRIVING_TWENTY_SECOND, 'driving', false),
  ...entries(WITHDRAWAL_TWENTY_SECOND, 'withdrawal', false),
  ...entries(OVERDOSE_TWENTY_THIRD, 'overdose', false),
  ...entries(SUICIDE_TWENTY_THIRD, 'suicide', false),
  ...entries(DRIVING_TWENTY_THIRD, 'driving', false),
  ...entries(WITHDRAWAL_TWENTY_THIRD, 'withdrawal', false),
  ...entries(ALONE_TWENTY_THIRD, 'alone', false),
  ...entries(DANGER_TWENTY_THIRD, 'danger', false),
  ...entries(VIOLENCE_TWENTY_THIRD, 'violence', false),
  ...entries(ASSAULT_TWENTY_THIRD, 'assault', false),
  ...entries(OVERDOSE_TWENTY_FOURTH, 'overdose', false),
  ...entries(SUICIDE_TWENTY_FOURTH, 'suicide', false),
  ...entries(VIOLENCE_TWENTY_FOURTH, 'violence', false),
  ...entries(CHILD_TWENTY_FOURTH, 'child', false),
  ...entries(DANGER_TWENTY_FOURTH, 'danger', false),
  ...entries(WITHDRAWAL_TWENTY_FOURTH, 'withdrawal', false),
  ...entries(DRIVING_TWENTY_FOURTH, 'driving', false),
  ...entries(ALONE_TWENTY_FOURTH, 'alone', false),
  ...entries(ASSAULT_TWENTY_FOURTH, 'assault', false),
  ...entries(OVERDOSE_TWENTY_FIFTH, 'overdose', false),
  ...entries(OVERDOSE_WEAK_TWENTY_FIFTH, 'overdose', true),
  ...entries(SUICIDE_TWENTY_FIFTH, 'suicide', false),
  ...entries(WITHDRAWAL_TWENTY_FIFTH, 'withdrawal', false),
  ...entries(VIOLENCE_TWENTY_FIFTH, 'violence', false),
  ...entries(DANGER_TWENTY_FIFTH, 'danger', false),
  ...entries(CHILD_TWENTY_FIFTH, 'child', false),
  ...entries(ASSAULT_TWENTY_FIFTH, 'assault', false),
  ...entries(DRIVING_TWENTY_FIFTH, 'driving', false),
  ...entries(ALONE_TWENTY_FIFTH, 'alone', false),
  ...entries(OVERDOSE_TWENTY_SIXTH, 'overdose', false),
  ...entries(SUICIDE_TWENTY_SIXTH, 'suicide', false),
  ...entries(WITHDRAWAL_TWENTY_SIXTH, 'withdrawal', false),
  ...entries(VIOLENCE_TWENTY_SIXTH, 'violence', false),
  ...entries(DANGER_TWENTY_SIXTH, 'danger', false),
  ...entries(CHILD_TWENTY_SIXTH, 'child', false),
  ...entries(ASSAULT_TWENTY_SIXTH, 'assault', false),
  ...entries(DRIVING_TWENTY_SIXTH, 'driving', false),
  ...entries(ALONE_TWENTY_SIXTH, 'alone', false),
  ...entries(OVERDOSE_TWENTY_SEVENTH, 'overdose', false),
  ...entries(SUICIDE_TWENTY_SEVENTH, 'suicide', false),
  ...entries(WITHDRAWAL_TWENTY_SEVENTH, 'withdrawal', false),
  ...entries(VIOLENCE_TWENTY_SEVENTH, 'violence', false),
  ...entries(DANGER_TWENTY_SEVENTH, 'danger', false),
  ...entries(POISON_TWENTY_EIGHTH, 'poison', false),
  ...entries(OVERDOSE_TWENTY_EIGHTH, 'overdose', false),
  ...entries(PET_TWENTY_EIGHTH, 'pet', false),
  ...entries(SUICIDE_TWENTY_NINTH, 'suicide', false),
  ...entries(VIOLENCE_TWENTY_NINTH, 'violence', false),
  ...entries(SUICIDE_FORTY_FIFTH, 'suicide', false),
  ...entries(OVERDOSE_FORTY_FIFTH, 'overdose', false),
  ...entries(VIOLENCE_FORTY_FIFTH, 'violence', false),
  ...entries(WITHDRAWAL_FORTY_FIFTH, 'withdrawal', false),
  ...entries(DANGER_FORTY_FIFTH, 'danger', false),
  ...entries(ASSAULT_FORTY_FIFTH, 'assault', false),
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
  const wordsOf = (entry: CrisisEntry) => entry.pattern.slots.flatMap((slot) => [...slot.words]);
  const vocabulary = all.filter((entry) => !entry.asWritten).flatMap(wordsOf);
  const asWritten = all.filter((entry) => entry.asWritten).flatMap(wordsOf);
  // The words that turn a phrase off are read as written too: "cooking" must not become "choking". Not the words
  // onlyAfter asks for (who is out cold): "friends" may still be read as "friend", which it asks for too.
  const guards = all.flatMap((entry) => [
    ...(entry.notAfter ?? []),
    ...(entry.notNear ?? []),
    ...(entry.notNext ?? []),
    ...(entry.onlyBefore ?? []),
    ...(entry.notWith ?? []),
    ...(entry.onlyWith ?? []),
  ]);
  return {
    index: new PatternIndex(all),
    typos: new TypoCorrector(vocabulary, [...KNOWN_WORDS, ...asWritten, ...guards], false),
  };
}

const coreList = compileList(core);
const withExtra = new WeakMap<CrisisWords, CompiledList>();

function listFor(extra: CrisisWords | undefined): CompiledList {
  if (!extra || CRISIS_KINDS.every((kind) => !extra[kind]?.length)) return coreList;
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
      ...plain(extra.withdrawal, 'withdrawal'),
      ...plain(extra.driving, 'driving'),
      ...plain(extra.danger, 'danger'),
      ...plain(extra.child, 'child'),
      ...plain(extra.assault, 'assault'),
      ...plain(extra.alone, 'alone'),
    ]);
    withExtra.set(extra, list);
  }
  return list;
}

/** True when one of the two words before `start` is in the set. */
function justAfterOneOf(set: ReadonlySet<string>, words: readonly string[], start: number): boolean {
  for (let i = Math.max(0, start - 2); i < start; i++) if (set.has(words[i])) return true;
  return false;
}

function turnedOff(entry: CrisisEntry, words: readonly string[], start: number, end: number): boolean {
  const { notAfter, notNear, notNext, onlyBefore, onlyAfter, notWith, onlyWith } = entry;
  if (onlyBefore && end < words.length && !onlyBefore.has(words[end])) return true;
  if (onlyAfter && !justAfterOneOf(onlyAfter, words, start)) return true;
  if (entry.notAfterNumber && start > 0 && /^\d/.test(words[start - 1])) return true;
  if (notAfter && justAfterOneOf(notAfter, words, start)) return true;
  if (notNear) {
    for (let i = end; i < Math.min(words.length, end + 3); i++) if (notNear.has(words[i])) return true;
  }
  if (notNext && notNext.has(words[ARTICLES.has(words[end]) ? end + 1 : end])) return true;
  // Read only for the few entries that have them, and only once the phrase is found.
  if (notWith && words.some((word) => notWith.has(word))) return true;
  if (onlyWith && !words.some((word, i) => onlyWith.has(word) && !toldOfAnother(entry, words, i, start, end)))
    return true;
  return false;
}

/**
 * Whether the word at `at` (a death) is told of a person right beside it whom the match does not name: "my dad passed"
 * beside "be with my mom again", "murio mi papa" beside "estar con mi mama".
 */
function toldOfAnother(entry: CrisisEntry, words: readonly string[], at: number, start: number, end: number): boolean {
  const people = entry.onlyWithNotOf;
  if (!people) return false;
  const named = new Set(words.slice(start, end));
  for (let j = Math.max(0, at - 2); j <= Math.min(words.length - 1, at + 2); j++) {
    if (j !== at && people.has(words[j]) && !named.has(words[j])) return true;
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

/**
 * The clause of each word ("he hit me years ago, but tonight" is two): a new one after punctuation and at a word
 * that starts one (CLAUSE_WORDS). Undefined when the clauses' words do not add up to `words` (never expected).
 */
function clausesOf(plain: string, words: readonly string[]): number[] | undefined {
  const ids: number[] = [];
  let clause = 0;
  for (const part of plain.split(/[.,;!?]+(?=\s|$)/)) {
    for (let n = readableWords(wordsOfPlain(part)).length; n > 0; n--) ids.push(clause);
    clause++;
  }
  if (ids.length !== words.length) return undefined;
  // Each clause word starts a new clause for every word from it on.
  let started = 0;
  for (let i = 1; i < words.length; i++) {
    if (CLAUSE_WORDS.has(words[i])) started++;
    ids[i] += started;
  }
  return ids;
}

/**
 * Whether the clause holding word `at` tells of a time long past ("my ex beat me years ago", "i had a withdrawal
 * seizure back in 2019"): history, not danger now, which a clause of its own still reads ("but tonight i want to
 * die").
 */
function inPastClause(words: readonly string[], clauses: readonly number[], at: number): boolean {
  const clause = clauses[at];
  // "he hit me 2 years ago and again last night", "... and he still does": the past one goes on.
  for (let i = at + 1; i < words.length; i++) if (clauses[i] !== clause && GOES_ON.has(words[i])) return false;
  let from = at;
  while (from > 0 && clauses[from - 1] === clause) from--;
  let to = at;
  while (to < words.length && clauses[to] === clause) to++;
  const told = words.slice(from, to);
  if (clauseToldAsPast(told)) return true;
  // "i was suicidal but not anymore": over, when told in the past tense and not of last night or an hour ago.
  return endedSince(words, clauses, to) && told.some((w) => TOLD_IN_PAST.has(w)) && !told.some((w) => RECENT.has(w));
}

/**
 * Whether the clause starting at `from` says only that what came before is over: "i was suicidal when i was drinking
 * but not anymore", "antes me cortaba, pero ya no", "... no more, thank god" (the forty-fifth probe). Read only after
 * a clause told in the past tense (TOLD_IN_PAST): "i wanna drink myself to death, no more" is a farewell, and "i
 * wanted to die, no more drinking" says what ends, not that the wish did.
 */
function endedSince(words: readonly string[], clauses: readonly number[], from: number): boolean {
  let at = from;
  while (at < words.length && (words[at] === 'but' || words[at] === 'pero')) at++;
  const [first, second, third] = [words[at], words[at + 1], words[at + 2]];
  let said = 0;
  if (first === 'not') said = second === 'anymore' || second === 'nomore' || second === 'longer' ? 2 : 0;
  else if (first === 'no') said = second === 'more' || second === 'longer' ? 2 : 0;
  else if (first === 'ya' && second === 'no') said = third === 'mas' ? 3 : 2;
  if (!said) return false;
  const next = at + said;
  return next >= words.length || clauses[next] !== clauses[at] || ENDED_THEN.has(words[next]);
}

/** What may follow "but not anymore" and keep it a danger over: thanks, a laugh, the time sober. */
const ENDED_THEN = new Set([
  ...['thank', 'thankfully', 'thanks', 'tho', 'though', 'lol', 'haha', 'gracias', 'im', 'been'],
  ...['since', 'desde', 'llevo', 'tengo', 'ahora'],
]);

/** Times too near for a danger to be over: "i was suicidal last night but not anymore" may still be. */
const RECENT = new Set([
  ...['night', 'nite', 'yesterday', 'earlier', 'today', 'morning', 'hour', 'hours', 'minutes', 'mins', 'week'],
  ...['weekend', 'tonight', 'anoche', 'ayer', 'hoy', 'manana', 'rato', 'horas', 'semana'],
]);

/** Verbs of a clause told in the past tense, before "but not anymore": "i was", "i used to", "yo queria". */
const TOLD_IN_PAST = new Set([
  ...['was', 'were', 'used', 'felt', 'had', 'wanted', 'tried', 'thought', 'did', 'cut', 'hurt'],
  ...['estaba', 'era', 'fui', 'queria', 'tenia', 'pensaba', 'intente', 'cortaba', 'sentia'],
]);

/** Words of a later clause that make a danger told as past go on: "and again last night", "and he still does". */
const GOES_ON = new Set(['again', 'still', 'otra', 'sigue', 'todavia']);

/** Swear words said between the words of a phrase ("i want to fucking die"): read as if not there. */
const SWEARS = new Set([
  'fucking',
  'fuckin',
  'fuckn',
  'fkn',
  'fking',
  'fkin',
  'fcking',
  'fckin',
  'fukin',
  'fuking',
  'freaking',
  'freakin',
  'frickin',
  'fricking',
  'friggin',
  'frigging',
  'effing',
  'goddamn',
  'goddamned',
  'damn',
  'bloody',
  'motherfucking',
  // "im drunk af bout to drive": said for "very", between the words of a phrase.
  'af',
  'asf',
]);

/** Words after which "2" is "to": "i want 2 die", "going 2 kill myself". "took 2 pills" and "2 kms" stay counts. */
const TWO_IS_TO = new Set([
  'want',
  'wants',
  'wanted',
  'going',
  'need',
  'needs',
  'trying',
  'try',
  'tried',
  'ready',
  'planning',
  'deserve',
  'deserves',
  'wish',
  'about',
  'how',
  'have',
  'has',
  'had',
  'gotta',
  'like',
  'used',
  'able',
]);

/** Digits written for letters inside a word ("w4nt", "d1e", "su1c1de"); a word of digits alone is a number. */
const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a' };
const HAS_DIGIT = /\d/;
const LEET_DIGITS = /[0134]/g;
const HAS_LETTER = /[a-z]/;

/**
 * Slips of short words the typo reader leaves alone (it corrects words of five letters or more, and a swap of two
 * letters is two edits): "i wnat to die", "end my lfie", "sucidie".
 */
const SLIPS: Readonly<Record<string, string>> = {
  wnat: 'want',
  wnt: 'want',
  wamt: 'want',
  watn: 'want',
  wnana: 'wanna',
  lfie: 'life',
  sucidie: 'suicide',
  suicdie: 'suicide',
  sucidial: 'suicidal',
  kil: 'kill',
  // "everyone would be beter off w/o me" (the thirty-ninth probe): "better" is read as written, so its slip is here.
  beter: 'better',
  // "tird of bein alive" (the forty-fifth probe).
  tird: 'tired',
  bein: 'being',
  // Text-speak (the sixteenth session's probe): "ion wanna live", "i dnt wanna b here", "idw to live", "kiero morirme".
  ion: 'i dont',
  idw: 'i dont want',
  idont: 'i dont',
  dnt: 'dont',
  kiero: 'quiero',
  bout: 'about',
  drivin: 'driving',
  // The twenty-second probe's leftovers: "im drving home drnk", "drvng rn".
  drving: 'driving',
  drvng: 'driving',
  drivng: 'driving',
  drnk: 'drunk',
  // The twenty-third probe's typos and text-speak: "my mans is odeen", "hes turnin blu", "cant wak him up", "she wont
  // wke up", "my bro ovrdosd", "wan2 die", "wna die", "dirving wasted", "drvin drunk", "i got raiped".
  odeen: 'overdosing',
  odeing: 'overdosing',
  oding: 'overdosing',
  ovrdosd: 'overdosed',
  ovrdosed: 'overdosed',
  ovrdose: 'overdose',
  ovrdosing: 'overdosing',
  turnin: 'turning',
  blu: 'blue',
  wak: 'wake',
  wke: 'wake',
  wan2: 'want to',
  wna: 'want to',
  wnna: 'want to',
  dirving: 'driving',
  driveing: 'driving',
  drvin: 'driving',
  drivn: 'driving',
  raiped: 'raped',
  rapd: 'raped',
  tryna: 'trying to',
  trynna: 'trying to',
  chokin: 'choking',
  hammerd: 'hammered',
  // The twenty-fourth probe: "i tuk 30 pils".
  tuk: 'took',
  pils: 'pills',
  pillz: 'pills',
};

/** Words after which "b" is "be": "i dont wanna b here", "want to b dead". */
const BE_AFTER = new Set(['wanna', 'to', 'gonna', 'never', 'not', 'cant', 'wont', 'just']);

/** The words after "high" that make it a school: "high school", "high schooler". */
const SCHOOL = new Set(['school', 'schools', 'schooler', 'schoolers', 'skool']);

/** The words as the lists read them: swearing dropped, "2" read as "to", digits for letters read as letters. */
function readableWords(said: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < said.length; i++) {
    const word = said[i];
    // "freaking out" is panic, not a swear: kept, so "im high and freaking out" reads as said.
    if (SWEARS.has(word) && said[i + 1] !== 'out') continue;
    // A school, not someone high: "my wife is driving high school kids to camp", "my son is in junior high".
    if (word === 'high' && (SCHOOL.has(said[i + 1]) || said[i - 1] === 'junior')) {
      const next = said[i + 1];
      out.push(next === 'schooler' || next === 'schoolers' ? 'highschooler' : 'highschool');
      if (SCHOOL.has(next)) i++;
      continue;
    }
    // "w/o" is "without" ("everyone would be better off w/o me"): the slash split it into "w" and "o".
    if (word === 'w' && said[i + 1] === 'o') {
      out.push('without');
      i++;
    } else if (Object.hasOwn(SLIPS, word)) out.push(...SLIPS[word].split(' '));
    // "wanna b here", "to b alive": "b" is "be" only after a word it follows so.
    else if (word === 'b' && out.length && BE_AFTER.has(out[out.length - 1])) out.push('be');
    else if (word === '2' && out.length && TWO_IS_TO.has(out[out.length - 1])) out.push('to');
    else if (HAS_DIGIT.test(word) && HAS_LETTER.test(word)) out.push(word.replace(LEET_DIGITS, (d) => LEET[d]));
    else out.push(word);
  }
  return out;
}

/**
 * Who hurts the texter when a child-abuse line is the one to call: a parent, a step-parent, a guardian ("my dad hits
 * me", "mi padrastro me pega"). "moms" and "dads" are the parent's own ("my moms boyfriend hits me").
 */
const PARENTS = new Set([
  ...['dad', 'daddy', 'father', 'stepdad', 'stepfather', 'mom', 'mommy', 'mother', 'stepmom', 'stepmother', 'mum'],
  ...['parent', 'parents', 'stepparent', 'stepparents', 'guardian', 'guardians', 'foster', 'pops', 'moms', 'dads'],
  ...['mothers', 'fathers', 'papa', 'papi', 'padre', 'padres', 'mama', 'mami', 'madre', 'padrastro', 'madrastra'],
]);
/** A partner who hurts: the Domestic Violence Hotline's, whatever the texter's age ("my husband hits me"). */
const PARTNERS = new Set([
  ...['husband', 'hubby', 'wife', 'boyfriend', 'bf', 'girlfriend', 'gf', 'partner', 'fiance', 'fiancee', 'ex'],
  ...['husbands', 'boyfriends', 'novio', 'novia', 'esposo', 'esposa', 'marido', 'pareja'],
]);
/** Someone else who may hurt, named nearer the blow than a parent: "i told my mom that he hits me". */
const OTHER_HURTS = new Set([
  ...['he', 'she', 'hes', 'shes', 'they', 'someone', 'somebody', 'guy', 'man', 'uncle', 'brother', 'sister'],
  ...['cousin', 'boss', 'neighbor', 'roommate', 'grandpa', 'grandma', 'aunt', 'son', 'daughter', 'stepbrother'],
  ...['stepsister', 'pimp', 'tio', 'tia', 'primo', 'prima', 'hermano', 'hermana', 'abuelo', 'abuela', 'vecino', 'el'],
]);
/** Verbs a threat is told with: the pronoun after them is the one who said it ("said he would kill me"). */
const SAID_OF_SELF = new Set([
  'said',
  'says',
  'saying',
  'swore',
  'swears',
  'threatened',
  'threatens',
  'yelled',
  'yells',
]);
/** The texter as the one hurt: "hits me", "beats us", "me pega", "es violento conmigo". */
const TEXTER = new Set(['me', 'us', 'myself', 'nos', 'conmigo']);
/** "my" before these is the texter's own body or bed: "broke my nose", "comes into my room at night". */
const MY_OWN = new Set([
  ...['arm', 'arms', 'nose', 'ribs', 'rib', 'jaw', 'wrist', 'leg', 'legs', 'finger', 'fingers', 'hand', 'hands'],
  ...['teeth', 'tooth', 'collarbone', 'bones', 'neck', 'face', 'head', 'eye', 'back', 'throat', 'room', 'bed'],
  ...['ass', 'butt', 'behind'],
]);
/** What an age is not followed by: "im 15 minutes away", "im 16 days sober". */
const NOT_AN_AGE = new Set([
  ...['minutes', 'mins', 'min', 'hours', 'hrs', 'hr', 'days', 'day', 'weeks', 'week', 'months', 'month', 'miles'],
  ...['mi', 'blocks', 'away', 'sober', 'clean', 'dollars', 'bucks', 'percent', 'pills', 'beers', 'drinks', 'shots'],
  ...['times', 'x', 'ft', 'feet', 'lbs', 'pounds', 'kg', 'mg', 'minutos', 'dias', 'horas', 'meses', 'semanas'],
  ...['pesos', 'dolares', 'cervezas', 'millas', 'cuadras', 'am', 'pm', 'oclock', 'hundred', 'thousand'],
]);
/** "de mi", "a mi" ending a clause are the texter ("abusa de mi"); "de mi hija" is someone else. */
function meSaidAsMi(words: readonly string[], i: number): boolean {
  if (words[i] !== 'mi' || !['de', 'a', 'contra'].includes(words[i - 1])) return false;
  return (
    i + 1 >= words.length || CLAUSE_WORDS.has(words[i + 1]) || ['cuando', 'porque', 'siempre'].includes(words[i + 1])
  );
}
/** Ages under 18 a texter says: 5 to 17. */
const UNDER_18 = /^(?:[5-9]|1[0-7])$/;
/** An age run into its unit: "15yo", "14yrs", "16f", "15m". */
const AGE_WRITTEN = /^(?:[5-9]|1[0-7])(?:yo|yr|yrs|f|m)$/;
/** Said of oneself as a child: "im a minor", "soy menor de edad". */
const MINOR_SAID = [
  'im|am a|an? minor|kid|child|teen|teenager|highschooler',
  'im|am underage|minor',
  'im|am only|just a|an? kid|child|teen|teenager|minor',
  'soy menor|nino|nina|adolescente',
  'soy un|una nino|nina|adolescente|menor',
].map((source) => ({ pattern: compilePattern(source) }));
const minorSaid = new PatternIndex(MINOR_SAID);

/**
 * Whether the texter says they are under 18 ("im 15 and my dad hits me", "tengo 14 anos", "15yo", "im a minor"),
 * read on the words as written (digits untouched). Only asked once violence is found: a wrong read here changes
 * which hotline follows 911, never whether 911 goes out.
 */
function saysUnder18(raw: readonly string[]): boolean {
  for (let i = 0; i < raw.length; i++) {
    const word = raw[i];
    if (AGE_WRITTEN.test(word)) return true;
    if (!UNDER_18.test(word)) continue;
    const before = raw[i - 1];
    const next = raw[i + 1];
    // "15 years old", "14 yrs old", "15 yo", "tengo 15 anos".
    if (['years', 'year', 'yrs', 'yr'].includes(next) && raw[i + 2] === 'old') return true;
    if (next === 'yo' || next === 'anos' || next === 'ano') return true;
    const said = ['im', 'iam', 'am', 'tengo', 'only', 'just', 'solo'].includes(before);
    if (said && (next === undefined || !NOT_AN_AGE.has(next))) return true;
  }
  return minorSaid.findAll(raw).length > 0;
}

/**
 * Whether violence found in these words is a child's to report (`child`, Childhelp): the texter hurt by a parent or
 * step-parent ("my dad hits me", "mi papa me pega", "my moms boyfriend beats us"), or any violence told by a texter
 * under 18 ("im 14 and my uncle hits me"). A partner who hurts stays the Domestic Violence Hotline's at any age
 * ("my husband hits me", "im 16 and my bf hits me"), and so does a parent hurting someone else ("my dad is beating
 * my mom"). Each hit is read with the five words before it, where who hurts is said ("my mom pulled my hair and
 * slapped me").
 */
function childHurt(words: readonly string[], raw: readonly string[], hits: ReadonlyArray<[number, number]>): boolean {
  let parentHurtsTexter = false;
  for (const [start, end] of hits) {
    let parent = false;
    for (let i = Math.max(0, start - 5); i < end; i++) {
      // "my moms boyfriend": the parent's partner, a parent here.
      if (PARTNERS.has(words[i]) && !PARENTS.has(words[i - 1])) return false;
      if (PARENTS.has(words[i])) parent = true;
      // Someone else named after the parent is the one who hurts: "i told my mom that he hits me". Not a pronoun the
      // parent's threat is told with ("my dad is drunk and said he would kill me", the twenty-fifth probe).
      else if (OTHER_HURTS.has(words[i]) && !PARENTS.has(words[i - 1]) && !SAID_OF_SELF.has(words[i - 1])) {
        parent = false;
      }
    }
    if (!parent) continue;
    // Up to two words after: "is abusive to me", "abusa de mi".
    for (let i = start; i < Math.min(words.length, end + 2); i++) {
      if (TEXTER.has(words[i]) || (words[i] === 'my' && MY_OWN.has(words[i + 1])) || meSaidAsMi(words, i)) {
        parentHurtsTexter = true;
      }
    }
  }
  return parentHurtsTexter || saysUnder18(raw);
}

/**
 * Heavy daily drinking or benzo use, said of oneself (the twenty-first session's probe): "a fifth a day", "a 12 pack
 * every night", "drinking every day", "6 bars a day", "una botella al dia". Read only beside a plan to quit at once.
 */
const HEAVY_DAILY = new PatternIndex(
  [
    'fifth|fifths|handle|handles|pint|pints|liter|liters|bottle|bottles|case|pack|rack|beers|drinks|shots|bars|xanax|' +
      'benzos|klonopin ... a|per|every|each day|night|nite|morning',
    'fifth|fifths|handle|handles|pint|pints|liter|liters|bottle|bottles|case|pack|rack|beers|drinks|shots|bars|xanax|' +
      'benzos|klonopin ... daily|nightly|everyday',
    'drinking|drink|drank|drunk|booze every|all day|night|nite|single|morning',
    'drinking|drink|drunk|booze daily|heavily|everyday|nonstop',
    'heavy|daily drinker',
    'botella|botellas|caguama|caguamas|cervezas|six|litro|litros|cuarto ... al|cada|por dia|noche',
    'tomo|bebo|tomando|bebiendo|borracho|borracha todos los dias',
    'tomo|bebo|tomando|bebiendo diario|diariamente',
  ].map((source) => ({ pattern: compilePattern(source) })),
);
/** Quitting at once: "cold turkey", "de golpe", "en seco". */
const AT_ONCE = new PatternIndex(
  ['cold turkey', 'coldturkey', 'de golpe', 'en seco', 'de un jalon'].map((source) => ({
    pattern: compilePattern(source),
  })),
);
/** Just before "cold turkey": advice against it, not a plan ("dont quit cold turkey", "without going cold turkey"). */
const NOT_AT_ONCE = new Set(['dont', 'not', 'never', 'without', 'shouldnt', 'cant', 'no', 'nunca']);

/**
 * Heavy daily drinking (or benzos) and a plan or a start to quit at once: "been drinking a fifth a day and i want to
 * stop cold turkey tomorrow". Quitting so can bring seizures and DTs, so the withdrawal warning is what they need
 * first ("i want to quit drinking cold turkey", with no amount, stays the meetings'). Not advice against it ("my
 * doctor said dont quit cold turkey") nor a quit told as over, which the caller's past-clause reading turns off.
 */
function heavyQuitAtOnce(words: readonly string[]): number | undefined {
  const atOnce = AT_ONCE.findAll(words).find((hit) => {
    for (let i = Math.max(0, hit.start - 4); i < hit.start; i++) if (NOT_AT_ONCE.has(words[i])) return false;
    return true;
  });
  return atOnce && HEAVY_DAILY.findAll(words).length ? atOnce.start : undefined;
}

/**
 * Children left alone or unfed (the twenty-first session's probe, S2 and S6): the texter among them ("my mom is drunk
 * and left me and my little brother alone with no food", "mi papa esta borracho y nos dejo solos sin comida"), or
 * children named ("my husband is high and left the kids home alone", "my mom is drunk and my baby sister is crying").
 * `texter` is set on the patterns where the texter is one of those left.
 */
const LEFT_ALONE = new PatternIndex(
  [
    {
      source: 'left|leaves|leaving|ditched|abandoned|leave|lef me|us ... ... alone|ourselves|myself|here',
      texter: true,
    },
    {
      source:
        'nos|me dejo|dejaron|deja|dejan|dejaba solos|solo|sola|solas|solitos|solita|solito|sin|encerrados|encerrada|encerrado',
      texter: true,
    },
    {
      source:
        'left|leaves|leaving|ditched|abandoned|leave the|my|our|his|her|their|little baby|kids|kid|children|child|' +
        'toddler|son|daughter|siblings|brother|sister|brothers|sisters ... ... alone|home',
      texter: false,
    },
    {
      source:
        'dejo|dejaron|deja|dejan a? los|las|mis|nuestros|sus|mi ninos|hijos|bebe|nino|nina|hermanitos|hermanito|' +
        'hermanita solos|solo|sola|solitos|encerrados',
      texter: false,
    },
    {
      source: `${IMPAIRED}|passed|blackout ... ... baby|little ${CHILDREN}? is|are|keeps|wont|hasnt|havent crying|screaming|hungry|alone|stop|eaten`,
      texter: false,
    },
  ].map(({ source, texter }) => ({ pattern: compilePattern(source), texter })),
);
/** What makes being left a danger now: someone drunk or high, no food, days gone by. */
const NEGLECT_SIGNS = new Set([
  ...IMPAIRED.split('|'),
  ...['binge', 'binging', 'bingeing', 'bender', 'blackout', 'tweaking', 'nodding'],
  ...['tomando', 'drogandose', 'borrachera', 'parranda', 'pisteando', 'food', 'eat', 'eaten', 'comida', 'comer'],
  ...['comido', 'days', 'nights', 'dias', 'noches'],
]);
/**
 * A parent gone by death, not by a binge ("my mom passed away and left me alone"), or a night told in fun ("left me
 * and my brother home alone lol").
 */
const LEFT_BY_DEATH = new Set([
  ...['died', 'dead', 'death', 'away', 'funeral', 'murio', 'fallecio', 'muerte'],
  ...['lol', 'lmao', 'haha', 'jk', 'jaja', 'jajaja', 'party'],
]);
/** A childhood told, not a child now: "when i was a kid", "growing up", "cuando era nina". */
const LEFT_AS_A_CHILD = new PatternIndex(
  [
    'when|as i|we was|were a? kid|kids|child|little|young|younger|small|teen|teenager',
    'as a kid|child|teen',
    'growing up',
    'cuando era|eramos|estaba|tenia',
    'de nina|nino|ninos|ninas|chiquita|chiquito|chica|chico',
  ].map((source) => ({ pattern: compilePattern(source) })),
);
/** Family a child left alone is told with: a parent, or siblings left too ("me and my little brother"). */
const FAMILY_LEFT = new Set([
  ...PARENTS,
  ...['brother', 'sister', 'brothers', 'sisters', 'siblings', 'baby', 'hermanito', 'hermanita', 'hermanitos'],
  ...['hermano', 'hermana', 'hermanos'],
]);

/**
 * Whether children are left alone or unfed by someone drunk or high, now: `child` when the texter is one of them or
 * says they are under 18 (911 first, then Childhelp), `danger` when a grown-up tells of children (911 first), else
 * undefined. "my girlfriend got drunk and left me alone at the bar" is no child's: a parent or a sibling must be named.
 */
function childrenLeft(words: readonly string[], raw: readonly string[]): { kind: CrisisKind; at: number } | undefined {
  const hits = LEFT_ALONE.findAll(words);
  if (!hits.length || !words.some((w) => NEGLECT_SIGNS.has(w))) return undefined;
  // "my dad died and left me alone": a loss, the grief words' to answer. "when i was a kid": a childhood told.
  if (words.some((w) => LEFT_BY_DEATH.has(w)) || LEFT_AS_A_CHILD.findAll(words).length) return undefined;
  for (const hit of hits) {
    if (!hit.entry.texter) return { kind: saysUnder18(raw) ? 'child' : 'danger', at: hit.start };
    if (words.some((w) => FAMILY_LEFT.has(w))) return { kind: 'child', at: hit.start };
  }
  return undefined;
}

/**
 * Minding a child, as "too drunk to ..." and "no puede ..." end: "take care of", "look after", "watch", "cuidar a".
 * Each ends where who is minded is said, which mindedOf reads.
 */
const MIND = [
  'take care of|for',
  'look after',
  'care for',
  'watch|feed|babysit|mind|cuidar|cuidarnos|cuidarme|cuidarlos|cuidarlas|cuidarlo|cuidarla|atender|atendernos|vigilar',
];
/** Brothers and sisters: a texter minding them, or left with them, is one of the children. */
const SIBLINGS = new Set([
  ...['brother', 'sister', 'brothers', 'sisters', 'siblings', 'bro', 'sis', 'hermanito', 'hermanita', 'hermanitos'],
  ...['hermanitas', 'hermano', 'hermana', 'hermanos', 'hermanas'],
]);
const SIBLING_WORDS = [...SIBLINGS].join('|');
/**
 * Children a drunk or high adult cannot mind, said without a word for leaving (the fortieth probe, probe 39's M8 and
 * M9): "my mom is too drunk to take care of my baby sister", "mi mama esta muy borracha para cuidarnos", "im alone
 * with my little brother and my dad is passed out", "estoy solo con mi hermanito", "the kids are home alone and their
 * dad is wasted". `who` says who the children are: `texter` (the texter is one of them), `named` (children named,
 * who may be the texter's own: an adult at home with them is no danger), or `object` (said after the verb, mindedOf).
 */
const UNMINDED = new PatternIndex(
  [
    // "too drunk to take care of", "so high she cant watch", "demasiado borracha para cuidar", "no puede cuidarnos".
    ...MIND.flatMap((mind) => [
      { source: `too|so|muy|demasiado ... to|para|como|she|he|cant ... ${mind}`, who: 'object' },
      { source: `cant|cannot|couldnt|unable ... to? ${mind}`, who: 'object' },
      { source: `no ... puede|pueden|podia ${mind}`, who: 'object' },
    ]),
    // The texter alone with siblings: "im home alone with my baby brother", "estoy sola con mis hermanitos".
    { source: `alone|solo|sola|solos|solas with|con my|mi|mis ... ${SIBLING_WORDS}`, who: 'texter' },
    { source: `me and|y my|mi ... ${SIBLING_WORDS} are|r|were|estamos ... alone|solos|solas|solitos`, who: 'texter' },
    // Children named alone: "the kids are home alone", "los ninos estan solos", "the baby is alone"; not "my son is
    // drunk and alone" (the one drunk is not the one left).
    ...['home|all? alone|solos|solitos|solo|solito|solas|sola', 'by themselves|himself|herself|itself'].map(
      (alone) => ({
        source: `${CHILDREN}|ninos|ninas|hijos|hijas|bebe|hermanitos are|is|r|were|estan|esta|quedaron ${alone}`,
        who: 'named',
      }),
    ),
  ].map(({ source, who }) => ({ pattern: compilePattern(source), who })),
);
/** Someone drunk, high or out cold: what makes children unminded a danger now. */
const UNMINDED_SIGNS = new Set([...IMPAIRED.split('|'), 'passed', 'blacked', 'blackout', 'nodding', 'nodded']);
/** The texter among those minded: "take care of us", "cuidarnos". */
const MINDED_TEXTER = new Set(['us', 'me', 'cuidarnos', 'cuidarme', 'atendernos', 'nosotros']);
/** Children named after the verb: "the kids", "her baby", "a los ninos". */
const MINDED_CHILDREN = new Set([...CHILDREN.split('|'), 'ninos', 'ninas', 'hijos', 'hijas', 'bebe', 'nino', 'nina']);
/** Those minded said as a pronoun: who they are is told elsewhere in the text ("the kids are crying and ..."). */
const MINDED_PRONOUNS = new Set(['them', 'him', 'her', 'cuidarlos', 'cuidarlas', 'cuidarlo', 'cuidarla']);
/** The carer's self said before the one minded: "take care of herself or the baby". */
const MINDED_SELF = new Set(['herself', 'himself', 'themselves', 'and', 'or', 'let', 'alone', 'y', 'o']);
/** Words between the verb and who is minded: "of my baby sister", "a los ninos". */
const BEFORE_MINDED = new Set([
  ...['my', 'our', 'the', 'his', 'her', 'their', 'baby', 'little', 'lil', 'younger', 'a', 'al', 'mi', 'mis', 'los'],
  ...['las', 'sus', 'su', 'el', 'la', 'nuestros', 'newborn', 'infant', 'two', '2', 'three', '3'],
]);
/** How "too drunk to" starts: the degree said ("too", "so", "muy", "demasiado"). */
const TOO = new Set(['too', 'so', 'muy', 'demasiado']);
/** The one too drunk minding only themselves: "too drunk to take care of himself". */
const CARER_SELF = new Set(['himself', 'herself', 'themselves', 'themself']);
/** The texter too drunk then, not now: "i was too drunk to take care of my kids", "i used to be too high to ...". */
const MINDED_THEN = new Set(['was', 'were', 'used', 'estaba', 'estaban']);
/** A grown-up with the children named, said by the texter: "so im home", "im here with them", "i have the kids". */
const ADULT_THERE = new PatternIndex(
  [
    'im home',
    'i am home',
    'i have|got them',
    'i have|got the|my kids|baby',
    'im watching|with them|the|my kids|baby',
    'estoy con ellos|los ninos|mis hijos',
    'estoy en casa',
  ].map((source) => ({ pattern: compilePattern(source) })),
);

/**
 * Whether children are left unminded by someone drunk or high, said without a word for leaving (UNMINDED): `child`
 * when the texter is one of them or says they are under 18 (911, then Childhelp), `danger` when children are named
 * (911; as "too drunk to watch the kids" always was, the texter's own too), else undefined. Not when the texter says a
 * grown-up is there ("my wife is too drunk to take care of the kids tonight, so im home"), nor a time told as over
 * ("i was too drunk to take care of my kids"); a childhood or a past clause turns it off, as for children left.
 */
function childrenUnminded(
  words: readonly string[],
  raw: readonly string[],
): { kind: CrisisKind; at: number } | undefined {
  if (!words.some((w) => UNMINDED_SIGNS.has(w))) return undefined;
  const hits = UNMINDED.findAll(words);
  if (!hits.length) return undefined;
  if (words.some((w) => LEFT_BY_DEATH.has(w)) || LEFT_AS_A_CHILD.findAll(words).length) return undefined;
  for (const { entry, start, end } of hits) {
    let who = entry.who;
    if (who === 'object') {
      if (words.slice(Math.max(0, start - 3), start).some((w) => MINDED_THEN.has(w))) continue;
      // "my dad is too drunk to take care of himself": someone that drunk now is a danger to themselves (911), as the
      // flow's words read it before the fortieth probe; not "cant take care of himself", said of a habit as often.
      if (TOO.has(words[start]) && CARER_SELF.has(words[end]) && !mindedOf(words, raw, end + 1)) {
        return { kind: 'danger', at: start };
      }
      who = mindedOf(words, raw, end) ?? '';
    } else if (who === 'named' && siblingOfTexter(words, start)) who = 'texter';
    if (!who) continue;
    if (who === 'texter' || saysUnder18(raw)) return { kind: 'child', at: start };
    if (!ADULT_THERE.findAll(words).length) return { kind: 'danger', at: start };
  }
  return undefined;
}

/**
 * Who is minded, from `at` (just after the verb) over the words a person named is said with: the texter ("us",
 * "cuidarnos", "my baby sister", "a mi hermanito"), children named ("the kids", "a los ninos", "them" when children are
 * told of), or undefined ("take care of herself", "watch the game"). "us" and "me" are a child's only with a parent or
 * a sibling named, or an age under 18 ("my husband is too drunk to take care of me" is no child's).
 */
function mindedOf(words: readonly string[], raw: readonly string[], at: number): 'texter' | 'named' | undefined {
  const texter = () =>
    words.some((w) => PARENTS.has(w) || SIBLINGS.has(w)) || saysUnder18(raw) ? 'texter' : undefined;
  if (MINDED_TEXTER.has(words[at - 1])) return texter();
  // "cuidarlos", "take care of them": the children told of elsewhere in the text ("the baby is crying and ...").
  if (MINDED_PRONOUNS.has(words[at - 1])) return childNamedIn(words);
  for (let i = at; i < words.length; i++) {
    const word = words[i];
    if (MINDED_TEXTER.has(word)) return texter();
    if (SIBLINGS.has(word)) return siblingOfTexter(words, i) ? 'texter' : 'named';
    // "my baby brother": the sibling after decides.
    if (SIBLINGS.has(words[i + 1] ?? '') && YOUNG.has(word)) continue;
    if (MINDED_CHILDREN.has(word)) return 'named';
    // "her kids" is whose; "her" alone is the one minded.
    if (MINDED_PRONOUNS.has(word) && !BEFORE_MINDED.has(word)) return childNamedIn(words);
    if (MINDED_PRONOUNS.has(word) && !MINDED_CHILDREN.has(words[i + 1] ?? '') && !YOUNG.has(words[i + 1] ?? '')) {
      return childNamedIn(words);
    }
    // "herself and my baby brother": the one minded may come after the carer's self.
    if (!BEFORE_MINDED.has(word) && !MINDED_SELF.has(word)) return undefined;
  }
  return undefined;
}

/** Said before a brother or sister who is young: a child minded, not the carer ("my baby sister"). */
const YOUNG = new Set(['baby', 'little', 'lil', 'younger', 'youngest']);
/**
 * Who "them", "him", "her" or "cuidarlos" stand for: the texter when a young sibling of theirs is told of ("my little
 * brother is crying and my mom is too drunk to take care of him"), else children minded, told of or not ("hes too
 * drunk to take care of them" was an alarm by the flow's words before the fortieth probe, and stays one).
 */
function childNamedIn(words: readonly string[]): 'texter' | 'named' {
  for (let i = 0; i < words.length; i++) {
    if (SIBLINGS.has(words[i]) && YOUNG.has(words[i - 1]) && siblingOfTexter(words, i)) return 'texter';
  }
  return 'named';
}

/** Whether the brother or sister at `at` is the texter's: "my baby brother", "mi hermanito", "mis hermanitos". */
function siblingOfTexter(words: readonly string[], at: number): boolean {
  if (!SIBLINGS.has(words[at])) return false;
  const before = YOUNG.has(words[at - 1]) ? words[at - 2] : words[at - 1];
  return ['my', 'our', 'mi', 'mis'].includes(before);
}

/** Uppers, as texters name them: what seen or heard after is a psychosis, not withdrawal from drink. */
const UPPERS = new Set([
  ...['meth', 'crystal', 'ice', 'shard', 'tina', 'glass', 'speed', 'coke', 'cocaine', 'crack', 'adderall', 'molly'],
  ...['mdma', 'tweaking', 'tweakin', 'geeked', 'spun', 'amphetamine', 'amphetamines', 'cristal', 'perico', 'piedra'],
]);
/** Drink or downers named: withdrawal from these is the one that kills. */
const DOWNERS_STOPPED = new Set([
  ...WITHDRAWAL_DRUGS.split('|'),
  ...['drank', 'drunk', 'beer', 'vodka', 'wine', 'pills', 'benzo', 'ativan', 'tomar', 'beber', 'pastillas', 'tomo'],
]);

/** Epilepsy named: a seizure with nothing stopped is the illness's, not withdrawal's. */
const EPILEPSY = new Set(['epilepsy', 'epileptic', 'epilepsia', 'epileptico', 'epileptica']);
/** A question about withdrawal in general: "can you die from quitting drinking cold turkey". */
const WITHDRAWAL_ASKED =
  /^(?:can|could|do|does) (?:you|u|someone|people|ppl|a person|one) (?:die|get seizures|have seizures|seize)\b/;

/** Someone named in a question about withdrawal: it is about them now, not in general. */
const SOMEONE_NAMED = new Set(['my', 'his', 'her', 'he', 'she', 'hes', 'shes', 'im', 'i', 'me', 'our', 'we']);

/** High now, said of anyone: what is seen or heard then is no withdrawal. */
const HIGH_NOW_SAID = new Set(['high', 'tweaking', 'tweakin', 'tripping', 'trippin', 'geeked', 'spun', 'zooted']);
/** Something stopped or gone without: withdrawal may be what is seen. */
const STOPPED = new Set([
  ...['quit', 'quitting', 'stopped', 'stopping', 'stop', 'detox', 'detoxing', 'withdrawal', 'withdrawals', 'withdrawl'],
  ...['withdrawls', 'wds', 'dts', 'sober', 'cold', 'since', 'without', 'deje', 'dejo', 'dejar', 'sin', 'shakes'],
  ...['shaking', 'seizure', 'seizures'],
]);

/** Words in a violence hit that tell of a sexual assault ("raped", "molested", "me violaron"). */
const ASSAULT_WORDS = new Set([
  ...['rape', 'raped', 'rapes', 'raping', 'molest', 'molested', 'molests', 'molesting'],
  ...['viola', 'violo', 'violaron', 'violan', 'violaba', 'violar', 'violarme', 'violada', 'violado'],
  // The twenty-third probe: "a guy groped me and followed me home" is RAINN's.
  ...['groped', 'gropes', 'groping', 'fondled', 'fondles'],
]);
/** A word that, with the word after it, tells of a sexual assault: "sexually assaulted", "forced himself". */
const ASSAULT_PAIRS = [
  ['sexually', 'abused|assaulted|molested'],
  ['assaulted', 'sexually'],
  ['forced', 'himself|herself'],
  ['have|had|having', 'sex'],
  // The twenty-second session's probe: touched or taken while out cold, someone on top on waking, too drunk to say no.
  ['passed|blacked', 'out'],
  ['top', 'of'],
  ['say', 'no'],
  ['abuso', 'sexual'],
  ['abusaron|abuso|abusa|abusan|abusaba', 'sexualmente'],
].map(([first, next]) => [new Set(first.split('|')), new Set(next.split('|'))] as const);

/**
 * Whether violence found in these words is a sexual assault (`assault`, RAINN): a hit whose words say rape,
 * molesting, a sexual assault or being forced ("he raped me", "i was sexually assaulted at a party", "me violaron",
 * "fui violada"). What turns violence off (told as past, slang) turns this off with it.
 */
function sexualAssault(words: readonly string[], hits: ReadonlyArray<[number, number]>): boolean {
  return hits.some(([start, end]) => {
    for (let i = start; i < end; i++) {
      if (ASSAULT_WORDS.has(words[i])) return true;
      if (ASSAULT_PAIRS.some(([first, next]) => first.has(words[i]) && next.has(words[i + 1] ?? ''))) return true;
    }
    return false;
  });
}

/** A word of what will not happen, among the three before a harm named: "not suicidal", "would never hurt myself". */
const DENIED = new Set(['not', 'never', 'wouldnt', 'wont', 'aint', 'nor']);
/** Words that may stand between a denial and the harm: "not gonna", "never going to", "not ever be". */
const DENIAL_BRIDGE = new Set(['gonna', 'going', 'to', 'ever', 'be', 'been', 'really', 'actually', 'even']);
/** Words before a denial that doubt it: "not sure i wont", "cant promise i wont", "dont know if i wont". */
const DOUBT = new Set(['sure', 'promise', 'know', 'idk', 'if', 'maybe', 'might', 'whether', 'guarantee', 'think']);
/** The harms a denial before them takes back. */
const DENIABLE = new Set(['suicidal', 'suicide', 'kill', 'killing', 'hurt', 'hurting', 'harm', 'harming', 'drive']);

/**
 * Whether the harm read at `start`..`end` is denied just before it (the twenty-second session's probe: "i'm not
 * suicidal" and "im not gonna kill myself, i just need a meeting" got the 988 reply and lost the conversation). Only
 * for a harm named in the hit; "i dont want to live" is no denial, nor "im not gonna lie, i want to kill myself".
 */
function deniedAt(words: readonly string[], start: number, end: number): boolean {
  let harm = start;
  while (harm < end && !DENIABLE.has(words[harm])) harm++;
  if (harm === end) return false;
  // Back from the harm over the words that may stand between: a denial there takes it back.
  for (let i = harm - 1; i >= Math.max(0, harm - 4); i--) {
    // Not a denial doubted: "im not sure i wont kill myself", "i cant promise i wont".
    if (DENIED.has(words[i])) return !words.slice(Math.max(0, i - 4), i).some((word) => DOUBT.has(word));
    if (!DENIAL_BRIDGE.has(words[i])) return false;
  }
  return false;
}

/** A question about overdoses in general: "what are the signs...", "how can i tell if...", "can you od on weed". */
const ASKED_IN_GENERAL =
  /^(?:(?:what|whats|how|is it|are there|do you)\b.*\b(?:signs?|symptoms?|look like|looks like|tell if|know if|do if|happens if|possible|spot|recogni[sz]e|identify|prevent|respond to)|(?:can|could) (?:you|u|someone|people|ppl|a person) (?:overdose|od))\b/;
/** The words of an overdose named, not told: the hit holds one of these and little else. */
const OVERDOSE_NAMED = new Set(['overdose', 'overdosing', 'overdoses', 'od', 'poisoning']);

/** Whether the overdose read at `start`..`end` is only named in a question about overdoses in general. */
function askedInGeneral(plain: string, words: readonly string[], start: number, end: number): boolean {
  if (end - start > 3 || !ASKED_IN_GENERAL.test(plain)) return false;
  for (let i = start; i < end; i++) if (OVERDOSE_NAMED.has(words[i])) return true;
  return false;
}

/** A question's first words: how to, what to, tips. */
const QUESTION_OPENS = /^(?:how|what|whats|any|tips|can|could|should|where|is there|are there|ways?)\b/;
/** Just before a drive named as a topic: "stop him from driving drunk", "talk to him about drinking and driving". */
const PREVENTED = new Set(['from', 'about']);

/**
 * Whether the drive read at `start` is named in a question about preventing it ("how do i stop my husband from driving
 * after drinking, he's home now"): asked, not happening.
 */
function preventionAsked(plain: string, words: readonly string[], start: number): boolean {
  return justAfterOneOf(PREVENTED, words, start) && QUESTION_OPENS.test(plain.trimStart());
}

/** The texter as the one who would drive: "im gonna drive home drunk", "we are about to drive". */
const DRIVER_SELF = new Set(['i', 'im', 'ill', 'imma', 'ima', 'me', 'we', 'were', 'us', 'myself', 'yo']);
/** Someone else as the one who would drive: "he's about to drive wasted", "my husband is gonna drive home drunk". */
const DRIVER_OTHER = new Set([
  ...['he', 'she', 'hes', 'shes', 'they', 'theyre', 'him', 'her', 'them', 'someone', 'somebody', 'friend', 'friends'],
  ...PARTNERS,
  ...PARENTS,
  ...OTHER_HURTS,
  // The twenty-third probe: "my buddy is about to drive drunk" is 911's, not "please don't drive".
  ...['buddy', 'bro', 'homie', 'mans', 'dude', 'coworker', 'friend', 'grandson', 'nephew', 'niece', 'driver'],
]);

/**
 * Whether the driving read at `start` is someone else's: the nearest person named in the four words before it is not
 * the texter ("my husband is about to drive home wasted"). With no one named, the texter is the one driving.
 */
function drivenBySomeoneElse(words: readonly string[], start: number): boolean {
  for (let i = start - 1; i >= Math.max(0, start - 4); i--) {
    if (DRIVER_SELF.has(words[i])) return false;
    if (DRIVER_OTHER.has(words[i])) return true;
  }
  return false;
}

/** Emoji for the means or the grave (the twenty-fourth probe: "😵💊💊💊 took all of them", "🔫 me", "ready to go 🪦"). */
const EMOJI_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['\u{1F48A}', ' pills '],
  ['\u{1F52B}', ' gun '],
  ['\u{1FAA6}', ' grave '],
  ['\u26B0', ' grave '],
];
const EMOJI_SAID = /[\u{1F48A}\u{1F52B}\u{1FAA6}\u26B0]/u;

function spellOutEmoji(text: string): string {
  if (!EMOJI_SAID.test(text)) return text;
  let out = text;
  for (const [emoji, word] of EMOJI_WORDS) out = out.split(emoji).join(word);
  return out;
}

/** Short words a text run together may hold besides the lists' own ("tookalotofpills", "hesgonnakillme"). */
const JOINED_EXTRA = ['i', 'a', 'of', 'me', 'my', 'he', 'she', 'hes', 'shes', 'im', 'lot', 'to', 'the', 'and', 'stop'];
/** Words a run-together text is split into: the lists' words (set on first use) and JOINED_EXTRA. */
let joinedVocabulary: Set<string> | undefined;
const ONE_JOINED_WORD = /^[a-z0-9]{7,40}$/;

/**
 * A text written as one run of letters ("imgonnakillmyself", "itook20xanax", "hehitme", the twenty-fourth probe) split
 * into the fewest known words, a shorter or a longer word first on a tie (both are read: "he stop breathing", "hes not
 * breathing", not "he snot breathing"); undefined
 * when it cannot be split whole or splits into fewer than three words (a town's name, "therapist").
 */
function splitJoined(word: string, longFirst: boolean): string | undefined {
  joinedVocabulary ??= new Set([...core.flatMap((entry) => patternWords(entry.pattern)), ...JOINED_EXTRA]);
  const vocabulary = joinedVocabulary;
  const n = word.length;
  // best[i]: the fewest words for word.slice(i), and the length of the first.
  const best: Array<{ count: number; first: number } | undefined> = new Array(n + 1);
  best[n] = { count: 0, first: 0 };
  for (let i = n - 1; i >= 0; i--) {
    for (let j = i + 1; j <= n; j++) {
      const rest = best[j];
      if (!rest) continue;
      const piece = word.slice(i, j);
      if (!vocabulary.has(piece) && !/^\d+$/.test(piece)) continue;
      const here = best[i];
      if (!here || rest.count + 1 < here.count || (longFirst && rest.count + 1 === here.count)) {
        best[i] = { count: rest.count + 1, first: j - i };
      }
    }
  }
  const whole = best[0];
  if (!whole || whole.count < 3) return undefined;
  const pieces: string[] = [];
  for (let i = 0; i < n;) {
    const step = best[i]!.first;
    pieces.push(word.slice(i, i + step));
    i += step;
  }
  return pieces.join(' ');
}

function findIn(list: CompiledList, text: string): CrisisFinding | undefined {
  const found = findInWords(list, text);
  if (found) return found;
  const joined = plainLower(text).trim();
  if (!ONE_JOINED_WORD.test(joined)) return undefined;
  const short = splitJoined(joined, false);
  const found2 = short ? findInWords(list, short) : undefined;
  if (found2) return found2;
  const long = splitJoined(joined, true);
  return long && long !== short ? findInWords(list, long) : undefined;
}

/** Whether span `a` shares a word with one of `others`. */
function overlapsAny(a: readonly [number, number], others: ReadonlyArray<readonly [number, number]> = []): boolean {
  return others.some(([start, end]) => a[0] < end && start < a[1]);
}

/**
 * Whether every overdose read is the child's poisoning read again ("toddler got into my pills") with no opioid
 * swallowed and no sign of an overdose told: Poison Control's, not naloxone's.
 */
function childPoisonOnly(words: readonly string[], spans: Partial<Record<CrisisKind, Array<[number, number]>>>) {
  if (words.some((w) => NALOXONE_FOR.has(w) || OVERDOSE_SIGNS.has(w))) return false;
  return (spans.overdose ?? []).every((span) => overlapsAny(span, spans.poison));
}

/** People whose overdose a text may tell beside a pet's: a pet "wont wake up" is the pet's when none is named. */
const PERSON_NAMED = new Set([
  ...['husband', 'hubby', 'wife', 'boyfriend', 'bf', 'girlfriend', 'gf', 'partner', 'son', 'daughter', 'kid', 'kids'],
  ...['baby', 'toddler', 'friend', 'buddy', 'roommate', 'mom', 'dad', 'mother', 'father', 'brother', 'sister'],
  ...['cousin', 'uncle', 'aunt', 'grandma', 'grandpa', 'someone', 'somebody', 'guy', 'girl', 'man', 'woman', 'dude'],
  ...['myself', 'esposo', 'esposa', 'hijo', 'hija', 'amigo', 'amiga', 'hermano', 'hermana', 'novio', 'novia', 'mama'],
  ...['papa', 'alguien'],
]);

/** Whether every overdose read is the pet's: said in the pet's words, or with no person named. */
function petOnly(words: readonly string[], spans: Partial<Record<CrisisKind, Array<[number, number]>>>) {
  if (!words.some((w) => PERSON_NAMED.has(w))) return true;
  return (spans.overdose ?? []).every((span) => overlapsAny(span, spans.pet));
}

function findInWords(list: CompiledList, text: string): CrisisFinding | undefined {
  const plain = spellOutAssault(spellOutOverdose(plainLower(spellOutCapitalSA(spellOutEmoji(text)))));
  const raw = wordsOfPlain(plain);
  const said = readableWords(raw);
  if (!said.length) return undefined;
  const words = said.map((word) => list.typos.correct(word));
  const found = new Set<CrisisKind>();
  // Only bare overdose mentions are weak: they count unless the text speaks of history or prevention.
  let weakOverdose = false;
  // Which clause each word is in, worked out only for a text that may tell of the past (most do not).
  let clauses: number[] | undefined | null = PAST_HINT.test(plain) ? undefined : null;
  // Where violence was read, to tell a child hurt at home (`child`) from a partner's violence.
  const violence: Array<[number, number]> = [];
  // How many overdose phrases counted, and whether one was a seizure named alone (see SEIZING_ALONE).
  let overdoseHits = 0;
  let seizureOnly = false;
  // How many of those were signs an overdose and a withdrawal share (SIGNS_SHARED).
  let sharedSigns = 0;
  // Where an overdose, a child's poisoning or a pet's was read: an overdose read in the same words is the child's or
  // the pet's (see childPoisonOnly, petOnly).
  const spans: Partial<Record<CrisisKind, Array<[number, number]>>> = {};
  for (const hit of list.index.findAll(words)) {
    if (turnedOff(hit.entry, words, hit.start, hit.end)) continue;
    if (clauses !== null) {
      clauses ??= clausesOf(plain, words);
      if (clauses && inPastClause(words, clauses, hit.start)) continue;
    }
    // "im not suicidal", "im not gonna kill myself", "i'm not going to drive, i'm drunk": what will not happen.
    if ((hit.entry.kind === 'suicide' || hit.entry.kind === 'driving') && deniedAt(words, hit.start, hit.end)) continue;
    // "how do i stop my husband from driving after drinking", "how do i talk to him about drinking and driving" (the
    // twenty-fifth probe): a way to prevent it asked, not a drive now.
    if (hit.entry.kind === 'driving' && preventionAsked(plain, words, hit.start)) continue;
    // "what are the signs someone is overdosing", "can you od on alcohol": asked about, not happening.
    if (hit.entry.kind === 'overdose' && askedInGeneral(plain, words, hit.start, hit.end)) continue;
    if (hit.entry.weak) weakOverdose = true;
    // Someone else about to drive drunk ("he's about to drive wasted"): 911, never "please don't drive" to the texter.
    else found.add(hit.entry.kind === 'driving' && drivenBySomeoneElse(words, hit.start) ? 'danger' : hit.entry.kind);
    if (hit.entry.kind === 'violence') violence.push([hit.start, hit.end]);
    if (!hit.entry.weak) (spans[hit.entry.kind] ??= []).push([hit.start, hit.end]);
    if (hit.entry.kind === 'overdose') {
      overdoseHits++;
      if (hit.entry.pattern.source === SEIZING_ALONE) seizureOnly = true;
      if (hit.entry.pattern.source === VOMITING_ALONE) seizureOnly = true;
      if (SIGNS_SHARED.has(hit.entry.pattern.source)) sharedSigns++;
    }
  }
  if (violence.length && childHurt(words, raw, violence)) found.add('child');
  if (violence.length && sexualAssault(words, violence)) found.add('assault');
  // Voices, things seen or no sleep after uppers with no drink or pills stopped ("i used meth and havent slept in 5
  // days and hearing voices"): a psychosis, not alcohol withdrawal. 911 and 988 (the common words), not the words
  // for "after stopping alcohol or pills".
  if (found.has('withdrawal') && words.some((w) => UPPERS.has(w)) && !words.some((w) => DOWNERS_STOPPED.has(w))) {
    found.delete('withdrawal');
    // A seizure after uppers read as an overdose too ("creo que uso cristal"): the overdose's 911 is the one needed.
    if (!found.has('overdose')) found.add('danger');
  }
  // "my husband is seizing he quit drinking yesterday" (the twenty-third probe): a seizure named alone, with drink or
  // benzos stopped and nothing said taken, is withdrawal's, not an overdose's.
  if (overdoseHits === 1 && seizureOnly && STOPPED_RECENTLY.findAll(words).length) {
    found.delete('overdose');
    found.add('withdrawal');
  }
  // The twenty-seventh probe: every overdose phrase a sign both share ("detox at home and i feel like im dying", "day
  // 3 sober and i keep seizing"), drink or benzos stopped or days sober, and nothing said taken: withdrawal's.
  if (found.has('overdose') && sharedSigns > 0 && sharedSigns === overdoseHits && stoppedNothingTaken(words)) {
    found.delete('overdose');
    found.add('withdrawal');
  }
  // Read as said: "golpe" is one letter from "golpea".
  const atOnce = found.has('withdrawal') ? undefined : heavyQuitAtOnce(said);
  if (atOnce !== undefined) {
    if (clauses !== null) clauses ??= clausesOf(plain, words);
    if (!clauses || !inPastClause(words, clauses, atOnce)) found.add('withdrawal');
  }
  // The DTs or a withdrawal seizure told by their signs, with drink or benzos stopped somewhere in the text.
  const delirium = found.has('withdrawal') ? undefined : deliriumAfterStopping(words);
  if (delirium !== undefined) {
    if (clauses !== null) clauses ??= clausesOf(plain, words);
    if (!clauses || !inPastClause(words, clauses, delirium)) found.add('withdrawal');
  }
  // Epilepsy named, nothing stopped ("my son had a seizure, he has epilepsy"), or a question in general ("can you die
  // from quitting drinking cold turkey"): not withdrawal's 911 (the twenty-third probe).
  if (found.has('withdrawal') && words.some((w) => EPILEPSY.has(w)) && !words.some((w) => DOWNERS_STOPPED.has(w))) {
    found.delete('withdrawal');
  }
  // Not when someone is named ("can someone die from quitting drinking my dad is shaking bad"): that one is now.
  if (found.has('withdrawal') && WITHDRAWAL_ASKED.test(plain) && !words.some((w) => SOMEONE_NAMED.has(w))) {
    found.delete('withdrawal');
  }
  // Either reader may find the children; the texter among them (`child`) is told by either.
  const leftBy = childrenLeft(words, raw);
  const unminded = leftBy?.kind === 'child' ? undefined : childrenUnminded(words, raw);
  const left = unminded?.kind === 'child' ? unminded : (leftBy ?? unminded);
  if (left) {
    if (clauses !== null) clauses ??= clausesOf(plain, words);
    if (!clauses || !inPastClause(words, clauses, left.at)) found.add(left.kind);
  }
  // Seeing things while high now, with nothing stopped ("my brother is high and talking crazy, hes seeing things"):
  // not withdrawal's words ("after stopping alcohol or pills"), the common ones (911, 988).
  if (found.has('withdrawal') && words.some((w) => HIGH_NOW_SAID.has(w)) && !words.some((w) => STOPPED.has(w))) {
    found.delete('withdrawal');
    found.add('danger');
  }
  // A child who got into drink, gummies or pills with no sign told (the twenty-eighth session): Poison Control, not
  // "Overdose? ... give naloxone", which the toddler's words read as before. An opioid or a sign keeps both.
  if (found.has('poison') && found.has('overdose') && childPoisonOnly(words, spans)) found.delete('overdose');
  // A pet that ate pills and "wont wake up": the pet's, unless a person is named.
  if (found.has('pet') && found.has('overdose') && petOnly(words, spans)) found.delete('overdose');
  if (weakOverdose && !history.findAll(words).length && !words.some((w) => /^(?:19|20)\d\d$/.test(w))) {
    found.add('overdose');
  }
  for (const [wins, loses] of CRISIS_KIND_OVER) if (found.has(wins)) found.delete(loses);
  return found.size ? { kinds: CRISIS_KINDS.filter((k) => found.has(k)) } : undefined;
}
