import { isBareCarrierOptOut } from '../../src/text/carrierWords';
import { engineWith, Texter } from './conversationKit';
import { fakeDirectory } from './fakeDirectory';

/**
 * Twilio's automatic opt-out handling acts on single-word messages and does not say that "STOP." or "Stop!!" count
 * (the forty-fifth probe). The bare word is left to Twilio's reply; any other form of a carrier word is confirmed by
 * the line, so the person always hears the opt-out was done, and is kept as the line's, whose START the line confirms.
 */
describe('a carrier opt-out word Twilio may not read', () => {
  it.each(['STOP', 'stop', ' Stop ', 'unsubscribe', 'CANCEL'])('%j is the bare word, left to Twilio', (text) => {
    expect(isBareCarrierOptOut(text)).toBe(true);
  });

  it.each(['Stop.', 'STOP!!', 'stop all', 'OPT OUT', 'ＳＴＯＰ', 'quit.'])('%j is not the bare word', (text) => {
    expect(isBareCarrierOptOut(text)).toBe(false);
  });

  it('is confirmed by the line, then silence, and START is confirmed by the line', () => {
    const t = new Texter(engineWith(fakeDirectory()));
    t.sendAll('hi', '1');
    expect(t.send('Stop.').join('\n')).toContain('you are unsubscribed');
    expect(t.last.effect).toBe('opt_out_line');
    expect(t.send('hi')).toEqual([]);
    expect(t.send('START').join('\n')).toContain('you will get our texts again');
  });

  it('leaves the bare word to Twilio: no reply of its own, and START is Twilio to confirm', () => {
    const t = new Texter(engineWith(fakeDirectory()));
    t.sendAll('hi', '1');
    expect(t.send('STOP')).toEqual([]);
    expect(t.last.effect).toBe('opt_out');
    expect(t.send('START')).toEqual([]);
  });

  it('confirms every form when the line handles opt-outs itself', () => {
    const t = new Texter(engineWith(fakeDirectory(), { optOutReplies: 'line' }));
    t.sendAll('hi', '1');
    expect(t.send('STOP').join('\n')).toContain('you are unsubscribed');
    expect(t.last.effect).toBe('opt_out');
  });
});
