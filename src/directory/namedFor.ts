import { plainWords } from './plainWords';

/**
 * Whether a meeting's name says it is for women or for men: "Women Living Sober", "Al-Anon Courage
 * and Fellowship Men's", "Grupo de Mujeres". Feeds often leave such groups without their W or M code,
 * and a texter who asks for a women's meeting should find the one named so. A name that names both
 * ("Men and Women Together") is for anyone, and says neither.
 */
export function namedFor(name: string): 'women' | 'men' | undefined {
  // Every import asks this of every meeting; most names hold none of these letters at all.
  if (!MAYBE_NAMED.test(name)) return undefined;
  const words = plainWords(name).split(' ');
  const women = words.some((w) => WOMEN_WORDS.has(w));
  const men = words.some((w) => MEN_WORDS.has(w));
  if (women === men) return undefined;
  return women ? 'women' : 'men';
}

const MAYBE_NAMED = /men|wom|lad|muj|hombr|caball|varon|femen|mascul/i;

// plainWords splits at apostrophes: "Women's" reads "women s"; "mens" is how some feeds write it.
const WOMEN_WORDS = new Set([
  'women',
  'womens',
  'woman',
  'womans',
  'ladies',
  'mujeres',
  'mujer',
  'femenil',
  'femenino',
]);
const MEN_WORDS = new Set(['men', 'mens', 'hombres', 'caballeros', 'varones', 'masculino']);
