import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { FolderConsoleStorage } from '../../src/console/folderConsoleStorage';
import { createFlowsSection } from '../../src/console/flows/flowsSection';
import { emptyDirectory } from '../../src/directory/emptyDirectory';
import { runtimeCheckOptions } from '../../src/engine/runtimeCheck';
import { readFlowFolder } from '../../src/flowStore/flowFolderFiles';
import { RedisFlowRevisionStore } from '../../src/flowStore/redisFlowRevisionStore';
import { checkRevisionFiles, summariseCheck } from '../../src/flowStore/revisionCheck';
import { tokenHash } from '../../src/console/keyHashes';
import { RedisConsoleStorage } from '../../src/console/redisConsoleStorage';
import { capturingLogger } from '../support/appKit';
import { consoleApp, openSignIn, sessionCookie, signIn, staffMember, VIA_HTTPS } from '../support/consoleKit';
import { keysUnder, suiteRedis, testConfig } from '../support/redisTestKit';

const { redis, prefix } = suiteRedis('console-security');
const config = testConfig({ REDIS_KEY_PREFIX: prefix, CONSOLE_LOCKOUT_ATTEMPTS: '3' });
const { log, lines } = capturingLogger('debug');
const storage = new RedisConsoleStorage(redis, prefix);
const flowStore = new RedisFlowRevisionStore(redis, prefix);
const { app, console: staff } = consoleApp(config, log, storage, undefined, (c) => [
  // No meetings, for the flow tests too: the publish gate then has failures to name (see "reaches the publish gate").
  createFlowsSection(c.host, {
    store: flowStore,
    log,
    directory: () => emptyDirectory,
    testDirectory: async () => emptyDirectory,
  }),
]);
beforeAll(async () => {
  const files = readFlowFolder('flows');
  await flowStore.seed(files, summariseCheck(checkRevisionFiles(files, runtimeCheckOptions)));
});
// PUBLIC_URL is https: the TLS proxy says so, and only then does the Secure cookie go out.
const https = { 'X-Forwarded-Proto': 'https' };

describe('the console without a session', () => {
  const pages = ['/console/', '/console/texts', '/console/flow', '/console/diagram', '/console/simulator'];
  const more = [
    '/console/publish',
    '/console/revisions',
    '/console/accounts',
    '/console/audit',
    '/console/flows/draft',
  ];

  it('answers no page or API: pages send the browser to sign in, the API says 401', async () => {
    for (const path of [...pages, ...more]) {
      const page = await request(app).get(path).set('Accept', 'text/html');
      // Back to the page after signing in (report problem 8: staff landed on the home page).
      const location = `/console/sign-in?next=${encodeURIComponent(path)}`;
      expect([path, page.status, page.headers.location]).toEqual([path, 303, location]);
      const json = await request(app).get(path).set('Accept', 'application/json');
      expect([path, json.status]).toEqual([path, 401]);
    }
    for (const path of ['/console/accounts', '/console/flows/publish', '/console/sign-out']) {
      const pre = await openSignIn(app);
      const res = await request(app).post(path).set('Cookie', pre.cookie).set('x-csrf-token', pre.csrf).send({});
      expect([path, res.status]).toEqual([path, 401]);
    }
  });

  it('shows the sign-in page, with a strict content security policy and no inline script', async () => {
    const res = await request(app).get('/console/sign-in');
    expect(res.status).toBe(200);
    expect(res.text).toContain('<form');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.text).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
  });
});

describe('signing in', () => {
  it('refuses a wrong password, accepts the right one, and sets HttpOnly, SameSite=Strict, Secure cookies', async () => {
    await staffMember(app, staff, 'flags@example.org', 'editor');
    const wrong = await signIn(app, 'flags@example.org', 'not the password at all', https);
    expect(wrong.res.status).toBe(401);
    expect(wrong.res.text).toContain('do not match');
    // An e-mail with no account is told exactly the same, lockout rule included.
    const alertOf = (html: string) => /role="alert">([^<]*)</.exec(html)?.[1];
    const unknown = await signIn(app, 'no-account-here@example.org', 'not the password at all', https);
    expect(alertOf(unknown.res.text)).toBe(alertOf(wrong.res.text));
    const pre = await request(app).get('/console/sign-in').set(https);
    const cookie = ([] as string[]).concat(pre.headers['set-cookie'] ?? []).find((c) => c.startsWith('rtl_console='));
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; Path=\/console/);
    const right = await signIn(app, 'flags@example.org', 'correct horse battery staple', https);
    expect(right.res.status).toBe(303);
    // A new session id at sign-in: the one from before sign-in is worth nothing.
    expect(right.session.cookie).not.toBe(sessionCookie(pre));
  });

  it('says why a console page sent the member to sign in (a session ends unused), and says nothing on a plain visit', async () => {
    const sent = await request(app).get('/console/sign-in?next=%2Fconsole%2Ftexts');
    expect(sent.text).toContain(
      `Sign in to open that page. A session ends after ${config.consoleIdleMinutes} minutes unused and when you sign out`,
    );
    const plain = await request(app).get('/console/sign-in');
    expect(plain.text).not.toContain('Sign in to open that page');
  });

  it('returns to the console page named by `next`, and to the home page for anything outside the console', async () => {
    await staffMember(app, staff, 'next@example.org', 'editor');
    const cases: Array<[string, string]> = [
      ['/console/texts', '/console/texts'],
      ['/console/directory/preview', '/console/directory/preview'],
      ['//evil.example/console', '/console/'],
      ['https://evil.example/console/texts', '/console/'],
      ['/console/../admin', '/console/'],
      ['/console//evil.example', '/console/'],
      ['/console/sign-in', '/console/'],
      ['/consoleevil', '/console/'],
    ];
    for (const [next, landing] of cases) {
      const form = await request(app)
        .get(`/console/sign-in?next=${encodeURIComponent(next)}`)
        .set(https);
      const pre = { cookie: sessionCookie(form) ?? '', csrf: /name="_csrf" value="([^"]*)"/.exec(form.text)![1] };
      // The form carries only a next it would honour.
      expect([next, form.text.includes('name="next"')]).toEqual([next, landing !== '/console/']);
      const res = await request(app)
        .post('/console/sign-in')
        .set(https)
        .set('Cookie', pre.cookie)
        .type('form')
        .send({ _csrf: pre.csrf, email: 'next@example.org', password: 'correct horse battery staple', next });
      expect([next, res.status, res.headers.location]).toEqual([next, 303, landing]);
    }
  });

  it('locks the account at the Nth wrong password, even for the right one afterwards', async () => {
    await staffMember(app, staff, 'lock@example.org', 'editor');
    for (let i = 1; i <= 2; i++) {
      const wrong = await signIn(app, 'lock@example.org', `wrong password ${i}!`);
      expect(wrong.res.status).toBe(401);
      // The rule is said before it bites, the same words for any e-mail: nothing tells which have accounts.
      expect(wrong.res.text).toContain('After 3 wrong passwords in a row, sign-in is locked for 15 minutes.');
    }
    const third = await signIn(app, 'lock@example.org', 'wrong password 3!');
    expect(third.res.status).toBe(401);
    // How long, as every later try says: "for a while" left staff guessing.
    expect(third.res.text).toContain('Too many wrong passwords. Try again in 15 minutes');
    const right = await signIn(app, 'lock@example.org', 'correct horse battery staple');
    expect(right.res.status).toBe(429);
    expect(right.res.text).toContain('Try again in 15 minutes');
  });

  it('keeps the session under the hash of its id, expiring after the idle timeout', async () => {
    const member = await staffMember(app, staff, 'keys@example.org', 'editor');
    const sid = decodeURIComponent(member.cookie.split('=')[1]).replace(/^s:/, '').split('.')[0];
    const keys = await keysUnder(redis, prefix);
    expect(keys.some((k) => k.includes(sid))).toBe(false);
    const key = keys.find((k) => k.endsWith(`sess:${tokenHash(sid)}`));
    expect(key).toBeDefined();
    const ttl = await redis.ttl(key!);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(config.consoleIdleMinutes * 60);
  });
});

describe('a signed-in member', () => {
  it('is refused a changing request without the CSRF token, or with a wrong one', async () => {
    const admin = await staffMember(app, staff, 'csrf@example.org', 'admin');
    const none = await request(app)
      .post('/console/accounts')
      .set('Cookie', admin.cookie)
      .type('form')
      .send({ do: 'add', email: 'x@example.org', role: 'editor' });
    expect(none.status).toBe(403);
    const wrong = await request(app)
      .post('/console/accounts')
      .set('Cookie', admin.cookie)
      .set('x-csrf-token', 'forged')
      .type('form')
      .send({ do: 'add', email: 'x@example.org', role: 'editor' });
    expect(wrong.status).toBe(403);
    expect(await staff.accounts.findByEmail('x@example.org')).toBeUndefined();
    const right = await request(app)
      .post('/console/accounts')
      .set('Cookie', admin.cookie)
      .type('form')
      .send({ _csrf: admin.csrf, do: 'add', email: 'x@example.org', role: 'editor' });
    expect(right.status).toBe(200);
    expect(right.text).toContain('/console/set-password?token=');
  });

  it('sees only the pages of their role: an editor gets no Accounts or Audit, and 403 if they try', async () => {
    const editor = await staffMember(app, staff, 'editor@example.org', 'editor');
    const home = await request(app).get('/console/').set('Cookie', editor.cookie);
    expect(home.text).toContain('href="/console/texts"');
    expect(home.text).not.toContain('href="/console/accounts"');
    expect((await request(app).get('/console/accounts').set('Cookie', editor.cookie)).status).toBe(403);
    expect((await request(app).get('/console/audit').set('Cookie', editor.cookie)).status).toBe(403);
  });

  it('gets a console page, not raw JSON, for a page above their role or one that does not exist', async () => {
    const editor = await staffMember(app, staff, 'lost@example.org', 'editor');
    const open = (path: string, accept: string) =>
      request(app).get(path).set('Cookie', editor.cookie).set('Accept', accept);
    const above = await open('/console/accounts', 'text/html');
    expect(above.status).toBe(403);
    expect(above.text).toContain('<h1>Not for your role</h1>');
    expect(above.text).toContain('the admin role');
    const missing = await open('/console/no-such-page', 'text/html');
    expect(missing.status).toBe(404);
    expect(missing.text).toContain('<h1>Page not found</h1>');
    expect(missing.text).toContain('href="/console/"');
    // Still under the console's strict policy, and still JSON for the page scripts.
    expect(missing.headers['content-security-policy']).toContain("script-src 'self'");
    const api = await open('/console/no-such-api', 'application/json');
    expect([api.status, api.body.error]).toEqual([404, 'There is no such page in the console.']);
  });

  it('cannot publish or roll back as an editor; a publisher reaches the publish gate, with its reasons', async () => {
    const editor = await staffMember(app, staff, 'drafts@example.org', 'editor');
    const publisher = await staffMember(app, staff, 'ships@example.org', 'publisher');
    const post = (who: { cookie: string; csrf: string }, path: string, body: object) =>
      request(app).post(path).set('Cookie', who.cookie).set('x-csrf-token', who.csrf).send(body);
    expect((await request(app).get('/console/flows/draft').set('Cookie', editor.cookie)).status).toBe(200);
    expect((await post(editor, '/console/flows/publish', { note: 'mine' })).status).toBe(403);
    expect((await post(editor, '/console/flows/rollback', { revision: 1, note: 'x' })).status).toBe(403);
    expect((await request(app).post('/console/flows/publish').set('Cookie', publisher.cookie).send({})).status).toBe(
      403,
    );
    // A publisher passes the role check and meets the publish gate: with no meetings loaded here the saved tests
    // that expect meetings fail, so the refusal names them (the browser test publishes for real).
    const gated = await post(publisher, '/console/flows/publish', { note: 'same flow again' });
    expect(gated.status).toBe(409);
    expect(gated.body.reasons.join(' ')).toMatch(/flow test\(s\) fail/);
    expect(await flowStore.publishedNumber()).toBe(1);
    // The gate runs every saved flow test: room for the whole corpus on a busy machine (not a timing test).
  }, 180_000);

  it('is signed out everywhere when an admin says so', async () => {
    const admin = await staffMember(app, staff, 'boss@example.org', 'admin');
    const member = await staffMember(app, staff, 'away@example.org', 'publisher');
    expect((await request(app).get('/console/texts').set('Cookie', member.cookie)).status).toBe(200);
    const res = await request(app)
      .post('/console/accounts')
      .set('Cookie', admin.cookie)
      .set('x-csrf-token', admin.csrf)
      .type('form')
      .send({ do: 'signout', id: member.id });
    expect(res.status).toBe(200);
    expect((await request(app).get('/console/texts').set('Cookie', member.cookie)).status).toBe(303);
  });

  it('signs out with the form, and the session then opens nothing', async () => {
    const member = await staffMember(app, staff, 'bye@example.org', 'editor');
    const out = await request(app)
      .post('/console/sign-out')
      .set('Cookie', member.cookie)
      .type('form')
      .send({ _csrf: member.csrf });
    expect(out.status).toBe(303);
    expect((await request(app).get('/console/texts').set('Cookie', member.cookie)).status).toBe(303);
  });
});

describe('one-time sign-in links', () => {
  const setPassword = async (token: string, password = 'a long enough passphrase') => {
    const page = await request(app)
      .get(`/console/set-password?token=${encodeURIComponent(token)}`)
      .set(VIA_HTTPS);
    if (page.status !== 200) return page;
    const pre = { cookie: sessionCookie(page) ?? '', csrf: /name="_csrf" value="([^"]+)"/.exec(page.text)![1] };
    return request(app)
      .post('/console/set-password')
      .set('Cookie', pre.cookie)
      .type('form')
      .send({ _csrf: pre.csrf, token, password, confirm: password });
  };

  it('sets a password and signs in once; the same link used again is refused', async () => {
    const account = await staff.accounts.add('new@example.org', 'editor');
    const token = await staff.accounts.issueLink(account.id);
    const first = await setPassword(token);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/console/');
    expect((await signIn(app, 'new@example.org', 'a long enough passphrase')).res.status).toBe(303);
    expect((await setPassword(token)).status).toBe(410);
  });

  it('refuses a link after 24 hours', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'console-links-'));
    let now = Date.now();
    try {
      const folder = consoleApp(config, log, new FolderConsoleStorage(dir, () => now), () => now);
      const account = await folder.console.accounts.add('late@example.org', 'editor');
      const token = await folder.console.accounts.issueLink(account.id);
      now += 24 * 3600 * 1000 + 1000;
      const page = await request(folder.app).get(`/console/set-password?token=${token}`);
      expect(page.status).toBe(410);
      expect(page.text).toContain('no longer works');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a password shorter than 12 characters without using the link up', async () => {
    const account = await staff.accounts.add('short@example.org', 'editor');
    const token = await staff.accounts.issueLink(account.id);
    expect((await setPassword(token, 'short')).status).toBe(400);
    expect((await setPassword(token)).status).toBe(303);
  });
});

describe('staff data stays out of logs and keys', () => {
  it('no e-mail, password, link token, session id or cookie in any log line, audit entry or Redis key', async () => {
    const secrets = ['@example.org', 'correct horse battery staple', 'a long enough passphrase', 'wrong password'];
    const keys = await keysUnder(redis, prefix);
    const audit = JSON.stringify(await staff.audit.recent(1000));
    for (const s of secrets) {
      expect(lines.filter((l) => l.includes(s))).toEqual([]);
      expect(keys.filter((k) => k.includes(s))).toEqual([]);
      expect(audit.includes(s)).toBe(false);
    }
    expect(lines.filter((l) => /rtl_console|token=|s%3A/.test(l))).toEqual([]);
    expect(audit).toContain('signin.failed');
    expect(audit).toContain('signin.ok');
    expect(audit).toContain('account.add');
  });
});
