import type { ImportReport } from '../../../directory/types';
import type { ConsolePage, StaffIdentity } from '../../consoleHost';
import { roleAtLeast } from '../../consoleHost';
import { esc } from '../sectionKit';
import type { LocalMeeting } from './directoryConsoleStore';

/** One row of the sources table. */
export interface SourceRow {
  /** How "Check now" names it: a console source's id, else the source as shown. */
  key: string;
  id?: string;
  origin: 'bundled' | 'configured' | 'console';
  kind?: 'url' | 'file';
  location: string;
  program?: string;
  refreshMinutes?: number;
  /** ISO time of its last good load. */
  lastOkAt?: string;
  report?: ImportReport;
  /** Why it is failing now, when it is. */
  failing?: string;
  /** Said instead of a report (a bundled format list). */
  note?: string;
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const ORIGIN = { bundled: 'Bundled file', configured: 'DIRECTORY_SOURCES', console: 'Added in the console' };

/** The directory page: sources with their last import, the add-a-source form, and the local meetings. */
export function directoryPage(args: {
  sources: SourceRow[];
  local: {
    fromFile: boolean;
    meetings: LocalMeeting[];
    revisions: Array<{ revision: number; author: string; at: string; note: string; count: number }>;
  };
  programs: Array<{ id: string; name: string }>;
  staff: StaffIdentity;
}): ConsolePage {
  const canChange = roleAtLeast(args.staff.role, 'publisher');
  const programOptions = args.programs.map((p) => `<option value="${esc(p.id)}">${esc(p.name)}</option>`).join('');
  // Tables name programs as the forms' lists do ("Group therapy", not group_therapy); an id the list lacks stays.
  const names = new Map(args.programs.map((p) => [p.id, p.name]));
  const programName = (id: string) => names.get(id) ?? id;
  const body = `
<ul class="links"><li><a href="/console/directory/preview">Search preview: see exactly what a texter would get</a></li>
<li><a href="/console/directory/programs">Programs: the groups the line offers, what texters read about each, their
web addresses and phones</a></li></ul>
<section aria-labelledby="sources-h">
<h2 id="sources-h">Meeting sources</h2>
<p>Every list the line reads meetings from, with its last import. "Check now" reads it again and shows what would
come in, without changing what texters get.</p>
<div class="table-wrap"><table class="sources"><caption>Sources, in load order</caption>
<thead><tr><th scope="col">Source</th><th scope="col">Where it comes from</th><th scope="col">Program</th>
<th scope="col">Last import</th><th scope="col">Meetings in</th><th scope="col">Rejected</th><th scope="col">Actions</th></tr></thead>
<tbody>${args.sources.map((s) => sourceRow(s, canChange, programName)).join('')}</tbody></table></div>
<div id="check-result" role="status" aria-live="polite"></div>
</section>
${canChange ? addSourceForm(programOptions) : ''}
<section aria-labelledby="local-h">
<h2 id="local-h">Local meetings</h2>
<p>Groups no feed lists: group therapy providers, SMART, MARA and others. A saved change reaches texters within
seconds, in every web process.${args.local.fromFile ? ' <strong>Not edited in the console yet:</strong> this is directory/local.yaml; the first save here replaces it.' : ''}</p>
<p id="local-saved" class="status" role="status" aria-live="polite"></p>
${localTable(args.local.meetings, canChange, programName)}
${canChange ? localForm(programOptions) : ''}
<h3>Revisions</h3>
${revisionTable(args.local.revisions, canChange)}
</section>`;
  return { title: 'Meetings directory', body, scripts: ['/console/directory/assets/directory.js'] };
}

function sourceRow(s: SourceRow, canChange: boolean, programName: (id: string) => string): string {
  const r = s.report;
  const rejected = r?.rejected ?? [];
  const rejectedList = rejected.length
    ? `<details><summary>${rejected.length} rejected</summary><ul class="rejected">${rejected
        .map((x) => `<li><code>${esc(x.slug)}</code>: ${esc(x.reason)}</li>`)
        .join('')}</ul></details>`
    : '0';
  const error = r?.error || s.failing ? `<p class="error">Failing: ${esc(r?.error ?? s.failing)}</p>` : '';
  const refresh = s.kind === 'url' ? `<br><small>read every ${esc(s.refreshMinutes)} min</small>` : '';
  const remove =
    canChange && s.id ? ` <button type="button" class="remove-source" data-id="${esc(s.id)}">Remove</button>` : '';
  return `<tr data-key="${esc(s.key)}"><th scope="row">${esc(s.location)}${refresh}</th><td data-label="Where it comes from">${esc(ORIGIN[s.origin])}</td>
<td data-label="Program">${esc(programOf(s.program ?? r?.program, programName))}</td><td data-label="Last import">${s.lastOkAt ? `<time datetime="${esc(s.lastOkAt)}">${esc(s.lastOkAt.replace('T', ' ').slice(0, 19))} UTC</time>` : esc(s.note ?? 'not loaded')}</td>
<td data-label="Meetings in">${esc(r?.imported ?? 0)}</td><td data-label="Rejected">${rejectedList}${error}</td>
<td data-label="Actions"><button type="button" class="check-now" data-key="${esc(s.key)}">Check now</button>${remove}</td></tr>`;
}

/** A source's program by name, or "per meeting" for a feed whose meetings each name theirs. */
function programOf(id: string | undefined, programName: (id: string) => string): string {
  return id ? programName(id) : 'per meeting';
}

function addSourceForm(programOptions: string): string {
  return `<section aria-labelledby="add-h"><h2 id="add-h">Add a source</h2>
<form id="add-source">
<fieldset><legend>Where the meetings are</legend>
<label><input type="radio" name="kind" value="url" checked> A feed's web address</label>
<label><input type="radio" name="kind" value="file"> A file from this computer</label></fieldset>
<p><label for="source-url">Feed address (https://...)</label><input id="source-url" name="url" type="url" size="60"></p>
<p><label for="source-file">Feed file (JSON, NDJSON or YAML)</label><input id="source-file" name="file" type="file" accept=".json,.ndjson,.jsonl,.yaml,.yml"></p>
<p><label for="source-program">Program</label><select id="source-program" name="program" required>${programOptions}</select></p>
<p><label for="source-refresh">Read again every (minutes)</label><input id="source-refresh" name="refreshMinutes" type="number" min="0" max="10080" value="360"></p>
<button type="submit">Add source</button>
<div id="add-source-status" role="status" aria-live="polite"></div>
</form></section>`;
}

function localTable(meetings: LocalMeeting[], canChange: boolean, programName: (id: string) => string): string {
  if (meetings.length === 0) return '<p>No local meetings yet.</p>';
  const rowsHtml = meetings
    .map((m) => {
      const days = (Array.isArray(m.day) ? m.day : [m.day]).map((d) => DAYS[d]?.slice(0, 3) ?? '?').join(', ');
      const where = [m.address, m.city, m.state, m.postal_code].filter(Boolean).join(', ');
      const join = [m.conference_url, m.conference_phone].filter(Boolean).join(' / ');
      const actions = canChange
        ? `<button type="button" class="edit-local" data-meeting="${esc(JSON.stringify(m))}">Edit</button>
<button type="button" class="remove-local" data-slug="${esc(m.slug)}">Remove</button>`
        : '';
      return `<tr><th scope="row">${esc(m.name)}${m.example ? ' <em>(example, never offered)</em>' : ''}</th><td data-label="Program">${esc(programName(m.program))}</td>
<td data-label="When">${esc(days)} ${esc(m.time)}</td><td data-label="Address">${esc(where || '-')}</td><td data-label="Online or phone">${esc(join || '-')}</td><td data-label="Actions">${actions}</td></tr>`;
    })
    .join('');
  return `<div class="table-wrap"><table class="local"><caption>Local meetings</caption><thead><tr><th scope="col">Name</th><th scope="col">Program</th>
<th scope="col">When</th><th scope="col">Address</th><th scope="col">Online or phone</th><th scope="col">Actions</th></tr></thead>
<tbody>${rowsHtml}</tbody></table></div>`;
}

function localForm(programOptions: string): string {
  const days = DAYS.map((d, i) => `<label><input type="checkbox" name="days" value="${i}"> ${d}</label>`).join(' ');
  return `<form id="local-form"><h3 id="local-form-h">Add a local meeting</h3>
<input type="hidden" name="replace" value="">
<p><label for="lm-program">Program</label><select id="lm-program" name="program" required>${programOptions}</select></p>
<p><label for="lm-name">Name</label><input id="lm-name" name="name" required maxlength="120" size="50"></p>
<fieldset><legend>Days</legend>${days}</fieldset>
<p><label for="lm-time">Start time (where it meets)</label><input id="lm-time" name="time" type="time" required></p>
<fieldset><legend>In person</legend>
<p><label for="lm-address">Street address</label><input id="lm-address" name="address" size="40"></p>
<p><label for="lm-city">Town</label><input id="lm-city" name="city"></p>
<p><label for="lm-state">State or province (e.g. TX or Texas)</label><input id="lm-state" name="state" maxlength="40" size="12" autocomplete="off"></p>
<p><label for="lm-zip">ZIP code</label><input id="lm-zip" name="postalCode" maxlength="10" size="8"></p></fieldset>
<fieldset><legend>Online or by phone</legend>
<p><label for="lm-url">Online link (https://...)</label><input id="lm-url" name="conferenceUrl" type="url" size="50"></p>
<p><label for="lm-phone">Dial-in (e.g. +16465588656,,123456789#)</label><input id="lm-phone" name="conferencePhone"></p>
<p><label for="lm-tz">Time zone, for online-only meetings (e.g. America/Chicago)</label><input id="lm-tz" name="timezone"></p></fieldset>
<p><label for="lm-notes">Notes for texters</label><input id="lm-notes" name="notes" maxlength="300" size="60"></p>
<p><label for="lm-note">What changed (for the revision history)</label><input id="lm-note" name="note" maxlength="200" size="60"></p>
<button type="submit">Save meeting</button>
<div id="local-status" role="status" aria-live="polite"></div>
</form>`;
}

function revisionTable(
  revisions: Array<{ revision: number; author: string; at: string; note: string; count: number }>,
  canChange: boolean,
): string {
  if (revisions.length === 0) return '<p>No revisions yet.</p>';
  return `<div class="table-wrap"><table class="revisions"><caption>Saved revisions, newest first</caption><thead><tr><th scope="col">Revision</th>
<th scope="col">By</th><th scope="col">When</th><th scope="col">Note</th><th scope="col">Meetings</th><th scope="col">Actions</th></tr></thead><tbody>${revisions
    .map(
      (
        r,
        i,
      ) => `<tr><th scope="row">${esc(r.revision)}</th><td data-label="By">${esc(r.author)}</td><td data-label="When">${esc(r.at.replace('T', ' ').slice(0, 19))} UTC</td>
<td data-label="Note">${esc(r.note)}</td><td data-label="Meetings">${esc(r.count)}</td><td data-label="Actions">${
        canChange && i > 0
          ? `<button type="button" class="revert-local" data-revision="${esc(r.revision)}">Restore this one</button>`
          : ''
      }</td></tr>`,
    )
    .join('')}</tbody></table></div>`;
}

/** The behaviors of the flow's `behavior` slot, as staff read them (values: searchPreview.ts PREVIEW_BEHAVIORS). */
const BEHAVIOR_CHOICES: Array<[string, string]> = [
  ['', 'Gambling itself'],
  ['gaming', 'Video games'],
  ['porn', 'Porn'],
  ['sex', 'Sex'],
  ['shopping', 'Shopping or spending'],
  ['screens', 'Phones, screens or social media'],
  ['food', 'Food or eating'],
  ['other', 'Another behavior, not named'],
];

/**
 * The behavior choice, only read with "Gambling or another behavior" (the page script hides it otherwise): another
 * behavior gets SMART Recovery and group therapy, never GA or Gam-Anon, so staff need to see both.
 */
function behaviorSelect(): string {
  return previewSelect(
    'behavior',
    'Which behavior (with “Gambling or another behavior”)',
    BEHAVIOR_CHOICES,
    'pv-behavior-row',
  );
}

/** One labelled choice of the preview form, in its own paragraph (`rowId` names it, for the page script). */
function previewSelect(id: string, label: string, options: Array<[string, string]>, rowId?: string): string {
  return `<p${rowId ? ` id="${rowId}"` : ''}><label for="pv-${id}">${label}</label><select id="pv-${id}" name="${id}">${options
    .map(([v, t]) => `<option value="${v}">${t}</option>`)
    .join('')}</select></p>`;
}

/** The search preview page: a situation in, the texter's replies out. */
export function previewPage(): ConsolePage {
  const body = `<p>Describe a texter; see the replies the line would send them now, from the live flow and directory.</p>
<form id="preview-form">
<p><label for="pv-place">ZIP code, or town and state</label><input id="pv-place" name="place" placeholder="79101 or Amarillo, TX"></p>
${previewSelect('audience', 'Who the help is for', [
  ['self', 'Themselves'],
  ['family', 'A family member or friend'],
])}
${previewSelect('concern', 'What it is about', [
  ['alcohol', 'Alcohol'],
  ['drugs', 'Drugs'],
  ['gambling', 'Gambling or another behavior'],
  ['unsure', 'Not sure'],
])}
${behaviorSelect()}
${previewSelect('medication', 'Takes medication for recovery (asked for themselves)', [
  ['no', 'No'],
  ['yes', 'Yes'],
])}
${previewSelect('teen', 'Is a teen (asked for family)', [
  ['no', 'No'],
  ['yes', 'Yes'],
])}
${previewSelect('mode', 'How they want to meet', [
  ['in_person', 'In person'],
  ['online', 'Online'],
  ['phone', 'By phone'],
  ['any', 'Any way'],
])}
<p><label for="pv-day">Day (optional, as they would text it: saturday, tonight)</label><input id="pv-day" name="day"></p>
${previewSelect('lang', 'Language', [
  ['en', 'English'],
  ['es', 'Spanish'],
])}
<button type="submit">Show the replies</button>
</form>
<div id="preview-result" role="status" aria-live="polite"></div>`;
  return { title: 'Search preview', body, scripts: ['/console/directory/assets/preview.js'] };
}
