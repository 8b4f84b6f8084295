import { join } from 'node:path';
import { PlaceIndex } from '../../src/directory/placeIndex';
import { parseFlowFile } from '../../src/flow/flowParser';
import { flowLexicon } from '../../src/understand/flowLexicon';
import { readMessage } from '../../src/understand/understand';
import { ageOfThem } from '../../src/understand/ageOfThem';
import { asksMeaning } from '../../src/understand/meaningAsked';
import { medicationWished, wereMeansWeAre } from '../../src/understand/medicationNotYet';
import { withoutSaidInPassing } from '../../src/understand/saidInPassing';
import { useOwnedBy } from '../../src/understand/whoseUse';

// The nineteenth session's second situations probe: "we're" on a medicine, an age said of someone close, whose
// drinking "my drinking" is, medicine wished for or for something else, a teacher's student, zoom lacked, "us" at the
// who question, a mother's first text, what a way means, street words, words said in passing, and urges told.

const root = join(__dirname, '../..');
const flow = parseFlowFile(join(root, 'flows/recovery.yaml')).flow!;
const lexicon = flowLexicon(flow);
const places = new PlaceIndex();
const read = (text: string, lang = 'en') => readMessage(text, lang, lexicon, places);
const said = (words: string[], clause = words.map(() => 0)) => ({ words, clause });
const hit = (slot: string, start: number, end = start + 1) => ({
  entry: { slot, value: 'x' },
  start,
  end,
  negated: false,
});

describe('"we\'re" texted as "were"', () => {
  it.each([
    ["my husband and i both use, we're on methadone, amarillo", 'husband'],
    ["my wife and i, we're both on subs", 'wife'],
  ])('"%s" is on medication now, shared with the %s', (text, relation) => {
    const r = read(text);
    expect(r.understood.medication).toBe(true);
    expect(r.understood.audience).toBe('self');
    expect(r.shared?.relation).toBe(relation);
  });

  it.each(['we were on methadone', 'my wife and i were both on subs'])('"%s" is the past', (text) => {
    expect(read(text).understood.medication).toBe(false);
  });

  it('reads "were" first in a clause or after "so" as "we\'re", after a subject as the past', () => {
    expect(wereMeansWeAre(said(['were', 'on', 'subs']), 0)).toBe(true);
    expect(wereMeansWeAre(said(['so', 'were', 'on', 'subs']), 1)).toBe(true);
    expect(wereMeansWeAre(said(['we', 'were', 'on', 'subs']), 1)).toBe(false);
    expect(wereMeansWeAre(said(['was', 'on', 'subs']), 0)).toBe(false);
  });
});

describe('an age said of someone else', () => {
  it.each([
    ['hes 16', 16],
    ["he's 16", 16],
    ['she is only 15', 15],
    ['theyre 17', 17],
    ['he just turned 17', 17],
    ['tiene 16 años', 16],
  ])('"%s" is their age, someone close', (text, age) => {
    const r = read(text, text.startsWith('tiene') ? 'es' : 'en');
    expect(r.understood.audience).toBe('family');
    expect(ageOfThem(text.replace("'", '').replace('ñ', 'n').split(' '))).toBe(age);
  });

  it.each(['hes 2 hours away', 'he is 5 days sober', 'she s 3 miles from here'])('"%s" is no age', (text) => {
    expect(ageOfThem(text.split(' '))).toBeUndefined();
  });
});

describe('whose drinking a possessive says', () => {
  it.each([
    ['my drinking hurts my family', 'self'],
    ['i got into a fight with my wife about my drinking', 'self'],
    ['my wife complains about my drinking', 'self'],
    ['my husband and i fight about his gambling', 'family'],
  ])('"%s" is for %s', (text, audience) => {
    const r = read(text);
    expect(r.understood.audience).toBe(audience);
    expect(r.shared).toBeUndefined();
  });

  it.each([
    ["i'm the wife of an alcoholic and i drink too", 'en'],
    ['soy hija de un alcoholico y yo tambien tomo', 'es'],
    ['im the daughter of an addict and i use too', 'en'],
  ])('"%s" is both of them', (text, lang) => {
    const r = read(text, lang);
    expect(r.understood.audience).toBe('self');
    expect(r.shared).toEqual({});
  });

  it('reads the word right before a use, past a word like "heavy"', () => {
    expect(useOwnedBy(said(['my', 'heavy', 'drinking']), hit('concern', 2))).toBe('self');
    expect(useOwnedBy(said(['su', 'adiccion']), hit('concern', 1))).toBe('family');
    expect(useOwnedBy(said(['the', 'drinking']), hit('concern', 1))).toBeUndefined();
  });
});

describe('medication none, wished for, or for something else', () => {
  it.each([
    ['i drink, i dont take anything for it, lubbock', 'en'],
    ['i use fent and i want to get on suboxone', 'en'],
    ['im on lexapro', 'en'],
    ['i take zoloft', 'en'],
    ['i need to start methadone', 'en'],
    ['tomo sertralina', 'es'],
    ['nothing for that', 'en'],
    ['quiero empezar suboxone', 'es'],
  ])('"%s" is no medication', (text, lang) => {
    expect(read(text, lang).understood.medication).toBe(false);
  });

  it.each([
    'i want to stay on suboxone',
    'i need to get off methadone',
    'im on suboxone',
    'looking for a suboxone doctor',
  ])('"%s" is on medication', (text) => {
    expect(read(text).understood.medication).toBe(true);
  });

  it("reads a wish only in the medicine's clause", () => {
    const w = said(['i', 'want', 'help', 'im', 'on', 'suboxone'], [0, 0, 0, 1, 1, 1]);
    expect(medicationWished(w, hit('medication', 5))).toBe(false);
  });
});

describe('a grown-up who works with young people', () => {
  it.each([
    ['im a teacher worried about a student who drinks', 'en'],
    ['im a school counselor, a student of mine is using', 'en'],
    ['soy maestra y una alumna toma mucho', 'es'],
  ])('"%s" is for the student, no teen', (text, lang) => {
    const u = read(text, lang).understood;
    expect(u.audience).toBe('family');
    expect(u.teen).toBe(false);
  });
});

describe('zoom lacked', () => {
  it.each([
    ['i dont have zoom', 'en'],
    ['i dont use zoom', 'en'],
    ['zoom doesnt work for me', 'en'],
    ['no tengo zoom', 'es'],
  ])('"%s" is no online choice, a phone meeting', (text, lang) => {
    expect(read(text, lang).understood.mode).toBe('phone');
  });

  it('"no zoom" and "i cant do zoom" are still a room, and "i want to use zoom" still online', () => {
    // "i cant do zoom" at the how question as phone ended on a page with no AA dial-in (the regression probe).
    expect(read('no zoom').understood.mode).toBe('in_person');
    expect(read('i cant do zoom').understood.mode).toBe('in_person');
    expect(read('i want to use zoom').understood.mode).toBe('online');
  });
});

describe('the two of them as an answer', () => {
  it.each([
    ['us', 'en'],
    ['for us', 'en'],
    ['nosotros', 'es'],
  ])('"%s" is the texter and someone close', (text, lang) => {
    const r = read(text, lang);
    expect(r.understood.audience).toBe('self');
    expect(r.shared).toEqual({});
  });

  it('"we live in amarillo" says nothing of whom', () => {
    expect(read('we live in amarillo').shared).toBeUndefined();
  });
});

describe('first texts that say who the texter is', () => {
  it('"Soy mamá de un joven de 18 que toma" is for her son, no young people\'s meetings', () => {
    const r = read('Soy mamá de un joven de 18 que toma', 'es');
    expect(r.understood.audience).toBe('family');
    expect(r.relation).not.toBe('mama');
    expect(r.understood.wants).not.toContain('young_people');
  });

  it('"Im 34, alcoholic, no meds" is the texter\'s own', () => {
    const u = read('Im 34, alcoholic, no meds, in person, 79101').understood;
    expect(u.audience).toBe('self');
    expect(u.concern).toBe('alcohol');
  });

  it('"im 15 and my dad drinks" stays the dad\'s', () => {
    expect(read('im 15 and my dad drinks').understood.audience).toBe('family');
  });
});

describe('asking what a way means', () => {
  it.each([
    'what do you mean by phone',
    'what does online mean',
    'whats online mean',
    'wdym any way',
    'que significa en linea',
  ])('"%s" chooses no way', (text) => {
    expect(asksMeaning(text)).toBe(true);
    expect(read(text, text.startsWith('que') ? 'es' : 'en').understood.mode).toBeNull();
  });

  it('"by phone" and "online please" still choose', () => {
    expect(asksMeaning('by phone')).toBe(false);
    expect(read('online please').understood.mode).toBe('online');
  });
});

describe('street words', () => {
  it.each(['bars', 'ice', 'tina', 'ket', 'gabapentin', 'lean', 'perc', 'my brother shoots up, im worried sick'])(
    '"%s" is drugs',
    (text) => {
      expect(read(text).understood.concern).toBe('drugs');
    },
  );

  it.each(['i like ice cream', 'we went to bars', 'my friend tina is here'])('"%s" is no drug', (text) => {
    expect(read(text).understood.concern).not.toBe('drugs');
  });
});

describe('words said in passing', () => {
  it('"anyway, i drink too much" is no way to meet', () => {
    expect(read('anyway, i drink too much').understood.mode).toBeNull();
    expect(read('anyway').understood.mode).toBe('any');
  });

  it('"jk about the pills" takes the pills back; "not kidding" does not', () => {
    expect(read('jk about the pills, im fine').understood.concern).toBeNull();
    expect(read('im not kidding about the pills').understood.concern).toBe('drugs');
  });

  it('a time told of something done is no time to meet', () => {
    expect(read("i od'd on netflix this weekend lol but seriously i drink too much").understood.when).toBeNull();
    expect(read('i need a meeting this weekend').understood.when).toBe('weekend');
  });

  it('leaves the hits alone when no word of passing is said', () => {
    const hits = [hit('when', 1)];
    expect(withoutSaidInPassing(said(['this', 'weekend']), hits)).toBe(hits);
  });
});

describe('an urge told by where the texter stands', () => {
  it.each([
    ['im at the liquor store right now', 'en'],
    ['i have a bottle in my hand and i want to drink it', 'en'],
    ['im parked outside the liquor store', 'en'],
    ['sitting in the liquor store parking lot', 'en'],
    ['im at the bar rn', 'en'],
    ['estoy en la licoreria', 'es'],
    ['tengo una botella en la mano', 'es'],
  ])('"%s" is a craving', (text, lang) => {
    expect(read(text, lang).understood.intents).toContain('craving');
  });

  it.each(['i work at a liquor store', 'i want to drink less'])('"%s" is no craving', (text) => {
    expect(read(text).understood.intents).not.toContain('craving');
  });
});
