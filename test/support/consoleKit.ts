import express, { type Express } from 'express';
import request from 'supertest';
import type { Config } from '../../src/config';
import type { ConsoleSection, StaffRole } from '../../src/console/consoleHost';
import type { ConsoleStorage } from '../../src/console/consoleStorage';
import { hashPassword } from '../../src/console/passwords';
import { createStaffConsole, type StaffConsole } from '../../src/console/staffConsole';
import { createAccountsSection } from '../../src/console/accountsSection';
import { createAuditSection } from '../../src/console/auditSection';
import { createFlowPageSections } from '../../src/console/flowPages';
import type { Logger } from '../../src/log/logger';

/** A console over `storage` in a bare Express app (mounted at /console as the server mounts it). */
export function consoleApp(
  config: Config,
  log: Logger,
  storage: ConsoleStorage,
  now?: () => number,
  apiSections: (console: StaffConsole) => ConsoleSection[] = () => [],
): { app: Express; console: StaffConsole } {
  const console = createStaffConsole({ config, log, storage, now });
  for (const s of apiSections(console)) console.mount(s, { nav: false });
  for (const s of createFlowPageSections(console.host)) console.mount(s);
  console.mount(createAccountsSection(console.host, { accounts: console.accounts, config }));
  console.mount(createAuditSection(console.host, { audit: console.audit, accounts: console.accounts }));
  const app = express();
  app.use('/console', console.router);
  return { app, console };
}

/** As the TLS proxy in front of the line says: the request came over https (so the Secure cookie is set). */
export const VIA_HTTPS = { 'X-Forwarded-Proto': 'https' };

/** A signed-in browser, as far as a test needs one: its cookie and its CSRF token. */
export interface StaffSession {
  cookie: string;
  csrf: string;
}

/** The session cookie (name=value) from a response's Set-Cookie, if any. */
export function sessionCookie(res: request.Response): string | undefined {
  const set = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  return set.find((c) => c.startsWith('rtl_console='))?.split(';')[0];
}

/** The CSRF token in a page's meta tag. */
export function csrfIn(html: string): string {
  const m = /<meta name="csrf-token" content="([^"]*)">/.exec(html);
  if (!m) throw new Error('no CSRF meta tag in the page');
  return m[1];
}

/** Opens the sign-in page and returns the pre-sign-in session (cookie + token), as a browser would. */
export async function openSignIn(app: Express, headers: Record<string, string> = VIA_HTTPS): Promise<StaffSession> {
  const res = await request(app).get('/console/sign-in').set(headers);
  return { cookie: sessionCookie(res) ?? '', csrf: csrfIn(res.text) };
}

/** Posts the sign-in form; the response (303 on success) and the new session. */
export async function signIn(
  app: Express,
  email: string,
  password: string,
  headers: Record<string, string> = VIA_HTTPS,
): Promise<{ res: request.Response; session: StaffSession }> {
  const pre = await openSignIn(app, headers);
  const res = await request(app)
    .post('/console/sign-in')
    .set(headers)
    .set('Cookie', pre.cookie)
    .type('form')
    .send({ _csrf: pre.csrf, email, password });
  const cookie = sessionCookie(res) ?? pre.cookie;
  if (res.status !== 303) return { res, session: { cookie, csrf: pre.csrf } };
  const home = await request(app).get('/console/').set(headers).set('Cookie', cookie);
  return { res, session: { cookie, csrf: csrfIn(home.text) } };
}

/** An account with a password already set, signed in. */
export async function staffMember(
  app: Express,
  console: StaffConsole,
  email: string,
  role: StaffRole,
  password = 'correct horse battery staple',
): Promise<StaffSession & { id: string }> {
  const account = await console.accounts.add(email, role);
  await console.accounts.setPasswordHash(account.id, await hashPassword(password));
  const { res, session } = await signIn(app, email, password);
  if (res.status !== 303) throw new Error(`sign-in failed: ${res.status}`);
  return { ...session, id: account.id };
}
