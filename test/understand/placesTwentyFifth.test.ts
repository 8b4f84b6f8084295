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
