import { asksForMeetings, meetingsToldByAnother, turnsMeetingsDown } from '../../src/text/meetingsAsked';

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

describe('meetingsToldByAnother', () => {
  it.each([
    'im going to kill myself. my sponsor says i need a meeting',
    'my mom keeps saying i need a meeting',
    'he hit me again tonight, my therapist thinks i need a group',
    'mi esposo me pega, mi mama dice que necesito un grupo',
    'she told me i need a group',
  ])("%j is another's word", (text) => {
    expect(meetingsToldByAnother(text)).toBe(true);
  });

  it.each([
    'i need a group for me as his mom',
    'i think i need a meeting, i want to die',
    'i told her i need a group',
    'my sponsor says i need a meeting and i want a group tonight',
    'i want to die',
    'yo creo que necesito un grupo',
  ])('%j is not', (text) => {
    expect(meetingsToldByAnother(text)).toBe(false);
  });
});
