import { clockBoundIn } from '../../src/text/clockWords';
import { readShipped } from '../support/shippedReading';

/** What the thirty-fifth session's probe found, read by the understanding step with the shipped flow's words. */
const read = (text: string, lang = 'en') => readShipped(text, lang).understood;

describe('the cost asked inside another sentence (costOrTalkAsked.ts)', () => {
  it.each([
    ['first i want to know if its free', 'en'],
    ['i need to know if it costs money before i go', 'en'],
    ['its free right?', 'en'],
    ['free?', 'en'],
    ['free right?', 'en'],
    ['is there a cost', 'en'],
    ['any cost?', 'en'],
    ['how much', 'en'],
    ['do u charge', 'en'],
    ['whats the price', 'en'],
    ['primero quiero saber si es gratis', 'es'],
    ['tiene algun costo?', 'es'],
    ['gratis verdad?', 'es'],
  ])('%j asks it', (text, lang) => {
    expect(read(text, lang).intents).toContain('first_meeting');
  });

  it.each([
    'i want him sober at any cost',
    'let me know if youre free tonight',
    'can i go if they are free tonight',
    'is the narcan free',
    'whats the price of his drinking',
    'how much do you drink',
    'are you free right now?',
    'free right now?',
    'how much is too much',
  ])('%j does not', (text) => {
    expect(read(text).intents).not.toContain('first_meeting');
  });
});

describe('a boss or a teacher named only as the reason for writing (familyAsBystander.ts)', () => {
  it.each([
    ['my boss gets mad if im late, aa in lubbock', 'en'],
    ['my coworker gets mad when im late, aa lubbock', 'en'],
    ['my boss yells at me, aa in lubbock', 'en'],
    ['my manager is gonna fire me if i keep showing up hungover, aa lubbock', 'en'],
  ])('%j is the texter', (text, lang) => {
    expect(read(text, lang).audience).toBe('self');
  });

  it.each([
    'my boss is on my case, aa in lubbock',
    'my teacher is worried, na in lubbock',
    'my boss gets mad if im late',
  ])('%j is not someone close', (text) => {
    expect(read(text).audience).not.toBe('family');
  });

  it('Spanish: "mi jefe se enoja" is not someone close', () => {
    expect(read('mi jefe se enoja si llego tarde, aa en lubbock', 'es').audience).not.toBe('family');
  });

  it.each([
    'my boss drinks at work every day, al anon lubbock',
    'my coworker is using meth, what can i do, lubbock',
    'my boss is a drunk, al anon lubbock',
    'i need help for my boss, he drinks, lubbock',
    'my boss, he drinks on the job, al anon lubbock',
    'al anon for my boss in lubbock',
    'my boss gets drunk at lunch, lubbock',
    'my husband gets mad if im late, al anon in lubbock',
  ])('%j is still someone else', (text) => {
    expect(read(text).audience).toBe('family');
  });
});

describe('going to a meeting shown in a state asks whether one must be sober (soberToGo.ts GOING_AS)', () => {
  it.each([
    ['can i go to the first one drunk', 'en'],
    ['can i go to the 2nd one high', 'en'],
    ['can i go there high', 'en'],
    ['can i go to the meeting drunk', 'en'],
    ['puedo ir a la segunda borracho', 'es'],
  ])('%j asks it', (text, lang) => {
    expect(read(text, lang).intents).toContain('sober_to_go');
  });

  it.each(['can i go to the first one', 'can i go to the bar drunk', 'can i go to work high'])(
    '%j does not',
    (text) => {
      expect(read(text).intents).not.toContain('sober_to_go');
    },
  );
});

describe('a town at the end with no "in" (places.ts)', () => {
  it.each([
    ['any al anon groups near me abilene', 'en', 'Abilene'],
    ['al anon meeting around me abilene', 'en', 'Abilene'],
    ['is there aa close to me odessa', 'en', 'Odessa'],
    ['any al anon meetings near me asheville', 'en', 'Asheville'],
    ['aa meetings for women abilene', 'en', 'Abilene'],
    ['reuniones de aa esta noche laredo', 'es', 'Laredo'],
    ['juntas de na el sabado mcallen', 'es', 'McAllen'],
  ])('%j names the town', (text, lang, town) => {
    expect(read(text, lang).place?.town).toBe(town);
  });

  it.each(['aa near me please', 'na near me tonight', 'any meetings near me hope its close', 'i hate men abilene'])(
    '%j names none',
    (text) => {
      expect(read(text).place).toBeNull();
    },
  );
});

describe('Spanish street names answered alone at "¿Con que?" (flows/recovery.yaml)', () => {
  it.each(['foco', 'hielo', 'vidrio', 'meta', 'fenta'])('%j is drugs', (text) => {
    expect(read(text, 'es').concern).toBe('drugs');
  });

  it.each(['mi meta es dejar de tomar', 'se me fundio el foco', 'no tengo para la renta', 'casa en venta'])(
    '%j is no drug',
    (text) => {
      expect(read(text, 'es').concern).not.toBe('drugs');
    },
  );
});

describe('"too" said of someone close, then the texter in the next clause (sharedConcern.ts alsoAfter)', () => {
  it.each([
    'so my mom is on methadone and she drinks too, im 14, we live in cortland, is there a group for me',
    'my mom drinks too, im 14',
  ])('%j is the mom alone', (text) => {
    expect(read(text).audience).toBe('family');
  });

  it.each([
    'my husband drinks and so do i',
    'i drink and my wife too',
    'my wife drinks, me too',
    'my husband drinks a lot and i do too',
    'my wife uses meth. me too',
  ])('%j is still both', (text) => {
    expect(read(text).audience).toBe('self');
  });

  it('Spanish: "mi esposo toma y yo tambien" is still both', () => {
    expect(read('mi esposo toma y yo tambien', 'es').audience).toBe('self');
  });
});

describe('someone close named only as gone, beside a use said as the texter own (familyGone.ts)', () => {
  it.each([
    'hi, been using meth for 5 yrs, my kids got taken by cps, i want to get clean, framingham ma',
    'my wife left me, been drinking every day',
  ])('%j is the texter', (text) => {
    expect(read(text).audience).toBe('self');
  });

  it.each([
    'my wife left me because she drinks',
    'my husband is an alcoholic, been drinking for 20 yrs',
    'my son got out of jail, been using again',
    'my husband left for work drunk again',
    'my son left rehab early and is using again',
    'my son took my car and is out drinking',
    'my brother died of an overdose, now my sister uses',
    'my kids got taken by cps because my husband uses meth',
  ])('%j is still someone close', (text) => {
    expect(read(text).audience).toBe('family');
  });
});

describe('getting out of work at an hour is a time to meet after (clockWords.ts BOUND_EN)', () => {
  it.each(['getting out of work at 6', 'i get out at 6', 'she gets out of work at 6'])('%j is after 6', (text) => {
    expect(clockBoundIn(text)).toMatchObject({ hour: 6, bound: 'until' });
  });

  it('"my son got out at 6 yesterday" is no bound', () => {
    expect(clockBoundIn('my son got out at 6 yesterday from jail')?.bound).toBeUndefined();
  });
});
