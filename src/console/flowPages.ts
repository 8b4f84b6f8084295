import { Router } from 'express';
import type { ConsoleHost, ConsoleSection, StaffRole } from './consoleHost';

/** One page of the flow editor: its place, its menu entry, the markup the script fills, and the script. */
interface FlowPage {
  path: string;
  label: string;
  title: string;
  role: StaffRole;
  body: string;
  script: string;
}

const NOTE_DRAFT = `<p class="hint">You are editing your own draft. It is saved as you type and texters never see it
until it is published.</p>`;

const PAGES: FlowPage[] = [
  {
    path: 'texts',
    label: 'Texts',
    title: 'Texts',
    role: 'editor',
    script: 'texts.js',
    body: `${NOTE_DRAFT}
<p>Every text a texter can read, English beside Spanish. Under each box: its length, how many SMS parts it is sent
as, and a warning when one character makes it cost more.</p>
<p class="status sticky" id="save-status" role="status" aria-live="polite"></p>
<label for="text-filter">Show texts containing</label>
<input id="text-filter" type="search" autocomplete="off">
<div id="texts" class="texts" aria-busy="true"><p>Loading the texts…</p></div>`,
  },
  {
    path: 'flow',
    label: 'Flow',
    title: 'Flow (YAML)',
    role: 'editor',
    script: 'flowEditor.js',
    body: `${NOTE_DRAFT}
<p>The whole conversation as a YAML file: steps, routes and the word lists. Problems are underlined and listed
below with their line, as the server's own checker reports them; each links to its line.</p>
<p class="hint">To find something, click in the editor and press Ctrl+F (⌘F on a Mac). A word the line should
understand anywhere in a conversation goes in a list under <code>understand:</code>, then <code>slots:</code>. For a new
name of a drug, search for one it already knows there (“kratom”) and add yours beside it, with a comma. Then try it in
the Simulator, and see the <a href="/console/revisions">Revisions</a> page's “What changed” after publishing.</p>
<label for="flow-file">File</label><select id="flow-file"></select>
<p class="status sticky" id="save-status" role="status" aria-live="polite"></p>
<div id="editor" class="editor" aria-label="Flow YAML editor"></div>
<h2>Problems</h2><p id="findings-summary" role="status"></p><ul id="findings" class="findings"><li>Checking…</li></ul>`,
  },
  {
    path: 'diagram',
    label: 'Diagram',
    title: 'Diagram',
    role: 'editor',
    script: 'diagram.js',
    body: `<p>Your draft's steps and the ways between them. It is bigger than the box: scroll inside it to see the rest.</p>
<div id="diagram" class="diagram" role="img" aria-label="Diagram of the flow (scroll to move around)" tabindex="0"><p>Drawing…</p></div>
<details><summary>Diagram source (Mermaid)</summary><pre id="diagram-source"></pre></details>`,
  },
  {
    path: 'simulator',
    label: 'Simulator',
    title: 'Simulator',
    role: 'editor',
    script: 'simulator.js',
    body: `<p>A pretend phone that texts your draft. Under each reply: its SMS parts and what the line understood.</p>
<div class="sim-settings">
  <label for="sim-lang">Language</label>
  <select id="sim-lang"><option value="en">English</option><option value="es">Spanish</option></select>
  <label for="sim-zip">Pretend ZIP code</label>
  <input id="sim-zip" inputmode="numeric" autocomplete="off" pattern="[0-9]{5}" value="79101">
  <button type="button" id="sim-send-zip">Text the ZIP</button>
  <button type="button" id="sim-reset">Start over</button>
</div>
<div class="phone">
  <ol id="sim-log" class="sim-log" aria-live="polite" aria-label="Conversation" tabindex="0"></ol>
  <form id="sim-form" class="sim-form">
    <label for="sim-text" class="sr-only">Text to send</label>
    <input id="sim-text" autocomplete="off" placeholder="Type a text, e.g. hi" required>
    <button type="submit" class="primary">Send</button>
  </form>
</div>`,
  },
  {
    path: 'publish',
    label: 'Test & publish',
    title: 'Test and publish',
    role: 'editor',
    script: 'publish.js',
    body: `<p>Runs the saved test conversations against your draft. When only the wording you changed differs, you can
accept the new wording. Publishing needs the publisher role.</p>
<h2>Tests</h2>
<p><button type="button" id="run-tests" class="primary">Run the tests</button></p>
<div id="test-results" aria-live="polite"></div>
<section class="card"><h2>Publish</h2>
<form id="publish-form">
  <label for="publish-note">What changed (a short note for the history)</label>
  <input id="publish-note" required maxlength="200">
  <button type="submit" class="primary">Publish</button>
</form>
<div id="publish-result" role="status" aria-live="polite"></div></section>`,
  },
  {
    path: 'revisions',
    label: 'Revisions',
    title: 'Revisions',
    role: 'editor',
    script: 'revisions.js',
    body: `<p>Every published version, newest first. See what each one changed, download it as YAML, or roll back to it
(publishers).</p>
<p class="hint">“By” says “you” for your own. Admins see the e-mail of whoever published; everyone else sees a short
label, such as “Staff #3f9a”, that stays the same for each person.</p>
<div id="rollback-result" role="status" aria-live="polite"></div>
<div class="table-wrap"><table><caption class="sr-only">Published revisions</caption>
<thead><tr><th scope="col">Revision</th><th scope="col">By</th><th scope="col">When</th><th scope="col">Note</th><th scope="col">Check</th><th scope="col">Actions</th></tr></thead>
<tbody id="revisions"><tr><td colspan="6">Loading…</td></tr></tbody></table></div>
<section id="changes" class="changes" aria-label="What changed"></section>`,
  },
];

/**
 * Said on every flow page when the line serves its flows from files (FLOWS_SOURCE=files): there is no draft or
 * revision to edit here, and a page that only said "Not found" would leave staff guessing.
 */
const FILES_NOTE = `<p class="notice">This line reads its texts and flow from files (<code>FLOWS_SOURCE=files</code>), so
they are not edited in the console. Ask whoever looks after the line's files to change <code>flows/recovery.yaml</code>
(its guide is <code>flows/README.md</code>); the Meetings and Numbers pages work as usual.</p>`;

/**
 * The flow editor's pages (Texts, Flow, Diagram, Simulator, Test & publish, Revisions), one console section each.
 * They are shells: their scripts call the flows API section (/console/flows/...) for everything. Without that API
 * (`editable: false`, flows served from files) each page says so instead of loading a script that would fail.
 */
export function createFlowPageSections(host: ConsoleHost, options: { editable?: boolean } = {}): ConsoleSection[] {
  const editable = options.editable ?? true;
  return PAGES.map((page) => {
    const router = Router();
    router.use(host.requireRole(page.role));
    router.get('/', (req, res) => {
      const shown = editable
        ? { title: page.title, body: page.body, scripts: [`/console/assets/${page.script}`] }
        : { title: page.title, body: FILES_NOTE };
      res.type('html').send(host.renderPage(req, shown));
    });
    return { path: page.path, nav: { label: page.label, role: page.role }, router };
  });
}
