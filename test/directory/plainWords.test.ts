import { plainWords } from '../../src/directory/plainWords';

describe('plainWords', () => {
  it('drops accents and turns every other run into one separator, none at the ends', () => {
    expect(plainWords('  Saint-Jérôme, QC! ')).toBe('saint jerome qc');
    expect(plainWords('Young People', '_')).toBe('young_people');
    expect(plainWords('[Open] meeting?', '_')).toBe('open_meeting');
    expect(plainWords('Mañana por la mañana')).toBe('manana por la manana');
  });

  it('gives an empty string for text with no letters or digits', () => {
    expect(plainWords('')).toBe('');
    expect(plainWords(' -- ')).toBe('');
    expect(plainWords('🙏', '_')).toBe('');
  });
});
