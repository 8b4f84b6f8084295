import { searchWindow } from '../../../src/engine/actions/searchWindow';

const CHICAGO = 'America/Chicago';

describe('searchWindow', () => {
  it('takes this weekend as what is left of it on a Sunday evening, and the coming one on a weekday', () => {
    const sundayNight = new Date('2026-12-06T21:00:00-06:00');
    expect(searchWindow('weekend', undefined, sundayNight, CHICAGO)).toEqual({ weekdays: [0, 6], dayOffsets: [0] });
    const wednesday = new Date('2026-12-02T19:00:00-06:00');
    expect(searchWindow('weekend', undefined, wednesday, CHICAGO)).toEqual({ weekdays: [0, 6], dayOffsets: [3, 4] });
    const saturday = new Date('2026-12-05T10:00:00-06:00');
    expect(searchWindow('weekend', undefined, saturday, CHICAGO)?.dayOffsets).toEqual([0, 1]);
  });

  it('keeps the weekend as its days alone where the texter is not known', () => {
    expect(searchWindow('weekend', undefined, new Date(), undefined)).toEqual({ weekdays: [0, 6] });
  });

  it('takes weekday as Monday to Friday whatever the day, with no days counted from today', () => {
    const saturday = new Date('2026-12-05T10:00:00-06:00');
    expect(searchWindow('weekday', undefined, saturday, CHICAGO)).toEqual({ weekdays: [1, 2, 3, 4, 5] });
    const wednesday = new Date('2026-12-02T19:00:00-06:00');
    expect(searchWindow('weekday', 'morning', wednesday, undefined)).toEqual({
      weekdays: [1, 2, 3, 4, 5],
      fromMinute: 5 * 60,
      toMinute: 12 * 60 - 1,
    });
  });

  it('reads the day after tomorrow and next week, with a part of the day', () => {
    const now = new Date('2026-12-02T19:00:00-06:00');
    expect(searchWindow('day_after_tomorrow', 'evening', now, CHICAGO)).toEqual({
      dayOffsets: [2],
      fromMinute: 17 * 60,
      toMinute: 24 * 60 - 1,
    });
    expect(searchWindow('next_week', undefined, now, CHICAGO)).toEqual({ dayOffsets: [1, 2, 3, 4, 5, 6] });
    // "another day" at a list: the same days, said back as "from tomorrow".
    expect(searchWindow('not_today', 'evening', now, CHICAGO)).toEqual(
      searchWindow('next_week', 'evening', now, CHICAGO),
    );
    expect(searchWindow('not_today', undefined, now, CHICAGO)).toEqual({ dayOffsets: [1, 2, 3, 4, 5, 6] });
    expect(searchWindow('saturday', undefined, now, CHICAGO)).toEqual({ weekdays: [6] });
  });
});
