import { runtimeCheckOptions } from '../../src/engine/runtimeCheck';
import { joinTexts } from '../../src/engine/stepOutput';
import { engineWith, recoveryFlow, Texter } from './conversationKit';
import { fakeDirectory } from './fakeDirectory';

/**
 * The flow checker costs replies with the runtime's own rules (CheckOptions.replies): these pin
 * that the rules it is given say what the engine does with the shipped flow.
 */

const rules = runtimeCheckOptions.replies;
const flow = recoveryFlow().flow;

describe('the reply rules the runtime gives the checker', () => {
  it('join texts as the engine sends them: trimmed, blank ones out, one per line', () => {
    expect(rules.join).toBe(joinTexts);
    expect(rules.join([' a ', '', 'b'])).toBe('a\nb');
  });

  it('HELP is followed by the question at hand, in the same SMS', () => {
    expect(rules.afterKeyword('help', flow.keywords.help)).toBe('question');
    const texter = new Texter(engineWith(fakeDirectory()));
    const question = texter.send('hi').join('\n').split('\n').slice(-3).join('\n');
    const [help, ...more] = texter.send('HELP');
    expect(more).toEqual([]);
    expect(help).toContain(question);
  });

  it('NEW is followed by what the start says on arrival', () => {
    expect(rules.afterKeyword('restart', flow.keywords.restart)).toBe('arrival');
    const texter = new Texter(engineWith(fakeDirectory()));
    texter.sendAll('hi', '1');
    expect(texter.send('NEW').join('\n')).toContain('Who is the help for?');
  });

  it('a crisis reply goes alone, made of the parts the runtime lists, and no question follows it', () => {
    expect(rules.afterKeyword('crisis', flow.keywords.crisis)).toBe('alone');
    expect(rules.crisisParts).toEqual([
      'crisis_pet',
      'crisis_overdose',
      'crisis_withdrawal',
      'crisis_driving',
      'crisis_suicide',
      'crisis',
      'crisis_poison',
      'crisis_violence',
      'crisis_assault',
      'crisis_child',
      'crisis_alone',
    ]);
    // An overdose's first words, withdrawal's and driving's never go out together: the length check takes one.
    // Childhelp goes in place of the partners' hotline, and Never Use Alone never with 988 or either hotline.
    expect(rules.crisisExclusive).toEqual([
      ['crisis_overdose', 'crisis_withdrawal'],
      ['crisis_overdose', 'crisis_driving'],
      ['crisis_withdrawal', 'crisis_driving'],
      ['crisis_child', 'crisis_violence'],
      ['crisis_assault', 'crisis_violence'],
      ['crisis_child', 'crisis_assault'],
      ['crisis_suicide', 'crisis_alone'],
      ['crisis_violence', 'crisis_alone'],
      ['crisis_child', 'crisis_alone'],
      ['crisis_assault', 'crisis_alone'],
      // Poison Control takes the place of the words said after the common part; a pet's words go only alone.
      ['crisis_poison', 'crisis_violence'],
      ['crisis_poison', 'crisis_child'],
      ['crisis_poison', 'crisis_assault'],
      ['crisis_poison', 'crisis_alone'],
      ...['overdose', 'suicide', 'violence', 'child', 'assault', 'withdrawal', 'driving', 'alone', 'poison'].map(
        (kind) => [`crisis_${kind}`, 'crisis_pet'],
      ),
    ]);
    const texter = new Texter(engineWith(fakeDirectory()));
    texter.send('hi');
    const replies = texter.send('I took too many pills and want to die');
    expect(replies).toHaveLength(1);
    expect(replies[0]).not.toContain('Who is the help for?');
    // Someone being hurt: 911 (the common part) first, then the hotline, and no question.
    const hurt = new Texter(engineWith(fakeDirectory())).send('my husband beats me when he drinks');
    expect(hurt).toHaveLength(1);
    expect(hurt[0]).toMatch(
      /^If you are in danger, call 911\..*\nHurt, or afraid you'll hurt someone\? Domestic Violence Hotline/s,
    );
    expect(hurt[0]).not.toContain('How would you like to meet?');
  });
});
