import { smsInfo } from '../../src/sms/gsm7';
import type { Meeting, MeetingDirectory, MeetingQuery, Program } from '../../src/directory/types';
import { engineWith, realDirectory, stopRealDirectory, Texter } from './conversationKit';

/**
 * What the results replies say, through the engine on the shipped flow: how far the search
 * looked, what a texter far from every group gets, MORE widening and paging without loss, and
 * every fitting program named.
 */

let directory: MeetingDirectory;
beforeAll(async () => {
  directory = await realDirectory();
});
afterAll(stopRealDirectory);

const HELPLINE = '1-800-662-4357';
const DISTANCE = /, (<1|\d+) mi$/;

function expectWithinThreeParts(t: Texter): void {
  for (const reply of t.allReplies()) {
    expect(smsInfo(reply).encoding).toBe('GSM-7');
    expect(smsInfo(reply).segments).toBeLessThanOrEqual(3);
  }
}

function milesOf(line: string): number {
  const m = DISTANCE.exec(line);
  if (!m) throw new Error(`no distance in "${line}"`);
  return m[1] === '<1' ? 0 : Number(m[1]);
}

describe('a first text that tells everything (texting probe 2026-12-04, English 3)', () => {
  it('gets the welcome as an SMS of its own and three meetings in the next, each within three parts', () => {
    const t = new Texter(engineWith(directory));
    const replies = t.send('my husband drinks, looking for in person meetings near 01940');
    expect(replies).toHaveLength(2);
    expect(replies[0]).toMatch(/^Recovery Textline: .*\nGot it: for your husband/s);
    expect(replies[1]).toMatch(/^Groups for you: Al-Anon/);
    expect(replies[1].split('\n').filter((l) => DISTANCE.test(l))).toHaveLength(3);
    expect(t.last.stateAfter).toBe('results');
    expectWithinThreeParts(t);
  });

  it('keeps the welcome and the first question in one SMS when they fit', () => {
    const t = new Texter(engineWith(directory));
    expect(t.send('hi')).toHaveLength(1);
    expect(t.send('my husband drinks, we live in 79101')).toHaveLength(1);
  });

  it('sends a long "Got it" apart from results that would otherwise pass three parts', () => {
    const t = new Texter(engineWith(directory));
    t.send('hi');
    const replies = t.send("My wife's drinking is out of control. Any Al-Anon in person near 01940 tomorrow night?");
    expect(replies[0]).toMatch(/^Got it: for your wife, /);
    expect(replies.at(-1)).toMatch(/^Groups for you: Al-Anon/);
    expectWithinThreeParts(t);
  });
});

describe('far from every group (issue 4: a ZIP in Alaska still gets online and phone options)', () => {
  const selfDrugs = ['hi', '1', '2', 'no'];

  it('in person near 99701 gives each program its online way in and the helpline, not an empty reply', () => {
    const t = new Texter(engineWith(directory));
    t.sendAll(...selfDrugs, 'in person', '99701');
    expect(t.last.stateAfter).toBe('no_results_near');
    const reply = t.last.replies[0];
    expect(reply).toContain('No group on our lists meets within 100 mi of Fairbanks, AK.');
    expect(reply).toContain('NA virtual-na.org');
    expect(reply).toContain('SMART Recovery meetings.smartrecovery.org/meetings');
    expect(reply).toContain(HELPLINE);
    expectWithinThreeParts(t);
  });

  it('online, with no online meetings listed for NA or SMART, gives their online meeting links', () => {
    const t = new Texter(engineWith(directory));
    t.sendAll(...selfDrugs, 'online');
    expect(t.last.replies[0]).toMatch(
      /^Online meetings for you:\nNA virtual-na\.org\nSMART Recovery meetings\.smartrecovery\.org\/meetings\n.*1-800-662-4357/s,
    );
  });

  it('by phone, with no phone meetings listed, gives the helpline, 988 and where phone meetings are listed', () => {
    const t = new Texter(engineWith(directory));
    t.sendAll(...selfDrugs, 'by phone');
    const reply = t.last.replies[0];
    expect(reply).toContain(HELPLINE);
    expect(reply).toContain('988');
    expect(reply).toContain('NA virtual-na.org');
  });

  it("a family member near 99701 gets Al-Anon's phone-in meetings, saying none is near", () => {
    const t = new Texter(engineWith(directory));
    t.sendAll('hi', 'my wife', 'alcohol', 'no', 'in person', '99701');
    const reply = t.last.replies[0];
    expect(reply).toContain('None within 100 mi of Fairbanks, AK. Online and by phone:');
    expect(reply).toMatch(/^Al-Anon .*, phone \d{3}-\d{3}-\d{4},? ID \d/m);
    expectWithinThreeParts(t);
  });
});

describe('how far the search looked', () => {
  it('says the radius and the place above the meetings, in English and Spanish', () => {
    const en = new Texter(engineWith(directory));
    en.sendAll('hi', '1', '1', 'no', '1', '79101');
    expect(en.last.replies[0]).toContain('\nMeetings within 10 mi of Amarillo, TX:\nAA ');
    const es = new Texter(engineWith(directory));
    es.sendAll('hola', '1', '1', 'no', '1', '79101');
    expect(es.last.replies[0]).toContain('\nReuniones a menos de 10 mi de Amarillo, TX:\nAA ');
  });

  it('MORE after the nearest radius runs out (79022 Dalhart) looks farther out, and says so', () => {
    const t = new Texter(engineWith(directory));
    t.sendAll('hi', '1', '1', 'no', '1', '79022');
    // One group meets in Dalhart itself: the search starts in the ring that holds three groups, 50 miles,
    // with the town's own group first.
    expect(t.last.replies[0]).toContain('\nMeetings within 50 mi of Dalhart, TX:\nAA XIT Group, ');
    const first = t.last.replies[0].split('\n').filter((l) => DISTANCE.test(l));
    expect(first.every((l) => milesOf(l) <= 50)).toBe(true);
    let reply = '';
    for (let i = 0; i < 4 && !reply.startsWith('Farther out'); i++) reply = t.send('more')[0];
    expect(t.last.stateAfter).toBe('more_results');
    expect(reply).toMatch(/^Farther out, within 100 mi of Dalhart, TX:\n.*, \d+ mi\n/s);
    // The next ring holds only meetings beyond the first radius: none is shown again.
    const ring = reply.split('\n').filter((l) => DISTANCE.test(l));
    expect(ring.length).toBeGreaterThan(0);
    for (const l of ring) expect(milesOf(l)).toBeGreaterThan(50);
    expectWithinThreeParts(t);
  });

  it('one group meeting every morning in town does not hide five meeting tonight 12 miles off (Canyon, TX)', () => {
    const t = new Texter(engineWith(directory), new Date('2026-12-02T19:00:00-06:00'));
    t.sendAll('hi', '1', '1', 'no', '1', 'canyon tx');
    const lines = t.last.replies[0].split('\n').filter((l) => DISTANCE.test(l));
    expect(lines).toHaveLength(3);
    for (const l of lines) expect(l).toMatch(/, Wed 8pm, Amarillo TX, 1\d mi$/);
  });
});

describe('every fitting program is named', () => {
  it('a family member and drugs gets Nar-Anon, Al-Anon and SMART Family & Friends (issue 2 section 7)', () => {
    for (const how of [['in person', '79101'], ['online']]) {
      const t = new Texter(engineWith(directory));
      t.sendAll('hi', 'my son', 'drugs', 'no', ...how);
      const reply = t.last.replies[0];
      for (const name of ['Nar-Anon', 'Al-Anon', 'SMART Family & Friends'])
        expect({ how, reply, has: reply.includes(name) }).toEqual({ how, reply, has: true });
    }
  });
});

describe('MORE after a page the length budget cut short', () => {
  /** Online meetings whose lines are long (long names, links and dial-ins): fewer than 3 fit in one reply. */
  const program: Program = {
    id: 'aa',
    name: 'AA',
    description: { en: 'AA' },
    onlineUrl: 'https://aa-intergroup.org/meetings/',
  };
  const meetings: Meeting[] = Array.from({ length: 7 }, (_, i) => ({
    id: `long-${i}`,
    programId: 'aa',
    name: `Meeting number ${i} with a rather long name`,
    day: 2,
    startMinute: 600 + i * 30,
    timezone: 'America/New_York',
    modes: ['online', 'phone'],
    url: `https://zoom.us/j/${String(i).repeat(11)}?pwd=abcdefghijklmnopqrstuvwxyz`,
    phone: `+19292056099,,${String(i).repeat(11)}#,,,,,#${String(i).repeat(6)}#`,
    tags: [],
  }));
  const longLines: MeetingDirectory = {
    programsFor: () => [program],
    program: () => program,
    programs: () => [program],
    lookupPlace: () => ({ kind: 'not_found' }),
    parseWhen: () => undefined,
    search: (q: MeetingQuery) => {
      const page = meetings.slice(q.offset, q.offset + (q.limit ?? 3));
      return {
        matches: page.map((meeting) => ({ meeting, nextStart: q.now, programName: 'AA' })),
        hasMore: q.offset + page.length < meetings.length,
      };
    },
    meeting: (id) => meetings.find((m) => m.id === id),
    size: () => meetings.length,
  };

  it('starts with the first meeting not shown, so every meeting is shown once, in order', () => {
    const t = new Texter(engineWith(longLines));
    t.sendAll('hi', '1', '1', 'no', 'online');
    const shown: string[] = [];
    const pageSizes: number[] = [];
    for (let i = 0; i < 10 && t.last.stateAfter !== 'no_more'; i++) {
      const lines = t.last.replies[0].split('\n').flatMap((l) => /^AA Meeting number (\d)/.exec(l)?.[1] ?? []);
      pageSizes.push(lines.length);
      shown.push(...lines);
      t.send('more');
    }
    expect(shown).toEqual(['0', '1', '2', '3', '4', '5', '6']);
    // The budget really cut pages short: otherwise this test proves nothing.
    expect(pageSizes.some((n) => n > 0 && n < 3)).toBe(true);
    expectWithinThreeParts(t);
  });
});
