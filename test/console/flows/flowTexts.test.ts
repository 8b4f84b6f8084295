import { listFlowTexts, setFlowText, TextChangeError } from '../../../src/console/flows/flowTexts';

const yaml = `# a comment that must survive
languages: [en, es]
nodes:
  a:
    say:
      en: "Hi – there"   # trailing comment
      es: Hola
    words:
      en: [x, y]
      es: [x]
`;

describe('flow texts', () => {
  it('finds each text with its languages, line and SMS cost, and skips word lists', () => {
    const texts = listFlowTexts({ 'f.yaml': yaml, 'tests/t.yaml': '- name: x\n' });
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatchObject({ id: 'f.yaml#nodes.a.say', path: ['nodes', 'a', 'say'], line: 6 });
    expect(texts[0].versions.en.cost).toMatchObject({ encoding: 'UCS-2', firstNonGsm: '–', segments: 1 });
    expect(texts[0].versions.es).toMatchObject({ text: 'Hola', characters: 4, cost: { encoding: 'GSM-7' } });
  });

  it('changes only the value, keeping comments and layout', () => {
    const out = setFlowText(
      { 'f.yaml': yaml },
      { file: 'f.yaml', path: ['nodes', 'a', 'say'], lang: 'en', text: 'Say "hi"\nnow' },
    );
    expect(out['f.yaml']).toBe(yaml.replace('"Hi – there"', '"Say \\"hi\\"\\nnow"'));
    expect(listFlowTexts(out)[0].versions.en.text).toBe('Say "hi"\nnow');
  });

  it('refuses a path that is not a text, a missing language and an unknown file', () => {
    expect(() =>
      setFlowText({ 'f.yaml': yaml }, { file: 'f.yaml', path: ['nodes', 'b'], lang: 'en', text: 'x' }),
    ).toThrow(TextChangeError);
    expect(() =>
      setFlowText({ 'f.yaml': yaml }, { file: 'f.yaml', path: ['nodes', 'a', 'say'], lang: 'fr', text: 'x' }),
    ).toThrow(TextChangeError);
    expect(() => setFlowText({ 'f.yaml': yaml }, { file: 'g.yaml', path: ['a'], lang: 'en', text: 'x' })).toThrow(
      TextChangeError,
    );
  });
});
