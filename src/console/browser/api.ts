/// <reference lib="dom" />
/** A refused API call, with the server's message (and reasons, when it gave some) to show on the page. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly body: unknown,
  ) {
    super(message);
  }
}

/** What a page says when a call finds the member's session over (idle timeout, signed out elsewhere). */
export const SESSION_ENDED = 'Your session ended. Sign in again; your text is kept below.';

const csrfMeta = () => document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]');
const csrf = (): string => csrfMeta()?.content ?? '';

/**
 * Shows, once, in the place of the page's save status: the session ended, with a link that signs in in a new tab
 * and comes back to this page there. The status line is hidden meanwhile, so the page says it once (it used to say
 * it twice: the status and this notice). This tab is left as it is, so nothing typed is lost; its next save goes.
 */
function showSessionEnded(): void {
  if (document.getElementById('session-ended')) return;
  const next = encodeURIComponent(location.pathname + location.search);
  const link = el('a', { href: `/console/sign-in?next=${next}`, target: '_blank', rel: 'noopener' }, 'Sign in again');
  const notice = el(
    'div',
    { id: 'session-ended', class: 'alert session-ended', role: 'alert' },
    el('p', {}, el('strong', {}, 'Your session ended.'), ' ', link, '; your text is kept below.'),
    el('p', {}, 'Signing in opens a new tab. Then come back to this one: your text is saved then.'),
  );
  // Where the sticky save status is, so the link stays in sight beside the box being typed in.
  const status = document.querySelector<HTMLElement>('.status.sticky');
  if (status) {
    status.after(notice);
    status.hidden = true;
  } else (document.querySelector('main') ?? document.body).prepend(notice);
}

/**
 * Takes the session-ended notice away once the member is back, and shows the save status in its place again, empty:
 * what it said while hidden is old news, and the save being sent again says how it went.
 */
function hideSessionEnded(): void {
  document.getElementById('session-ended')?.remove();
  const status = document.querySelector<HTMLElement>('.status.sticky');
  if (!status) return;
  status.textContent = '';
  delete status.dataset.kind;
  status.hidden = false;
}

/**
 * After the member signed in again (in another tab), this page still holds the old session's CSRF token: it reads
 * the new one from a console page (same origin only, so no other site can) and says whether it changed.
 */
async function refreshCsrf(): Promise<boolean> {
  const res = await fetch('/console/', { credentials: 'same-origin', headers: { accept: 'text/html' } });
  if (!res.ok || res.redirected) return false;
  const fresh = new DOMParser()
    .parseFromString(await res.text(), 'text/html')
    .querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content;
  if (!fresh || fresh === csrf()) return false;
  csrfMeta()?.setAttribute('content', fresh);
  hideSessionEnded();
  return true;
}

/**
 * Calls the console's JSON API as the signed-in member, with the CSRF token; throws ApiError when refused. A 401
 * (session over) shows how to sign in again without leaving the page; a 403 after signing in again elsewhere is
 * tried once more with the new session's token.
 */
export async function api<T>(method: string, path: string, body?: unknown, retried = false): Promise<T> {
  const res = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: {
      accept: 'application/json',
      'x-csrf-token': csrf(),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status === 401) {
    // Not a jump to the sign-in page: that would throw away what the member just typed (report problem 8).
    showSessionEnded();
    throw new ApiError(SESSION_ENDED, 401, undefined);
  }
  if (res.status === 403 && !retried && (await refreshCsrf())) return api<T>(method, path, body, true);
  const text = await res.text();
  let data: unknown = text;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON (a YAML download, say): give the text.
  }
  if (!res.ok) {
    const message =
      (data as { error?: string; message?: string } | undefined)?.error ?? `The server said no (${res.status}).`;
    throw new ApiError(message, res.status, data);
  }
  return data as T;
}

/** Builds an element with attributes and children (text or elements), so nothing is ever written as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Array<Node | string | undefined>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c !== undefined) node.append(c);
  return node;
}

/** Calls `fn` once typing has paused for `ms`. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let timer: number | undefined;
  return (...args: A) => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => fn(...args), ms);
  };
}

/** Shows a short message in a status region (polite live region, read out by screen readers). */
export function say(id: string, message: string, kind: 'ok' | 'error' | 'busy' = 'ok'): void {
  const node = document.getElementById(id);
  if (!node) return;
  node.textContent = message;
  node.dataset.kind = kind;
}
