import { readShipped } from '../support/shippedReading';

// What the twenty-ninth session's leftovers changed in the reading of one text (flows/tests/leftovers-twenty-ninth.yaml
// pins the conversations).

const read = readShipped;

describe('a day doubted, as a day ruled out', () => {
  it.each([
    ['i dont think i can go today', 'en'],
    ["i don't think i'll make it tonight", 'en'],
    ['im not sure i can make it tonight', 'en'],
    ['idk if i can go today', 'en'],
    ['i doubt i can go tonight', 'en'],
    ['not sure ill be able to go today', 'en'],
    ['i dont know if ill make it tonight', 'en'],
    ['creo que no puedo ir hoy', 'es'],
    ['no se si pueda ir hoy', 'es'],
    ['dudo que pueda ir hoy', 'es'],
  ])('"%s" is tomorrow on', (text, lang) => {
    expect(read(text, lang).understood.when).toBe('tomorrow');
  });

  it.each(['i think i can go today', 'no i can go today', 'can i go today', 'i dont know where to go today'])(
    '"%s" still asks for today',
    (text) => {
      expect(read(text).understood.when).toBe('today');
    },
  );
});

describe('an age said with a laugh', () => {
  it.each([
    ['im 45 lol', 'en', false],
    ['tengo 45 jaja', 'es', false],
    ['tengo 16 jeje', 'es', true],
  ] as const)('"%s" is said', (text, lang, teen) => {
    expect(read(text, lang).understood.teen).toBe(teen);
  });

  it('"tengo 2 hijos" is no age', () => {
    expect(read('tengo 2 hijos', 'es').understood.teen).toBeNull();
  });
});
