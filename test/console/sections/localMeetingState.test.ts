import { join } from 'node:path';
import { LocalMeetingError, meetingFromForm } from '../../../src/console/sections/directory/localMeetingForm';

/**
 * The report's problem 10: "Texas" typed in the state box was cut to "Te" and saved as state TE, a meeting no
 * search could place. The server now takes a full name or a real code, and refuses the rest in plain words.
 */
const BUNDLED = join(__dirname, '..', '..', '..', 'directory');
const form = {
  program: 'smart',
  name: 'Canyon Hope Group',
  days: [2, 4],
  time: '19:00',
  address: '1500 4th Ave',
  city: 'Canyon',
  postalCode: '79015',
};

describe('the state of a local meeting', () => {
  it.each([
    ['Texas', 'TX'],
    ['tx', 'TX'],
    [' TX ', 'TX'],
    ['new mexico', 'NM'],
  ])('saves %j as %s', async (state, code) => {
    const meeting = await meetingFromForm({ ...form, state }, 'canyon-hope-group', BUNDLED);
    expect(meeting.state).toBe(code);
  });

  it('takes a Canadian province by name', async () => {
    const meeting = await meetingFromForm(
      { ...form, address: '1 Front St', city: 'Belleville', state: 'Ontario', postalCode: 'K8N 2Y4' },
      'belleville',
      BUNDLED,
    );
    expect(meeting.state).toBe('ON');
  });

  it.each(['Te', 'TE', 'Tejas del Norte', 'XX'])(
    'refuses %j with a plain message naming the two ways',
    async (state) => {
      const refused = await meetingFromForm({ ...form, state }, 'canyon-hope-group', BUNDLED).catch((err) => err);
      expect(refused).toBeInstanceOf(LocalMeetingError);
      expect(refused.message).toBe(
        `"${state}" is not a US state or Canadian province: give its two-letter code (e.g. TX) or its full name (e.g. Texas)`,
      );
    },
  );
});
