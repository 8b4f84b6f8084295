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

const csrf = (): string => document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? '';

/** Calls the console's JSON API as the signed-in member, with the CSRF token; throws ApiError when refused. */
export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
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
    location.href = '/console/sign-in';
    throw new ApiError('Your session ended. Sign in again.', 401, undefined);
  }
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
