import { readShipped } from '../support/shippedReading';

/** What the thirty-third session's probe found, read by the understanding step with the shipped flow's words. */
const read = (text: string, lang = 'en') => readShipped(text, lang).understood;

describe('a program asked for someone close, with where between (audience.ts programForFamily)', () => {
  it.each([
    ['busco aa en lubbock para mi esposa', 'es'],
    ['busco aa en lubbock para mi esposo', 'es'],
    ['quiero aa cerca de lubbock para mi hijo', 'es'],
    ['busco aa para mi esposa', 'es'],
    ['need aa in lubbock for my wife', 'en'],
  ])('%j is for someone close', (text, lang) => {
    expect(read(text, lang).audience).toBe('family');
  });

  it.each([
    ['busco aa en lubbock para mi', 'es'],
    ['i need aa for myself and my brother', 'en'],
    ['busco aa en lubbock, para mi, mi esposa ya no me habla', 'es'],
  ])('%j is still the texter', (text, lang) => {
    expect(read(text, lang).audience).toBe('self');
  });
});

describe('an overdose of something that is no drug is no trouble (saidInPassing.ts)', () => {
  it.each([
    'the one i went to last week was a overdose of cheese lol',
    'that was an overdose of coffee',
    "i od'd on netflix this weekend",
    'overdose on love lol',
    'fue una sobredosis de queso jaja',
  ])('%j names no drugs', (text) => {
    expect(read(text, text.includes('queso') ? 'es' : 'en').concern).toBeNull();
  });

  it.each([
    'my son overdosed on heroin',
    'he overdosed on pills',
    'she overdosed on her meds',
    'an overdose of fentanyl killed my brother',
    'i overdosed last year and now im clean',
    'i just od on fent',
  ])('%j is still drugs', (text) => {
    expect(read(text).concern).toBe('drugs');
  });

  it('mi hijo tuvo una sobredosis de heroina is still drugs', () => {
    expect(read('mi hijo tuvo una sobredosis de heroina', 'es').concern).toBe('drugs');
  });
});

describe('phone asked after a page of links (the flow lexicon)', () => {
  it.each([
    'phone then',
    'ok what about phone then',
    'what about phone',
    'how about phone',
    'is there anything i can call',
    'phone instead',
  ])('%j is by phone', (text) => {
    expect(read(text).mode).toBe('phone');
  });

  it.each(['telefono entonces', 'y telefono?', 'por telefono entonces?'])('%j is by phone in Spanish', (text) => {
    expect(read(text, 'es').mode).toBe('phone');
  });

  it.each(['what about calling my sponsor', 'i can call my sponsor', 'what about online'])(
    '%j is not by phone',
    (text) => {
      expect(read(text).mode).not.toBe('phone');
    },
  );
});

describe('medicines for recovery named by brand in a Spanish text (the flow lexicon)', () => {
  it.each([
    'i get the sublocade shot cada mes, quiero un grupo online',
    'estoy en sublocade',
    'tomo subutex',
    'me dan brixadi',
    'estoy en suboxone',
  ])('%j is on medication', (text) => {
    expect(read(text, 'es').medication).toBe(true);
  });

  it('im on brixadi is on medication in English', () => {
    expect(read('im on brixadi').medication).toBe(true);
  });

  it.each(['tomo mucho', 'mi esposo usa pastillas'])('%j is no medication', (text) => {
    expect(read(text, 'es').medication).not.toBe(true);
  });
});

describe('"for her", "para ella" said whole are someone else (the flow lexicon)', () => {
  it.each([
    ['for her', 'en'],
    ['its for him', 'en'],
    ['for them', 'en'],
    ['para ella', 'es'],
    ['es para el', 'es'],
  ])('%j is for someone close', (text, lang) => {
    expect(read(text, lang).audience).toBe('family');
  });

  it.each([
    ['para el sabado', 'es'],
    ['stay with her', 'en'],
  ])('%j says nothing of whom', (text, lang) => {
    expect(read(text, lang).audience).toBeNull();
  });
});
