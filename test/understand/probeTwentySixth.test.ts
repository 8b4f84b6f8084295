import { join } from 'node:path';
import { PlaceIndex } from '../../src/directory/placeIndex';
import { parseFlowFile } from '../../src/flow/flowParser';
import { clockBoundIn } from '../../src/text/clockWords';
import { worksMornings } from '../../src/text/workingHours';
import { flowLexicon } from '../../src/understand/flowLexicon';
import { readMessage } from '../../src/understand/understand';

/** What the twenty-fifth and twenty-sixth sessions' probes found, read by the understanding step alone. */
const root = join(__dirname, '../..');
const flow = parseFlowFile(join(root, 'flows/recovery.yaml')).flow!;
const lexicon = flowLexicon(flow);
const places = new PlaceIndex();
const read = (text: string, lang = 'en') => readMessage(text, lang, lexicon, places).understood;

describe('online or by phone, both', () => {
  it.each([
    'online or phone',
    'online or by phone',
    'either zoom or by phone is fine',
    'phone or online',
    'no car, online or phone',
  ])('%j is remote', (text) => {
    expect(read(text).mode).toBe('remote');
  });

  it.each(['en linea o por telefono', 'zoom o telefono'])('%j is remote in Spanish', (text) => {
    expect(read(text, 'es').mode).toBe('remote');
  });

  it('keeps a room among the choices any way, and one way alone that way', () => {
    expect(read('online or in person').mode).toBe('any');
    expect(read('online').mode).toBe('online');
    expect(read('by phone').mode).toBe('phone');
    expect(read('my phone died, online please').mode).toBe('online');
  });
});

describe('the texter in a few words', () => {
  it.each([
    ['ya no quiero tomar', 'alcohol'],
    ['no quiero tomar mas', 'alcohol'],
    ['kiero dejar de tomar', 'alcohol'],
    ['necesito dejar de drogarme', 'drugs'],
  ])('%j is the texter, about %s', (text, concern) => {
    expect(read(text, 'es')).toMatchObject({ audience: 'self', concern });
  });

  it('reads no drinking in a medicine not wanted', () => {
    expect(read('no quiero tomar mas medicina', 'es').concern).toBeNull();
  });

  it.each(['lost my paycheck at the casino again', 'blew my whole paycheck on scratchers'])(
    '%j is the texter gambling',
    (text) => {
      expect(read(text)).toMatchObject({ audience: 'self', concern: 'gambling' });
    },
  );

  it('leaves money a husband lost his', () => {
    expect(read('my husband lost his paycheck at the casino').audience).toBe('family');
  });
});

describe('someone named just before the trouble has it', () => {
  it.each([
    'i think my 14 year old is drinking',
    'i think my daughter has been using meth',
    'i think my son is drinking',
  ])('%j is about someone close', (text) => {
    expect(read(text).audience).toBe('family');
  });

  it('keeps a trouble both share the texter own', () => {
    expect(read('my husband is drinking and i am too').audience).toBe('self');
  });
});

describe('open and closed turned down', () => {
  it('reads "not a closed meeting" as open and "i want a closed one" as closed', () => {
    expect(read('any thats not a closed meeting').wants).toEqual(['open']);
    expect(read('i want a closed one').wants).toEqual(['closed']);
  });
});

describe('times that are no time to meet', () => {
  it.each(['relapsed after 2 years', 'after 3 beers', 'after 12 years sober'])('%j bounds no time', (text) => {
    expect(clockBoundIn(text)).toBeUndefined();
  });

  it('reads "nothing before 10am" as from 10am on', () => {
    expect(clockBoundIn('nothing before 10am please')).toEqual({ hour: 10, half: 'am' });
  });

  it.each(['i work mornings', 'im on the morning shift', 'trabajo en las mananas'])('%j works mornings', (text) => {
    expect(worksMornings(text)).toBe(true);
  });

  it.each(['my husband works mornings', 'i drink in the mornings'])('%j is no shift of the texter', (text) => {
    expect(worksMornings(text)).toBe(false);
  });
});

describe('someone brought along to a meeting', () => {
  it.each(['can i bring my kid to a meeting? its for me, alcohol', 'can i bring my wife, i drink too much'])(
    '%j is company: the help is the texter own',
    (text) => {
      expect(read(text).audience).toBe('self');
    },
  );

  it('keeps someone named with their trouble whom the help is for', () => {
    expect(read('how do i bring my son to a meeting, he uses meth').audience).toBe('family');
  });
});
