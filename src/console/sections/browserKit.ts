/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Helpers shared by the console sections' browser scripts (bundled by esbuild, never run by Node): JSON calls
 * that carry the console's CSRF token, and text-only rendering.
 */

/** The CSRF token the console's page shell puts in `<meta name="csrf-token">` (empty under the test host). */
export function csrfToken(): string {
  return document.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content ?? '';
}

/** Sends JSON to a console API with the CSRF header; resolves with the answer's status and JSON body. */
export async function callApi(
  method: string,
  url: string,
  body?: unknown,
): Promise<{ ok: boolean; status: number; data: Record<string, unknown> }> {
  const res = await fetch(url, {
    method,
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken(), accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  let data: Record<string, unknown> = {};
  try {
    data = (await res.json()) as Record<string, unknown>;
  } catch {
    data = { error: `HTTP ${res.status}` };
  }
  return { ok: res.ok, status: res.status, data };
}

/** An element with text content only (never HTML from data). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  attrs: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

/** Shows a message in a status region. */
export function say(region: Element | null, text: string, isError = false): void {
  if (!region) return;
  region.textContent = text;
  region.classList.toggle('error', isError);
}
