import { Router, type Request, type Response } from 'express';
import type { Logger } from '../log/logger';
import type { AuditLog } from './auditLog';
import { csrfTokenOf, requireCsrf } from './csrf';
import { escapeHtml } from './html';
import { checkPassword, hashPassword, MIN_PASSWORD_LENGTH, passwordProblem } from './passwords';
import { renderShell } from './pageShell';
import { signInNext } from './signInNext';
import type { SignInLimiter } from './signInLimiter';
import type { StaffAccount, StaffAccounts } from './staffAccounts';
import './sessionData';

/** What the sign-in routes need. */
export interface SignInDeps {
  accounts: StaffAccounts;
  limiter: SignInLimiter;
  audit: AuditLog;
  log: Logger;
  local: boolean;
  now: () => number;
  /** CONSOLE_IDLE_MINUTES: said on the sign-in page a console page sent the member to. */
  idleMinutes?: number;
}

/**
 * The only console routes that answer without a session: the sign-in form, and the set-password form a one-time
 * link opens. Both are CSRF-protected with a token kept in a pre-sign-in session.
 */
export function signInRoutes(deps: SignInDeps): Router {
  const router = Router();
  router.get(
    '/sign-in',
    (req, res) => void res.type('html').send(signInPage(req, deps, undefined, '', String(req.query.next ?? ''))),
  );
  router.post('/sign-in', requireCsrf(), async (req, res) => {
    const { email, password, next } = formFields(req, ['email', 'password', 'next']);
    const ip = req.socket.remoteAddress ?? 'unknown';
    const wait = await deps.limiter.lockedFor(email, ip);
    if (wait > 0) {
      await deps.audit.append('-', { action: 'signin.locked' });
      deps.log.info('console sign-in refused: locked');
      return void res
        .status(429)
        .type('html')
        .send(signInPage(req, deps, lockedMessage(wait), email, next));
    }
    const account = await deps.accounts.findByEmail(email);
    if (!(await checkPassword(account?.passwordHash, password))) {
      const locked = await deps.limiter.failed(email, ip);
      await deps.audit.append(account?.id ?? '-', { action: 'signin.failed', detail: { locked } });
      deps.log.info({ staff: account?.id ?? '-', locked }, 'console sign-in refused');
      // The rule is said before it bites, the same for every e-mail (so it tells nothing of which have accounts),
      // and the lock says how long it lasts, as a later try does.
      const { attempts, lockoutMinutes } = deps.limiter.limits;
      const message = locked
        ? lockedMessage(lockoutMinutes * 60)
        : `That e-mail and password do not match an account. After ${attempts} wrong passwords in a row, sign-in is locked for ${minutesWords(lockoutMinutes)}.`;
      return void res
        .status(401)
        .type('html')
        .send(signInPage(req, deps, message, email, next));
    }
    await deps.limiter.succeeded(email, ip);
    await startSession(req, account!, deps);
    await deps.audit.append(account!.id, { action: 'signin.ok' });
    deps.log.info({ staff: account!.id }, 'console sign-in');
    // Back to the page whose session ended (its page script sent the member here with `next`).
    res.redirect(303, signInNext(next) ?? '/console/');
  });

  router.get('/set-password', async (req, res) => {
    const token = typeof req.query.token === 'string' ? req.query.token : '';
    const account = token ? await deps.accounts.peekLink(token) : undefined;
    if (!account) return void res.status(410).type('html').send(deadLinkPage(req, deps));
    res.type('html').send(setPasswordPage(req, deps, token));
  });
  router.post('/set-password', requireCsrf(), async (req, res) => {
    const { token, password, confirm } = formFields(req, ['token', 'password', 'confirm']);
    const problem = password !== confirm ? 'The two passwords are not the same.' : passwordProblem(password);
    if (problem) {
      if (!(await deps.accounts.peekLink(token)))
        return void res.status(410).type('html').send(deadLinkPage(req, deps));
      return void res
        .status(400)
        .type('html')
        .send(setPasswordPage(req, deps, token, problem));
    }
    const account = await deps.accounts.takeLink(token);
    if (!account) return void res.status(410).type('html').send(deadLinkPage(req, deps));
    const updated = await deps.accounts.setPasswordHash(account.id, await hashPassword(password));
    await deps.audit.append(account.id, { action: 'account.password.set' });
    deps.log.info({ staff: account.id }, 'console password set');
    await startSession(req, updated, deps);
    res.redirect(303, '/console/');
  });
  return router;
}

/** Ends the member's session (POST, CSRF-checked by the caller's gate). */
export function signOut(req: Request, res: Response): void {
  req.session.destroy(() => res.redirect(303, '/console/sign-in'));
}

async function startSession(req: Request, account: StaffAccount, deps: SignInDeps): Promise<void> {
  // A new session id at sign-in, so an id planted before it (session fixation) is worth nothing.
  await new Promise<void>((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
  req.session.staffId = account.id;
  req.session.startedAt = deps.now();
  csrfTokenOf(req);
}

function formFields<K extends string>(req: Request, names: K[]): Record<K, string> {
  const body = (req.body ?? {}) as Record<string, unknown>;
  return Object.fromEntries(names.map((n) => [n, typeof body[n] === 'string' ? body[n] : ''])) as Record<K, string>;
}

function minutesWords(minutes: number): string {
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

function lockedMessage(seconds: number): string {
  return `Too many wrong passwords. Try again in ${minutesWords(Math.ceil(seconds / 60))}, or ask an admin for a new sign-in link.`;
}

function shell(req: Request, deps: SignInDeps, title: string, body: string): string {
  return renderShell(
    { title, body },
    { currentPath: req.path, csrfToken: csrfTokenOf(req), nav: [], local: deps.local },
  );
}

function alert(message?: string): string {
  return message ? `<p class="alert" role="alert">${escapeHtml(message)}</p>` : '';
}

function signInPage(req: Request, deps: SignInDeps, message?: string, email = '', next = ''): string {
  const back = signInNext(next);
  return shell(
    req,
    deps,
    'Sign in',
    `${alert(message)}${back && !message ? whySignIn(deps) : ''}
<form class="card narrow" method="post" action="/console/sign-in">
  <input type="hidden" name="_csrf" value="${escapeHtml(csrfTokenOf(req))}">
  ${back ? `<input type="hidden" name="next" value="${escapeHtml(back)}">` : ''}
  <label for="email">E-mail</label>
  <input id="email" name="email" type="email" autocomplete="username" required value="${escapeHtml(email)}">
  <label for="password">Password</label>
  <input id="password" name="password" type="password" autocomplete="current-password" required>
  <button type="submit" class="primary">Sign in</button>
</form>
<p class="hint">No account yet, or forgot your password? Ask an admin of the console for a new sign-in link.</p>`,
  );
}

/**
 * Why a console page sent the member here: a session that ended while they were away reads otherwise as being
 * thrown out for no reason. The same words whether or not they had signed in before (the page cannot tell).
 */
function whySignIn(deps: SignInDeps): string {
  const idle = deps.idleMinutes ? ` after ${minutesWords(deps.idleMinutes)} unused` : '';
  return `<p class="notice" id="why-sign-in">Sign in to open that page. A session ends${idle} and when you sign out; your
published work and saved drafts are kept.</p>`;
}

function setPasswordPage(req: Request, deps: SignInDeps, token: string, message?: string): string {
  return shell(
    req,
    deps,
    'Choose your password',
    `${alert(message)}
<form class="card narrow" method="post" action="/console/set-password">
  <input type="hidden" name="_csrf" value="${escapeHtml(csrfTokenOf(req))}">
  <input type="hidden" name="token" value="${escapeHtml(token)}">
  <label for="password">New password</label>
  <input id="password" name="password" type="password" autocomplete="new-password" required
    minlength="${MIN_PASSWORD_LENGTH}" aria-describedby="password-hint">
  <p id="password-hint" class="hint">At least ${MIN_PASSWORD_LENGTH} characters. A few words in a row work well.</p>
  <label for="confirm">The same password again</label>
  <input id="confirm" name="confirm" type="password" autocomplete="new-password" required minlength="${MIN_PASSWORD_LENGTH}">
  <button type="submit" class="primary">Save and sign in</button>
</form>`,
  );
}

function deadLinkPage(req: Request, deps: SignInDeps): string {
  return shell(
    req,
    deps,
    'This link no longer works',
    `<p>Sign-in links work once, for 24 hours. Ask an admin for a new one, or <a href="/console/sign-in">sign in</a>
if you already chose a password.</p>`,
  );
}
