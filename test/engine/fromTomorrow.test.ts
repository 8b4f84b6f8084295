import { FROM_TOMORROW } from '../../src/engine/actions/searchWindow';
import { startFits } from '../../src/directory/windowStart';

/**
 * What is left after a time nothing meets past reaches a week on (the thirty-sixth probe: on a Monday, where groups
 * met only on Mondays, "na late nite geneva ny" said no group met within 100 mi).
 */
describe('FROM_TOMORROW', () => {
  const monday = 1;
  const now = 16 * 60 + 30;
  it("takes this weekday's earlier meeting next week", () => {
    // Monday 10:15am seen at Monday 4:30pm starts in 6 days and 17 h 45 min.
    const delta = 6 * 1440 + (24 * 60 - now) + 10 * 60 + 15;
    expect(startFits(FROM_TOMORROW, monday, 10 * 60 + 15, now, delta)).toBe(true);
  });

  it("leaves out tonight's meetings", () => {
    expect(startFits(FROM_TOMORROW, monday, 19 * 60, now, 150)).toBe(false);
  });

  it("takes tomorrow's", () => {
    expect(startFits(FROM_TOMORROW, 2, 9 * 60, now, 24 * 60 - now + 9 * 60)).toBe(true);
  });
});
