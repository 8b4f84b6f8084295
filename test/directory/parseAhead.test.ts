import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAndBuild } from '../../src/directory/directoryBuild';
import { parseAhead, parseCatalogueAhead, takeCatalogueAhead, takeParsedAhead } from '../../src/directory/parseAhead';
import { loadProgramCatalogue } from '../../src/directory/programCatalogue';

const REPO = join(__dirname, '..', '..');

const row = (slug: string, name: string) => ({
  slug,
  name,
  program: 'aa',
  day: 2,
  time: '19:00',
  timezone: 'America/Chicago',
  address: '100 Main St',
  city: 'Amarillo',
  state: 'TX',
  latitude: 35.2,
  longitude: -101.8,
});

describe('parseAhead', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'rtl-ahead-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the first load the feed parsed ahead, and that load the same directory as one that parses it', async () => {
    const file = join(dir, 'feed.json');
    writeFileSync(file, JSON.stringify([row('a', 'Early Birds'), row('b', 'Night Owls')]));
    const req = { bundledDir: join(REPO, 'directory'), sources: [file] };
    const plain = await loadAndBuild(req);
    parseAhead([file]);
    parseCatalogueAhead(join(REPO, 'directory', 'programs.yaml'));
    const withAhead = await loadAndBuild(req);
    expect(withAhead).toEqual(plain);
    expect(takeCatalogueAhead(join(REPO, 'directory', 'programs.yaml'))).toBeUndefined();
    // The load took it (the same bytes find nothing now), so the next load parses its own.
    expect(await takeParsedAhead(file, readFileSync(file))).toBeUndefined();
  });

  it('is not used when the file changed after it was parsed ahead, nor for a file that would not parse', async () => {
    const file = join(dir, 'feed.json');
    writeFileSync(file, JSON.stringify([row('a', 'Early Birds')]));
    parseAhead([file]);
    expect(await takeParsedAhead(file, Buffer.from(JSON.stringify([row('a', 'Changed')])))).toBeUndefined();
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '[{');
    parseAhead([bad]);
    expect(await takeParsedAhead(bad, Buffer.from('[{'))).toBeUndefined();
    // What the load read is what it was parsed from: taken.
    parseAhead([file]);
    expect(await takeParsedAhead(file, Buffer.from(JSON.stringify([row('a', 'Early Birds')])))).toEqual({
      json: [row('a', 'Early Birds')],
    });
  });

  it('gives the catalogue parsed ahead only for the same file with the same text, and none with problems', () => {
    const file = join(dir, 'programs.yaml');
    const text = readFileSync(join(REPO, 'directory', 'programs.yaml'), 'utf8');
    writeFileSync(file, text);
    parseCatalogueAhead(file);
    expect(takeCatalogueAhead(join(dir, 'other.yaml'))).toBeUndefined();
    parseCatalogueAhead(file);
    expect(takeCatalogueAhead(file)?.programs).toEqual(loadProgramCatalogue(file).programs);
    parseCatalogueAhead(file);
    writeFileSync(file, `${text}\n# changed\n`);
    expect(takeCatalogueAhead(file)).toBeUndefined();
    writeFileSync(file, 'programs: [');
    parseCatalogueAhead(file);
    expect(takeCatalogueAhead(file)).toBeUndefined();
  });

  it('leaves URLs to the load', async () => {
    parseAhead(['aa=https://example.invalid/feed.json']);
    expect(await takeParsedAhead('aa=https://example.invalid/feed.json', Buffer.from('[]'))).toBeUndefined();
  });
});
