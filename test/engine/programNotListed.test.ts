import { namesProgramNotListed } from '../../src/engine/programNotListed';
import type { Program } from '../../src/directory/types';
import { otherProgramsNamed, programNameKey } from '../../src/understand/otherPrograms';

const flow = { flow: { keywords: { program_not_listed: { say: 'Not listed.' } } } } as never;
const aa: Program = { id: 'aa', name: 'AA', description: { en: 'Alcoholics Anonymous.' } };

/** A directory whose catalogue holds `programs`. */
function catalogue(...programs: Program[]) {
  return { programs: () => programs } as never;
}

/** A read text that named the programs the understanding found in `text`. */
function readOf(text: string) {
  const words = text.split(' ');
  const named = otherProgramsNamed(
    text,
    words,
    () => [],
    () => [],
  ).map((m) => m.program);
  return { reading: { otherPrograms: named } } as never;
}

describe('a program the line does not list', () => {
  it('is not listed while the catalogue lacks it', () => {
    expect(namesProgramNotListed(flow, catalogue(aa), readOf('i go to cocaine anonymous'))).toBe(true);
  });

  it('is listed once staff add it to the catalogue, by its id or by its name in any language', () => {
    const byId: Program = { id: 'ca', name: 'CA', description: { en: 'Cocaine Anonymous.' } };
    const byName: Program = {
      id: 'cocaine',
      name: 'Cocaine Anonymous',
      names: { en: 'Cocaine Anonymous', es: 'Cocainomanos Anonimos' },
      description: { en: 'Cocaine Anonymous.' },
    };
    expect(namesProgramNotListed(flow, catalogue(aa, byId), readOf('i go to cocaine anonymous'))).toBe(false);
    expect(namesProgramNotListed(flow, catalogue(aa, byName), readOf('i go to cocaine anonymous'))).toBe(false);
    expect(namesProgramNotListed(flow, catalogue(aa, byName), readOf('voy a cocainomanos anonimos'))).toBe(false);
  });

  it('that is any other "<something> anonymous" is listed once the catalogue names it', () => {
    const nicotine: Program = { id: 'nic', name: 'Nicotine Anonymous', description: { en: 'Nicotine.' } };
    expect(namesProgramNotListed(flow, catalogue(aa), readOf('nicotine anonymus'))).toBe(true);
    expect(namesProgramNotListed(flow, catalogue(aa, nicotine), readOf('nicotine anonymus'))).toBe(false);
  });

  it('is said only when the flow has words for it', () => {
    const silent = { flow: { keywords: {} } } as never;
    expect(namesProgramNotListed(silent, catalogue(aa), readOf('celebrate recovery'))).toBe(false);
  });
});

describe('the names of programs the line does not list', () => {
  it('are read with typos, and "anonymous" as a plain word is no name', () => {
    const ids = (text: string) =>
      otherProgramsNamed(
        text,
        text.split(' '),
        () => [],
        () => [],
      ).map((m) => m.program.id ?? m.program.names[0]);
    expect(ids('he goes to cocain anonymus')).toEqual(['ca']);
    expect(ids('recovery dharma')).toEqual(['dharma']);
    expect(ids('i go to celebrate recovery at church')).toEqual(['celebrate']);
    expect(ids('neuroticos anonimos')).toEqual(['neuroticos anonymous']);
    expect(ids('is it anonymous')).toEqual([]);
    expect(ids('i want to stay anonymous')).toEqual([]);
    expect(ids('are the meetings anonymous')).toEqual([]);
    expect(ids('im in recovery')).toEqual([]);
  });

  it('leave out a misspelt name of the flow\'s own programs ("alcholics anonymus" is AA)', () => {
    const listed = () => [['alcoholics', 'anonymous']];
    expect(otherProgramsNamed('alcholics anonymus', ['alcholics', 'anonymus'], () => [], listed)).toEqual([]);
  });

  it('compare with the catalogue with any spelling of "anonymous" as one', () => {
    expect(programNameKey('Jugadores Anónimos')).toBe('jugadores anonymous');
    expect(programNameKey('Co-Dependents Anon')).toBe('co dependents anonymous');
  });
});
