import {
  isValidTimeZone,
  localWeekMinute,
  timeZoneAt,
  zoneAbbreviation,
  zoneOffsetMinutes,
} from '../../src/directory/timeZones';

describe('time zones', () => {
  it('gives the same offset as Intl every 15 minutes of a year, DST changes included', () => {
    const zones = [
      'America/New_York',
      'America/Chicago',
      'America/Phoenix',
      'America/Anchorage',
      'America/St_Johns',
      'Australia/Lord_Howe',
      'Europe/London',
      'Pacific/Chatham',
    ];
    for (const zone of zones) {
      const f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
      });
      for (let t = Date.UTC(2027, 0, 1); t < Date.UTC(2028, 0, 1); t += 15 * 60_000) {
        const p = f.formatToParts(new Date(t));
        const g = (k: string) => Number(p.find((x) => x.type === k)!.value);
        const truth = (Date.UTC(g('year'), g('month') - 1, g('day'), g('hour'), g('minute')) - t) / 60_000;
        if (zoneOffsetMinutes(zone, t) !== truth)
          throw new Error(`${zone} at ${new Date(t).toISOString()}: ${zoneOffsetMinutes(zone, t)} != ${truth}`);
      }
    }
  });

  it('reads the local weekday and minute', () => {
    expect(localWeekMinute('America/Chicago', Date.parse('2026-11-29T05:50:00Z'))).toEqual({
      day: 6,
      minute: 23 * 60 + 50,
    });
  });

  it('finds the zone of a point offline, and refuses unknown zones', () => {
    expect(timeZoneAt(35.2, -101.8)).toBe('America/Chicago');
    expect(timeZoneAt(31.76, -106.49)).toBe('America/Denver');
    expect(timeZoneAt(999, 0)).toBeUndefined();
    expect(isValidTimeZone('America/Nowhere')).toBe(false);
    expect(isValidTimeZone('UTC')).toBe(false);
    expect(zoneAbbreviation('America/New_York', new Date('2026-07-01T12:00:00Z'))).toBe('EDT');
  });

  it('answers validity as a formatter would: listed zones, aliases and other letter case alike', () => {
    const formatterTakes = (zone: string) => {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        return zone.includes('/');
      } catch {
        return false;
      }
    };
    const names = [
      ...Intl.supportedValuesOf('timeZone'),
      'America/Indiana/Indianapolis',
      'US/Eastern',
      'america/chicago',
      'AMERICA/NEW_YORK',
      'America/Chicago ',
      'Etc/GMT-2',
      'Mars/Olympus_Mons',
    ];
    // Twice over, so the answer remembered for the last zone is checked against the next one too.
    for (const zone of [...names, ...names.reverse()]) {
      if (isValidTimeZone(zone) !== formatterTakes(zone)) throw new Error(`${zone}: ${isValidTimeZone(zone)}`);
    }
  });
});
