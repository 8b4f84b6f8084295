import { buildMeetingIndex, hashId, rowOfId } from '../../src/directory/meetingIndex';
import { MeetingTable } from '../../src/directory/meetingTable';
import type { Meeting } from '../../src/directory/types';

const base: Meeting = {
  id: 'feed:one',
  programId: 'aa',
  name: 'Serenity Group',
  day: 2,
  startMinute: 19 * 60,
  timezone: 'America/Chicago',
  modes: ['in_person'],
  lat: 35.2,
  lon: -101.8,
  town: 'Amarillo',
  region: 'TX',
  address: '327 East Central Avenue',
  tags: ['open'],
};

describe('MeetingTable', () => {
  it('gives back each meeting as it was built from, absent fields absent and any alphabet intact', () => {
    const meetings: Meeting[] = [
      base,
      {
        id: 'feed:dos',
        programId: 'na',
        name: 'Grupo Año Nuevo – “Esperanza” 🌅',
        day: 0,
        startMinute: 0,
        timezone: 'America/Puerto_Rico',
        modes: ['online', 'phone'],
        url: 'https://zoom.us/j/123?pwd=ñ',
        phone: '+1 555 0100,,123#',
        tags: [],
      },
      {
        ...base,
        id: 'feed:three',
        name: '',
        address: '',
        location: 'Église Saint-Jean',
        locationNotes: 'Sous-sol',
        postalCode: 'K8N 1A1',
      },
    ];
    const table = MeetingTable.build(meetings);
    expect(table.size).toBe(3);
    expect(table.meetings(0, 3)).toStrictEqual(meetings);
    expect(table.id(1)).toBe('feed:dos');
    expect(table.textOf(1, 'address')).toBeUndefined();
    expect(table.textOf(2, 'name')).toBe('');
  });

  it('reads the same meetings from the shared buffers in another table, as the main thread does', () => {
    const built = MeetingTable.build([base]);
    const copy = MeetingTable.from(structuredClone(built.data));
    expect(copy.meeting(0)).toStrictEqual(base);
  });

  it('keeps one copy of the values meetings share', () => {
    const table = MeetingTable.build([base, { ...base, id: 'feed:two', tags: ['open'] }]);
    expect(table.meeting(0).tags).toBe(table.meeting(1).tags);
    expect(table.words.filter((w) => w === 'America/Chicago')).toHaveLength(1);
  });
});

describe('buildMeetingIndex', () => {
  it('finds each meeting by id, the later one when two share an id', () => {
    const meetings = Array.from({ length: 500 }, (_, i) => ({ ...base, id: `feed:${i}`, name: `Group ${i}` }));
    meetings.push({ ...base, id: 'feed:7', name: 'Group 7, again' });
    const index = buildMeetingIndex([meetings]);
    const table = MeetingTable.from(index.table);
    const slots = new Int32Array(index.idSlots);
    for (let i = 0; i < 500; i += 37) expect(table.meeting(rowOfId(table, slots, `feed:${i}`)).name).toBe(`Group ${i}`);
    expect(table.meeting(rowOfId(table, slots, 'feed:7')).name).toBe('Group 7, again');
    expect(rowOfId(table, slots, 'feed:nope')).toBe(-1);
    expect(hashId('feed:1')).not.toBe(hashId('feed:2'));
  });

  it('indexes a meeting listed twice under two slugs once, and says where each list landed', () => {
    const twin = { ...base, id: 'other:one', name: '  serenity group ' };
    const notTwin = { ...base, id: 'other:two', url: 'https://example.org/x' };
    const index = buildMeetingIndex([[base], [twin, notTwin]]);
    expect(index.given).toBe(3);
    expect(index.table.rows).toBe(2);
    expect(index.ranges).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it('tells twins by their name in lower case without the spaces around it, in any alphabet', () => {
    const named = (name: string, i: number) => ({ ...base, id: `n:${i}`, name });
    const names = [
      'Grupo Año Nuevo',
      '\u00a0grupo año nuevo\t', // a no-break space is trimmed too
      ' GRUPO AÑO NUEVO\n',
      'Grupo Año Nuevo 2',
      'Kelvin Group',
      '\u212aelvin group', // the Kelvin sign lowers to an ASCII k
      '\vkelvin group\r',
      'Kelvin  Group',
    ];
    const index = buildMeetingIndex([names.map(named)]);
    const table = MeetingTable.from(index.table);
    expect(table.meetings(0, table.size).map((m) => m.name)).toEqual([
      'Grupo Año Nuevo',
      'Grupo Año Nuevo 2',
      'Kelvin Group',
      'Kelvin  Group',
    ]);
  });
});
