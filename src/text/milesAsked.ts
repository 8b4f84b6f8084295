import { textWords } from './textWords';

/**
 * How far a texter says they can go, in miles: "within 5 miles", "nothing more than 20 mi", "i can drive 30 min",
 * "a 15 minute drive", "a menos de 10 millas". A limit only: "i live 30 miles out of town" tells where they are, and
 * "5 miles" alone at a list may be a question about one meeting, so a word that makes it a limit must be there.
 */

/** The largest limit read: the search looks no farther than its widest ring anyway. */
const MOST_MILES = 100;

/** Number words texters spell out for distances and minutes. */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  cinco: 5,
  diez: 10,
  quince: 15,
  veinte: 20,
  treinta: 30,
};

/** Units of distance, as miles per unit. */
const DISTANCE_UNITS: Readonly<Record<string, number>> = {
  mi: 1,
  mile: 1,
  miles: 1,
  mls: 1,
  milla: 1,
  millas: 1,
  km: 0.621371,
  kms: 0.621371,
  kilometers: 0.621371,
  kilometres: 0.621371,
  kilometros: 0.621371,
};

/**
 * Units of driving time, as miles per unit: a mile a minute is what a rural drive covers, where a limit matters
 * most (a town's meetings are within its first ring anyway).
 */
const TIME_UNITS: Readonly<Record<string, number>> = {
  min: 1,
  mins: 1,
  minute: 1,
  minutes: 1,
  minuto: 1,
  minutos: 1,
  hr: 60,
  hrs: 60,
  hour: 60,
  hours: 60,
  hora: 60,
  horas: 60,
};

/** Words before the number that make it a limit: "within", "under", "less than", "no more than", "up to". */
const LIMIT_BEFORE = new Set(['within', 'under', 'inside', 'max', 'maximum', 'than', 'to', 'only', 'de', 'dentro']);
/** Words before the number that make time a drive: "i can drive 30 min", "manejo 20 minutos". */
const DRIVE_BEFORE = new Set(['drive', 'driving', 'travel', 'go', 'manejar', 'manejo', 'ride']);
/** Words after the unit that make it a limit: "10 miles or less", "20 min drive", "5 mi max", "15 miles tops". */
const LIMIT_AFTER = new Set(['or', 'max', 'tops', 'radius', 'drive', 'away', 'maximo', 'manejando', 'de']);
/** After a distance, words of a trip made anyway: "10 miles each way", "30 min every day". */
const TRIP_TOLD = new Set(['each', 'every', 'daily']);
/** Where a trip told goes: "i drive 30 min to work". */
const TRIP_TO = new Set(['work', 'school', 'job', 'class', 'church', 'town', 'the']);

/** Small words between a limit's word and its number: "within a 20 minute drive", "go like 10 miles". */
const FILLERS = new Set(['a', 'an', 'like', 'about', 'around', 'maybe', 'bout', 'roughly', 'only', 'just']);
/** Being able, before a drive: "i can drive 10 miles", "only willing to go 15 miles". */
const ABLE = new Set(['can', 'could', 'cant', 'only', 'to', 'able', 'willing', 'puedo']);
/** What "away" is said of for a limit: "anything 5 miles away", "a meeting 10 min away". */
const ASKED_AWAY = new Set(['anything', 'something', 'meeting', 'meetings', 'one', 'ones', 'mtg', 'mtgs', 'group']);

/** Letters every unit of DISTANCE_UNITS and TIME_UNITS holds. */
const UNIT_LETTERS = /mi|ml|km|kilo|hr|hour|hora/i;

/** What every limit holds besides its unit: a numeral, a number word of NUMBER_WORDS, or "an hour". */
const NUMBER_HINT =
  /\d|hour|hora|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|sixty|cinco|diez|quince|veinte|treinta/i;

/** A number word or numeral, and the unit glued to it when written as one ("5mi", "30min"). */
function numberAt(word: string): { n: number; unit?: string } | undefined {
  if (Object.prototype.hasOwnProperty.call(NUMBER_WORDS, word)) return { n: NUMBER_WORDS[word] };
  const m = /^(\d{1,3}(?:\.\d+)?)([a-z]*)$/.exec(word);
  if (!m) return undefined;
  return m[2] ? { n: Number(m[1]), unit: m[2] } : { n: Number(m[1]) };
}

function unitMiles(unit: string): { perUnit: number; time: boolean } | undefined {
  if (Object.prototype.hasOwnProperty.call(DISTANCE_UNITS, unit)) return { perUnit: DISTANCE_UNITS[unit], time: false };
  if (Object.prototype.hasOwnProperty.call(TIME_UNITS, unit)) return { perUnit: TIME_UNITS[unit], time: true };
  return undefined;
}

/**
 * The limit said in a text, in miles (1 to 100), or undefined when none is: whole miles, but kilometres to a tenth
 * of a mile, so "within 15 km" (9.3 miles) is said back as 15 km to a texter in Canada, not 14.
 */
export function milesAsked(text: string): number | undefined {
  // Every unit holds one of these letters: most texts hold none, and are not split into words for nothing.
  if (!UNIT_LETTERS.test(text) || !NUMBER_HINT.test(text)) return undefined;
  const words = textWords(text);
  for (let i = 0; i < words.length; i++) {
    // "an hour", "half an hour": a drive said without a number.
    if (words[i] === 'hour' && (words[i - 1] === 'an' || words[i - 1] === 'a')) {
      const half = words[i - 2] === 'half';
      if (isLimit(words, half ? i - 3 : i - 2, i + 1, true)) return half ? 30 : 60;
      continue;
    }
    const num = numberAt(words[i]);
    if (!num || num.n <= 0) continue;
    const unitWord = num.unit ?? words[i + 1];
    const unit = unitWord === undefined ? undefined : unitMiles(unitWord);
    if (!unit) continue;
    const after = num.unit ? i + 1 : i + 2;
    if (!isLimit(words, i - 1, after, unit.time)) continue;
    const miles = num.n * unit.perUnit;
    const rounded = unit.perUnit === 1 || unit.time ? Math.round(miles) : Math.round(miles * 10) / 10;
    return Math.max(1, Math.min(MOST_MILES, rounded));
  }
  return undefined;
}

/** Whether the words around a distance (`before` the number, `after` its unit) make it a limit. */
function isLimit(words: readonly string[], before: number, after: number, time: boolean): boolean {
  // "i drive 30 min to work", "10 miles each way": a trip told, not how far the texter can go.
  if (TRIP_TOLD.has(words[after] ?? '') || (words[after] === 'to' && TRIP_TO.has(words[after + 1] ?? ''))) return false;
  // "within a 20 minute drive", "i can go like 10 miles": the small words between.
  let b = before;
  while (b >= 0 && FILLERS.has(words[b])) b--;
  if (LIMIT_BEFORE.has(words[b] ?? '')) return true;
  // "i can drive 30 min" and "drive 20 minutes" are limits; "i drive 10 miles to work" tells a habit.
  if (DRIVE_BEFORE.has(words[b] ?? '') && (time || ABLE.has(words[b - 1] ?? '') || ABLE.has(words[b - 2] ?? '')))
    return true;
  const next = words[after];
  if (next === undefined || !LIMIT_AFTER.has(next)) return false;
  if (next === 'or') return ['less', 'closer', 'under', 'menos'].includes(words[after + 1] ?? '');
  // "anything 5 miles away", or "15 min away" as the whole ask; not "i live 5 miles away".
  if (next === 'away') return b < 0 || ASKED_AWAY.has(words[b]);
  // "10 min drive" is a drive of time; "10 mile drive" too. "de" only in "a 10 minutos de distancia".
  if (next === 'de') return words[after + 1] === 'distancia';
  return true;
}
