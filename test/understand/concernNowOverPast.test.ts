import { readShipped } from '../support/shippedReading';

// The thirty-second session's held-out texts: a concern said as now, beside one said as past, is the concern
// (concerns.ts, nowOverPast); both said as now are several ("unsure", each kept).

const concernOf = (text: string) => readShipped(text).understood.concern;

describe('what is now, over what was', () => {
  it.each([
    ['i used to drink but now its cocaine', 'drugs'],
    ['i used to drink, now pills', 'drugs'],
    ['i used to do meth and now i drink', 'alcohol'],
    ['i used to drink', 'alcohol'],
  ])('%j is about %s', (text, concern) => {
    expect(concernOf(text)).toBe(concern);
  });

  it.each(['i drink and now im using pills too', 'alcohol and weed', 'now its pills and drinking'])(
    '%j is still several',
    (text) => {
      expect(concernOf(text)).toBe('unsure');
    },
  );
});

describe('everything said after "now" is now (the thirty-seventh probe)', () => {
  it('both said after now are several', () => {
    expect(concernOf('i used to drink and now i drink and use meth')).toBe('unsure');
  });

  it.each([
    ['right now im drinking, i used to smoke crack', 'alcohol'],
    ['lately its been pills, i used to drink', 'drugs'],
    ['now i drink wine, i used to drink beer and smoke weed', 'alcohol'],
  ])('%j is about %s', (text, concern) => {
    expect(concernOf(text)).toBe(concern);
  });
});
