import type { Program } from './types';

/**
 * A program's name as a texter in `lang` knows it: "Jugadores Anonimos" for Spanish where staff
 * gave one, else the one name every language shares ("AA", "Al-Anon").
 */
export function programNameIn(program: Program, lang: string): string {
  return program.names?.[lang] ?? program.name;
}

/**
 * A program's name as said inside a sentence: a common noun ("Group therapy", "Terapia de grupo", "Gambling
 * helpline": its later words in lower case) in lower case, "Got it: group therapy meetings"; a proper name ("AA",
 * "Al-Anon", "Gamblers Anonymous", "SMART Family & Friends") as it is.
 */
export function programNameInSentence(program: Program, lang?: string): string {
  const name = lang ? programNameIn(program, lang) : program.name;
  const words = name.split(' ');
  const common =
    words.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(words[0]) && words.slice(1).every((w) => /^\p{Ll}/u.test(w));
  return common ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}
