import { MeetingInterner } from '../../src/directory/meetingInterner';
import type { Meeting } from '../../src/directory/types';
import { FEEDS, importFixture } from './realFeeds';

describe('MeetingInterner', () => {
  it('makes meetings share repeated zones, towns and lists without changing any value', () => {
    const meetings = importFixture(FEEDS.amarillo).meetings;
    const copies: Meeting[] = structuredClone(meetings);
    const interner = new MeetingInterner();
    const shared = copies.map((m) => interner.intern(m));
    expect(shared).toEqual(meetings);
    const chicago = shared.filter((m) => m.timezone === 'America/Chicago');
    expect(chicago.length).toBeGreaterThan(100);
    // One array for every meeting with the same tags; one modes list for every in-person meeting.
    const open = shared.filter((m) => m.tags.join() === 'open');
    expect(new Set(open.map((m) => m.tags)).size).toBe(1);
    expect(new Set(shared.map((m) => m.modes)).size).toBe(1);
  });
});
