import { join } from 'node:path';
import { PlaceIndex } from '../../src/directory/placeIndex';
import { parseFlowFile } from '../../src/flow/flowParser';
import { flowLexicon } from '../../src/understand/flowLexicon';
import { understand } from '../../src/understand/understand';
import { readShipped } from '../support/shippedReading';

const root = join(__dirname, '../..');
const flow = parseFlowFile(join(root, 'flows/recovery.yaml')).flow!;
const lexicon = flowLexicon(flow);
const places = new PlaceIndex();
const read = (text: string, lang = 'en') => understand(text, lang, lexicon, places);
const timeOf = (text: string, lang = 'en') => {
  const u = read(text, lang);
  return { when: u.when, part: u.part };
};

describe('a time word is when to meet only when said of the texter or of meetings', () => {
  it.each([
    ['my ex is an alcoholic and has the kids this weekend', 'en'],
    ['my husband relapsed this weekend', 'en'],
    ['he was drunk all weekend', 'en'],
    ['i drank all weekend', 'en'],
    ['she gets off work at 6', 'en'],
    ['my son goes back to school monday', 'en'],
    ['he drinks every friday night', 'en'],
    ['tengo a los ninos este fin de semana', 'es'],
    ['mi esposo toma los fines de semana', 'es'],
    ['mi esposo estuvo borracho todo el fin de semana', 'es'],
    ['mi hijo regresa manana', 'es'],
  ])('"%s" names no time to meet', (text, lang) => {
    expect(timeOf(text, lang)).toEqual({ when: null, part: null });
  });

  it.each([
    ['AA meetings tonight near 79101', 'en', 'tonight', null],
    ['anything saturday morning', 'en', 'saturday', 'morning'],
    ['after work', 'en', null, 'evening'],
    ['after the kids go to bed', 'en', null, 'evening'],
    ['im off on weekends', 'en', 'weekend', null],
    ['im free this weekend', 'en', 'weekend', null],
    ['i can go saturday', 'en', 'saturday', null],
    ['this weekend', 'en', 'weekend', null],
    ['meetings for my wife tonight', 'en', 'tonight', null],
    ['my wife needs help tonight', 'en', 'tonight', null],
    ['i need help with drinking tonight', 'en', 'tonight', null],
    ['solo puedo los sabados', 'es', 'saturday', null],
    ['hay algo para mi esposo el sabado', 'es', 'saturday', null],
    ['quiero ir manana', 'es', 'tomorrow', null],
  ])('"%s" is a time to meet', (text, lang, when, part) => {
    expect(timeOf(text, lang)).toEqual({ when, part });
  });

  it("keeps the other slots of a text whose time is someone else's", () => {
    const u = read('my ex is an alcoholic and has the kids this weekend');
    expect([u.audience, u.concern]).toEqual(['family', 'alcohol']);
  });
});

describe('asking how to stop is the texter asking for themselves', () => {
  it.each([
    ['how do i stop', 'en', null],
    ['i need to stop', 'en', null],
    ['i want to quit', 'en', null],
    ['how do i quit drinking', 'en', 'alcohol'],
    ['how to stop drinking', 'en', 'alcohol'],
    ['como dejo de tomar', 'es', 'alcohol'],
    ['como le hago para dejar de tomar', 'es', 'alcohol'],
    ['necesito dejar de usar', 'es', 'drugs'],
  ])('"%s" is for the texter', (text, lang, concern) => {
    const u = read(text, lang);
    expect([u.audience, u.concern]).toEqual(['self', concern]);
  });

  it("is someone else's when they are named, or when something else is stopped", () => {
    expect(read('how do i stop him from drinking').audience).toBe('family');
    expect(read('how do i stop my son from drinking').audience).toBe('family');
    expect(read('i need to stop texting you').audience).toBeNull();
    expect(read('como hago que mi hijo deje de tomar', 'es').audience).toBe('family');
  });
});

describe('a time beside an urge to drink or use is a time to meet (the thirty-second session)', () => {
  it.each([
    ['i feel like im going to drink tonight, any meetings in odessa', 'tonight'],
    ['im going to drink tonight', 'tonight'],
    ['i feel like drinking tonight any meetings', 'tonight'],
  ])('%j asks for %s', (text, when) => {
    expect(readShipped(text).understood.when).toBe(when);
  });

  it.each(['i drank tonight', 'i drank all weekend', 'he is going to drink tonight'])(
    '%j is a use told, no time to meet',
    (text) => {
      expect(readShipped(text).understood.when).toBeNull();
    },
  );
});

describe('an urge told as past names no time to meet (the thirty-seventh probe)', () => {
  it.each([
    'i was about to drink on friday but called my sponsor',
    'i was going to drink tonight but im at a meeting',
    'i was feeling like drinking on friday',
  ])('%j', (text) => {
    expect(readShipped(text).understood.when).toBeNull();
  });

  it('an urge now still names its time', () => {
    expect(readShipped('i feel like im going to drink tonight').understood.when).toBe('tonight');
  });
});
