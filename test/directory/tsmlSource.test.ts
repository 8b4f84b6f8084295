import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DirectoryService } from '../../src/directory/directoryService';
import { readSource } from '../../src/directory/meetingSource';
import { PlaceIndex } from '../../src/directory/placeIndex';
import { createLogger } from '../../src/log/logger';
import { FEEDS, FIXTURES, realCatalogue } from './realFeeds';

const KEY = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';

/**
 * A local server that answers like a 12 Step Meeting List WordPress site:
 * `wp-admin/admin-ajax.php?action=meetings`, sharing open or restricted to keys, a 401 with
 * `{"error": "HTTP/1.1 401 Unauthorized"}` otherwise (as tsml_ajax_unauthorized sends).
 */
async function tsmlSite(sharing: 'open' | 'restricted') {
  const body = readFileSync(join(FIXTURES, FEEDS.alanon));
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname !== '/wp-admin/admin-ajax.php' || url.searchParams.get('action') !== 'meetings') {
      res.writeHead(404).end('0');
      return;
    }
    if (sharing === 'restricted' && url.searchParams.get('key') !== KEY) {
      res
        .writeHead(401, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: 'HTTP/1.1 401 Unauthorized' }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/wp-admin/admin-ajax.php?action=meetings`;
  return { base, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const opts = () => ({ catalogue: realCatalogue(), places: new PlaceIndex(), timeoutMs: 5_000 });

describe('a 12 Step Meeting List (TSML) site as a source', () => {
  it('reads an open site without a key', async () => {
    const site = await tsmlSite('open');
    try {
      const { report } = await readSource(`alanon=${site.base}`, opts());
      expect(report).toMatchObject({ program: 'alanon', imported: 309 });
    } finally {
      await site.close();
    }
  });

  it('reads a restricted site with its sharing key, and never shows the key in the report', async () => {
    const site = await tsmlSite('restricted');
    try {
      const { report } = await readSource(`program=alanon:${site.base}&key=${KEY}`, opts());
      expect(report.imported).toBe(309);
      expect(report.source).toContain('key=***');
      expect(JSON.stringify(report)).not.toContain(KEY);
    } finally {
      await site.close();
    }
  });

  it('says what to do when the key is missing or refused, without showing the key', async () => {
    const site = await tsmlSite('restricted');
    try {
      await expect(readSource(`alanon=${site.base}`, opts())).rejects.toThrow(
        /only with a key \(HTTP 401\): add &key=YOUR_KEY/,
      );
      const wrong = readSource(`alanon=${site.base}&key=not-${KEY}`, opts());
      await expect(wrong).rejects.toThrow(/refused the sharing key \(HTTP 401\)/);
      await expect(wrong).rejects.not.toThrow(KEY);
    } finally {
      await site.close();
    }
  });

  it('keeps the key out of the server logs when the site is a DIRECTORY_SOURCES entry', async () => {
    const site = await tsmlSite('restricted');
    const lines: string[] = [];
    const log = createLogger('info', { write: (s: string) => void lines.push(s) });
    try {
      const service = await DirectoryService.start({
        sources: [`alanon=${site.base}&key=${KEY}`, `alanon=${site.base}&key=wrong`],
        refreshMinutes: 0,
        log,
        bundledDir: join(__dirname, '..', '..', 'directory'),
      });
      service.stop();
      // The bundled Al-Anon feed already lists every one of the site's meetings: all merged as twins.
      const fromSite = service.reports().filter((r) => r.source.includes('admin-ajax'));
      expect(fromSite.map((r) => [r.imported, r.merged ?? 0, Boolean(r.error)])).toEqual([
        [0, 309, false],
        [0, 0, true],
      ]);
      const logged = lines.join('');
      expect(logged).toContain('admin-ajax.php?action=meetings&key=***');
      expect(logged).not.toContain(KEY);
      expect(logged).not.toContain('key=wrong');
    } finally {
      await site.close();
    }
  });
});
