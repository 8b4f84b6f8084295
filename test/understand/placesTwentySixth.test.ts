import { PlaceIndex } from '../../src/directory/placeIndex';
import { nearTownAmongAnswers } from '../../src/understand/places';
import { readShipped } from '../support/shippedReading';

// Places the twenty-sixth session's probe lost or misread (/tmp/findings/probe26.md, H1, M1, M2). The engine picks
// the state of a town read without one (homeStateTown.ts; flows/tests/places-twenty-sixth.yaml).

const read = readShipped;
const placeOf = (text: string) => read(text).understood.place;

describe('"me" after a town is the texter, not Maine, where the town is found elsewhere too (H1)', () => {
  it.each([
    ['aa springfield, me, no meds, in person', 'Springfield'],
    ['lebanon, me, drinking', 'Lebanon'],
    ['NA in bath me', 'Bath'],
    ['portland, me, pills', 'Portland'],
    ['meetings in portland me tonight', 'Portland'],
  ])('%j is %s, its state left to the number', (text, town) => {
    expect(placeOf(text)).toMatchObject({ town, state: null });
    expect(read(text).understood.audience ?? 'self').toBe('self');
  });

  it.each([
    // In capitals it is the state; a town found in Maine alone is Maine's.
    ['Portland, ME', 'Portland', 'ME'],
    ['bath ME', 'Bath', 'ME'],
  ])('%j is %s, %s', (text, town, state) => {
    expect(placeOf(text)).toMatchObject({ town, state });
  });
});

describe('a town first in a terse text, then whom it is for (H1)', () => {
  it.each([
    ['dayton me alcohol', 'Dayton'],
    ['springfield for me, alcohol', 'Springfield'],
    ['watertown me na no meds', 'Watertown'],
    ['drinking, tulsa for me, in person', 'Tulsa'],
  ])('%j is %s, said bare', (text, town) => {
    const r = read(text);
    expect(r.understood.place).toMatchObject({ town });
    expect(r.townAlone).toBe(true);
  });

  it.each(['reading me alcohol', 'hope me alcohol', 'me alcohol'])('%j names no town', (text) => {
    expect(placeOf(text)).toBeNull();
  });
});

describe('"na" right after the town read is NA (M1)', () => {
  it.each(['odessa na', 'clean 2 years, odessa, na', 'watertown me na no meds', 'lubbock na no meds'])(
    '%j asks for NA',
    (text) => {
      expect(read(text).understood.programs).toContain('na');
    },
  );

  it.each(['na', 'na im good', 'na thanks, lubbock'])('%j asks for no NA', (text) => {
    expect(read(text).understood.programs).not.toContain('na');
  });
});

describe('a town after time sober, or opening a part of a list (M1)', () => {
  it.each([
    ['im 7 days sober, lubbock aa, no meds, in person', 'Lubbock'],
    ['sober lubbock aa', 'Lubbock'],
    ['2 weeks sober, midland aa tonight', 'Midland'],
  ])('%j is %s', (text, town) => {
    expect(placeOf(text)).toMatchObject({ town });
  });
});

describe('typos and accents (M2)', () => {
  it.each([
    ['vivo en hobs nuevo mexico', 'Hobbs', 'NM'],
    ['hobs nm', 'Hobbs', 'NM'],
    ['cañon city co, me, alcohol, no meds, in person', 'Canon City', 'CO'],
    ['canon city co me alcohol', 'Canon City', 'CO'],
    ['harlan co ky', 'Harlan County', 'KY'],
  ])('%j is %s, %s', (text, town, state) => {
    expect(placeOf(text)).toMatchObject({ town, state });
  });
});

describe('nearTownAmongAnswers', () => {
  const places = new PlaceIndex();
  const never = () => false;

  it('reads a near spelling given as one answer of a list', () => {
    expect(nearTownAmongAnswers('sober, odesa, evenings', places, never)).toMatchObject({ town: 'Odessa' });
  });

  it('reads no town from one part, a town spelled out, a short word, or a state', () => {
    expect(nearTownAmongAnswers('odesa', places, never)).toBeNull();
    expect(nearTownAmongAnswers('Thanks, Paris', places, never)).toBeNull();
    expect(nearTownAmongAnswers('me, hob', places, never)).toBeNull();
    expect(nearTownAmongAnswers('me, texas', places, never)).toBeNull();
  });
});
