import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Router, type Request, type RequestHandler, type Response } from 'express';
import type { SourceStatus } from '../../../directory/directoryService';
import { shownSource } from '../../../directory/meetingSource';
import { checkSource } from '../../../directory/sourceCheck';
import { readStaffUrl, staffUrlProblem } from '../../../directory/staffUrl';
import type { ConversationEngine } from '../../../engine/types';
import type { ConsoleHost, ConsoleSection } from '../../consoleHost';
import { jsonBody, serveAssets } from '../sectionKit';
import { ConsoleDirectoryFeed, LOCAL_MEETINGS_SOURCE, shownRawOf } from './consoleDirectoryFeed';
import { newSourceId, type DirectoryConsoleStore, type LocalMeeting, type StaffSource } from './directoryConsoleStore';
import { directoryPage, previewPage, type SourceRow } from './directoryPages';
import { bundledLocalMeetings, LocalMeetingError, meetingFromForm, slugFor } from './localMeetingForm';
import { authorNames } from '../../staffNames';
import { programRoutes } from './programRoutes';
import { PREVIEW_BEHAVIORS, previewSearch, type PreviewSituation } from './searchPreview';

/** What the directory section needs from the running line. */
export interface DirectorySectionDeps {
  store: DirectoryConsoleStore;
  feed: ConsoleDirectoryFeed;
  /** The DirectoryService: its sources' last reports, and a reload after a staff change. */
  directory: { sourceStatus(): SourceStatus[]; refreshNow(): Promise<boolean> };
  /** DIRECTORY_SOURCES as configured. */
  configuredSources: string[];
  /** DIRECTORY_ALLOW_PRIVATE_URLS. */
  allowPrivateUrls: boolean;
  /** The live engine, for the search preview. */
  engine: () => ConversationEngine;
  /** Folder with programs.yaml, local.yaml and feeds/ (default `directory`). */
  bundledDir?: string;
  /** Program ids staff can pick (the program list now), asked for when a page or a new source needs them. */
  programs: () => Promise<Array<{ id: string; name: string }>>;
  /** Time allowed to read a staff URL, ms (default 20 s). */
  fetchTimeoutMs?: number;
  /** Where the bundles are served from (default dist/console-assets). */
  assetsDir?: string;
}

/**
 * The console's directory section (`/console/directory`): every meeting source with its last import report,
 * "Check now", sources added by staff (a feed URL or an uploaded file), the local meetings as a form with
 * revisions, the program list (programRoutes.ts), and the search preview. Editors read and preview; publishers
 * change what texters get.
 */
export function createDirectorySection(host: ConsoleHost, deps: DirectorySectionDeps): ConsoleSection {
  const router = Router();
  const bundledDir = deps.bundledDir ?? 'directory';
  const editor = host.requireRole('editor');
  const publisher = host.requireRole('publisher');
  serveAssets(router, deps.assetsDir);

  const ctx: RouteContext = { host, deps, bundledDir, editor, publisher };
  pageRoutes(router, ctx);
  sourceRoutes(router, ctx);
  localRoutes(router, ctx);
  programRoutes(router, { host, store: deps.store, directory: deps.directory, bundledDir, editor, publisher });
  return { path: 'directory', nav: { label: 'Meetings', role: 'editor' }, router };
}

/** What every route group of the section shares. */
interface RouteContext {
  host: ConsoleHost;
  deps: DirectorySectionDeps;
  bundledDir: string;
  editor: RequestHandler;
  publisher: RequestHandler;
}

const sourceRows = (ctx: RouteContext): Promise<SourceRow[]> =>
  ctx.deps.store.sources().then((staff) => rows(ctx.deps, ctx.bundledDir, staff));

/** The two pages, and the search preview's API. */
function pageRoutes(router: Router, ctx: RouteContext): void {
  const { host, deps, bundledDir, editor } = ctx;
  router.get('/', editor, async (req, res) => {
    const [sources, local, programs] = await Promise.all([
      sourceRows(ctx),
      localState(deps.store, bundledDir),
      deps.programs(),
    ]);
    // "By": as on the flow's Revisions page (the member's own "you", e-mails for admins only).
    const names = await authorNames(
      host,
      req,
      local.revisions.map((r) => r.author),
    );
    local.revisions = local.revisions.map((r) => ({ ...r, author: names[r.author] }));
    res.type('html').send(host.renderPage(req, directoryPage({ sources, local, programs, staff: host.staffOf(req) })));
  });

  router.get('/preview', editor, (req, res) => {
    res.type('html').send(host.renderPage(req, previewPage()));
  });

  router.post('/api/preview', editor, jsonBody(), async (req, res) => {
    const situation = previewSituation(req.body);
    if (!situation) {
      const error = 'Give a ZIP code, or a town and state: the line asks for one when they meet in person or any way.';
      return void res.status(400).json({ error });
    }
    res.json({ turns: await previewSearch(deps.engine, situation) });
  });
}

/** Sources: the list, adding (a URL or an uploaded file), removing, and "Check now". */
function sourceRoutes(router: Router, ctx: RouteContext): void {
  const { host, deps, bundledDir, editor, publisher } = ctx;
  router.get('/api/sources', editor, async (_req, res) => {
    res.json({ sources: await sourceRows(ctx) });
  });

  router.post('/api/sources', publisher, jsonBody('6mb'), async (req: Request, res: Response) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const program = typeof body.program === 'string' ? body.program : '';
    if (!(await deps.programs()).some((p) => p.id === program)) {
      return void res.status(400).json({ error: 'pick a program' });
    }
    const refreshMinutes = Math.max(0, Math.min(10_080, Math.round(Number(body.refreshMinutes ?? 360)) || 0));
    const source: StaffSource = {
      id: newSourceId(),
      kind: body.kind === 'file' ? 'file' : 'url',
      location: '',
      program,
      refreshMinutes,
      addedBy: host.staffOf(req).id,
      addedAt: new Date().toISOString(),
    };
    let fileBody: string | undefined;
    if (source.kind === 'url') {
      const url = typeof body.url === 'string' ? body.url.trim() : '';
      const problem = staffUrlProblem(url);
      if (problem) return void res.status(400).json({ error: problem });
      source.location = url;
    } else {
      const name = typeof body.fileName === 'string' ? body.fileName.trim().slice(0, 120) : '';
      if (!name || typeof body.body !== 'string' || !body.body.trim())
        return void res.status(400).json({ error: 'choose a feed file (JSON, NDJSON or YAML)' });
      source.location = name;
      fileBody = body.body;
    }
    await deps.store.addSource(source, fileBody);
    await host.audit(req, {
      action: 'directory.source.add',
      detail: { id: source.id, kind: source.kind, program },
    });
    await deps.directory.refreshNow();
    res.status(201).json({ source: (await sourceRows(ctx)).find((r) => r.id === source.id) });
  });

  router.delete('/api/sources/:id', publisher, async (req, res) => {
    const source = (await deps.store.sources()).find((s) => s.id === req.params.id);
    if (!source) return void res.status(404).json({ error: 'no such source' });
    await deps.store.removeSource(source.id);
    deps.feed.forget(source);
    await host.audit(req, { action: 'directory.source.remove', detail: { id: source.id } });
    await deps.directory.refreshNow();
    res.json({ removed: source.id });
  });

  router.post('/api/check', editor, jsonBody(), async (req, res) => {
    const key = typeof req.body?.key === 'string' ? req.body.key : '';
    const report = await checkNow(deps, bundledDir, key);
    if (!report) return void res.status(404).json({ error: 'no such source' });
    res.json({ report });
  });
}

/** The local meetings: read, save one (new or changed), remove one, restore a revision. */
function localRoutes(router: Router, { host, deps, bundledDir, editor, publisher }: RouteContext): void {
  router.get('/api/local', editor, async (_req, res) => {
    res.json(await localState(deps.store, bundledDir));
  });

  router.post('/api/local', publisher, jsonBody(), async (req, res) => {
    const body = (req.body ?? {}) as { meeting?: Record<string, unknown>; replace?: unknown; note?: unknown };
    const { meetings } = await localState(deps.store, bundledDir);
    const replacing = typeof body.replace === 'string' ? body.replace : undefined;
    const others = meetings.filter((m) => m.slug !== replacing);
    const taken = new Set(others.map((m) => m.slug));
    const name = typeof body.meeting?.name === 'string' ? body.meeting.name : '';
    const slug = replacing && meetings.some((m) => m.slug === replacing) ? replacing : slugFor(name, taken);
    let meeting: LocalMeeting;
    try {
      meeting = await meetingFromForm(body.meeting ?? {}, slug, bundledDir, await savedPrograms(deps.store));
    } catch (err) {
      if (err instanceof LocalMeetingError)
        return void res.status(400).json({ error: err.message, ...(err.field ? { field: err.field } : {}) });
      throw err;
    }
    const list = replacing ? meetings.map((m) => (m.slug === replacing ? meeting : m)) : [...meetings, meeting];
    const saved = await saveLocal(
      req,
      host,
      deps,
      list,
      noteOf(body.note, `${replacing ? 'changed' : 'added'} ${slug}`),
    );
    res.status(201).json({ revision: saved, slug });
  });

  router.post('/api/local/remove', publisher, jsonBody(), async (req, res) => {
    const slug = typeof req.body?.slug === 'string' ? req.body.slug : '';
    const { meetings } = await localState(deps.store, bundledDir);
    if (!meetings.some((m) => m.slug === slug)) return void res.status(404).json({ error: 'no such meeting' });
    const list = meetings.filter((m) => m.slug !== slug);
    res.json({ revision: await saveLocal(req, host, deps, list, noteOf(req.body?.note, `removed ${slug}`)) });
  });

  router.post('/api/local/revert', publisher, jsonBody(), async (req, res) => {
    const wanted = Number(req.body?.revision);
    const revision = (await deps.store.revisions()).find((r) => r.revision === wanted);
    if (!revision) return void res.status(404).json({ error: 'no such revision' });
    const note = noteOf(req.body?.note, `back to revision ${wanted}`);
    res.json({ revision: await saveLocal(req, host, deps, revision.meetings, note) });
  });
}

async function saveLocal(
  req: Request,
  host: ConsoleHost,
  deps: DirectorySectionDeps,
  meetings: LocalMeeting[],
  note: string,
): Promise<number> {
  const author = host.staffOf(req).id;
  const saved = await deps.store.appendRevision({ author, at: new Date().toISOString(), note, meetings });
  await host.audit(req, {
    action: 'directory.local.save',
    detail: { revision: saved.revision, meetings: meetings.length },
  });
  // This process loads it now; the others see the store's version move within their poll.
  await deps.directory.refreshNow();
  return saved.revision;
}

function noteOf(value: unknown, fallback: string): string {
  return (typeof value === 'string' && value.trim() ? value.trim() : fallback).slice(0, 200);
}

/** The local meetings now: the newest revision's, or directory/local.yaml's before the first save. */
async function localState(store: DirectoryConsoleStore, bundledDir: string) {
  const revisions = await store.revisions();
  const latest = revisions.at(-1);
  return {
    fromFile: latest === undefined,
    meetings: latest?.meetings ?? bundledLocalMeetings(bundledDir),
    revisions: revisions
      .map(({ revision, author, at, note, meetings }) => ({ revision, author, at, note, count: meetings.length }))
      .reverse(),
  };
}

/** Every source, in load order, with its last import: bundled files, DIRECTORY_SOURCES, then the console's. */
function rows(deps: DirectorySectionDeps, bundledDir: string, staff: StaffSource[]): SourceRow[] {
  const status = new Map(deps.directory.sourceStatus().map((s) => [s.source, s]));
  const feeds = join(bundledDir, 'feeds');
  const bundled = existsSync(feeds)
    ? readdirSync(feeds)
        .filter((f) => /\.(json|ya?ml|ndjson|jsonl)(\.gz)?$/i.test(f))
        .sort()
        .map((f) => join(feeds, f))
    : [];
  const localFile = join(bundledDir, 'local.yaml');
  const out: SourceRow[] = bundled.map((raw) => row('bundled', raw, status));
  if (status.has(localFile)) out.push(row('bundled', localFile, status));
  for (const raw of deps.configuredSources) out.push(row('configured', raw, status));
  if (status.has(LOCAL_MEETINGS_SOURCE)) out.push(row('console', LOCAL_MEETINGS_SOURCE, status));
  for (const s of staff) {
    out.push({
      ...row('console', shownRawOf(s), status),
      key: s.id,
      id: s.id,
      kind: s.kind,
      location: s.kind === 'url' ? shownSource(s.location) : s.location,
      program: s.program,
      refreshMinutes: s.refreshMinutes,
    });
  }
  return out;
}

function row(origin: SourceRow['origin'], raw: string, status: Map<string, SourceStatus>): SourceRow {
  const key = shownSource(raw);
  const s = status.get(key);
  return {
    key,
    origin,
    location: key,
    program: s?.report.program,
    lastOkAt: s?.lastOkAt !== undefined ? new Date(s.lastOkAt).toISOString() : undefined,
    report: s?.report,
    failing: s?.lastError,
    // A bundled file a load reads but does not import (BMLT GetFormats: names for other feeds' codes).
    ...(!s && origin === 'bundled' ? { note: 'format names used by other feeds, not meetings' } : {}),
  };
}

/** The program list staff saved in the console, if they did (checks then know the programs they added). */
async function savedPrograms(store: DirectoryConsoleStore): Promise<string | undefined> {
  return (await store.programRevision())?.text;
}

/** "Check now": the source read and imported again, its report returned, nothing swapped in. */
async function checkNow(deps: DirectorySectionDeps, bundledDir: string, key: string) {
  const programsText = await savedPrograms(deps.store);
  const staff = (await deps.store.sources()).find((s) => s.id === key);
  if (staff) {
    const raw = `program=${staff.program}:${staff.kind === 'url' ? staff.location : `console-upload/${staff.location}`}`;
    try {
      const body =
        staff.kind === 'url'
          ? await readStaffUrl(staff.location, { allowPrivate: deps.allowPrivateUrls, timeoutMs: deps.fetchTimeoutMs })
          : await deps.store.fileBody(staff.id);
      return { ...(await checkSource(raw, { bundledDir, body, programsText })), source: shownRawOf(staff) };
    } catch (err) {
      return { source: shownRawOf(staff), imported: 0, rejected: [], error: (err as Error).message };
    }
  }
  if (key === LOCAL_MEETINGS_SOURCE) {
    const meetings = (await deps.store.revisions()).at(-1)?.meetings ?? [];
    return checkSource(LOCAL_MEETINGS_SOURCE, { bundledDir, body: JSON.stringify({ meetings }), programsText });
  }
  const feeds = join(bundledDir, 'feeds');
  const known = [
    ...(existsSync(feeds) ? readdirSync(feeds).map((f) => join(feeds, f)) : []),
    join(bundledDir, 'local.yaml'),
    ...deps.configuredSources,
  ];
  const raw = known.find((r) => shownSource(r) === key);
  return raw ? checkSource(raw, { bundledDir, fetchTimeoutMs: deps.fetchTimeoutMs, programsText }) : undefined;
}

function previewSituation(body: unknown): PreviewSituation | undefined {
  const b = (body ?? {}) as Record<string, unknown>;
  const place = typeof b.place === 'string' ? b.place.trim().slice(0, 80) : '';
  const pick = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T =>
    allowed.includes(value as T) ? (value as T) : fallback;
  const mode = pick(b.mode, ['in_person', 'online', 'phone', 'any'] as const, 'in_person');
  if (!place && (mode === 'in_person' || mode === 'any')) return undefined;
  const concern = pick(b.concern, ['alcohol', 'drugs', 'gambling', 'unsure'] as const, 'alcohol');
  // A behavior only means something with "Gambling or another behavior"; anything else there is gambling itself.
  const behavior = concern === 'gambling' ? PREVIEW_BEHAVIORS.find((x) => x === b.behavior) : undefined;
  return {
    place,
    audience: pick(b.audience, ['self', 'family'] as const, 'self'),
    concern,
    ...(behavior ? { behavior } : {}),
    medication: b.medication === true || b.medication === 'yes',
    teen: b.teen === true || b.teen === 'yes',
    mode,
    day: typeof b.day === 'string' ? b.day.trim().slice(0, 20) : '',
    lang: b.lang === 'es' ? 'es' : 'en',
  };
}
