import { clockTimeIn, isAtClock, minuteOfClock, partOfClock } from '../../src/text/clockWords';

describe('clockTimeIn', () => {
  it('reads a time pointed at in English and Spanish, with am or pm when said', () => {
    expect(clockTimeIn('the 8pm one')).toEqual({ hour: 8, half: 'pm' });
    expect(clockTimeIn('the one at 7:30')).toEqual({ hour: 7, minute: 30 });
    expect(clockTimeIn("the 8 o'clock")).toEqual({ hour: 8 });
    expect(clockTimeIn('la de las 8')).toEqual({ hour: 8 });
    expect(clockTimeIn('a las siete y media de la noche')).toEqual({ hour: 7, minute: 30, half: 'pm' });
    expect(clockTimeIn('la de la una')).toEqual({ hour: 1 });
  });

  it('leaves numbers that are no time alone: a pick from the list, a ZIP, a street number', () => {
    expect(clockTimeIn('2')).toBeUndefined();
    expect(clockTimeIn('la 1')).toBeUndefined();
    expect(clockTimeIn('el 2')).toBeUndefined();
    expect(clockTimeIn('79101')).toBeUndefined();
    expect(clockTimeIn('the one at 3512 moss lane')).toBeUndefined();
    expect(clockTimeIn('the 2nd one')).toBeUndefined();
    expect(clockTimeIn('at 45')).toBeUndefined();
  });
});

describe('isAtClock and partOfClock', () => {
  it('matches a start on the 12-hour clock, and am or pm only when said', () => {
    expect(isAtClock({ hour: 8 }, 20 * 60)).toBe(true);
    expect(isAtClock({ hour: 8 }, 8 * 60)).toBe(true);
    expect(isAtClock({ hour: 8, half: 'am' }, 20 * 60)).toBe(false);
    expect(isAtClock({ hour: 7, minute: 30 }, 19 * 60)).toBe(false);
    expect(isAtClock({ hour: 12, half: 'pm' }, 12 * 60)).toBe(true);
  });

  it('puts an hour without am or pm where meetings are: 1 to 4 in the afternoon, 5 to 11 in the evening', () => {
    expect(partOfClock({ hour: 7 })).toBe('evening');
    expect(partOfClock({ hour: 2 })).toBe('afternoon');
    expect(partOfClock({ hour: 7, half: 'am' })).toBe('morning');
    expect(partOfClock({ hour: 19 })).toBe('evening');
  });
});

describe('minuteOfClock', () => {
  it('reads an hour without am or pm as the afternoon or evening, when meetings are, and 12 as noon', () => {
    expect(minuteOfClock({ hour: 7 })).toBe(19 * 60);
    expect(minuteOfClock({ hour: 7, minute: 30 })).toBe(19 * 60 + 30);
    expect(minuteOfClock({ hour: 12 })).toBe(12 * 60);
    expect(minuteOfClock({ hour: 19 })).toBe(19 * 60);
  });

  it('keeps am and pm as said, 12am being midnight', () => {
    expect(minuteOfClock({ hour: 7, half: 'am' })).toBe(7 * 60);
    expect(minuteOfClock({ hour: 12, half: 'am' })).toBe(0);
    expect(minuteOfClock({ hour: 12, half: 'pm' })).toBe(12 * 60);
    expect(minuteOfClock({ hour: 8, half: 'pm' })).toBe(20 * 60);
  });
});
