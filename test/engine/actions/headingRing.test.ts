import { headingRing } from '../../../src/engine/actions/headingRing';
import type { MeetingMatch } from '../../../src/directory/types';

/** A listed match at `miles` (undefined: online or by phone). */
const at = (miles?: number) => ({ ...(miles !== undefined ? { distanceMiles: miles } : {}) }) as MeetingMatch;

/** The ring a results heading names: the one the meetings listed fall in (the texting probe of 2026-12-06). */
describe('headingRing', () => {
  it('names the smallest standard ring the listed meetings all fall in, not the ring searched', () => {
    expect(headingRing(100, [at(2), at(2), at(2.4)])).toBe(10);
    expect(headingRing(100, [at(2), at(12)])).toBe(25);
    expect(headingRing(50, [at(30), at(49.9)])).toBe(50);
  });

  it('keeps a limit the texter said, and a page with no meeting in person', () => {
    expect(headingRing(5, [at(1)])).toBe(5);
    expect(headingRing(100, [at(), at()])).toBe(100);
    expect(headingRing(undefined, [at(1)])).toBeUndefined();
  });
});
