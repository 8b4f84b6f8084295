import { setFlowText } from '../../../src/console/flows/flowTexts';
import { revisionChanges } from '../../../src/console/flows/revisionChanges';
import { seedFiles } from './flowsSectionFixture';

/** What a revision changed, as the Revisions page's "What changed" shows it. */
describe('the changes between two revisions', () => {
  it('names each text changed, language by language, before and after', () => {
    const after = setFlowText(seedFiles, {
      file: 'recovery.yaml',
      path: ['nodes', 'welcome', 'say'],
      lang: 'es',
      text: 'Hola de nuevo.',
    });
    const changes = revisionChanges(seedFiles, after);
    expect(changes.texts).toHaveLength(1);
    expect(changes.texts[0]).toMatchObject({
      id: 'recovery.yaml#nodes.welcome.say',
      path: ['nodes', 'welcome', 'say'],
      languages: { es: { after: 'Hola de nuevo.' } },
    });
    expect(changes.texts[0].languages.es.before).toMatch(/^Recovery Textline/);
    expect(Object.keys(changes.texts[0].languages)).toEqual(['es']);
    expect(changes).toMatchObject({ wordLists: [], otherFlowChanges: [], testFiles: [] });
  });

  it('names the words added to and taken out of a word list, and says when steps or tests changed too', () => {
    const yaml = seedFiles['recovery.yaml'];
    const after = {
      ...seedFiles,
      'recovery.yaml': yaml
        .replace('en: [HELP, INFO, INFORMATION]', 'en: [HELP, INFORMATION, WHAT IS THIS]')
        .replace(/^# /m, '# a comment only changed\n# '),
      'tests/extra.yaml': 'cases: []\n',
    };
    const changes = revisionChanges(seedFiles, after);
    expect(changes.texts).toEqual([]);
    expect(changes.wordLists).toEqual([
      {
        id: 'recovery.yaml#keywords.help.words',
        file: 'recovery.yaml',
        path: ['keywords', 'help', 'words'],
        languages: { en: { added: ['WHAT IS THIS'], removed: ['INFO'] } },
      },
    ]);
    // A comment is not a change of steps; a new test file is listed.
    expect(changes.otherFlowChanges).toEqual([]);
    expect(changes.testFiles).toEqual(['tests/extra.yaml']);
    const routed = { ...seedFiles, 'recovery.yaml': `${yaml}\nnew_setting: true\n` };
    expect(revisionChanges(seedFiles, routed).otherFlowChanges).toEqual(['recovery.yaml']);
  });
});
