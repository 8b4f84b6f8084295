import { join } from 'node:path';
import { PlaceIndex } from '../../src/directory/placeIndex';
import { parseFlowFile } from '../../src/flow/flowParser';
import { flowLexicon } from '../../src/understand/flowLexicon';
import { readMessage } from '../../src/understand/understand';
import { clockBoundIn, clockTimeIn } from '../../src/text/clockWords';
import { plainlySpanish } from '../../src/text/languageHint';

const root = join(__dirname, '../..');
const flow = parseFlowFile(join(root, 'flows/recovery.yaml')).flow!;
const lexicon = flowLexicon(flow);
const places = new PlaceIndex();
const read = (text: string, lang = 'en') => readMessage(text, lang, lexicon, places);
const placeOf = (text: string, lang = 'en') => {
  const p = read(text, lang).understood.place;
  return p ? [p.town, p.state].filter(Boolean).join(', ') : null;
};

describe('a state code that is an everyday word is a state only when written as one', () => {
  it.each([
    ['i drink too much, im in midland, in person', 'Midland'],
    ['my wife drinks, midland, in the evenings', 'Midland'],
    ['my husband drinks, we are in salem, in person', 'Salem'],
    ['I DRINK, IM IN MIDLAND, IN PERSON', 'Midland'],
    ['midland in the morning', 'Midland'],
    ['necesito aa en midland, en persona', 'Midland'],
    ['hi midland', 'Midland'],
    ['hey, midland here', 'Midland'],
    ['midland, ok', 'Midland'],
    ['midland, oh and i dont drive', 'Midland'],
    ['midland, la la land', 'Midland'],
    ['ok lubbock please', 'Lubbock, TX'],
    ['hola, amarillo aqui', 'Amarillo, TX'],
  ])('reads %j as the town alone (%s), its state left to the number', (text, place) => {
    expect(placeOf(text)).toBe(place);
  });

  it.each([
    ['Salem, IN', 'Salem, IN'],
    ['salem, in', 'Salem, IN'],
    ['Midland IN please', 'Midland, IN'],
    ['SALEM IN', 'Salem, IN'],
    ['salem or', 'Salem, OR'],
    ['portland or', 'Portland, OR'],
    ['columbus oh', 'Columbus, OH'],
    ['springfield il', 'Springfield, IL'],
  ])('keeps %j as %s', (text, place) => {
    expect(placeOf(text)).toBe(place);
  });

  it.each(['hi there', 'hi hope', 'ok thanks', 'hi texas', 'so hadley'])(
    'makes no town of greetings alone: %j',
    (t) => {
      expect(placeOf(t)).not.toBe('Hope');
      expect(placeOf(t)).not.toBe('Hadley');
    },
  );

  it('does not switch to Spanish for a sung "la la"', () => {
    expect(plainlySpanish('midland, la la land')).toBe(false);
    expect(plainlySpanish('mi esposo toma mucho')).toBe(true);
  });
});

describe('a town said without "in"', () => {
  it.each([
    ['hey u got any na mtgs 2nite n amarillo', 'Amarillo, TX'],
    ['any aa mtgs n lubbock', 'Lubbock, TX'],
    ['groups n canyon', 'Canyon'],
    ['alcohol meeting odesa', 'Odessa'],
    ['aa meeting lubock', 'Lubbock, TX'],
    ['quit drinking lubbock in person no medication', 'Lubbock, TX'],
    ['i use meth amarillo online', 'Amarillo, TX'],
    ['dejar de tomar lubbock en persona', 'Lubbock, TX'],
  ])('reads %j as %s', (text, place) => {
    expect(placeOf(text)).toBe(place);
  });

  it.each(['rock n roll', 'aa meeting sorry', 'quit drinking cold turkey in person'])('reads no town in %j', (t) => {
    expect(placeOf(t)).toBeNull();
  });
});

describe('the way to meet', () => {
  it.each([
    ['i want to quit drinking, lubbock, in person, no meds', 'in_person'],
    ['i drink, lubbock, in person. no meds', 'in_person'],
    ['in person, no idea where to start', 'in_person'],
    ['en persona, no tomo medicamento', 'in_person'],
    ['en persona, no se donde empezar', 'in_person'],
    ['in person no meds', 'in_person'],
    ['en persona no, en linea', 'online'],
    ['en persona no puedo', 'online'],
    ['aa in lubbock or online', 'any'],
    ['na meetings in amarillo or by phone', 'any'],
    ['online or near canyon', 'any'],
    ['aa en lubbock o en linea', 'any'],
    ['meetings in the evening or online', 'online'],
    ['i live in lubbock, online please', 'online'],
    ['aa meeting on my lunch break in lubbock', 'in_person'],
    ['na meeting before work in midland', 'in_person'],
    ['una junta en mi hora de comida en lubbock', 'in_person'],
  ])('reads %j as %s', (text, mode) => {
    expect(read(text).understood.mode).toBe(mode);
  });
});

describe('own words', () => {
  it.each([
    ['i been drinkin too much', 'alcohol'],
    ['cant stop drinkin', 'alcohol'],
    ['my son keeps usin', 'drugs'],
    ['hes drinkin lean', 'drugs'],
  ])('reads the left-off g in %j (%s)', (text, concern) => {
    expect(read(text).understood.concern).toBe(concern);
  });

  it.each([
    'no 12 step stuff, i drink too much',
    'nothing 12-step',
    'no twelve step',
    'i hate 12 step programs',
    '12 step stuff isnt for me',
    'no 12steps please',
    'nada de 12 pasos',
    'no quiero los doce pasos',
  ])('turns the twelve steps down in %j', (text) => {
    const r = read(text);
    expect(r.turnedDown).toContain('twelve_step');
    expect(r.understood.yes).toBeNull();
    expect(r.understood.item).toBeNull();
  });

  it.each(['i like the 12 steps', 'im on step 12', 'i did the 12 steps and it worked'])('keeps them in %j', (text) => {
    expect(read(text).turnedDown).toBeUndefined();
  });

  it.each([
    ['mi esposo es adicto al juego', 'family'],
    ['mi papa es adicto al juego, necesito ayuda', 'family'],
    ['mi esposa tiene un problema con el juego', 'family'],
  ])('reads %j as for them, not shared', (text, audience) => {
    const r = read(text, 'es');
    expect(r.understood.audience).toBe(audience);
    expect(r.shared).toBeUndefined();
  });

  it.each([
    'my best friend smokes weed every day and vapes, were both 16',
    'my girlfriend drinks a lot, we are both 15',
    'both of us are 16 and my friend vapes',
  ])('reads the shared age in %j as a teen', (text) => {
    expect(read(text).understood.teen).toBe(true);
  });

  it.each([
    ['mi amigo fuma mota, los dos tenemos 16', 'es'],
    ['ambos tenemos 14 y mi amiga toma', 'es'],
  ])('lee la edad de los dos en %j', (text, lang) => {
    expect(read(text, lang).understood.teen).toBe(true);
  });

  it('leaves an age long past alone', () => {
    expect(read('my sister and i were both 15 when dad started drinking').understood.teen).not.toBe(true);
  });
});

describe('times', () => {
  it.each([
    ['aa lubbock weekday mornings before 9', { hour: 9, half: 'am', bound: 'before' }],
    ['early meeting before 8', { hour: 8, half: 'am', bound: 'before' }],
    ['en la manana antes de las 9', { hour: 9, half: 'am', bound: 'before' }],
    ['morning meetings after 7', { hour: 7, half: 'am' }],
    ['i work mornings, after 5', { hour: 5 }],
    ['before 9', { hour: 9, bound: 'before' }],
  ])('bounds %j', (text, bound) => {
    expect(clockBoundIn(text)).toEqual(bound);
  });

  it('reads mornings at 7 as 7am', () => {
    expect(clockTimeIn('mornings at 7')).toEqual({ hour: 7, half: 'am' });
  });

  it.each([
    ['AA el domingo despues de misa en lubbock', 'es', 'afternoon'],
    ['saliendo de la iglesia', 'es', 'afternoon'],
    ['antes de misa', 'es', 'morning'],
    ['aa after mass sunday lubbock', 'en', 'afternoon'],
    ['after sunday service', 'en', 'afternoon'],
  ])('reads the part of %j', (text, lang, part) => {
    expect(read(text, lang).understood.part).toBe(part);
  });

  it('reads no part in a phone service', () => {
    expect(read('my phone service is bad').understood.part).toBeNull();
  });

  it.each([
    ['i killed it at work today, want a meeting tonight', 'en', 'tonight'],
    ['today was hard. any meetings tonight?', 'en', 'tonight'],
    ['hoy fue un dia dificil, necesito una junta esta noche', 'es', 'tonight'],
    ['aa today or tomorrow', 'en', 'today'],
    ['not today, tomorrow', 'en', 'tomorrow'],
  ])('reads %j as %s', (text, lang, when) => {
    expect(read(text, lang).understood.when).toBe(when);
  });
});

// How long a storm takes is the bench's to report (npm run bench: understanding_storm_max_ms), never a timed test.
describe('a storm of words', () => {
  it.each([
    'in '.repeat(600),
    'hi ok '.repeat(300),
    'n lubbock '.repeat(200),
    'no 12 step '.repeat(200),
    'midland, in person, '.repeat(100),
    '🍺'.repeat(800),
    'drinkin '.repeat(250),
  ])('reads a 1,600-character storm to an answer (%#)', (storm) => {
    const reading = read(storm.slice(0, 1600));
    expect(reading.understood).toBeDefined();
  });
});
