import IORedis from 'ioredis';
import request from 'supertest';
import { hashPassword } from '../../src/console/passwords';
import { RedisConsoleStorage } from '../../src/console/redisConsoleStorage';
import { StaffAccounts } from '../../src/console/staffAccounts';
import { startServer, type RunningServer } from '../../src/server';
import { capturingLogger } from '../support/appKit';
import { signIn, VIA_HTTPS, type StaffSession } from '../support/consoleKit';
import { privateRedisLine } from '../support/privateRedis';
import type { RedisServerProcess } from '../support/redisServerProcess';

/**
 * The staff console on a Redis that is busy, then gone (a private redis-server, frozen with SIGSTOP, then killed).
 * A moment's freeze, longer than a texter's reply may wait, slows a console page but does not fail it (the staff
 * client waits longer: STAFF_OPTIONS); a Redis that is gone gets a page that says so and what to do, never a bare
 * "Internal error", and the log names no session or address.
 */
describe('the console on a busy, then absent, Redis', () => {
  let redisServer: RedisServerProcess;
  let server: RunningServer;
  const { log, lines } = capturingLogger('info');
  let staff: StaffSession;

  beforeAll(async () => {
    const line = await privateRedisLine('slowconsole:', { DIRECTORY_REFRESH_MINUTES: '0' });
    redisServer = line.redisServer;
    server = await startServer(line.config, { log });
    // The account as `npm run staff` leaves it, written beside the server's own keys.
    const admin = new IORedis(redisServer.url);
    const accounts = new StaffAccounts(new RedisConsoleStorage(admin, 'slowconsole:'));
    const account = await accounts.add('slow@example.org', 'publisher');
    await accounts.setPasswordHash(account.id, await hashPassword('correct horse battery staple'));
    admin.disconnect();
    const signedIn = await signIn(server.app, 'slow@example.org', 'correct horse battery staple');
    expect(signedIn.res.status).toBe(303);
    staff = signedIn.session;
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await redisServer?.destroy();
  });

  const open = (path: string, accept = 'text/html') =>
    request(server.app).get(path).set(VIA_HTTPS).set('Cookie', staff.cookie).set('Accept', accept);

  it('opens a page while Redis is frozen for longer than a texter could wait, once it answers again', async () => {
    redisServer.pause();
    const thawed = new Promise<void>((resolve) =>
      setTimeout(() => {
        redisServer.resume();
        resolve();
      }, 1_500),
    );
    const page = await open('/console/revisions');
    await thawed;
    expect(page.status).toBe(200);
    expect(page.text).toContain('Every published version');
    // The revisions the page's script lists come through the same patient client.
    const listed = await open('/console/flows/revisions', 'application/json');
    expect(listed.status).toBe(200);
  }, 30_000);

  it('says the store could not be reached, and what to do, when Redis is gone: a page for people, JSON for scripts', async () => {
    await redisServer.stop();
    const page = await open('/console/revisions');
    expect(page.status).toBe(503);
    expect(page.text).toContain('could not reach its store just now');
    expect(page.text).toContain('Try again in a minute');
    expect(page.text).not.toContain('Internal error');
    const api = await open('/console/flows/revisions', 'application/json');
    expect(api.status).toBe(503);
    expect(api.body.error).toContain('Try again in a minute');
    const failures = lines.filter((l) => l.includes('console request failed'));
    expect(failures.length).toBeGreaterThan(0);
    for (const line of failures) {
      expect(line).not.toContain(staff.cookie.split('=')[1]);
      expect(line).not.toContain('slow@example.org');
    }
  }, 30_000);
});
