import { asksFamilyGroups } from '../../src/engine/familyGroupsAsked';
import type { Learned } from '../../src/engine/learnFromText';

const theirs = { audience: 'family', relation: 'daughter', concern: 'alcohol', for_them: true };
const nothing: Learned = { vars: {}, filled: [], inferred: [] };

describe('the family groups asked at the groups of someone who wants help themselves', () => {
  it('is "what about for me", read as support for the texter', () => {
    expect(asksFamilyGroups(theirs, { ...nothing, asFamily: true }, 'what about for me')).toBe(true);
  });

  it.each([
    'is there something for her too',
    'anything for my wife also',
    'y algo para mi esposa tambien',
    'is there a group for parents',
    'anything for us parents',
    'algo para los papas?',
  ])('is "%s"', (text) => {
    expect(asksFamilyGroups(theirs, nothing, text)).toBe(true);
  });

  it.each(['any on saturday', 'what time', 'is it for her'])('is not "%s"', (text) => {
    expect(asksFamilyGroups(theirs, nothing, text)).toBe(false);
  });

  it('is not asked where no one wants help themselves', () => {
    expect(asksFamilyGroups({ ...theirs, for_them: '' }, nothing, 'is there something for her too')).toBe(false);
  });

  it('is not asked with a day told beside it', () => {
    const day: Learned = { vars: { when: 'saturday' }, filled: ['when'], inferred: [] };
    expect(asksFamilyGroups(theirs, day, 'anything for us parents on saturday')).toBe(false);
  });
});
