import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readSource } from '../../src/directory/meetingSource';
import { PlaceIndex } from '../../src/directory/placeIndex';
import { aggregatorSampleGz, aggregatorSampleLines } from '../../tools/directory/aggregatorSample';
import { FIXTURES, realCatalogue } from './realFeeds';

const REPO = join(__dirname, '..', '..');
const SAMPLE = join(FIXTURES, 'na-aggregator-sample.ndjson.gz');

function importCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const tsx = join(REPO, 'node_modules', '.bin', 'tsx');
    execFile(
      tsx,
      [join(REPO, 'src', 'cli', 'directoryImport.ts'), ...args],
      { cwd: REPO, timeout: 60_000 },
      (err, stdout, stderr) => {
        resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

const opts = () => ({ catalogue: realCatalogue(), places: new PlaceIndex() });

describe('the BMLT aggregator NDJSON export', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'rtl-aggregator-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('has a checked-in sample that is exactly what tools/makeAggregatorSample.ts writes', () => {
    expect(gunzipSync(readFileSync(SAMPLE)).toString('utf8')).toBe(
      gunzipSync(aggregatorSampleGz(FIXTURES)).toString('utf8'),
    );
  });

  it('imports every valid meeting from the .gz and names each rejected one with its real cause', async () => {
    const r = await importCli([SAMPLE]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    // 53 Finger Lakes meetings + 1 relisted by a second server: two twins merged, 52 left.
    expect(lines[0]).toMatch(
      /na-aggregator-sample\.ndjson\.gz: 52 meeting\(s\) imported as na, 4 rejected, 2 listed twice and merged$/,
    );
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^ {2}rejected line \d+: not valid JSON/),
      '  rejected 47-9002: online meeting, but its link is not a usable http(s) address',
      '  rejected 47-9003: temporarily closed (TC) and no online link or dial-in',
      '  rejected 47-9004: unpublished in the feed',
    ]);
  });

  it('reads the same export plain (.ndjson), slugged by root server so ids that overlap across servers stay apart', async () => {
    const plain = join(tmp, 'na-aggregator.ndjson');
    writeFileSync(plain, aggregatorSampleLines(FIXTURES).join('\n'));
    const { meetings, report } = await readSource(plain, opts());
    expect(report).toMatchObject({ program: 'na', imported: 52, merged: 2 });
    expect(meetings.find((m) => m.id.endsWith(':12-2566'))).toMatchObject({
      name: 'Step up and Be Free',
      day: 1,
      startMinute: 1140,
    });
  });

  it("maps each server's format codes with that server's own format names", async () => {
    const file = join(tmp, 'na-two-servers.ndjson');
    const meeting = (server: string, id: string, formats: string, lat: string) => ({
      id_bigint: id,
      root_server_id: server,
      meeting_name: `Meeting ${id}`,
      weekday_tinyint: '3',
      start_time: '19:00:00',
      formats,
      latitude: lat,
      longitude: '-77.1',
      location_street: '1 Main St',
      location_municipality: 'Geneva',
      location_province: 'NY',
    });
    writeFileSync(
      file,
      [
        { key_string: 'XW', name_string: 'Women', root_server_id: '1' },
        { key_string: 'XW', name_string: 'Wheelchair Access', root_server_id: '2' },
        meeting('1', '10', 'XW', '42.80'),
        meeting('2', '10', 'XW', '42.90'),
      ]
        .map((l) => JSON.stringify(l))
        .join('\n'),
    );
    const { meetings } = await readSource(file, opts());
    expect(meetings.map((m) => [m.id.split(':')[1], m.tags])).toEqual([
      ['1-10', ['women']],
      ['2-10', ['wheelchair_access']],
    ]);
  });

  it('says a .gz that is not gzip inside for what it is', async () => {
    const broken = join(tmp, 'na-broken.ndjson.gz');
    writeFileSync(broken, Buffer.from([0x1f, 0x8b, 1, 2, 3]));
    await expect(readSource(broken, opts())).rejects.toThrow(/not a readable gzip file/);
  });
});

describe('a source whose program cannot be known', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'rtl-noprogram-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const rows = [
    { slug: 'a', name: 'Serenity', day: 1, time: '19:00', address: '1 Main St', city: 'Amarillo', state: 'TX' },
  ];

  it('is refused whole with one line naming program=ID:, --program and the ids, and exits non-zero', async () => {
    const file = join(tmp, 'intergroup-export.json');
    writeFileSync(file, JSON.stringify(rows));
    const r = await importCli([file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/no program: give the source as program=ID:.*--program ID.*\baa, na\b.*\balanon\b/);
  });

  it('is read once named, in either form, na=PATH or program=na:PATH, a hyphenated id too', async () => {
    const file = join(tmp, 'intergroup-export.json');
    writeFileSync(file, JSON.stringify(rows));
    for (const spec of [`aa=${file}`, `program=aa:${file}`]) {
      expect((await readSource(spec, opts())).report).toMatchObject({ program: 'aa', imported: 1 });
    }
    expect((await readSource(`al-anon=${file}`, opts())).report).toMatchObject({ program: 'alanon', imported: 1 });
  });

  it('exits non-zero and names --program when every meeting of a named source is rejected', async () => {
    const file = join(tmp, 'wrong.json');
    writeFileSync(
      file,
      JSON.stringify([{ slug: 'x', name: 'Only a town', day: 1, time: '19:00', city: 'Amarillo', state: 'TX' }]),
    );
    const r = await importCli([file, '--program', 'aa']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'rejected x: in person with no specific place (only a town (Amarillo), no street address)',
    );
    expect(r.stderr).toContain('--program aa');
  });
});
