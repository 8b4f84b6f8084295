import { readShipped } from '../support/shippedReading';

const read = (text: string, lang = 'en') => readShipped(text, lang);

describe('a texter who says they are a parent asks for their child (texterAParent)', () => {
  it.each([
    ['I need help as a parent', 'en'],
    ['as a mom i need support', 'en'],
    ['im a worried dad', 'en'],
    ['necesito ayuda como madre', 'es'],
  ])('%s is for their child', (text, lang) => {
    const reading = read(text, lang);
    expect(reading.understood.audience).toBe('family');
    expect(reading.relation).toBe('child');
  });

  it.each([
    ['my teenage son is using weed. I need help as a parent', 'son'],
    ['my mom drinks', 'mom'],
    ['my teen daughter vapes', 'daughter'],
  ])('%s names whom: %s', (text, relation) => {
    expect(read(text).relation).toBe(relation);
  });

  it('keeps "single mom addicted to pills" the texter\'s own', () => {
    expect(read('single mom addicted to pills').understood.audience).toBe('self');
  });
});
