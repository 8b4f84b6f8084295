import { renderShell } from '../../src/console/pageShell';

const nav = [
  { href: '/console/texts', label: 'Texts', role: 'editor' as const },
  { href: '/console/accounts', label: 'Accounts', role: 'admin' as const },
];

describe('the console page shell', () => {
  it('lists only the pages the member’s role allows, and marks the current one', () => {
    const html = renderShell(
      { title: 'Texts', body: '<p>x</p>' },
      { staff: { id: 'st_1', role: 'editor' }, currentPath: '/console/texts', csrfToken: 't', nav, local: false },
    );
    expect(html).toContain('<a href="/console/texts" aria-current="page">Texts</a>');
    expect(html).not.toContain('/console/accounts');
    expect(html).toContain('<meta name="csrf-token" content="t">');
  });

  it('says "trying only" when accounts and revisions live in a local folder, and not otherwise', () => {
    const ctx = { currentPath: '/console/sign-in', csrfToken: 't', nav: [] };
    expect(renderShell({ title: 'Sign in', body: '' }, { ...ctx, local: true })).toContain('Trying only');
    // A landmark of its own (axe: all content in landmarks).
    expect(renderShell({ title: 'Sign in', body: '' }, { ...ctx, local: true })).toContain(
      '<aside class="banner" aria-label="Trying only">',
    );
    expect(renderShell({ title: 'Sign in', body: '' }, { ...ctx, local: false })).not.toContain('Trying only');
  });

  it('escapes the title and script addresses, and loads scripts only as same-origin files', () => {
    const html = renderShell(
      { title: '<b>x</b>', body: '', scripts: ['/console/assets/texts.js'] },
      { currentPath: '/', csrfToken: '"><script>', nav: [], local: false },
    );
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(html).not.toContain('"><script>');
    expect(html.match(/<script[^>]*>/g)).toEqual(['<script type="module" src="/console/assets/texts.js">']);
  });
});
