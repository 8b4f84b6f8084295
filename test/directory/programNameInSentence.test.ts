import { programNameInSentence } from '../../src/directory/programName';
import type { Program } from '../../src/directory/types';

const named = (name: string, names?: Record<string, string>) => ({ id: 'x', name, names }) as unknown as Program;

/** A program's name inside a sentence (the thirtieth session's probe: "Got it: Group therapy meetings."). */
describe('programNameInSentence', () => {
  it('writes a common noun in lower case', () => {
    expect(programNameInSentence(named('Group therapy'))).toBe('group therapy');
    expect(programNameInSentence(named('Gambling helpline'))).toBe('gambling helpline');
    expect(programNameInSentence(named('Group therapy', { es: 'Terapia de grupo' }), 'es')).toBe('terapia de grupo');
  });

  it('keeps a proper name as it is', () => {
    for (const name of ['AA', 'Al-Anon', 'Alateen', 'Gamblers Anonymous', 'SMART Recovery', 'SMART Family & Friends'])
      expect(programNameInSentence(named(name))).toBe(name);
    expect(programNameInSentence(named('GA', { es: 'Jugadores Anonimos' }), 'es')).toBe('Jugadores Anonimos');
  });
});
