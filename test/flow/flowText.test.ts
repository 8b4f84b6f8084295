import { renderText } from '../../src/flow/flowText';

describe('renderText', () => {
  const text = { en: 'None near {{place}}. Local meetings:\n{{finders}}\nOnline:\n{{online}}' };

  it('fills each placeholder', () => {
    expect(
      renderText(text, 'en', 'en', { place: 'Nome, AK', finders: 'AA aa.org/find-aa', online: 'NA virtual-na.org' }),
    ).toBe('None near Nome, AK. Local meetings:\nAA aa.org/find-aa\nOnline:\nNA virtual-na.org');
  });

  it('leaves out a line that is only an empty placeholder, so no blank line is sent', () => {
    expect(renderText(text, 'en', 'en', { place: 'Nome, AK', finders: '', online: 'NA virtual-na.org' })).toBe(
      'None near Nome, AK. Local meetings:\nOnline:\nNA virtual-na.org',
    );
  });

  it('keeps a placeholder that shares its line with words, empty or not', () => {
    expect(renderText({ en: 'Hi\nnear {{place}}' }, 'en', 'en', { place: '' })).toBe('Hi\nnear');
  });
});
