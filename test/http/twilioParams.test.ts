import { homeZoneOf } from '../../src/directory/stateZones';
import { MissingSenderError, parseTwilioParams } from '../../src/http/twilioParams';

const SECRET = 'test-phone-hash-secret-0123456789abcdef';
const at = new Date('2026-12-02T19:00:00-06:00');

describe('parseTwilioParams', () => {
  it('keeps the time zone of the state the number is from, and never the number', () => {
    const message = parseTwilioParams({ From: '+12145550100', Body: 'hi', FromState: 'TX' }, SECRET, at);
    expect(message.homeZone).toBe('America/Chicago');
    expect(message.homeState).toBe('TX');
    expect(JSON.stringify(message)).not.toContain('2145550100');
  });

  it.each([
    ['ca', 'America/Los_Angeles'],
    [' AZ ', 'America/Phoenix'],
    ['PR', 'America/Puerto_Rico'],
    ['ON', 'America/Toronto'],
    ['bc', 'America/Vancouver'],
    ['SK', 'America/Regina'],
  ])('reads FromState %j as %s', (state, zone) => {
    expect(parseTwilioParams({ From: '+15550000000', FromState: state }, SECRET, at).homeZone).toBe(zone);
  });

  it.each([undefined, '', 'Ontario', 'Texas', 'XX', '__proto__', 'constructor', 'TX<script>'])(
    'keeps no zone for FromState %j (a name, a missing or forged value)',
    (state) => {
      const params = state === undefined ? { From: '+15550000000' } : { From: '+15550000000', FromState: state };
      expect(parseTwilioParams(params, SECRET, at)).not.toHaveProperty('homeZone');
      expect(parseTwilioParams(params, SECRET, at)).not.toHaveProperty('homeState');
    },
  );

  it('still refuses a request without From', () => {
    expect(() => parseTwilioParams({ FromState: 'TX' }, SECRET, at)).toThrow(MissingSenderError);
  });
});

describe('homeZoneOf', () => {
  it('gives every state a zone the runtime knows', () => {
    for (const state of ['AL', 'AK', 'HI', 'IN', 'MI', 'ID', 'DC', 'GU', 'VI', 'AS', 'MP', 'NL', 'NU', 'YT', 'PE']) {
      const zone = homeZoneOf(state);
      expect(zone).toBeDefined();
      expect(() => new Intl.DateTimeFormat('en-US', { timeZone: zone })).not.toThrow();
    }
  });
});
