import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { DirectoryLoadError } from './errors';
import { shownSource } from './meetingSource';

/** Limits on a feed URL staff add in the console. */
export interface StaffUrlOptions {
  /** Allow loopback, private and link-local addresses (DIRECTORY_ALLOW_PRIVATE_URLS); default no. */
  allowPrivate?: boolean;
  /** Largest body read, in bytes (default 20 MB), gzip unpacked included. */
  maxBytes?: number;
  /** Time for the whole read, redirects included, in ms (default 20 s). */
  timeoutMs?: number;
}

/** Addresses a staff-added URL may not reach unless DIRECTORY_ALLOW_PRIVATE_URLS is set. */
const NOT_PUBLIC = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  NOT_PUBLIC.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  NOT_PUBLIC.addSubnet(net, bits, 'ipv6');

/** True when an IP address is on the public internet (not loopback, private, link-local, multicast...). */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  if (family === 6) {
    // An IPv4 address written as IPv6 (::ffff:10.0.0.1, 64:ff9b::a00:1) is judged as the IPv4 it is.
    const mapped = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
    if (mapped) return isPublicAddress(mapped);
    if (/^::ffff:/i.test(address)) return false;
  }
  return !NOT_PUBLIC.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * Checks the form of a URL staff typed: http or https, a host, no user name or password in it.
 * Returns the problem in plain words, or undefined when it may be tried.
 */
export function staffUrlProblem(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'not a web address: it must start with https:// (or http://)';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'only http:// and https:// addresses can be read';
  if (url.username || url.password) return 'the address may not carry a user name or password';
  if (!url.hostname) return 'the address has no host';
  return undefined;
}

/**
 * Reads a feed URL staff added: http(s) only, every address the host resolves to checked (and the one
 * connected to, so a DNS answer that changes cannot slip past), at most 3 redirects each checked again,
 * the body cut off past `maxBytes` and the whole read past `timeoutMs`. Gzip is unpacked. Throws
 * DirectoryLoadError with a reason staff can act on.
 */
export async function readStaffUrl(raw: string, opts: StaffUrlOptions = {}): Promise<string> {
  const maxBytes = opts.maxBytes ?? 20 * 1024 * 1024;
  const deadline = Date.now() + (opts.timeoutMs ?? 20_000);
  let location = raw;
  for (let hop = 0; hop <= 3; hop++) {
    const problem = staffUrlProblem(location);
    if (problem) throw new DirectoryLoadError(shownSource(raw), problem);
    const answer = await getOnce(new URL(location), opts.allowPrivate ?? false, maxBytes, deadline, raw);
    if (answer.redirect) {
      location = new URL(answer.redirect, location).toString();
      continue;
    }
    return unpack(answer.body!, maxBytes, raw);
  }
  throw new DirectoryLoadError(shownSource(raw), 'more than 3 redirects');
}

function getOnce(
  url: URL,
  allowPrivate: boolean,
  maxBytes: number,
  deadline: number,
  raw: string,
): Promise<{ body?: Buffer; redirect?: string }> {
  const shown = shownSource(raw);
  return new Promise((resolve, reject) => {
    const fail = (message: string) => reject(new DirectoryLoadError(shown, message));
    const lookup = checkedLookup(allowPrivate);
    const literal = url.hostname.replace(/^\[|\]$/g, '');
    // An address written as the host is never looked up: check it here.
    if (!allowPrivate && isIP(literal) && !isPublicAddress(literal)) {
      fail(privateMessage());
      return;
    }
    const client = url.protocol === 'https:' ? https : http;
    const req = client.get(
      url,
      {
        lookup,
        headers: { accept: 'application/json, application/x-ndjson, */*' },
        timeout: Math.max(1, deadline - Date.now()),
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400 && res.headers.location) {
          res.resume();
          resolve({ redirect: res.headers.location });
          return;
        }
        if (status < 200 || status >= 300) {
          res.resume();
          fail(`the server answered HTTP ${status}`);
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            req.destroy();
            fail(`larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
            return;
          }
          chunks.push(chunk);
        });
        res.on('end', () => resolve({ body: Buffer.concat(chunks) }));
        res.on('error', (err) => fail(`the read broke off (${err.message})`));
      },
    );
    const timer = setTimeout(
      () => {
        req.destroy();
        fail(`no answer within ${Math.round((deadline - Date.now() + 1) / 1000) || 0} s`);
      },
      Math.max(1, deadline - Date.now()),
    );
    req.on('close', () => clearTimeout(timer));
    req.on('timeout', () => {
      req.destroy();
      fail('no answer in time');
    });
    req.on('error', (err) => {
      if (err instanceof BlockedAddressError) fail(privateMessage());
      else fail(`cannot reach it (${(err as NodeJS.ErrnoException).code ?? err.message})`);
    });
  });
}

/**
 * DNS lookup for the request itself: every address the name resolves to must be public (unless allowed), so
 * the address connected to is the one checked, and an answer that changes between check and connect cannot
 * slip a private address in.
 */
function checkedLookup(allowPrivate: boolean): LookupFunction {
  return (host, options, callback) => {
    dnsLookup(host, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, '', 4);
      const refused = allowPrivate ? undefined : addresses.find((a) => !isPublicAddress(a.address));
      if (refused) return callback(new BlockedAddressError(refused.address), '', refused.family);
      if (options.all) return callback(null, addresses as unknown as string, 4);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

function privateMessage(): string {
  return 'the address is on a private, loopback or link-local network; only public addresses can be added (see DIRECTORY_ALLOW_PRIVATE_URLS)';
}

/** The host resolved to an address staff URLs may not reach. */
class BlockedAddressError extends Error {
  constructor(readonly address: string) {
    super('address not allowed');
    this.name = 'BlockedAddressError';
  }
}

function unpack(body: Buffer, maxBytes: number, raw: string): string {
  if (body.length < 2 || body[0] !== 0x1f || body[1] !== 0x8b) return body.toString('utf8');
  try {
    return gunzipSync(body, { maxOutputLength: maxBytes }).toString('utf8');
  } catch (err) {
    throw new DirectoryLoadError(
      shownSource(raw),
      `not a readable gzip file, or larger than allowed (${(err as Error).message})`,
    );
  }
}
