import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A Meeting Guide feed with one good meeting and three that must be rejected, each for its own reason. */
export const FEED_WITH_BAD_RECORDS = [
  {
    slug: 'good-monday-night',
    name: 'Monday Night Big Book',
    day: 1,
    time: '19:00',
    address: '200 Pearl Street',
    city: 'Burlington',
    state: 'VT',
    postal_code: '05401',
    types: ['O'],
  },
  {
    slug: 'no-day-given',
    name: 'No Day',
    time: '19:00',
    address: '1 Main St',
    city: 'Burlington',
    state: 'VT',
    postal_code: '05401',
  },
  {
    slug: 'bad-time',
    name: 'Bad Time',
    day: 2,
    time: '7pm-ish',
    address: '1 Main St',
    city: 'Burlington',
    state: 'VT',
    postal_code: '05401',
  },
  { slug: 'nowhere-at-all', name: 'Nowhere', day: 3, time: '18:00' },
];

/** A local HTTP server serving `body` as JSON at any path; close it after the tests. */
export async function feedServer(body: unknown = FEED_WITH_BAD_RECORDS): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/meetings.json`, server };
}
