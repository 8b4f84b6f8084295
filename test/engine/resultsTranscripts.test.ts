import { smsInfo } from '../../src/sms/gsm7';
import { realDirectory } from '../directory/realFeeds';
import { engineWith, Texter } from './conversationKit';
import { expectGolden } from './golden';

/**
 * Results a person can act on (issue 14), one golden transcript per case, over the real feeds
 * copied into test/fixtures/feeds and a fixed moment (a Tuesday, 6pm in Amarillo). After an
 * intended change, `npm run test:golden` rewrites them; read the diff before committing it.
 */
const engine = engineWith(realDirectory());
const MEETING = /^[^,]+, (Sun|Mon|Tue|Wed|Thu|Fri|Sat) \d/;

function talk(...texts: string[]): Texter {
  const t = new Texter(engine);
  t.sendAll(...texts);
  for (const reply of t.allReplies()) {
    expect(smsInfo(reply).encoding).toBe('GSM-7');
    expect({ reply, parts: smsInfo(reply).segments }).toEqual({ reply, parts: Math.min(3, smsInfo(reply).segments) });
  }
  return t;
}

/** The meeting lines of the reply to the text sent `back` texts ago (0 = the last). */
function meetingLines(t: Texter, back = 0): string[] {
  return t.turns[t.turns.length - 1 - back].out.replies
    .join('\n')
    .split('\n')
    .filter((l) => MEETING.test(l));
}

describe('results a person can act on', () => {
  it('79101 in person: a street on every line; "1", "the 2nd one", "#3" or a name give directions and a map', () => {
    const t = talk('hi', '1', '1', 'no', 'in person', '79101');
    const lines = meetingLines(t);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/, \d+ [A-Z][^,]*, (<1|\d+) mi$/);
    expect(t.last.replies[0]).toMatch(/Reply 1, 2 or 3 for directions/);
    t.send('1');
    expect(t.last.replies[0]).toMatch(
      /^AA .*\n.*Amarillo, TX 791\d\d\nMap: https:\/\/maps\.google\.com\/\?q=35\.\d+,-101\.\d+/,
    );
    t.send('where is the 2nd one');
    expect(t.last.replies[0].split('\n')[0]).toBe(lines[1].split(', ').slice(0, 2).join(', '));
    t.send('address for #3?');
    expect(t.last.replies[0].split('\n')[0]).toBe(lines[2].split(', ').slice(0, 2).join(', '));
    t.send('top of texas');
    expect(t.last.replies[0]).toMatch(/^AA Top of Texas, /);
    expectGolden('results-street-and-directions', t.transcript());
  });

  it('"saturday?" after results lists only Saturday meetings, and MORE goes on with Saturday', () => {
    const t = talk('hi', '1', '1', 'no', 'in person', '79101', 'saturday?');
    const lines = meetingLines(t);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/, Sat \d/);
    t.send('MORE');
    for (const line of meetingLines(t)) expect(line).toMatch(/, Sat \d/);
    expectGolden('results-saturday-only', t.transcript());
  });

  it('says plainly when nothing meets at the time asked, then shows the next ones', () => {
    // NA's feed near Ithaca lists Monday meetings only.
    const t = talk('hi', '1', '2', 'no', 'in person', 'ithaca ny', 'anything sunday morning?');
    expect(t.last.replies[0]).toMatch(/\nNothing on Sunday in the morning within \d+ mi\. Next:\n/);
    expect(meetingLines(t).length).toBeGreaterThan(0);
    expectGolden('results-nothing-at-that-time', t.transcript());
  });

  it('a 14-year-old near Lynnfield, MA whose dad drinks sees Alateen first and the Lynnfield Alateen meeting', () => {
    const t = talk('hi', 'my dad drinks', '14', 'in person', '01940');
    expect(t.last.replies[0]).toMatch(/^Groups for you: Alateen /);
    const lines = meetingLines(t);
    expect(lines[0]).toMatch(/\bAlateen\b/);
    expect(lines.some((l) => l.includes('Lynnfield Monday Nite Alateen') && l.includes('5 Summer St'))).toBe(true);
    expectGolden('results-teen-alateen-first', t.transcript());
  });

  it('someone on methadone sees MARA first, with its note, and the NA meetings near them', () => {
    const t = talk('hi', 'me', 'heroin', 'methadone', 'in person', '14432');
    expect(t.last.replies[0]).toMatch(
      /^Groups for you: MARA welcomes people who take medication for recovery\.\nMARA mara-international\.org\nNA /,
    );
    expect(meetingLines(t).length).toBeGreaterThan(0);
    expectGolden('results-medication-mara-first', t.transcript());
  });

  it('"online" lists three online meetings, times in the meeting zone and its abbreviation; a number gets the link', () => {
    const t = talk('hi', 'my sister', 'alcohol', 'no', 'online');
    // Zoom links with their passcodes are long: three lines a page, the links left out where they do not fit.
    const lines = meetingLines(t);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/ (EST|EDT), online( \S*zoom\.us\/j\/\d+\S*)?$/);
    t.send('1');
    expect(t.last.replies[0]).toMatch(/\nonline: https:\/\/\S+zoom\.us\/j\/\d+/);
    t.send('MORE');
    expectGolden('results-online-meetings', t.transcript());
  });

  it('online and phone meetings in the texter zone when their place is known, when none meets near', () => {
    const t = talk('hi', 'my brother', 'alcohol', 'no', 'any way', '79101');
    expect(t.last.replies[0]).toMatch(/None within 100 mi of Amarillo, TX\. Online and by phone:/);
    for (const line of meetingLines(t)) expect(line).not.toMatch(/ (EST|EDT|CST|CDT),/);
    expectGolden('results-remote-in-texter-zone', t.transcript());
  });

  it('a preference filters, and says so when nothing nearby fits', () => {
    const t = talk('hi', 'my brother', 'alcohol', 'no', 'in person', '02108', 'spanish meetings?');
    expect(t.last.replies[0]).toMatch(/Nothing in Spanish within \d+ mi\. Next:|Meetings in Spanish within \d+ mi:/);
    t.send('women');
    expectGolden('results-preferences', t.transcript());
  });

  it('a program named comes first, and only its meetings are listed', () => {
    const t = talk('hi', 'me', 'not sure', 'no', 'any way', '14432', 'just NA');
    expect(t.last.replies[0]).toMatch(/^Groups for you: NA /);
    const lines = meetingLines(t);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^NA /);
    expectGolden('results-named-program', t.transcript());
  });

  it('MORE after the last nearby meeting looks farther out and says so, filtered or not', () => {
    // Dalhart has one group of its own: the search starts within 50 mi, and the third MORE looks to 100.
    const t = talk('hi', '1', '1', 'no', 'in person', '79022', 'MORE', 'MORE', 'MORE');
    expect(t.allReplies().some((r) => r.startsWith('Farther out, within '))).toBe(true);
    expectGolden('results-more-widens', t.transcript());
  });

  it('works in Spanish: a day, a number and a name', () => {
    const t = talk('hola', 'para mi', 'alcohol', 'no', 'en persona', '79101', 'el sabado', '2');
    expect(t.turns[6].out.replies[0]).toMatch(/Reuniones el sabado a menos de \d+ mi:\nAA .*, Sab \d/);
    expect(t.last.replies[0]).toMatch(/\nMapa: https:\/\/maps\.google\.com\/\?q=/);
    expectGolden('results-spanish', t.transcript());
  });
});
