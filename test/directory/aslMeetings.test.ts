import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDirectory } from '../../src/directory/buildDirectory';
import { readSource } from '../../src/directory/meetingSource';
import { PlaceIndex } from '../../src/directory/placeIndex';
import { tagsForWants } from '../../src/directory/preferences';
import { realCatalogue } from './realFeeds';

/** Meetings with a sign-language interpreter, as two kinds of feed mark them, found by the texter's `asl` want. */
const room = (name: string, types: string[]) => ({
  name,
  slug: name.toLowerCase().replace(/\W+/g, '-'),
  day: 1,
  time: '19:00',
  types,
  address: '1301 S Taylor St',
  city: 'Amarillo',
  state: 'TX',
  postal_code: '79101',
  latitude: 35.2,
  longitude: -101.84,
  timezone: 'America/Chicago',
});

describe('meetings with an ASL interpreter', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'rtl-asl-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("are tagged from Meeting Guide's ASL type and found by the asl want; others are not", async () => {
    const file = join(tmp, 'aa-asl.json');
    writeFileSync(file, JSON.stringify([room('Signing Serenity', ['O', 'ASL']), room('Top of Texas', ['O'])]));
    const { meetings } = await readSource(file, { catalogue: realCatalogue(), places: new PlaceIndex() });
    expect(meetings.map((m) => [m.name, m.tags.includes('asl')])).toEqual([
      ['Signing Serenity', true],
      ['Top of Texas', false],
    ]);
    const dir = buildDirectory(meetings, realCatalogue());
    const page = dir.search({
      programs: ['aa'],
      modes: ['in_person'],
      place: { lat: 35.2, lon: -101.84, label: 'Amarillo, TX', country: 'US' },
      now: new Date('2026-12-07T18:00:00-06:00'),
      offset: 0,
      limit: 3,
      tags: tagsForWants(['asl']),
    });
    expect(page.matches.map((m) => m.meeting.name)).toEqual(['Signing Serenity']);
  });

  it("reads BMLT's SL format (named ASL) as the same tag for NA", async () => {
    const file = join(tmp, 'na-asl.bmlt.json');
    const meeting = (id: string, name: string, formats: string) => ({
      id_bigint: id,
      weekday_tinyint: '2',
      start_time: '19:00:00',
      formats,
      latitude: '35.2',
      longitude: '-101.84',
      meeting_name: name,
      location_street: '1301 S Taylor St',
      location_municipality: 'Amarillo',
      location_province: 'TX',
    });
    writeFileSync(
      file,
      JSON.stringify({ meetings: [meeting('1', 'Hands Talk', 'O,SL'), meeting('2', 'Just for Today', 'O')] }),
    );
    const { meetings } = await readSource(file, { catalogue: realCatalogue(), places: new PlaceIndex() });
    expect(meetings.map((m) => [m.name, m.tags.includes('asl')])).toEqual([
      ['Hands Talk', true],
      ['Just for Today', false],
    ]);
  });
});
