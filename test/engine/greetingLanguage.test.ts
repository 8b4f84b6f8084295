import { realDirectory } from '../directory/realFeeds';
import { engineWith, Texter } from './conversationKit';

/**
 * A greeting alone is the commonest first text. It names its language by itself: the Spanish ones are the flow's
 * start words, and an English one is answered in the line's own language, without reading it in every language.
 */
const engine = engineWith(realDirectory());

describe('the language of a first text that only greets', () => {
  it.each(['hi', 'Hi!', 'hello there', 'hey', 'howdy', 'hiya', 'hello again'])(
    '"%s" is welcomed in English',
    (text) => {
      const t = new Texter(engine);
      t.send(text);
      expect(t.last.replies[0]).toMatch(/^Recovery Textline: free, confidential help/);
    },
  );

  it.each(['hola', 'Hola!', 'buenas', 'buenas tardes', 'buenos dias', 'buenas noches'])(
    '"%s" is welcomed in Spanish',
    (text) => {
      const t = new Texter(engine);
      t.send(text);
      expect(t.last.replies[0]).toMatch(/^Recovery Textline: ayuda gratis/);
    },
  );

  it('a greeting that says more is still read for its language', () => {
    const t = new Texter(engine);
    t.send('hola, mi esposo toma mucho');
    expect(t.last.replies.join('\n')).toContain('Entendido');
  });
});
