import { dialInWords, dialString, parseDialIn, settleDialIn } from '../../src/directory/dialIn';
import { parsePhone, parseUrl } from '../../src/directory/feedFields';
import { FEEDS, importFixture } from './realFeeds';

const words = { id: 'ID', passcode: 'passcode' };

describe('dial-ins a basic phone can use', () => {
  it('reads the one-tap strings of the Al-Anon feed: number, meeting ID, and the passcode after the pauses', () => {
    expect(parseDialIn('+19292056099,,88538130466#,,,,,#498378#')).toEqual({
      number: '+19292056099',
      id: '88538130466',
      passcode: '498378',
    });
    // "##": the feed says there is no phone passcode.
    expect(parseDialIn('+19292056099,,85254380832#,,,,,##')).toEqual({ number: '+19292056099', id: '85254380832' });
    expect(parseDialIn('+19292056099,,921-7689-9954#,,,,,##')?.id).toBe('92176899954');
    // The phone number written again where the ID goes is no ID.
    expect(parseDialIn('+19292056099,,9292056099#,,,,,#123456#')).toEqual({ number: '+19292056099' });
    expect(parseDialIn('646-558-8656 Meeting ID: 864 213 975')).toEqual({ number: '6465588656', id: '864213975' });
    expect(parseDialIn('+11')).toBeUndefined();
  });

  it("gives no dial-in for a test entry's placeholder ID, and no link to it, so the meeting is not offered", () => {
    expect(parseDialIn('+19292056099,,1234567890#,,,,,##')).toBeUndefined();
    expect(parseDialIn('646-558-8656 Meeting ID: 123 456 7890')).toBeUndefined();
    expect(parsePhone('+19292056099,,1234567890#')).toBeUndefined();
    expect(parseUrl('https://zoom.us/j/1234567890')).toBeUndefined();
    expect(parseUrl('https://zoom.us/j/0000000000?pwd=x')).toBeUndefined();
    expect(parseUrl('https://zoom.us/j/81744346226')).toBe('https://zoom.us/j/81744346226');
    expect(parseDialIn('+19292056099,,81744346226#')).toEqual({ number: '+19292056099', id: '81744346226' });
    const { report } = importFixture(FEEDS.alanon);
    const rejected = report.rejected.filter((r) => /^2503[567]-/.test(r.slug));
    expect(rejected.map((r) => r.slug).sort()).toEqual([
      '25035-testing-meeting-types-afg',
      '25036-trying-new-types-afg',
      '25037-par-ents-afg',
    ]);
  });

  it('spells a dial-in out as it is keyed in, and as one tap', () => {
    const d = { number: '+19292056099', id: '88538130466', passcode: '498378' };
    expect(dialInWords(d, words)).toBe('929-205-6099, ID 885 3813 0466, passcode 498378');
    expect(dialInWords(d, words, true)).toBe('929-205-6099, ID 88538130466, passcode 498378');
    expect(dialInWords({ number: '+16465588656', id: '864213975' }, words)).toBe('646-558-8656, ID 864 213 975');
    expect(dialInWords({ number: '+442071234567' }, words)).toBe('+442071234567');
    expect(dialString(d)).toBe('+19292056099,,88538130466#,,,,*498378#');
  });

  it("takes a bare number's ID from the notes, else from the Zoom link", () => {
    // 30798537 Thursday CAL BookStudy AFG, as the feed has it.
    const notes =
      'Zoom ID: 838 0433 9418 passcode: 968982 Dial-In Phone No.: 929-205-6099 Dial-In ID: 838 0433 9418 Dial-In-passcode:';
    expect(settleDialIn({ rawPhone: '+16468769923', notes: [undefined, undefined, notes] })).toEqual({
      phone: '+16468769923,,83804339418#,,,,*968982#',
    });
    expect(
      settleDialIn({ rawPhone: '+16468769923', url: 'https://zoom.us/j/797131722?pwd=x', notes: ['Virtual'] }),
    ).toEqual({ phone: '+16468769923,,797131722#' });
    // conference_phone_notes of the Meeting Guide spec are read first.
    expect(
      settleDialIn({ rawPhone: '+17124329999', notes: ['Access code: 4455667#', undefined, 'Meeting ID 1'] }),
    ).toEqual({ phone: '+17124329999,,4455667#' });
  });

  it('never keeps a dial string whose "ID" is the number repeated: the real ID, else the number alone', () => {
    const raw = '+19292056099,,9292056099#,,,,,#123456#';
    // Nothing else says the ID: the bare number, not the number keyed in as its own ID.
    expect(settleDialIn({ rawPhone: raw, notes: [] })).toEqual({ phone: '+19292056099' });
    expect(settleDialIn({ rawPhone: raw, url: 'https://us06web.zoom.us/j/81945952472?pwd=x', notes: [] })).toEqual({
      phone: '+19292056099,,81945952472#',
    });
    expect(dialInWords(parseDialIn(settleDialIn({ rawPhone: raw, notes: [] }).phone!)!, words)).toBe('929-205-6099');
  });

  it('drops a bare shared number whose notes say the details come by e-mail, and gives the address instead', () => {
    const notes = 'For zoom & phone meeting info email sudbury.afg@example.org';
    expect(settleDialIn({ rawPhone: '+19292056099', notes: [notes] })).toEqual({ email: 'sudbury.afg@example.org' });
    // Without an address there is no way in at all.
    expect(settleDialIn({ rawPhone: '+19292056099', notes: ['for zoom info please email [email removed]'] })).toEqual(
      {},
    );
    // A number with nothing said about it is kept: it may be the meeting's own line.
    expect(settleDialIn({ rawPhone: '+13392095209', notes: ['Conference Call [phone removed] ID: #'] })).toEqual({
      phone: '+13392095209',
    });
  });

  it('imports every Al-Anon dial-in with its meeting ID, or without one only where the feed gives none', () => {
    const { meetings } = importFixture(FEEDS.alanon);
    const phones = meetings.filter((m) => m.modes.includes('phone'));
    const withId = phones.filter((m) => parseDialIn(m.phone!)?.id);
    // One number with nothing said about it. The one whose "ID" is the number again takes its Zoom link's ID.
    expect(phones.filter((m) => !parseDialIn(m.phone!)?.id).map((m) => m.phone)).toEqual(['+13392095209']);
    expect(phones.length - withId.length).toBe(1);
    // 6096 Sharing and Caring AFG: "+19292056099,,9292056099#,,,,,#123456#", notes "Dial-In ID: 929 205 6099".
    const sharing = meetings.find((m) => m.name.startsWith('6096 Sharing and Caring'))!;
    expect(sharing.phone).toBe('+19292056099,,81945952472#,,,,*123456#');
    // 30798537 Thursday CAL BookStudy AFG: "+16468769923" in the feed, its ID in the notes.
    const cal = meetings.find((m) => m.name.startsWith('30798537'))!;
    expect(parseDialIn(cal.phone!)).toMatchObject({ number: '+16468769923', id: '83804339418' });
  });
});
