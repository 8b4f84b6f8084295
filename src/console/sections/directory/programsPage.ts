import type { ConsolePage, StaffIdentity } from '../../consoleHost';
import { roleAtLeast } from '../../consoleHost';
import { esc } from '../sectionKit';
import type { ProgramsRevision } from './directoryConsoleStore';
import type { ProgramForm } from './programEdits';

/** What the Programs page shows: the program list now, where it comes from, and its saved revisions. */
export interface ProgramsPageArgs {
  programs: ProgramForm[];
  /** The whole programs.yaml now, for the "whole file" editor. */
  text: string;
  /** The revision the page shows (0: the bundled directory/programs.yaml, never saved in the console). */
  revision: number;
  revisions: Array<Omit<ProgramsRevision, 'text'>>;
  staff: StaffIdentity;
}

/**
 * The Programs page (`/console/directory/programs`): each program's name, description and note in English and
 * Spanish, its meeting finder, online address and phone, as a form per program; the whole programs.yaml for what
 * the forms do not cover (a new program, who gets which); the saved revisions, each downloadable or restored.
 * Editors read it; publishers change what texters get.
 */
export function programsPage(args: ProgramsPageArgs): ConsolePage {
  const canChange = roleAtLeast(args.staff.role, 'publisher');
  const source =
    args.revision === 0
      ? '<strong>Not edited in the console yet:</strong> this is directory/programs.yaml; the first save here replaces it.'
      : `This is revision ${esc(args.revision)}, saved in the console.`;
  const body = `<p>The programs the line offers and what texters read about each. A saved change reaches texters within
seconds, in every web process. ${source}${canChange ? '' : ' Publishers and admins can change it.'}</p>
<p id="programs-status" class="status" role="status" aria-live="polite"></p>
<input type="hidden" id="programs-revision" value="${esc(args.revision)}">
<h2>Programs, in the order the file lists them</h2>
${args.programs.map((p) => programForm(p, canChange)).join('\n')}
${wholeFile(args.text, canChange)}
<section aria-labelledby="program-revisions-h"><h2 id="program-revisions-h">Revisions</h2>
${revisionTable(args.revisions, canChange)}</section>`;
  return { title: 'Programs', body, scripts: ['/console/directory/assets/programs.js'] };
}

/** One program as a form: its texts side by side by language, then where texters are sent. */
function programForm(p: ProgramForm, canChange: boolean): string {
  const id = (field: string) => `p-${esc(p.id)}-${field}`;
  const disabled = canChange ? '' : ' disabled';
  const input = (field: keyof ProgramForm, label: string, attrs = '') =>
    `<p><label for="${id(field)}">${label}</label><input id="${id(field)}" name="${field}" value="${esc(p[field])}"${attrs}${disabled}></p>`;
  const area = (field: keyof ProgramForm, label: string, lang: string, required = false) =>
    `<p><label for="${id(field)}">${label}</label><textarea id="${id(field)}" name="${field}" rows="3" lang="${lang}"${
      required ? ' required' : ''
    } aria-describedby="${id(field)}-cost" class="sms-text"${disabled}>${esc(p[field])}</textarea>
<span class="meter" id="${id(field)}-cost"></span><span class="warning" hidden></span></p>`;
  // The summary names the program and begins its description, so staff find one without opening each (a heading
  // inside a summary would put the name on a line below its arrow).
  return `<section class="program" aria-labelledby="${id('h')}"><details>
<summary id="${id('h')}"><strong>${esc(p.nameEn)}${p.nameEs ? ` / ${esc(p.nameEs)}` : ''}</strong>: ${esc(
    p.descriptionEn,
  )}</summary>
<form class="program-form" data-id="${esc(p.id)}">
<div class="langs">
<div class="lang" lang="en"><h3>English</h3>
${input('nameEn', 'Name texters know', ' required maxlength="60"')}
${area('descriptionEn', 'Description', 'en', true)}
${area('noteEn', 'Note when it comes first (optional)', 'en')}</div>
<div class="lang" lang="es"><h3>Spanish</h3>
${input('nameEs', 'Spanish name (empty: the same as English)', ' maxlength="60"')}
${area('descriptionEs', 'Description', 'es')}
${area('noteEs', 'Note when it comes first (optional)', 'es')}</div>
</div>
${input('finderUrl', 'Meeting finder (https://...)', ' type="url"')}
${input('onlineUrl', 'Online and phone meetings (https://...)', ' type="url"')}
${input('phone', 'Phone: a helpline or phone-meeting number, only the organisation’s real one', ' type="tel"')}
${
  canChange
    ? `<p><label for="${id('note')}">What changed (for the revision history)</label><input id="${id('note')}" name="note" maxlength="200"></p>
<button type="submit">Save ${esc(p.nameEn)}</button>`
    : ''
}
<p class="form-status" role="status" aria-live="polite"></p>
</form></details></section>`;
}

/** The whole programs.yaml, for a new program, the rules (who gets which) and feed type codes. */
function wholeFile(text: string, canChange: boolean): string {
  return `<section aria-labelledby="whole-file-h"><details><summary id="whole-file-h"><strong>The whole file</strong>: a new
program, who gets which, feed type codes</summary>
<p>Add a program, change who gets which (the <code>rules</code>) or what a feed's type codes mean. The comments at the top
of the file say how. It is checked as the server checks it before it is saved; a problem is named with its line.</p>
<form id="programs-file">
<p><label for="programs-text">programs.yaml</label><textarea id="programs-text" name="text" rows="24" spellcheck="false"${
    canChange ? '' : ' readonly'
  }>${esc(text)}</textarea></p>
${
  canChange
    ? `<p><label for="programs-file-note">What changed (for the revision history)</label><input id="programs-file-note" name="note" maxlength="200"></p>
<button type="submit">Check and save the file</button>`
    : ''
}
<div id="programs-file-status" role="status" aria-live="polite"></div>
</form></details></section>`;
}

function revisionTable(revisions: Array<Omit<ProgramsRevision, 'text'>>, canChange: boolean): string {
  if (revisions.length === 0) return '<p>No revisions yet: texters get directory/programs.yaml.</p>';
  const newest = revisions.at(-1)?.revision;
  const rows = [...revisions]
    .reverse()
    .map((r) => {
      const restore =
        canChange && r.revision !== newest
          ? ` <button type="button" class="restore-programs" data-revision="${esc(r.revision)}">Restore this one</button>`
          : '';
      return `<tr><th scope="row">${esc(r.revision)}</th><td data-label="By">${esc(r.author)}</td><td data-label="When">${esc(
        r.at.replace('T', ' ').slice(0, 19),
      )} UTC</td><td data-label="Note">${esc(r.note)}</td><td data-label="Actions"><a href="/console/directory/programs/revisions/${esc(
        r.revision,
      )}/download">Download YAML</a>${restore}</td></tr>`;
    })
    .join('');
  return `<div class="table-wrap"><table class="revisions"><caption>Saved revisions, newest first</caption><thead><tr>
<th scope="col">Revision</th><th scope="col">By</th><th scope="col">When</th><th scope="col">Note</th><th scope="col">Actions</th>
</tr></thead><tbody>${rows}</tbody></table></div>`;
}
