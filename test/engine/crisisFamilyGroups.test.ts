import { readFileSync } from 'node:fs';
import { createEngine } from '../../src/engine/engine';
import { smsSegments } from '../../src/sms/gsm7';
import { MAX_REPLY_PARTS } from '../../src/sms/smsLimits';
import { engineWith, flowFromSource, flowsOf, realDirectory, stopRealDirectory, Texter } from './conversationKit';

/**
 * A family member's despair ("my husband drinks and i cant take it anymore", the thirty-fourth session's outside
 * check): the suicide reply first, 988 and 911, then `crisis_family`'s line in the same SMS (groups for family and
 * friends, and MEETINGS), never a question; and MEETINGS goes on without asking whom the help is for again.
 */
describe("a family member's despair", () => {
  afterAll(() => stopRealDirectory());

  it.each([
    ['my husband drinks and i cant take it anymore', 'Groups for family and friends'],
    ['my son is on heroin and i want to die', 'Groups for family and friends'],
    ['mi esposo toma mucho y ya no puedo mas, me quiero morir', 'grupos para familiares y amigos'],
  ])('%s: the crisis words, then the family groups, in one SMS and no question', async (text, line) => {
    const engine = engineWith(await realDirectory());
    const texter = new Texter(engine);
    const [reply, ...more] = texter.send(text);
    expect(more).toHaveLength(0);
    expect(reply.indexOf('988')).toBeGreaterThanOrEqual(0);
    expect(reply.indexOf(line)).toBeGreaterThan(reply.indexOf('988'));
    expect(reply).not.toMatch(/How would you like to meet|Who is the help for|What is it about|ZIP|\?\n1 /);
    expect(smsSegments(reply)).toBeLessThanOrEqual(MAX_REPLY_PARTS);
    // Whom the help is for was told: MEETINGS does not ask it again.
    expect(texter.send(text.startsWith('mi ') ? 'reuniones' : 'meetings').join('\n')).not.toMatch(
      /Who is the help for|Para quien es la ayuda/,
    );
  });

  it('is not said to the texter alone, for another danger, when meetings are turned down, or twice', async () => {
    const engine = engineWith(await realDirectory());
    for (const text of [
      'i want to kill myself',
      'i cant take it anymore',
      'my husband drinks and he is not breathing',
      'my husband drinks and hits me',
      'my husband drinks and i cant take it anymore, i dont want a meeting',
    ]) {
      const reply = new Texter(engine).send(text).join('\n');
      expect(reply).toMatch(/911|988/);
      expect(reply).not.toContain('Groups for family and friends');
    }
    // Asked for a group in the same text: crisis_group's line, not both.
    const asked = new Texter(engine).send('my wife drinks and i want to die, i need a group').join('\n');
    expect(asked).toContain('You asked for a group');
    expect(asked).not.toContain('Groups for family and friends');
  });

  it('is said when an earlier text told of the family member', async () => {
    const engine = engineWith(await realDirectory());
    const texter = new Texter(engine);
    texter.send('hi');
    texter.send('2');
    expect(texter.send('i cant take it anymore').join('\n')).toContain('Groups for family and friends');
  });

  it('gets the crisis reply alone from a flow published before crisis_family', async () => {
    const source = readFileSync('flows/recovery.yaml', 'utf8');
    const older = source.replace(/\n {2}crisis_family:\n(?: {4}.*\n)+/, '\n');
    expect(older).not.toContain('crisis_family:');
    const directory = await realDirectory();
    const engine = createEngine({ flows: flowsOf(flowFromSource('recovery', older)), directory: () => directory });
    const reply = new Texter(engine).send('my husband drinks and i cant take it anymore').join('\n');
    expect(reply).toContain('988');
    expect(reply).not.toContain('Groups for family and friends');
  });
});
