import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectoryService } from '../../src/directory/directoryService';
import fc from 'fast-check';
import { DuplicateFinder, metersBetween, similarNames } from '../../src/directory/meetingDedupe';
import type { Meeting } from '../../src/directory/types';
import { createLogger } from '../../src/log/logger';
import { FEEDS, FIXTURES } from './realFeeds';

const REPO = join(__dirname, '..', '..');
type Row = Record<string, unknown>;

/** Moves a point north by `meters`. */
const north = (lat: number, meters: number) => lat + meters / 111_320;

describe('one meeting, once', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rtl-dedupe-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('merges what a second, overlapping feed lists again (same program, day, time, within 100 m, similar name), and counts it', async () => {
    mkdirSync(join(dir, 'feeds'));
    copyFileSync(join(REPO, 'directory', 'programs.yaml'), join(dir, 'programs.yaml'));
    copyFileSync(join(FIXTURES, FEEDS.amarillo), join(dir, 'feeds', FEEDS.amarillo));
    const amarillo = JSON.parse(readFileSync(join(FIXTURES, FEEDS.amarillo), 'utf8')) as Row[];
    const bySlug = (slug: number) => amarillo.find((m) => m.slug === slug)!;
    // A district's own list: the same meetings under its own slugs, names as the district writes them,
    // geocoded a few metres apart. 5202 "Touch of Soul" Mon 12:00, 5400 "SouthWest Group" Tue 6:30.
    const touch = bySlug(5202);
    const southwest = bySlug(5400);
    const district: Row[] = [
      { ...touch, slug: 'd-1', name: 'Touch of Soul Group', latitude: north(Number(touch.latitude), 40) },
      { ...southwest, slug: 'd-2', name: 'Southwest Grp', latitude: north(Number(southwest.latitude), 90) },
      // Not the same: 300 m away; another hour; another name at the same place and time.
      { ...touch, slug: 'd-3', name: 'Touch of Soul', latitude: north(Number(touch.latitude), 300) },
      { ...touch, slug: 'd-4', name: 'Touch of Soul', time: '13:00' },
      { ...touch, slug: 'd-5', name: 'Women in the Solution' },
    ];
    const second = join(dir, 'district.json');
    writeFileSync(second, JSON.stringify(district));
    const lines: string[] = [];
    const log = createLogger('info', { write: (s: string) => void lines.push(s) });
    const service = await DirectoryService.start({
      sources: [`aa=${second}`],
      refreshMinutes: 0,
      log,
      bundledDir: dir,
    });
    service.stop();
    const report = service.reports().find((r) => r.source.endsWith('district.json'))!;
    expect(report).toMatchObject({ imported: 3, merged: 2, rejected: [] });
    expect(service.current().size()).toBe(594 + 3);
    expect(lines.join('')).toMatch(/"msg":"directory loaded".*|"merged":20/);
    const loaded = lines
      .map((l) => JSON.parse(l) as { msg: string; merged?: number })
      .find((l) => l.msg === 'directory loaded')!;
    // 18 twins inside the Amarillo feed itself, 2 across the two feeds.
    expect(loaded.merged).toBe(20);
  });

  it('reads names as the same group only when they are: filler words, typos, but never other numbers', () => {
    expect(similarNames('Touch of Soul', 'Touch of Soul Group')).toBe(true);
    expect(similarNames('SouthWest Group', 'Southwest Grp')).toBe(true);
    expect(similarNames('Serenity AFG', 'Serenity Al-Anon Family Group')).toBe(true);
    expect(similarNames('Courage to Change', 'Courage to Chnage')).toBe(true);
    expect(similarNames('Monthly Business Meeting District 19', 'Monthly Business Meeting District 6')).toBe(false);
    expect(similarNames('Touch of Soul', 'Women in the Solution')).toBe(false);
    expect(similarNames('Just for Today', 'Keep It Simple')).toBe(false);
  });

  it('finds every twin within 100 m, in any direction, at any latitude and longitude', () => {
    const meeting = (id: string, lat: number, lon: number): Meeting => ({
      id,
      programId: 'aa',
      name: 'Serenity Group',
      day: 3,
      startMinute: 1140,
      timezone: 'America/Chicago',
      modes: ['in_person'],
      tags: [],
      lat,
      lon,
    });
    fc.assert(
      fc.property(
        fc.double({ min: -60, max: 70, noNaN: true }),
        fc.double({ min: -179, max: 179, noNaN: true }),
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        fc.double({ min: 0, max: 99, noNaN: true }),
        (lat, lon, bearing, meters) => {
          const dLat = (meters * Math.cos(bearing)) / 111_320;
          const other = { lat: lat + dLat, lon: 0 };
          // East-west metres to degrees at the pair's mean latitude, as metersBetween measures them.
          other.lon = lon + (meters * Math.sin(bearing)) / (111_320 * Math.cos(((lat + dLat / 2) * Math.PI) / 180));
          const first = meeting('a', lat, lon);
          const finder = new DuplicateFinder();
          finder.add(first);
          expect(metersBetween(lat, lon, other.lat, other.lon)).toBeLessThanOrEqual(100);
          expect(finder.add(meeting('b', other.lat, other.lon))).toBe(first);
        },
      ),
      { numRuns: 5_000, endOnFailure: true },
    );
  });

  it('measures 100 m as 100 m', () => {
    expect(metersBetween(35.2, -101.8, north(35.2, 100), -101.8)).toBeCloseTo(100, 0);
  });
});
