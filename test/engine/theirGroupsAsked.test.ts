import { asksTheirGroups } from '../../src/engine/theirGroupsAsked';
import type { Learned } from '../../src/engine/learnFromText';

/** The groups of the one the help is about, asked at the family's own list (theirGroupsAsked.ts). */
const son = { audience: 'family', relation: 'son' };
const nothing: Learned = { vars: {}, filled: [], inferred: [] };
const whom: Learned = { vars: { audience: 'family', relation: 'son' }, filled: ['audience', 'relation'], inferred: [] };

describe('asksTheirGroups', () => {
  it.each([
    'what about for him',
    'is there something for him',
    'any meetings for him?',
    'and for my son?',
    'y para el?',
    'anything for him too',
    'is there something for him to go to',
    'y para el tambien',
  ])('%j asks for his groups', (text) => {
    expect(asksTheirGroups(son, nothing, text)).toBe(true);
  });

  it('names him as the family word said before', () => {
    expect(asksTheirGroups(son, whom, 'what about for my son')).toBe(true);
  });

  it.each([
    // Someone else, the texter, or no question.
    'what about for my daughter',
    'what about for me',
    'y para mi?',
    'i worry for him',
    'im doing this for him',
    // A sentence about him, or 'el' an article (probe 34).
    'for him i would do anything, but im tired',
    'what i do for him is never enough',
    'para el es muy dificil',
    'hay algo para el centro?',
  ])('%j does not', (text) => {
    expect(asksTheirGroups(son, nothing, text)).toBe(false);
  });

  it('not "him" after a wife, nor "her" after a son (someone else, read as usual: probe 34)', () => {
    const wife = { audience: 'family', relation: 'wife' };
    expect(asksTheirGroups(wife, nothing, 'is there anything for him to go to')).toBe(false);
    expect(asksTheirGroups(son, nothing, 'what about for her')).toBe(false);
    expect(asksTheirGroups(wife, nothing, 'what about for her')).toBe(true);
    expect(asksTheirGroups(wife, nothing, 'y para ella?')).toBe(true);
    expect(asksTheirGroups({ audience: 'family', relation: 'friend' }, nothing, 'what about for him')).toBe(true);
  });

  it('not when his own groups were searched already, nor for the texter', () => {
    expect(asksTheirGroups({ ...son, for_them: true }, nothing, 'what about for him')).toBe(false);
    expect(asksTheirGroups({ audience: 'self' }, nothing, 'what about for him')).toBe(false);
  });

  it('not when the text tells more than whom (a day searches as usual)', () => {
    const day: Learned = { vars: { when: 'saturday' }, filled: ['when'], inferred: [] };
    expect(asksTheirGroups(son, day, 'what about for him on saturday')).toBe(false);
  });
});
