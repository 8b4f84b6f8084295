import { readFileSync } from 'node:fs';
import { createEngine } from '../../src/engine/engine';
import { flowFromSource, flowsOf, realDirectory, stopRealDirectory, Texter } from './conversationKit';

/**
 * A flow revision published before `crisis_child` and `crisis_assault` existed stays served until staff publish
 * again: a child hurt at home or a sexual assault must still get a hotline after the common part (the partners' one,
 * `crisis_violence`), never the common part alone.
 */
function withoutKeywords(source: string, names: readonly string[]): string {
  let out = source;
  for (const name of names) {
    // Each keyword is a block at two spaces' indent: its name line and the more-indented lines under it.
    out = out.replace(new RegExp(`\\n  ${name}:\\n(?:(?:    .*|\\s*#.*|)\\n)+?(?=  \\S)`), '\n');
  }
  return out;
}

describe('a flow without the newer crisis keywords', () => {
  afterAll(() => stopRealDirectory());

  it('still gives the partners hotline to a child hurt at home and after a sexual assault', async () => {
    const source = readFileSync('flows/recovery.yaml', 'utf8');
    const older = withoutKeywords(source, ['crisis_child', 'crisis_assault']);
    expect(older).not.toContain('crisis_child:');
    expect(older).not.toContain('crisis_assault:');
    const directory = await realDirectory();
    const engine = createEngine({ flows: flowsOf(flowFromSource('recovery', older)), directory: () => directory });
    for (const text of ['im 15 and my dad hits me when hes drunk', 'i was raped while drunk']) {
      const reply = new Texter(engine).send(text).join('\n');
      expect(reply).toContain('call 911');
      expect(reply).toContain('Domestic Violence Hotline');
    }
  });
});
