import { readFileSync } from 'node:fs';
import { createEngine } from '../../src/engine/engine';
import { smsSegments } from '../../src/sms/gsm7';
import { MAX_REPLY_PARTS } from '../../src/sms/smsLimits';
import { engineWith, flowFromSource, flowsOf, realDirectory, stopRealDirectory, Texter } from './conversationKit';

/**
 * A crisis text that also asks for a group (the thirty-ninth probe: "i am so scared he will od, i need a group for me
 * as his mom"): the crisis reply first, 911 and 988, then `crisis_group`'s line in the same SMS, and never a question.
 */
describe('a group asked for in a crisis text', () => {
  afterAll(() => stopRealDirectory());

  it('is heard after the crisis words, in one SMS, with no question', async () => {
    const engine = engineWith(await realDirectory());
    const replies = new Texter(engine).send('i am so scared he will od, i need a group for me as his mom');
    expect(replies).toHaveLength(1);
    const [reply] = replies;
    expect(reply.indexOf('call 911')).toBeGreaterThanOrEqual(0);
    expect(reply.indexOf('You asked for a group')).toBeGreaterThan(reply.indexOf('call 911'));
    expect(reply).not.toMatch(/How would you like to meet|Who is the help for|ZIP/);
    expect(smsSegments(reply)).toBeLessThanOrEqual(MAX_REPLY_PARTS);
  });

  it('is not claimed when the text turns meetings down or asks for none', async () => {
    const engine = engineWith(await realDirectory());
    for (const text of ['i want to die, i dont want a meeting', 'i want to die', 'my son is not breathing']) {
      const reply = new Texter(engine).send(text).join('\n');
      expect(reply).toContain('988');
      expect(reply).not.toContain('You asked for a group');
    }
  });

  it("is not claimed when the group is another's word, and still is when the texter's own (the fortieth probe)", async () => {
    const engine = engineWith(await realDirectory());
    for (const text of [
      'im going to kill myself. my sponsor says i need a meeting',
      'he hit me again tonight, my therapist thinks i need a group',
    ]) {
      const reply = new Texter(engine).send(text).join('\n');
      expect(reply).toContain('911');
      expect(reply).not.toContain('You asked for a group');
    }
    const own = new Texter(engine).send('i think i need a meeting, i want to die').join('\n');
    expect(own).toContain('You asked for a group');
  });

  it('is left off when the crisis reply has no room for it', async () => {
    const engine = engineWith(await realDirectory());
    // An overdose, thoughts of suicide and a sexual assault: three parts already, RAINN last.
    const text = 'he raped me and then i took all my pills and i want to die, i need a meeting';
    const reply = new Texter(engine).send(text).join('\n');
    expect(reply).toContain('911');
    expect(reply).toContain('RAINN');
    expect(reply).not.toContain('You asked for a group');
    expect(smsSegments(reply)).toBeLessThanOrEqual(MAX_REPLY_PARTS);
    // With room, the same request is heard: a child hurt at home and a parent overdosing.
    const roomy = 'im 15 and my dad hits me, my mom took all her pills and wont wake up, i need a meeting';
    const heard = new Texter(engine).send(roomy).join('\n');
    expect(heard).toContain('You asked for a group');
    expect(smsSegments(heard)).toBeLessThanOrEqual(MAX_REPLY_PARTS);
  });

  it('gets the crisis reply alone from a flow published before crisis_group', async () => {
    const source = readFileSync('flows/recovery.yaml', 'utf8');
    const older = source.replace(/\n {2}crisis_group:\n(?: {4}.*\n)+/, '\n');
    expect(older).not.toContain('crisis_group:');
    const directory = await realDirectory();
    const engine = createEngine({ flows: flowsOf(flowFromSource('recovery', older)), directory: () => directory });
    const reply = new Texter(engine).send('i am so scared he will od, i need a group for me as his mom').join('\n');
    expect(reply).toContain('call 911');
    expect(reply).not.toContain('You asked for a group');
  });
});
