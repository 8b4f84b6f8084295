import { ASCII_ONLY } from '../text/textWords';
import { plainWords } from './plainWords';

/**
 * Whether a meeting's name says it meets in Spanish: "Grupo 24 Horas", "Un Dia A La Vez". Feeds
 * often leave Spanish-speaking groups without their language code (Amarillo's AA feed lists both
 * of those as "open" only), and a texter who asks for a meeting in Spanish should find them.
 * Only names that read as Spanish count: a word no English name uses ("grupo", "reunion") or two
 * Spanish words of which at least one is not a place name's article ("La Vida", not "El Paso").
 */
export function isSpanishName(name: string): boolean {
  // Every import asks this of every meeting, and a group's name comes back on each of its days.
  let known = answers.get(name);
  if (known === undefined) {
    if (answers.size >= ANSWERS_KEPT) answers.clear();
    answers.set(name, (known = readsSpanish(name)));
  }
  return known;
}

/** Names already read, and whether they read as Spanish; emptied when full. */
const answers = new Map<string, boolean>();
const ANSWERS_KEPT = 20_000;

function readsSpanish(name: string): boolean {
  // Most names hold no Spanish word at all: one regular expression over the name says so
  // without splitting it into words.
  const lower = ASCII_ONLY.test(name) ? name.toLowerCase() : plainWords(name);
  if (!anySpanishWord().test(lower)) return false;
  const words = plainWords(name).split(' ');
  if (words.some((w) => SURELY_SPANISH.has(w))) return true;
  const strong = words.filter((w) => SPANISH_WORDS.has(w)).length;
  const small = words.filter((w) => SPANISH_SMALL_WORDS.has(w)).length;
  return strong >= 1 && strong + small >= 2;
}

/** Words only a Spanish name has. */
const SURELY_SPANISH = new Set(['grupo', 'reunion', 'reuniones', 'espanol', 'alcoholicos', 'narcoticos', 'anonimos']);

/** Spanish words of group names that English names do not use. */
const SPANISH_WORDS = new Set([
  'dia',
  'vez',
  'nueva',
  'nuevo',
  'vida',
  'esperanza',
  'serenidad',
  'libertad',
  'horas',
  'sobriedad',
  'recuperacion',
  'unidos',
  'despertar',
  'amanecer',
  'mujeres',
  'hombres',
  'juntos',
  'fe',
  'paz',
  'luz',
  'hoy',
  'siempre',
  'alegria',
  'armonia',
  'renacer',
  'milagro',
  'voluntad',
  'unidad',
  'buen',
  'buena',
  'buenos',
]);

/** Articles and small words, Spanish but also in English place names (El Paso, La Vista, El Camino Real). */
const SPANISH_SMALL_WORDS = new Set([
  'camino',
  'un',
  'una',
  'el',
  'la',
  'los',
  'las',
  'de',
  'del',
  'y',
  'en',
  'por',
  'con',
  'sin',
  'mi',
  'tu',
  'su',
  'a',
]);

let spanishWordPattern: RegExp | undefined;

/** A word of SURELY_SPANISH or SPANISH_WORDS anywhere in a lower-case name: no name is Spanish without one. */
function anySpanishWord(): RegExp {
  spanishWordPattern ??= new RegExp(`(?:^|[^a-z])(?:${[...SURELY_SPANISH, ...SPANISH_WORDS].join('|')})(?![a-z])`);
  return spanishWordPattern;
}
