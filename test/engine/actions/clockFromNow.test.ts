import { bareClockMinute, clockFromNow } from '../../../src/engine/actions/clockFromNow';

const at = (h: number, m = 0) => h * 60 + m;

/** A time said from the moment of the text, as the search's `when` and `clock`. */
describe('clockFromNow', () => {
  it('now is today from the quarter hour it is in', () => {
    expect(clockFromNow({ kind: 'now' }, at(9, 7))).toEqual({ when: 'today', clock: '09:00+' });
  });

  it('in 2 hours is from then, past midnight the next day', () => {
    expect(clockFromNow({ kind: 'in', minutes: 120 }, at(9, 7))).toEqual({ when: 'today', clock: '11:05+' });
    expect(clockFromNow({ kind: 'in', minutes: 120 }, at(23))).toEqual({ when: 'tomorrow', clock: '01:00+' });
  });

  it('later is after the latest meeting shown, else two hours on', () => {
    expect(clockFromNow({ kind: 'later' }, at(9), at(12))).toEqual({ clock: '12:00>' });
    expect(clockFromNow({ kind: 'later' }, at(9))).toEqual({ when: 'today', clock: '11:00+' });
  });

  it('after work is from 5pm, on the day kept', () => {
    expect(clockFromNow({ kind: 'after_work' }, at(9))).toEqual({ clock: '17:00+' });
  });
});

/** "730" without am or pm: the next 7:30 a meeting could start at. */
describe('bareClockMinute', () => {
  it('is the morning while it is ahead, the evening once it is past, tomorrow morning once both are', () => {
    expect(bareClockMinute({ hour: 7, minute: 30 }, at(6))).toBe(at(7, 30));
    expect(bareClockMinute({ hour: 7, minute: 30 }, at(9))).toBe(at(19, 30));
    expect(bareClockMinute({ hour: 7, minute: 30 }, at(22, 30))).toBe(at(7, 30));
  });

  it('never a small-hours meeting: 430 is 4:30pm', () => {
    expect(bareClockMinute({ hour: 4, minute: 30 }, at(1))).toBe(at(16, 30));
  });

  it('takes am, pm and the 24-hour clock as said; 1230 is half past noon', () => {
    expect(bareClockMinute({ hour: 7, minute: 30, half: 'am' }, at(9))).toBe(at(7, 30));
    expect(bareClockMinute({ hour: 19, minute: 30 }, at(6))).toBe(at(19, 30));
    expect(bareClockMinute({ hour: 12, minute: 30 }, at(9))).toBe(at(12, 30));
  });
});
