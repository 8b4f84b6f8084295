import { dateSaid } from '../../src/understand/dateSaid';
import { dayOfDate } from '../../src/engine/dateAsDay';
import { plainLower, wordsOfPlain } from '../../src/text/textWords';

const read = (text: string) => dateSaid(plainLower(text), wordsOfPlain(plainLower(text)));

/** A Wednesday evening in Amarillo, as the flow tests use. */
const wednesday = new Date('2026-12-02T19:00:00-06:00');
const zone = 'America/Chicago';

describe('a date said as when to go', () => {
  it.each([
    ['dec 10', { month: 12, day: 10 }],
    ['December 10th', { month: 12, day: 10 }],
    ['12/10', { month: 12, day: 10 }],
    ['can i go 1/5/27', { month: 1, day: 5 }],
    ['10 de diciembre', { month: 12, day: 10 }],
    ['the 22nd of jan', { month: 1, day: 22 }],
    ['on the 10th', { day: 10 }],
    ['el dia 10', { day: 10 }],
    ['ok one more thing, is there one on christmas day', { month: 12, day: 25 }],
    ['any on xmas?', { month: 12, day: 25 }],
    ['hay juntas en navidad?', { month: 12, day: 25 }],
    ['Christmas', { month: 12, day: 25 }],
    ['christmas eve', { month: 12, day: 24 }],
    ['nochebuena', { month: 12, day: 24 }],
    ["what about new year's eve", { month: 12, day: 31 }],
    ['new years day', { month: 1, day: 1 }],
    ['el dia de año nuevo', { month: 1, day: 1 }],
    ['4th of july', { month: 7, day: 4 }],
  ])('%j is read', (text, date) => {
    expect(read(text)).toEqual(date);
  });

  it.each([
    'the 2nd one',
    'dec 7pm',
    'may i go tonight',
    '7-8pm',
    '3',
    '13/40',
    'feb 30',
    'el 2',
    'christmas is hard for me',
    'i drank all through christmas',
    'going to a christmas party, scared ill drink',
    'feliz navidad',
  ])('%j is no date', (text) => {
    expect(read(text)).toBeUndefined();
  });
});

describe('the day a date falls on', () => {
  it('is today or tomorrow when it is', () => {
    expect(dayOfDate({ month: 12, day: 2 }, wednesday, zone)).toBe('today');
    expect(dayOfDate({ month: 12, day: 3 }, wednesday, zone)).toBe('tomorrow');
  });

  it('is the day of the week further ahead', () => {
    expect(dayOfDate({ month: 12, day: 10 }, wednesday, zone)).toBe('thursday');
    expect(dayOfDate({ day: 10 }, wednesday, zone)).toBe('thursday');
  });

  it('is next year for a month and day passed, and next month for a day alone passed', () => {
    // December 1, 2027 is a Wednesday; January 1, 2027 a Friday.
    expect(dayOfDate({ month: 12, day: 1 }, wednesday, zone)).toBe('wednesday');
    expect(dayOfDate({ day: 1 }, wednesday, zone)).toBe('friday');
  });

  it('counts the days where the texter is: late evening in Chicago is already the next day in UTC', () => {
    const late = new Date('2026-12-02T23:30:00-06:00');
    expect(dayOfDate({ month: 12, day: 3 }, late, zone)).toBe('tomorrow');
    expect(dayOfDate({ month: 12, day: 3 }, late, 'UTC')).toBe('today');
  });

  it('is no day for a date no month holds', () => {
    expect(dayOfDate({ day: 31 }, new Date('2026-11-15T12:00:00Z'), zone)).toBe('thursday');
    expect(dayOfDate({ month: 11, day: 31 }, wednesday, zone)).toBeUndefined();
  });
});
