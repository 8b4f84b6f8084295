import { smsInfo } from '../../src/sms/gsm7';
import type { MeetingDirectory } from '../../src/directory/types';
import { engineWith, realDirectory, stopRealDirectory, Texter } from './conversationKit';
import { fakeDirectory } from './fakeDirectory';
import { expectGolden } from './golden';

/**
 * The default conversation end to end through the pure engine, with the session going through
 * JSON between every text as the real store does. Paths whose wording is all the flow's own are
 * pinned as golden transcripts (test/engine/golden); paths through the real bundled
 * directory are checked by what must be in them, so new meeting data does not break them.
 */

let directory: MeetingDirectory;
beforeAll(async () => {
  directory = await realDirectory();
});
afterAll(stopRealDirectory);

const HELPLINE = '1-800-662-4357';
const MEETING_LINE = /\b(Sun|Mon|Tue|Wed|Thu|Fri|Sat) \d{1,2}(:\d\d)?(am|pm)\b/;

function results(texter: Texter): string {
  return texter.last.replies[0];
}

/** Every reply fits 3 GSM-7 SMS parts: the flow's budget, stricter than Twilio's 1600 characters. */
function expectAllWithinThreeParts(texter: Texter): void {
  for (const reply of texter.allReplies()) {
    const info = smsInfo(reply);
    expect({ reply, encoding: info.encoding }).toEqual({ reply, encoding: 'GSM-7' });
    expect(info.segments).toBeLessThanOrEqual(3);
    expect(reply.length).toBeLessThanOrEqual(459);
  }
}

describe('the default conversation with the real bundled directory', () => {
  it('finds real Amarillo AA meetings for yourself / alcohol / in person / 79101', () => {
    const t = new Texter(engineWith(directory));
    expect(t.send('hi')[0]).toMatch(
      /^Recovery Textline: free, confidential .*Reply STOP to opt out\. In danger\? Call 911\. Crisis\? Call or text 988\.\nWho is the help for\?/s,
    );
    expect(t.send('1')[0]).toContain('What is it about?');
    expect(t.send('1')[0]).toContain('medication for recovery');
    expect(t.send('no')[0]).toContain('How would you like to meet?');
    expect(t.send('1')[0]).toContain('ZIP code');
    const reply = t.send('79101');
    expect(reply).toHaveLength(1);
    expect(t.last.stateAfter).toBe('results');
    expect(results(t)).toMatch(/^Groups for you: AA .*SMART Recovery/s);
    const lines = results(t)
      .split('\n')
      .filter((l) => MEETING_LINE.test(l));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    // Each in-person line names its street.
    for (const line of lines) expect(line).toMatch(/^AA .+, \d+ [A-Z][^,]*, (<1|\d+) mi$/);
    expect(results(t)).toMatch(/Reply 1, 2 or 3 for directions, MORE for more, NEW to start over\.$/);
    const more = t.send('MORE')[0];
    expect(t.last.stateAfter).toBe('more_results');
    const moreLines = more.split('\n').filter((l) => MEETING_LINE.test(l));
    expect(moreLines.length).toBeGreaterThanOrEqual(1);
    // MORE goes on from where the first page stopped: no meeting is shown twice.
    for (const line of moreLines) expect(lines).not.toContain(line);
    expectAllWithinThreeParts(t);
  });

  it('offers Nar-Anon and asks about Alateen for a family member and drugs', () => {
    const t = new Texter(engineWith(directory));
    t.sendAll('hello', 'my brother', 'pills');
    expect(t.last.stateAfter).toBe('teen');
    expect(t.last.replies[0]).toContain('Are you a teen (13-19)?');
    t.sendAll('no', 'online');
    expect(t.last.stateAfter).toBe('results');
    expect(results(t)).toContain('Nar-Anon');
    expect(results(t)).toMatch(MEETING_LINE);
    expectAllWithinThreeParts(t);
  });

  it('adds MARA for someone who takes medication in recovery', () => {
    const t = new Texter(engineWith(directory));
    t.sendAll('hi', 'myself', 'opioids', 'yes, suboxone', 'by phone');
    expect(t.last.stateAfter).toMatch(/^(results|no_results_phone)$/);
    expect(results(t)).toContain('MARA');
    expect(results(t)).toContain('NA');
    expectAllWithinThreeParts(t);
  });

  it('leaves MARA out when the texter takes no medication', () => {
    const t = new Texter(engineWith(directory));
    t.sendAll('hi', 'myself', 'opioids', 'no', 'by phone');
    expect(results(t)).not.toContain('MARA');
  });

  it('offers Gamblers Anonymous and SMART Recovery for gambling, without the medication question', () => {
    const t = new Texter(engineWith(directory));
    t.sendAll('hi', 'me', '3');
    expect(t.last.stateAfter).toBe('how');
    t.send('online');
    expect(results(t)).toContain('Gamblers Anonymous');
    expect(results(t)).toContain('SMART Recovery');
    expectAllWithinThreeParts(t);
  });

  it('narrows the search with a day word in the location answer', () => {
    const t = new Texter(engineWith(directory));
    t.sendAll('hi', '1', '1', '2', 'in person', '79101 saturday');
    const lines = results(t)
      .split('\n')
      .filter((l) => MEETING_LINE.test(l));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toContain('Sat');
  });

  it('reads a Spanish first text that starts with a greeting, and asks only what it did not say', () => {
    for (const first of [
      'hola, mi esposo toma mucho y estamos en lubbock',
      'buenas noches, necesito ayuda con mi esposo que toma mucho, vivimos en lubbock',
    ]) {
      const t = new Texter(engineWith(directory));
      const reply = t.send(first)[0];
      expect(reply).toMatch(/^Recovery Textline: ayuda gratis/);
      expect(reply).toContain('Entendido: para tu esposo, por alcohol, cerca de Lubbock, TX.');
      expect(reply).not.toContain('¿Para quien es la ayuda?');
    }
    // Without a greeting, what it says in Spanish picks the language.
    expect(new Texter(engineWith(directory)).send('quiero dejar de tomar, estoy en el 79106')[0]).toContain(
      'Entendido: para ti, por alcohol, cerca de Amarillo, TX.',
    );
    // A greeting alone still starts in Spanish at the first question.
    expect(new Texter(engineWith(directory)).send('buenas noches')[0]).toContain('¿Para quien es la ayuda?');
  });

  it('after an ended conversation, a text that only narrows searches again for the same person; one that names who starts afresh', () => {
    const far = () => {
      const t = new Texter(engineWith(directory));
      t.sendAll('im addicted to meth', 'no', 'in person', '99701');
      expect(t.last.replies[0]).toContain('No group on our lists meets within 100 mi of Fairbanks, AK');
      return t;
    };
    const online = far().send('what about online?')[0];
    expect(online).toMatch(/^Got it: online\.\nOnline meetings for you:/);
    expect(online).not.toContain('Who is the help for?');
    expect(far().send('hi')[0]).toContain('Who is the help for?');
    // MORE after the goodbye at the results searches again for the same person.
    const bye = new Texter(engineWith(directory));
    bye.sendAll('hi', '1', '1', '2', '1', '79101', 'thanks');
    expect(bye.send('more meetings please')[0]).toContain('Meetings within 10 mi of Amarillo, TX:');
    const brother = far().send('my brother drinks')[0];
    expect(brother).toContain('Got it: for your brother, about alcohol.');
    expect(brother).toContain('Are you a teen');
    // A parent is not asked whether they are a teen.
    const son = far().send('my son drinks')[0];
    expect(son).toContain('Got it: for your son, about alcohol.');
    expect(son).toContain('How would you like to meet?');
  });

  it('runs the whole conversation in Spanish from "hola"', () => {
    const t = new Texter(engineWith(directory));
    expect(t.send('hola')[0]).toMatch(/^Recovery Textline: ayuda gratis y confidencial.*\n¿Para quien es la ayuda\?/s);
    expect(t.send('para mi')[0]).toContain('¿Con que?');
    expect(t.send('alcohol')[0]).toContain('¿Tomas medicamento');
    expect(t.send('no')[0]).toContain('¿Como te gustaria reunirte?');
    expect(t.send('en persona')[0]).toContain('codigo postal');
    t.send('79101');
    expect(results(t)).toMatch(/^Grupos para ti: AA/);
    expect(results(t)).toMatch(/\b(Dom|Lun|Mar|Mie|Jue|Vie|Sab) \d/);
    expect(results(t)).toMatch(/Responde 1, 2 o 3 para direcciones, MAS para mas, NUEVO para empezar\.$/);
    t.send('mas');
    expect(t.last.stateAfter).toBe('more_results');
    expect(t.last.replies[0]).toMatch(/MAS para mas/);
    expectAllWithinThreeParts(t);
  });
});

describe('golden transcripts (flow wording, fake directory)', () => {
  it('understands words, typos and numbers with punctuation', () => {
    const t = new Texter(engineWith(fakeDirectory()));
    t.sendAll('Hi there', 'MYSELF', 'umm alchohol I guess', 'nope', '2.', 'more');
    expect(t.turns.map((x) => x.out.stateAfter)).toEqual(['who', 'what', 'medication', 'how', 'results', 'no_more']);
    expectGolden('typos-and-numbers', t.transcript());
  });

  it('answers crisis words first with no question after them, checks in on "ok", and goes on with MEETINGS', () => {
    const t = new Texter(engineWith(fakeDirectory()));
    t.sendAll('hi', 'me');
    const replies = t.send('honestly I want to die');
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatch(/^Please call or text 988 now/);
    expect(replies[0]).toMatch(/call 911/);
    expect(replies[0]).toContain(HELPLINE);
    expect(replies[0]).not.toContain('What is it about?');
    expect(t.last.kind).toBe('crisis');
    expect(t.last.stateAfter).toBe('what');
    // "ok" is not an answer: it gets the check-in, and still no question.
    const checkIn = t.send('ok');
    expect(checkIn[0]).toMatch(/^We're still here/);
    expect(checkIn[0]).not.toContain('What is it about?');
    expect(t.last.kind).toBe('check_in');
    // A bare "yes" may answer "are you safe?": the check-in again.
    t.send('yes');
    expect(t.last.kind).toBe('check_in');
    expect(t.last.stateAfter).toBe('what');
    // MEETINGS goes on where they were.
    expect(t.send('MEETINGS')[0]).toMatch(/^What is it about\?/);
    t.send('alcohol');
    expect(t.last.stateAfter).toBe('medication');
    expectGolden('crisis-mid-conversation', t.transcript());
  });

  it('after the check-in, an answer to the waiting question in words goes on with the search', () => {
    const t = new Texter(engineWith(fakeDirectory()));
    t.sendAll('hi', 'me', 'honestly I want to die');
    // The first text after the crisis reply gets the check-in, whatever it says.
    t.send('alcohol');
    expect(t.last.kind).toBe('check_in');
    // Checked in once, and still answering the question: they are looking for a group.
    t.send('alcohol');
    expect(t.last.stateAfter).toBe('medication');
  });

  it('silences an opted-out number until START, and STOP needs no reply of its own', () => {
    const t = new Texter(engineWith(fakeDirectory()));
    t.sendAll('hi', '1');
    expect(t.send('STOP')).toEqual([]);
    expect(t.last.effect).toBe('opt_out');
    expect(t.last.session).toBeUndefined();
    expect(t.send('hi')).toEqual([]);
    // Danger is answered even after STOP (where Twilio handles opt-outs, it blocks delivery), then silence again.
    expect(t.send('I want to die')[0]).toContain('988');
    expect(t.last.effect).toBe('none');
    expect(t.send('ok')).toEqual([]);
    expect(t.send('START')).toEqual([]);
    expect(t.last.effect).toBe('opt_in');
    expect(t.send('hi')[0]).toMatch(/^Recovery Textline/);
    expectGolden('stop-hi-start', t.transcript());
  });

  it('answers HELP with the help text and the current question', () => {
    const t = new Texter(engineWith(fakeDirectory()));
    t.sendAll('hi', '2');
    const reply = t.send('help');
    expect(reply).toHaveLength(1);
    expect(reply[0]).toMatch(/^Recovery Textline finds support groups.*Msg & data rates may apply\./s);
    expect(reply[0]).toMatch(/STOP to opt out.*\nWhat is it about\?/s);
    expect(t.last.stateAfter).toBe('what');
    expectGolden('help', t.transcript());
  });

  it('asks again without a sorry when someone says hello mid-conversation, and answers "what is this" with the help', () => {
    const t = new Texter(engineWith(fakeDirectory()));
    t.sendAll('hi', '2');
    expect(t.send('hello?')[0]).toMatch(/^What is it about\?/);
    // Not a miss: two answers it cannot understand still come before the way out.
    expect(t.send('hi there')[0]).toMatch(/^What is it about\?/);
    expect(t.send('banana')[0]).toMatch(/^Sorry, I didn't get that\.\nWhat is it about\?/);
    expect(t.send('what is this')[0]).toMatch(/^Recovery Textline finds support groups.*\nWhat is it about\?/s);
    expect(t.last.stateAfter).toBe('what');
  });

  it('after two answers it cannot understand, offers online meetings and the helpline instead of looping', () => {
    const t = new Texter(engineWith(fakeDirectory()));
    t.send('hi');
    expect(t.send('banana')[0]).toMatch(/^Sorry, I didn't get that\.\nWho is the help for\?/);
    const stuck = t.send('purple');
    expect(stuck[0]).toContain(HELPLINE);
    expect(stuck[0]).toContain('aa.org');
    expect(t.last.stateAfter).toBe('stuck_start');
    // "ok" to the way out acknowledges it: the kind reply, and the conversation stays ended. It once started again at
    // "Who is the help for?", a question the texter had not asked for (acknowledgements after the end).
    expect(t.send('ok')[0]).toMatch(/^You're welcome\. Take care\./);
    expect(t.last.stateAfter).toBe('stuck_start');
    // The next real text starts again rather than scolding once more, without a second welcome.
    expect(t.send('hello')[0]).toMatch(/^Who is the help for\?/);
    expectGolden('nonsense-at-first-question', t.transcript());
  });

  it('carries on to the next question after two misses at a later question', () => {
    const t = new Texter(engineWith(fakeDirectory()));
    t.sendAll('hi', 'me', 'xyz', 'qqq');
    expect(t.last.replies[0]).toContain(HELPLINE);
    expect(t.last.replies[0]).toContain('How would you like to meet?');
    expect(t.last.stateAfter).toBe('how');
    t.sendAll('any', 'nowhere at all', 'still nowhere');
    expect(t.last.stateAfter).toBe('stuck_end');
    expect(t.last.replies[0]).toContain(HELPLINE);
    expectGolden('nonsense-later', t.transcript());
  });

  it('runs in Spanish from "hola" to the last page, a restart and an erase', () => {
    const t = new Texter(engineWith(fakeDirectory()));
    t.sendAll('hola', 'yo', 'alcohol', 'no', 'en persona', '79101', 'mas', 'mas', 'NUEVO', 'BORRAR');
    expect(t.turns.map((x) => x.out.stateAfter)).toEqual([
      'who',
      'what',
      'medication',
      'how',
      'where',
      'results',
      'more_results',
      'no_more',
      'who',
      '',
    ]);
    for (const reply of t.allReplies()) expect(reply).not.toMatch(/\b(Who|What|Reply|Sorry)\b/);
    expectGolden('spanish-from-hola', t.transcript());
  });

  it('switches to Spanish with ESPANOL and back with ENGLISH, re-asking the question', () => {
    const t = new Texter(engineWith(fakeDirectory()));
    t.sendAll('hi', 'me');
    expect(t.send('ESPAÑOL')[0]).toMatch(/^¿Con que\?/);
    expect(t.last.kind).toBe('language');
    expect(t.send('Espanol')[0]).toMatch(/^¿Con que\?/);
    expect(t.send('drogas')[0]).toContain('¿Tomas medicamento');
    expect(t.send('english')[0]).toMatch(/^Do you take medication/);
    expectGolden('language-switch', t.transcript());
  });

  it('asks which state when a town is in several, then takes just the state', () => {
    const dir = fakeDirectory();
    const t = new Texter(engineWith(dir));
    t.sendAll('hi', 'me', 'alcohol', 'no', 'in person');
    expect(t.send('Springfield')[0]).toBe('Springfield is in more than one state (1 IL, 2 MO, 3 OH). Which state?');
    t.send('IL');
    expect(t.last.stateAfter).toBe('results');
    expect(dir.queries.map((q) => q.place?.label)).toContain('Springfield, IL');
  });

  it('numbers the states of the which-state question, so a number picks the state listed under it', () => {
    const dir = fakeDirectory();
    const t = new Texter(engineWith(dir));
    t.sendAll('hi', 'me', 'alcohol', 'no', 'in person', 'Springfield');
    // "1 IL, 2 MO, 3 OH": the fake directory knows Springfield, IL only, so 1 finds it and 4 (past the list) does not.
    t.send('4');
    expect(t.last.stateAfter).toBe('which_state');
    t.send('1');
    expect(t.last.stateAfter).toBe('results');
    expect(dir.queries.map((q) => q.place?.label)).toContain('Springfield, IL');
  });

  it('shows online and phone meetings when no group meets near enough in person', () => {
    const dir = fakeDirectory();
    const t = new Texter(engineWith(dir));
    t.sendAll('hi', 'me', 'alcohol', 'no', 'in person', 'Springfield, IL');
    expect(t.last.stateAfter).toBe('results');
    expect(t.last.replies[0]).toContain('AA Group 6, Tue 7pm, online zoom.us/j/6');
    expect(dir.queries.map((q) => q.modes)).toEqual([['in_person'], ['online', 'phone']]);
    // MORE goes on with the online search, which has nothing more.
    t.send('more');
    expect(t.last.stateAfter).toBe('no_more');
    expect(dir.queries[dir.queries.length - 1].modes).toEqual(['online', 'phone']);
  });

  it('re-asks for a place with an example, and pages through meetings until none are left', () => {
    const t = new Texter(engineWith(fakeDirectory()));
    t.sendAll('hi', 'me', 'alcohol', 'no', 'in person');
    expect(t.send('the moon')[0]).toBe(
      "Sorry, I couldn't find that place.\nWhat is your ZIP code, or your town and state? Example: 79101 or Amarillo, TX",
    );
    t.send('Amarillo, TX');
    expect(t.last.stateAfter).toBe('results');
    t.send('more');
    expect(t.last.stateAfter).toBe('more_results');
    t.send('more');
    expect(t.last.stateAfter).toBe('no_more');
    expect(t.last.replies[0]).toContain(HELPLINE);
    expectGolden('place-retry-and-paging', t.transcript());
  });

  it('restarts on NEW, erases on DELETE, and opts out on plain words with a confirmation', () => {
    const t = new Texter(engineWith(fakeDirectory()));
    t.sendAll('hi', 'me');
    expect(t.send('NEW')[0]).toBe("OK, let's start over.\nWho is the help for?\n1 Myself\n2 A family member or friend");
    expect(t.last.stateAfter).toBe('who');
    expect(t.send('forget me')).toEqual(['Done: I erased what you told me. Text any time to start again.']);
    expect(t.last.effect).toBe('erase');
    expect(t.last.session).toBeUndefined();
    t.send('hi');
    expect(t.send('please stop texting me')[0]).toMatch(/^OK, you will get no more texts from us/);
    expect(t.last.effect).toBe('opt_out_line');
    expect(t.last.session).toBeUndefined();
    expectGolden('new-delete-optout', t.transcript());
  });

  it('confirms Spanish erase and opt-out in Spanish', () => {
    const t = new Texter(engineWith(fakeDirectory()));
    expect(t.send('BORRAR')[0]).toMatch(/^Listo: borre/);
    expect(t.send('no más mensajes')[0]).toMatch(/^Bien, no te mandaremos mas mensajes/);
    expect(t.last.effect).toBe('opt_out_line');
  });

  it('answers a first "ayuda" with the help text in Spanish, then the first question', () => {
    const t = new Texter(engineWith(fakeDirectory()));
    const [reply] = t.send('ayuda');
    // AYUDA is HELP in Spanish: what the line is, its support contact and how to stop stand in for the welcome.
    expect(reply).toMatch(/^Recovery Textline busca grupos/);
    expect(reply).toContain('STOP');
    expect(reply).toContain('¿Para quien es la ayuda?');
  });

  it('narrows the results to a day named after them, and goes back to any day when none fit', () => {
    const dir = fakeDirectory();
    const t = new Texter(engineWith(dir));
    t.sendAll('hi', 'me', 'alcohol', 'no', 'in person', '79101');
    expect(dir.queries[dir.queries.length - 1].when).toBeUndefined();
    t.send('any on saturday?');
    expect(t.last.stateAfter).toBe('results');
    expect(dir.queries[dir.queries.length - 1].when).toEqual({ weekdays: [6] });
    expect(t.last.replies[0]).toContain('Sat 7pm');
    expect(t.last.replies[0]).not.toContain('Mon 7pm');
  });

  it('answers a search that breaks with the having-trouble reply, no blanks, and keeps the question for a retry', () => {
    for (const [how, place] of [
      ['online', undefined],
      ['in person', 'Springfield, IL'],
    ] as const) {
      const t = new Texter(engineWith(fakeDirectory({ failingSearch: true })));
      t.sendAll('hi', 'me', 'alcohol', 'no', how);
      if (place) t.send(place);
      const reply = t.last.replies.join('\n');
      // Never the results' or dead end's template with its blanks ("within  mi of .").
      expect(reply).toMatch(/^Sorry, we are having trouble right now/);
      expect(reply).toContain(HELPLINE);
      expect(reply).not.toMatch(/ {2}|\(\)| \./);
      expect(t.last.kind).toBe('error');
      expect(t.last.trace?.failed).toEqual(['find_meetings']);
      // Nothing moved: the texter's next text is read at the same question.
      expect(t.last.stateAfter).toBe(t.last.stateBefore);
      expect(t.last.stateAfter).toBe(place ? 'where' : 'how');
    }
  });
});
