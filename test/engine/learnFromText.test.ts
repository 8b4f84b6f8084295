import { join } from 'node:path';
import { DirectoryService } from '../../src/directory/directoryService';
import type { MeetingDirectory } from '../../src/directory/types';
import { compileFlow } from '../../src/engine/flowCompiler';
import { learnFromText } from '../../src/engine/learnFromText';
import { MAX_SUMMARY_CHARS, understoodSummary } from '../../src/engine/understoodSummary';
import { parseFlowFile } from '../../src/flow/flowParser';
import { createLogger } from '../../src/log/logger';
import { flowLexicon } from '../../src/understand/flowLexicon';
import { readMessage } from '../../src/understand/understand';

const parsed = parseFlowFile(join(__dirname, '../../flows/recovery.yaml'));
const flow = parsed.flow!;
let directory: MeetingDirectory;
let service: DirectoryService;

beforeAll(async () => {
  service = await DirectoryService.start({ sources: [], refreshMinutes: 0, log: createLogger('silent') });
  directory = service.current();
});
afterAll(() => service.stop());

const learn = (text: string, lang = 'en') =>
  learnFromText(readMessage(text, lang, flowLexicon(flow), directory), directory, text);
const summary = (text: string, lang = 'en') => {
  const compiled = compileFlow({ id: parsed.id, version: parsed.version, flow }, { directory: () => directory });
  return understoodSummary(learn(text, lang), flow.understand, compiled, lang, directory);
};

describe('a time to meet at', () => {
  it('is kept as the clock variable when the text asks for meetings, and said back', () => {
    expect(learn('aa in lubbock tomorrow at 7').vars.clock).toBe('19:00');
    expect(learn('aa en lubbock manana a las 8 de la manana', 'es').vars.clock).toBe('08:00');
    expect(learn('any meetings at 6:30pm?').vars.clock).toBe('18:30');
    expect(summary('aa in lubbock tomorrow at 7')).toContain('tomorrow, at 7pm, near Lubbock, TX.');
    // "7pm" says the evening already: not "in the evening, at 7pm".
    expect(summary('aa meetings tomorrow at 7pm')).not.toContain('in the evening');
  });

  it('is no time to meet when told of something else, or as a habit', () => {
    expect(learn('my husband comes home drunk at 2am').vars.clock).toBeUndefined();
    expect(learn('i relapsed at 7 months').vars.clock).toBeUndefined();
    expect(learn('he drinks every night at 9, aa meetings please').vars.clock).toBeUndefined();
  });
});

describe('learnFromText', () => {
  it('turns a reading into the flow variables, the place resolved in the directory', () => {
    const learned = learn('my husband drinks every night, we live in 79101');
    expect(learned.vars).toEqual({ audience: 'family', concern: 'alcohol', relation: 'husband', teen: false });
    expect(learned.place?.label).toBe('Amarillo, TX');
    expect(learned.filled).toEqual(['audience', 'concern', 'teen', 'place']);
    expect(learned.relation).toBe('husband');
  });

  it('fills what a named program implies from the catalogue, never over what the text said', () => {
    expect(learn('narcotics anon').vars).toEqual({ programs: 'na', audience: 'self', concern: 'drugs' });
    expect(learn('NA meetings for my son').vars).toMatchObject({ programs: 'na', audience: 'family', relation: 'son' });
    expect(learn('al anon').vars).toMatchObject({ programs: 'alanon', audience: 'family' });
    // MARA is for people on medication: asking for it answers that question; "no meds" still wins.
    expect(learn('a MARA meeting please').vars).toMatchObject({ programs: 'mara', audience: 'self', medication: true });
    expect(learn('mara meeting, no meds').vars).toMatchObject({ programs: 'mara', medication: false });
    expect(learn('alateen').vars).toMatchObject({ programs: 'alateen', audience: 'family', teen: true });
  });

  it('keeps refinements for the search: when, part, wants, item, closer', () => {
    expect(learn('saturday morning womens meeting').vars).toEqual({
      when: 'saturday',
      part: 'morning',
      wants: 'women',
    });
    expect(learn('something closer').vars).toEqual({ closer: true });
    expect(learn('the address of the 2nd one').vars).toEqual({ item: 2 });
  });
});

describe('understoodSummary', () => {
  it('says back what was understood, in the words of the flow', () => {
    expect(summary('my husband drinks every night, we live in 79101')).toBe(
      'Got it: for your husband, about alcohol, near Amarillo, TX.',
    );
    expect(summary('mi hijo fuma cristal', 'es')).toBe('Entendido: para tu hijo, por drogas.');
    // "tomar" alone is any taking (a pill, a bus); wanting to stop it is drinking.
    expect(summary('quiero dejar de tomar', 'es')).toBe('Entendido: para ti, por alcohol.');
    expect(summary('mi papa no puede dejar de tomar', 'es')).toBe('Entendido: para tu papa, por alcohol.');
  });

  it('stays short however much a text says', () => {
    const line =
      summary('for me, AA, alcohol, no meds, online, tonight, womens meeting in spanish near Amarillo TX') ?? '';
    expect(line.startsWith('Got it: for you')).toBe(true);
    expect(line.length).toBeLessThanOrEqual(MAX_SUMMARY_CHARS + 1);
  });

  it('leaves out the narrowing words before where they are, when a summary would be too long', () => {
    const line =
      summary(
        'my grandmother takes suboxone and wants NA meetings in person wednesday evening near clifton springs ny',
      ) ?? '';
    // The results heading says the day and time again; where they are is said only here.
    expect(line).toBe(
      'Got it: for your grandmother, about drugs, on medication for recovery, NA meetings, in person, near Clifton Springs, NY.',
    );
  });

  it('hears someone looking for a meeting as asking for themselves, unless they name who for', () => {
    // A meeting in a town is in person, as "NA meetings in Lubbock" is.
    expect(summary('Im looking for a meeting tonite in amarilo')).toBe(
      'Got it: for you, in person, tonight, near Amarillo, TX.',
    );
    expect(summary('im looking for a meeting for my son')).toBe('Got it: for your son.');
    expect(summary('busco una reunion para mi esposo', 'es')).toBe('Entendido: para tu esposo.');
  });

  it('reads Spanish written without its silent h, and "mi" as my, not as the texter', () => {
    expect(summary('ola mi ijo toma mucho alcol', 'es')).toBe('Entendido: para tu hijo, por alcohol.');
    expect(summary('mi ermano usa drogas', 'es')).toBe('Entendido: para tu hermano, por drogas.');
    expect(summary('mi mismo tomo mucho', 'es')).toBe('Entendido: para ti, por alcohol.');
  });

  it('reads vaping and THC as drugs', () => {
    expect(summary('my 15 year old son is vaping')).toBe('Got it: for your son, about drugs.');
    expect(summary('my daughter vapes thc')).toBe('Got it: for your daughter, about drugs.');
  });

  it('names the person the help is for, not one who has died', () => {
    expect(summary('my mom died of an overdose and now my brother uses')).toBe(
      'Got it: for your brother, about drugs.',
    );
    expect(summary('we lost my uncle to drinking and now my son drinks')).toBe('Got it: for your son, about alcohol.');
    expect(summary('mi papa murio por el alcohol y ahora mi hermano toma mucho', 'es')).toBe(
      'Entendido: para tu hermano, por alcohol.',
    );
  });

  it('says back the day and part of the day asked for', () => {
    expect(summary('tomorrow night')).toBe('Got it: tomorrow, in the evening.');
    expect(summary('el sabado en la mañana', 'es')).toBe('Entendido: el sabado, en la manana.');
  });

  it('says tonight once, not "tonight, in the evening"', () => {
    expect(summary('tonight in the evening')).toBe('Got it: tonight.');
    expect(summary('hoy en la noche', 'es')).toBe('Entendido: esta noche.');
    expect(summary('tonight, morning or evening is fine')).toContain('tonight');
  });

  it('takes a parent writing about their child, or a spouse, as not a teen, and a teen writing about a sibling as unknown', () => {
    expect(learn('my daughter is 16 and smoking weed').vars.teen).toBe(false);
    expect(learn('mi hija toma mucho', 'es').vars.teen).toBe(false);
    expect(learn('my kid brother drinks').vars.teen).toBeUndefined();
    expect(learn('my mom drinks every day').vars.teen).toBeUndefined();
    expect(learn('im 15 and my son drinks').vars.teen).toBe(true);
    expect(learn('my wife drinks every night').vars.teen).toBe(false);
    expect(learn('my girlfriend drinks every night').vars.teen).toBeUndefined();
  });
});

describe('a family group asked for', () => {
  it('makes the texter family, whatever "i need a meeting" says', () => {
    expect(learn('i need a meeting for al anon').vars.audience).toBe('family');
    expect(learn('my husband wants me to go to al anon').vars.audience).toBe('family');
    expect(learn('necesito una junta de al anon', 'es').vars.audience).toBe('family');
  });

  it('leaves the texter their own when they ask for their own program too, or share the trouble', () => {
    expect(learn('i need a meeting, aa').vars.audience).toBe('self');
    expect(learn('me and my husband both drink, need aa and al anon').vars.audience).toBe('self');
  });
});

describe("family told in the texter's own words", () => {
  it("is kept when no family word names the one with the trouble (the thirty-first probe's M5)", () => {
    expect(learn('parents of addicts group haverhill').vars.family_told).toBe(true);
    expect(learn('someone i love is on meth').vars.family_told).toBe(true);
  });

  it("is not kept for a family word, a family member with no trouble, or the texter's own", () => {
    // A family word is kept as the relation instead.
    expect(learn('my son is on heroin').vars.family_told).toBeUndefined();
    expect(learn('its for someone else').vars.family_told).toBeUndefined();
    expect(learn('i use meth').vars.family_told).toBeUndefined();
    expect(learn('me and my husband both drink').vars.family_told).toBeUndefined();
  });
});
