import { join } from 'node:path';
import { flowIdOf, flowVersionOf, parseFlowFile, parseFlowSource } from '../../src/flow/flowParser';

describe('parseFlowSource', () => {
  it('takes the id from the file name and the version from a hash of the bytes', () => {
    const parsed = parseFlowFile(join(__dirname, 'fixtures', 'valid.yaml'));
    expect(parsed.id).toBe('valid');
    expect(parsed.version).toMatch(/^[0-9a-f]{12}$/);
    expect(parsed.flow?.start).toBe('welcome');
    expect(parsed.findings).toEqual([]);
    expect(flowIdOf('flows/recovery.yml')).toBe('recovery');
    expect(flowVersionOf('a')).not.toBe(flowVersionOf('b'));
    expect(flowVersionOf(Buffer.from('a'))).toBe(flowVersionOf('a'));
  });

  it('locates a path of keys and list items at its line and column', () => {
    const source = [
      'name: t',
      'nodes:',
      '  who:',
      '    routes:',
      '      - goto: a',
      '      - words: [x]',
      '        goto: b',
      '',
    ].join('\n');
    const parsed = parseFlowSource('t.yaml', source);
    expect(parsed.locate(['nodes', 'who', 'routes', 1, 'goto'])).toEqual({ line: 7, column: 15 });
    expect(parsed.locate(['nodes', 'who', 'routes', 1, 'goto'], 'key')).toEqual({ line: 7, column: 9 });
    expect(parsed.locate(['nodes', 'who', 'routes', 0])).toEqual({ line: 5, column: 9 });
    // A path that goes past what exists points at the deepest part that does.
    expect(parsed.locate(['nodes', 'who', 'routes', 5, 'goto'])).toEqual({ line: 5, column: 7 });
    expect(parsed.locate(['nodes', 'nobody'])).toEqual({ line: 3, column: 3 });
  });

  it('reports a missing required field at its parent, saying what to add', () => {
    const parsed = parseFlowSource('t.yaml', 'name: t\nlanguages: [en]\nkeywords: {}\nnodes: {}\n');
    expect(parsed.flow).toBeUndefined();
    expect(parsed.findings).toEqual([
      expect.objectContaining({
        rule: 'schema',
        line: 1,
        column: 1,
        message: expect.stringContaining('needs `start`'),
      }),
    ]);
  });

  it('explains a file that is a list, not a flow', () => {
    const parsed = parseFlowSource('t.yaml', '- a\n- b\n');
    expect(parsed.findings[0].message).toContain('The file should be one flow');
  });

  it('reports a duplicate key as not-yaml at the second one', () => {
    const parsed = parseFlowSource('t.yaml', 'name: a\nname: b\n');
    expect(parsed.findings[0]).toMatchObject({
      rule: 'not-yaml',
      line: 2,
      message: expect.stringContaining('same name appears twice'),
    });
  });

  it('turns an unreadable file into a finding', () => {
    expect(parseFlowFile('/no/such/flow.yaml').findings[0]).toMatchObject({
      rule: 'unreadable',
      message: expect.stringContaining('ENOENT'),
    });
  });
});
