import { join } from 'node:path';
import express, { Router, type ErrorRequestHandler, type Request, type RequestHandler, type Response } from 'express';
import session from 'express-session';
import type { Config } from '../config';
import type { Logger } from '../log/logger';
import { AuditLog } from './auditLog';
import { roleAtLeast, type ConsoleHost, type ConsoleSection, type StaffIdentity, type StaffRole } from './consoleHost';
import type { ConsoleStorage } from './consoleStorage';
import { csrfTokenOf, requireCsrf } from './csrf';
import { HashedSessionStore } from './hashedSessionStore';
import { keyedHash } from './keyHashes';
import { escapeHtml } from './html';
import { renderShell, type NavItem } from './pageShell';
import { securityHeaders } from './securityHeaders';
import { SignInLimiter } from './signInLimiter';
import { signInNext } from './signInNext';
import { signInRoutes, signOut } from './signInRoutes';
import { StaffAccounts } from './staffAccounts';
import { staffNames } from './staffNames';
import './sessionData';

/** Where `npm run build` puts the console's scripts and CSS (git-ignored); served at /console/assets. */
export const CONSOLE_ASSETS_DIR = join(__dirname, '..', '..', 'public', 'build', 'console');

/** What the console needs from the server. */
export interface StaffConsoleDeps {
  config: Config;
  log: Logger;
  storage: ConsoleStorage;
  now?: () => number;
}

/** The console: its router (mount at /console), the host sections are written against, and its stores. */
export interface StaffConsole {
  router: Router;
  host: ConsoleHost;
  accounts: StaffAccounts;
  audit: AuditLog;
  /** Mounts a section at /console/<path> behind sign-in and CSRF; `nav: false` keeps it out of the navigation. */
  mount(section: ConsoleSection, options?: { nav?: boolean }): void;
}

const staffByRequest = new WeakMap<Request, StaffIdentity>();

/**
 * Builds the console: sessions (express-session over a store that keys by the hash of the session id), sign-in,
 * the gate every other route is behind (a live session of an existing account, not signed out everywhere since),
 * CSRF on every changing request, and the shell pages are drawn in.
 */
export function createStaffConsole(deps: StaffConsoleDeps): StaffConsole {
  const now = deps.now ?? Date.now;
  const { config, log, storage } = deps;
  const accounts = new StaffAccounts(storage, now);
  const audit = new AuditLog(storage, now);
  const limiter = new SignInLimiter(storage, config.phoneHashSecret, {
    attempts: config.consoleLockoutAttempts,
    lockoutMinutes: config.consoleLockoutMinutes,
  });
  const secure = config.publicUrl?.startsWith('https://') ?? false;
  const nav: NavItem[] = [];
  const sections = Router();

  const router = Router();
  router.use(securityHeaders());
  router.use('/assets', express.static(CONSOLE_ASSETS_DIR, { index: false, fallthrough: false }));
  router.use(
    session({
      name: 'rtl_console',
      // The cookie's signature key, derived from the line's secret so no extra setting can be left at a default.
      secret: keyedHash(config.phoneHashSecret, 'staff-console-session-cookie'),
      store: new HashedSessionStore(storage, config.consoleIdleMinutes * 60),
      resave: false,
      saveUninitialized: false,
      rolling: true,
      // Behind the TLS proxy PUBLIC_URL names, the request arrives as http; let the session set its Secure cookie.
      proxy: secure,
      cookie: { httpOnly: true, sameSite: 'strict', secure, path: '/console' },
    }),
  );
  router.use(express.urlencoded({ extended: false, limit: '100kb' }));
  router.use(express.json({ limit: '4mb' }));
  router.use(
    signInRoutes({ accounts, limiter, audit, log, local: storage.local, now, idleMinutes: config.consoleIdleMinutes }),
  );
  router.use(signedIn(accounts));
  router.use(requireCsrf());
  router.post('/sign-out', (req, res) => {
    log.info({ staff: staffByRequest.get(req)?.id }, 'console sign-out');
    signOut(req, res);
  });

  const host: ConsoleHost = {
    requireRole: (role: StaffRole) => (req, res, next) => {
      const staff = staffByRequest.get(req);
      if (staff && roleAtLeast(staff.role, role)) return next();
      refuse(req, res, 403, `This needs the ${role} role. An admin can give it to you on the Accounts page.`);
    },
    staffOf: (req) => {
      const staff = staffByRequest.get(req);
      if (!staff) throw new Error('staffOf called outside a signed-in console route');
      return staff;
    },
    renderPage: (req, page) =>
      renderShell(page, {
        staff: staffByRequest.get(req),
        currentPath: req.originalUrl.split('?')[0].replace(/\/$/, ''),
        csrfToken: csrfTokenOf(req),
        nav,
        local: storage.local,
      }),
    staffNames: (req, ids) => staffNames(host.staffOf(req), ids, accounts),
    audit: async (req, event) => {
      await audit.append(host.staffOf(req).id, event);
      log.info({ staff: host.staffOf(req).id, action: event.action }, 'console audit');
    },
  };

  router.get('/', (req, res) => void res.type('html').send(host.renderPage(req, homePage(host.staffOf(req), nav))));
  router.use(sections);
  router.use((req, res) => refuse(req, res, 404, 'There is no such page in the console.'));
  router.use(consoleTrouble(log, storage.local));

  /** A refusal: a console page saying why to a browser that asked for a page, JSON for the page scripts. */
  function refuse(req: Request, res: Response, status: 403 | 404, message: string): void {
    if (!wantsPage(req)) return void res.status(status).json({ error: message });
    const title = status === 404 ? 'Page not found' : 'Not for your role';
    const body = `<p>${escapeHtml(message)}</p><p><a href="/console/">Back to the console's first page</a></p>`;
    res.status(status).type('html').send(host.renderPage(req, { title, body }));
  }

  return {
    router,
    host,
    accounts,
    audit,
    mount(section, options = {}) {
      if (options.nav !== false) nav.push({ href: `/console/${section.path}`, ...section.nav });
      sections.use(`/${section.path}`, section.router);
    },
  };
}

/** Lets a request through only with a live session of an existing account not signed out everywhere since. */
function signedIn(accounts: StaffAccounts): RequestHandler {
  return async (req, res, next) => {
    const id = req.session.staffId;
    const account = id ? await accounts.get(id) : undefined;
    if (account && (req.session.startedAt ?? 0) >= account.sessionsValidAfter) {
      staffByRequest.set(req, { id: account.id, role: account.role });
      return next();
    }
    if (id) await new Promise<void>((resolve) => req.session.regenerate(() => resolve()));
    if (wantsPage(req)) {
      // Back here after signing in: the page the member was opening, when it is a console page.
      const back = signInNext(req.originalUrl);
      return res.redirect(303, back ? `/console/sign-in?next=${encodeURIComponent(back)}` : '/console/sign-in');
    }
    res.status(401).json({ error: 'Sign in first.' });
  };
}

/**
 * What a console request that failed on our side gets, instead of Express's bare "Internal error": a page (or, for
 * page scripts, JSON) that says what happened and what to do. A store that did not answer (Redis down, or too busy
 * to answer within STAFF_OPTIONS' wait) is a 503, "try again"; anything else a 500. A client's own mistake (a body
 * too large, say) keeps its 4xx. Logged by error name only: no body, no address, no session.
 */
function consoleTrouble(log: Logger, local: boolean): ErrorRequestHandler {
  return (err: { status?: number; name?: string; message?: string }, req, res, _next) => {
    const clientError = typeof err.status === 'number' && err.status >= 400 && err.status < 500;
    const status = clientError ? err.status! : storeDidNotAnswer(err) ? 503 : 500;
    log.warn({ path: req.path, status, err: { name: err.name } }, 'console request failed');
    if (res.headersSent) return;
    const message = clientError
      ? 'The console could not read that request. Reload the page and try again.'
      : status === 503
        ? 'The console could not reach its store just now, so nothing was read or saved. Try again in a minute.'
        : 'Something went wrong on our side, and nothing was saved. Try again; if it goes on, tell whoever runs the line.';
    if (!wantsPage(req)) return void res.status(status).json({ error: message });
    const body = `<p role="alert">${escapeHtml(message)}</p><p><a href="/console/">Back to the console's first page</a></p>`;
    const title = clientError
      ? 'Request not understood'
      : status === 503
        ? 'Try again in a minute'
        : 'Something went wrong';
    // No navigation or sign-out form: the session itself may be what could not be read.
    res
      .status(status)
      .type('html')
      .send(renderShell({ title, body }, { csrfToken: '', nav: [], local, currentPath: '' }));
  };
}

/** Whether `err` is Redis not answering (down, or busier than the wait allows), rather than a fault in our code. */
function storeDidNotAnswer(err: { name?: string; message?: string }): boolean {
  return (
    err.name === 'MaxRetriesPerRequestError' ||
    /Command timed out|Stream isn't writeable|Connection is closed|ECONNREFUSED|CLUSTERDOWN/.test(err.message ?? '')
  );
}

/** A browser opening a page (a GET that prefers HTML), not a page script calling the JSON API. */
function wantsPage(req: Request): boolean {
  return req.method === 'GET' && req.accepts(['html', 'json']) === 'html';
}

function homePage(staff: StaffIdentity, nav: NavItem[]): { title: string; body: string } {
  const links = nav
    .filter((n) => roleAtLeast(staff.role, n.role))
    .map((n) => `<li><a href="${escapeHtml(n.href)}">${escapeHtml(n.label)}</a></li>`)
    .join('');
  return {
    title: 'Console',
    body: `<p>Change what texters read, try it on a pretend phone, then publish it. Nothing you type reaches texters
until someone publishes it, and any publish can be rolled back.</p>
<ol class="steps">
  <li><strong>Edit</strong> the texts (English and Spanish side by side) or the whole flow.</li>
  <li><strong>Try</strong> your draft in the simulator.</li>
  <li><strong>Test and publish</strong> with a short note saying what changed.</li>
  <li><strong>Roll back</strong> from Revisions if something is wrong.</li>
</ol>
<h2>Pages</h2><ul class="links">${links}</ul>`,
  };
}
