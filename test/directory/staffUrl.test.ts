import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { isPublicAddress, readStaffUrl, staffUrlProblem } from '../../src/directory/staffUrl';

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/big') {
      res.writeHead(200);
      res.end(Buffer.alloc(4096, 'x'));
    } else if (req.url === '/slow') {
      setTimeout(() => res.end('[]'), 1500).unref();
    } else if (req.url === '/redirect') {
      res.writeHead(302, { location: '/feed.json.gz' });
      res.end();
    } else if (req.url === '/feed.json.gz') {
      res.writeHead(200);
      res.end(gzipSync('[{"slug":"a"}]'));
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('feed URLs staff add', () => {
  it('tells public addresses from loopback, private, link-local and mapped ones', () => {
    for (const ip of ['8.8.8.8', '1.1.1.1', '2606:4700:4700::1111']) expect(isPublicAddress(ip)).toBe(true);
    for (const ip of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      '::',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '::ffff:10.0.0.1',
      'not an ip',
    ])
      expect([ip, isPublicAddress(ip)]).toEqual([ip, false]);
  });

  it('accepts only http(s) without credentials', () => {
    expect(staffUrlProblem('https://example.org/feed.json')).toBeUndefined();
    expect(staffUrlProblem('file:///etc/passwd')).toMatch(/http/);
    expect(staffUrlProblem('gopher://x')).toMatch(/http/);
    expect(staffUrlProblem('https://user:pw@example.org/')).toMatch(/password/);
    expect(staffUrlProblem('not a url')).toMatch(/web address/);
  });

  it('refuses loopback by address and by a name that resolves to it, unless allowed', async () => {
    await expect(readStaffUrl(`${base}/feed.json.gz`)).rejects.toThrow(/private, loopback or link-local/);
    const port = (server.address() as AddressInfo).port;
    await expect(readStaffUrl(`http://localhost:${port}/feed.json.gz`)).rejects.toThrow(/private, loopback/);
    await expect(readStaffUrl(`${base}/redirect`, { allowPrivate: true })).resolves.toBe('[{"slug":"a"}]');
  });

  it('stops at the size and time limits', async () => {
    await expect(readStaffUrl(`${base}/big`, { allowPrivate: true, maxBytes: 1024 })).rejects.toThrow(/larger than/);
    await expect(readStaffUrl(`${base}/slow`, { allowPrivate: true, timeoutMs: 200 })).rejects.toThrow(/no answer/);
    await expect(readStaffUrl(`${base}/missing`, { allowPrivate: true })).rejects.toThrow(/HTTP 404/);
  });
});
