import { readShipped } from '../support/shippedReading';

// Places the twenty-fifth session's probe lost (/tmp/findings/probe25.md, M7 and M8).

const read = readShipped;

describe("a town's own name said after a sentence, though a typo's distance from a state's (M8)", () => {
  it.each([
    ['i drink too much. missoula', 'Missoula', 'MT'],
    ['i take suboxone, missoula', 'Missoula', 'MT'],
    ['i drink too much missoula', 'Missoula', 'MT'],
    ['i drink a lot, missoula', 'Missoula', 'MT'],
    ['my husband drinks every day missoula', 'Missoula', 'MT'],
    ['hi missoula', 'Missoula', 'MT'],
    ['me. pills. coronado', 'Coronado', 'CA'],
  ])('"%s" is %s, %s', (text, town, state) => {
    expect(read(text).understood.place).toMatchObject({ town, state });
  });

  it.each([
    // How much the texter drinks is no town, and a state misspelt alone is still no town.
    'i drink too much',
    'my husband drinks too much again',
    'i gamble too much money',
    'alcohol, misouri',
    'me. alcohol. kansas',
  ])('"%s" names no town', (text) => {
    expect(read(text).understood.place?.town ?? null).toBeNull();
  });
});

describe('a town, then its state misspelt or shortened the old way (M7)', () => {
  it.each([
    ['we live in medford oregan', 'Medford', 'OR'],
    ['aa in hattiesburg miss tonight', 'Hattiesburg', 'MS'],
    ['biloxi miss tomorrow night', 'Biloxi', 'MS'],
    ['my son uses meth, topeka kansa', 'Topeka', 'KS'],
    ['need al-anon near pocatello idaoh', 'Pocatello', 'ID'],
    ['na meeting bismarck n dak', 'Bismarck', 'ND'],
    ['morgantown wva please', 'Morgantown', 'WV'],
    ['eugene ore in person', 'Eugene', 'OR'],
    ['i drink too much, bangor main', 'Bangor', 'ME'],
  ])('"%s" is %s, %s', (text, town, state) => {
    expect(read(text).understood.place).toMatchObject({ town, state });
  });

  it.each([
    // The everyday word with more said after it, and a street named as a state is shortened.
    ['houston miss you', null],
    ['i live in portland main st', null],
  ])('"%s" takes no state from the word', (text, state) => {
    expect(read(text).understood.place?.state ?? null).toBe(state);
  });

  it.each(['i miss my son, he drinks', 'im ill', 'i wash dishes at night'])('"%s" names no place', (text) => {
    expect(read(text).understood.place).toBeNull();
  });
});
