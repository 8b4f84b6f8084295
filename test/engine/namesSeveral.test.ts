import { namesSeveral } from '../../src/engine/understoodSummary';

describe('a family word said back for several people (namesSeveral)', () => {
  it.each(['hijos', 'sons', 'parents', 'papas', 'hermanas', 'mama y papa', 'mom and dad'])('%j names several', (w) => {
    expect(namesSeveral(w)).toBe(true);
  });

  it.each(['hijo', 'son', 'husband', 'boss', 'esposa', 'best friend'])('%j names one', (w) => {
    expect(namesSeveral(w)).toBe(false);
  });
});
