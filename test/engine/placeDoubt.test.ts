import type { MeetingDirectory } from '../../src/directory/types';
import { engineWith, realDirectory, stopRealDirectory, Texter } from './conversationKit';

/**
 * Doubt at the place question ("no se", "idk", "im not sure"): a way on without the ZIP, and no change to the
 * answers already given (Spanish probe 20 of 2026-12-04).
 */

let directory: MeetingDirectory;
beforeAll(async () => {
  directory = await realDirectory();
});
afterAll(stopRealDirectory);

/** The conversation's variables and node after the last text, as the store keeps them. */
function stateOf(t: Texter): { vars: Record<string, unknown>; node: string } {
  const snapshot = t.session?.snapshot as { context: { vars: Record<string, unknown> }; value: unknown };
  return { vars: snapshot.context.vars, node: t.last.stateAfter };
}

describe('not knowing the ZIP at the place question', () => {
  it.each(['im not sure', 'idk', 'not sure', 'i dont know my zip', 'im not sure of the zip'])(
    'offers the town alone, online or phone, and keeps whom for and what about: %p',
    (text) => {
      const t = new Texter(engineWith(directory));
      t.sendAll('hi', '2', '1', 'no', '1');
      expect(stateOf(t).node).toBe('where');
      const [reply] = t.send(text);
      expect(reply).toMatch(/^No problem\. Send just your town and state/);
      expect(reply).not.toMatch(/Got it/);
      expect(stateOf(t)).toMatchObject({ node: 'place_unknown', vars: { audience: 'family', concern: 'alcohol' } });
    },
  );

  it('keeps the concern through "no se" twice in Spanish, then searches phone meetings', () => {
    const t = new Texter(engineWith(directory));
    t.sendAll('hola', '1', '1', 'no', '1');
    t.send('no se mi codigo postal');
    expect(stateOf(t).node).toBe('place_unknown');
    const [reply] = t.send('no se');
    expect(reply).toMatch(/Linea SAMHSA/);
    expect(stateOf(t).vars).toMatchObject({ audience: 'self', concern: 'alcohol', mode: 'phone' });
  });

  it('still takes a mix named for someone named there as their concern', () => {
    const t = new Texter(engineWith(directory));
    t.sendAll('hi', '2', '1', 'no', '1');
    t.send('its for my son, idk what hes on');
    expect(stateOf(t).vars).toMatchObject({ audience: 'family', concern: 'unsure' });
  });
});
