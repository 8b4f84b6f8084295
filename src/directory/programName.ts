import type { Program } from './types';

/**
 * A program's name as a texter in `lang` knows it: "Jugadores Anonimos" for Spanish where staff
 * gave one, else the one name every language shares ("AA", "Al-Anon").
 */
export function programNameIn(program: Program, lang: string): string {
  return program.names?.[lang] ?? program.name;
}
