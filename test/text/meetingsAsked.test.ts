import { asksForMeetings, turnsMeetingsDown } from '../../src/text/meetingsAsked';

describe('asksForMeetings', () => {
  it.each([
    'are there meetings in littlefield',
    'is there an na meeting in warsaw ny',
    'hay juntas en mccamey?',
    'any groups tonight',
    'no, is there a meeting near me',
    'necesito una reunion',
    'mtg in amarillo?',
  ])('%j asks after meetings', (text) => {
    expect(asksForMeetings(text)).toBe(true);
  });

  it.each([
    'i dont want a meeting',
    'i cant go to meetings right now',
    'no quiero ir a una reunion',
    'never been to a meeting',
    'im fine',
    'ok',
    'what about al-anon near stoughton',
  ])('%j does not', (text) => {
    expect(asksForMeetings(text)).toBe(false);
  });
});

describe('turnsMeetingsDown', () => {
  it.each(['i dont want a meeting right now', 'no quiero ir a una reunion', 'i cant go to meetings today'])(
    '%j turns meetings down',
    (text) => {
      expect(turnsMeetingsDown(text)).toBe(true);
    },
  );

  it.each(['are there meetings tonight', 'no, is there a meeting near me', 'today', 'im fine'])(
    '%j does not',
    (text) => {
      expect(turnsMeetingsDown(text)).toBe(false);
    },
  );
});
