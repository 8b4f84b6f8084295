import { readShipped } from '../support/shippedReading';

/**
 * A room asked for only by its nearness ("meeting near worcester") beside a way named ("on zoom"): the nearness says
 * where, the way how (wayToMeet.ts remoteBesideNearness; the thirty-first session's probe read it as in person).
 */
const modeOf = (text: string) => readShipped(text).understood.mode;

describe('a way named beside a room asked by its nearness', () => {
  it.each([
    ['al-anon meeting near worcester on zoom', 'online'],
    ['meetings near me online', 'online'],
    ['meeting near 79109 on zoom tonight', 'online'],
    ['closest na meeting by phone', 'phone'],
    ['meeting nearby by phone please', 'phone'],
    ['reunion cerca de mi en linea', 'online'],
    ['any na near me? online is fine too', 'any'],
  ])('%j is %s', (text, mode) => {
    expect(modeOf(text)).toBe(mode);
  });

  it.each([
    // A reason about a way is no way named: the room near stays.
    'need a meeting close by, zoom doesnt work for me',
    'closest meeting, i dont have zoom',
    'nearest aa, no internet',
    'nearest meeting, i dont have a car',
    // The way turned down, or a room asked in other words.
    'aa meeting near me not online',
    'closest meeting, in person, not zoom',
  ])('%j stays in person', (text) => {
    expect(modeOf(text)).toBe('in_person');
  });

  it('a room and a way offered together are still any way', () => {
    expect(modeOf('na meeting near me in person or online')).toBe('any');
  });
});
