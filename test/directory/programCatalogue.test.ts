import { CatalogueError } from '../../src/directory/errors';
import { parseProgramCatalogue } from '../../src/directory/programCatalogue';
import { programNameIn } from '../../src/directory/programName';
import { isGsm7 } from '../../src/sms/gsm7';
import type { Situation } from '../../src/directory/types';
import { realCatalogue } from './realFeeds';

const ids = (s: Situation) =>
  realCatalogue()
    .programsFor(s)
    .map((p) => p.id);

describe('programs.yaml matching rules', () => {
  it('offers AA and SMART Recovery to someone with alcohol', () => {
    expect(ids({ audience: 'self', concern: 'alcohol' })).toEqual(['aa', 'smart']);
  });

  it('offers NA and SMART Recovery for drugs, and MARA too when on medication', () => {
    expect(ids({ audience: 'self', concern: 'drugs' })).toEqual(['na', 'smart']);
    expect(ids({ audience: 'self', concern: 'drugs', medication: true })).toEqual(['mara', 'na', 'smart']);
  });

  it('offers Gamblers Anonymous first, then SMART Recovery, for gambling; Gam-Anon and SMART Family & Friends to family; the gambling helpline last to both', () => {
    expect(ids({ audience: 'self', concern: 'gambling' })).toEqual(['ga', 'smart', 'gambling_helpline']);
    expect(ids({ audience: 'family', concern: 'gambling' })).toEqual(['gamanon', 'smart_family', 'gambling_helpline']);
    expect(realCatalogue().program('gambling_helpline')?.phone).toBe('1-800-522-4700');
  });

  it('offers SMART Recovery and group therapy for another behavior (video games, porn), never GA, Gam-Anon or the gambling helpline', () => {
    expect(ids({ audience: 'self', concern: 'gambling', behavior: true })).toEqual(['smart', 'group_therapy']);
    expect(ids({ audience: 'family', concern: 'gambling', behavior: true })).toEqual(['smart_family', 'group_therapy']);
    expect(ids({ audience: 'family', concern: 'gambling', behavior: true, teen: true })).toEqual([
      'smart_family',
      'group_therapy',
    ]);
  });

  it('offers Al-Anon to family of a drinker, with Alateen first for a teen', () => {
    expect(ids({ audience: 'family', concern: 'alcohol' })).toEqual(['alanon', 'smart_family']);
    expect(ids({ audience: 'family', concern: 'alcohol', teen: true })).toEqual(['alateen', 'alanon', 'smart_family']);
  });

  it('offers Nar-Anon and Al-Anon to family of someone using drugs', () => {
    expect(ids({ audience: 'family', concern: 'drugs' })).toEqual(['naranon', 'alanon', 'smart_family']);
  });

  it('offers SMART Family & Friends to family of anyone', () => {
    for (const concern of ['alcohol', 'drugs', 'gambling', 'unsure'] as const) {
      expect(ids({ audience: 'family', concern })).toContain('smart_family');
    }
  });

  it('offers a mix plus group therapy with the SAMHSA helpline when unsure', () => {
    expect(ids({ audience: 'self', concern: 'unsure' })).toEqual(['smart', 'aa', 'na', 'group_therapy']);
    expect(ids({ audience: 'family', concern: 'unsure' })).toEqual([
      'alanon',
      'naranon',
      'group_therapy',
      'smart_family',
    ]);
    const therapy = realCatalogue().program('group_therapy')!;
    expect(therapy.phone).toBe('1-800-662-4357');
    expect(therapy.finderUrl).toBe('https://findtreatment.gov');
  });

  it('writes every description in plain GSM-7, in English and Spanish', () => {
    for (const p of realCatalogue().programs) {
      expect(isGsm7(p.description.en)).toBe(true);
      expect(isGsm7(p.description.es)).toBe(true);
    }
  });

  it('names a program in Spanish where it has a Spanish name, and keeps the shared one elsewhere', () => {
    const c = realCatalogue();
    expect(programNameIn(c.program('ga')!, 'es')).toBe('Jugadores Anonimos');
    expect(programNameIn(c.program('ga')!, 'en')).toBe('Gamblers Anonymous');
    expect(programNameIn(c.program('group_therapy')!, 'es')).toBe('Terapia de grupo');
    expect(programNameIn(c.program('aa')!, 'es')).toBe('AA');
    for (const p of c.programs) expect(isGsm7(programNameIn(p, 'es'))).toBe(true);
  });

  it('reads a feed program from the file name prefix, longest prefix first', () => {
    const c = realCatalogue();
    expect(c.programForFileName('aa-amarillo-tx.meeting-guide.json')).toBe('aa');
    expect(c.programForFileName('al-anon-massachusetts.meeting-guide.json')).toBe('alanon');
    expect(c.programForFileName('smart-family-online.json')).toBe('smart_family');
    expect(c.programForFileName('local.yaml')).toBeUndefined();
  });

  it('maps Y to Alateen for Al-Anon but to young people for AA', () => {
    expect(realCatalogue().typeCode('alanon', 'Y')).toEqual({ tag: 'alateen', program: 'alateen' });
    expect(realCatalogue().typeCode('aa', 'y')).toEqual({ tag: 'young_people' });
  });
});

describe('programs.yaml checks', () => {
  const base = `programs:
  - id: aa
    name: AA
    description: { en: Alcoholics Anonymous. }
    for: { audience: [self], concerns: [alcohol] }
rules:
  - when: {}
    programs: [aa]
`;

  it('accepts a minimal valid catalogue', () => {
    expect(parseProgramCatalogue(base, 'p.yaml').programs).toHaveLength(1);
  });

  it('names the file, line and fix for a bad id and an unknown audience', () => {
    const bad = base.replace('id: aa', 'id: AA Group').replace('[self]', '[me]');
    expect(() => parseProgramCatalogue(bad, 'p.yaml')).toThrow(CatalogueError);
    try {
      parseProgramCatalogue(bad, 'p.yaml');
    } catch (err) {
      const msg = (err as CatalogueError).message;
      expect(msg).toMatch(/^p\.yaml: /);
      expect(msg).toMatch(/line 2, programs\[0\]\.id: use lowercase letters/);
      expect(msg).toMatch(/line 5, programs\[0\]\.for\.audience\[0\]/);
    }
  });

  it('refuses a rule naming a program that does not exist', () => {
    expect(() => parseProgramCatalogue(base.replace('programs: [aa]', 'programs: [aa, smrt]'), 'p.yaml')).toThrow(
      /no program with id "smrt"/,
    );
  });

  it('reads meeting_focus, with the family words in lowercase, and refuses a tag no type code gives', () => {
    const withCodes = base.replace(
      'for: { audience: [self], concerns: [alcohol] }',
      'for: { audience: [self], concerns: [alcohol] }\n    type_codes: { AC: adult_children }',
    );
    const focus = `meeting_focus:\n  - tag: adult_children\n    relations: [Dad, mom]\n`;
    expect(parseProgramCatalogue(withCodes + focus, 'p.yaml').focus).toEqual([
      { tag: 'adult_children', relations: ['dad', 'mom'] },
    ]);
    expect(realCatalogue().focus.map((f) => f.tag)).toEqual(['parents', 'adult_children']);
    expect(() => parseProgramCatalogue(base + focus, 'p.yaml')).toThrow(
      /meeting_focus\[0\]\.tag: no program's type_codes give the tag "adult_children"/,
    );
  });

  it('refuses a catalogue that leaves some texter with no program', () => {
    const partial = base.replace('when: {}', 'when: { audience: self }');
    expect(() => parseProgramCatalogue(partial, 'p.yaml')).toThrow(/audience family, concern alcohol gets no program/);
  });

  it('refuses a catalogue that leaves a texter about another behavior with no program, and reads `behavior` in rules', () => {
    const gambling = base
      .replace('concerns: [alcohol]', 'concerns: [alcohol, gambling]')
      .replace('when: {}', 'when: { behavior: false }');
    expect(() => parseProgramCatalogue(gambling, 'p.yaml')).toThrow(
      /audience self, concern gambling, behavior gets no program/,
    );
    const covered = `${gambling}  - when: { concern: gambling, behavior: true }\n    programs: [aa]\n`;
    expect(
      parseProgramCatalogue(covered, 'p.yaml').programsFor({ audience: 'self', concern: 'gambling', behavior: true }),
    ).toHaveLength(1);
    expect(() => parseProgramCatalogue(base.replace('when: {}', 'when: { behavior: maybe }'), 'p.yaml')).toThrow(
      /rules\[0\]\.when\.behavior/,
    );
  });

  it('takes a name per language, with English as the one other languages fall back to', () => {
    const named = parseProgramCatalogue(
      base.replace('name: AA', 'name: { en: Gamblers Anonymous, es: Jugadores Anonimos }'),
      'p.yaml',
    );
    const program = named.programs[0];
    expect(program.name).toBe('Gamblers Anonymous');
    expect(programNameIn(program, 'es')).toBe('Jugadores Anonimos');
    expect(programNameIn(program, 'fr')).toBe('Gamblers Anonymous');
    expect(() => parseProgramCatalogue(base.replace('name: AA', 'name: { es: Jugadores Anonimos }'), 'p.yaml')).toThrow(
      /line 3, programs\[0\]\.name/,
    );
  });

  it('reports YAML syntax errors with a line', () => {
    expect(() => parseProgramCatalogue('programs:\n  - id: aa\n   name: [x', 'p.yaml')).toThrow(/p\.yaml: .*line \d+/s);
  });
});
