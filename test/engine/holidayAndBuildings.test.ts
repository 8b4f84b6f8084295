import { holidayDaysAway, holidayVars } from '../../src/engine/actions/holidayAsked';
import { hourMissedVars } from '../../src/engine/actions/hourMissed';
import { asksOfBuildings, buildingsAsked } from '../../src/engine/buildingAsked';
import type { Meeting } from '../../src/directory/types';

const CHICAGO = 'America/Chicago';
const monday = new Date('2026-12-07T09:00:00-06:00');

describe('holidays asked at a list', () => {
  it.each([
    ['christmas day', 18],
    ['on new years eve', 24],
    ['thanksgiving', daysTo(2027, 10, 25)],
    ['el dia de navidad', 18],
    ['christmas eve', 17],
    ['new years day', 25],
  ])('%j is %i days from Monday, December 7', (text, days) => {
    expect(holidayDaysAway(text, monday, CHICAGO)).toBe(days);
  });

  it('names the day within the week ahead, and none further off', () => {
    expect(holidayVars('christmas day', new Date('2026-12-21T09:00:00-06:00'), CHICAGO)).toEqual({
      when: 'friday',
      holiday: 'soon',
    });
    expect(holidayVars('christmas', new Date('2026-12-24T09:00:00-06:00'), CHICAGO)).toEqual({
      when: 'tomorrow',
      holiday: 'soon',
    });
    expect(holidayVars('christmas day', monday, CHICAGO)).toEqual({ when: '', holiday: 'later' });
    expect(holidayVars('any on saturday', monday, CHICAGO)).toBeUndefined();
  });
});

/** Days from December 7, 2026 to a date (month 0-based), for the fixed holidays of the next year. */
function daysTo(year: number, month: number, day: number): number {
  return Math.round((Date.UTC(year, month, day) - Date.UTC(2026, 11, 7)) / 86_400_000);
}

describe('an hour missed at a list', () => {
  it.each([
    ['i cant make noon', '12:00>'],
    ['cant make 7', '19:00>'],
    ['cant do mornings', '12:00+'],
    ['cant do afternoons', '17:00+'],
    ['i cant do nights', '17:00-'],
    ["can't do midnight", '23:59-'],
  ])('%j lists the meetings outside it (%s)', (text, clock) => {
    expect(hourMissedVars(text, {})).toEqual({ answer: 'refine', part: '', clock });
  });
});

const meeting = (name: string, location?: string): Meeting => ({
  id: name,
  programId: 'aa',
  name,
  day: 1,
  startMinute: 720,
  timezone: CHICAGO,
  modes: ['in_person'],
  tags: [],
  ...(location ? { location } : {}),
});

describe('buildings asked at a list', () => {
  const shown = [meeting('Clean Air'), meeting("Men's Open", 'Polk Street Methodist Church, Room #105')];

  it('names the meetings shown whose listing names such a building, by number', () => {
    expect(buildingsAsked('is there a meeting at a church', shown)).toBe("2 Men's Open: Polk Street Methodist Church");
    expect(buildingsAsked('hay una reunion en una iglesia', shown)).toBe("2 Men's Open: Polk Street Methodist Church");
  });

  it('says none when the listings name no such building', () => {
    expect(buildingsAsked('any at a hospital', shown)).toBe('');
  });

  it('reads no building question in other texts', () => {
    expect(asksOfBuildings('any meetings not at a church')).toBe(true);
    expect(asksOfBuildings('i hate church')).toBe(false);
    expect(buildingsAsked('2', shown)).toBeUndefined();
  });
});
