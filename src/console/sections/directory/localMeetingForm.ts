import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { stateCode } from '../../../directory/placeIndex';
import { checkSource } from '../../../directory/sourceCheck';
import { LOCAL_MEETINGS_SOURCE } from './consoleDirectoryFeed';
import type { LocalMeeting } from './directoryConsoleStore';

/** What the local meeting form sends. */
export interface LocalMeetingInput {
  program?: unknown;
  name?: unknown;
  days?: unknown;
  time?: unknown;
  timezone?: unknown;
  address?: unknown;
  city?: unknown;
  state?: unknown;
  postalCode?: unknown;
  conferenceUrl?: unknown;
  conferencePhone?: unknown;
  notes?: unknown;
}

/** A form field a refusal is about: the name of its input in the form (`state`, `days`...). */
export type LocalMeetingField = 'program' | 'name' | 'days' | 'time' | 'state' | 'address';

/**
 * A form that cannot become a meeting: the reason, in the importer's words where it has them, and the field it is
 * about when one is (the page puts the reason beside that field; the importer's own reasons name none).
 */
export class LocalMeetingError extends Error {
  constructor(
    message: string,
    readonly field?: LocalMeetingField,
  ) {
    super(message);
    this.name = 'LocalMeetingError';
  }
}

function str(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim().slice(0, max);
  return trimmed || undefined;
}

/**
 * The two-letter code of a US state or territory or a Canadian province, from its code or its name ("tx",
 * "Texas"); refuses anything else in plain words. Cutting "Texas" to "TE" once saved a meeting nobody could find.
 */
function stateOf(said: string): string {
  const code = stateCode(said);
  if (code) return code;
  throw new LocalMeetingError(
    `"${said}" is not a US state or Canadian province: give its two-letter code (e.g. TX) or its full name (e.g. Texas)`,
    'state',
  );
}

/** A slug from a name, unique among `taken`: `county-recovery-group`, then `-2`, `-3`... */
export function slugFor(name: string, taken: Set<string>): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'meeting';
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/**
 * Turns the form into a meeting in directory/local.yaml's shape and checks it with the importer itself (the
 * same rules as every feed: a real day and time, a place the ZIP table can put on the map, or a working link
 * or dial-in). Throws LocalMeetingError with the importer's reason when it would be rejected. `programsText` is
 * the program list saved in the console, when staff saved one (a meeting of a program added there is known).
 */
export async function meetingFromForm(
  input: LocalMeetingInput,
  slug: string,
  bundledDir: string,
  programsText?: string,
): Promise<LocalMeeting> {
  const days = (Array.isArray(input.days) ? input.days : [input.days])
    .map((d) => Number(d))
    .filter((d) => Number.isInteger(d) && d >= 0 && d <= 6);
  const meeting: LocalMeeting = {
    program: str(input.program, 40) ?? '',
    slug,
    name: str(input.name, 120) ?? '',
    day: [...new Set(days)].sort(),
    time: str(input.time, 5) ?? '',
  };
  const optional: Array<[keyof LocalMeeting, unknown, number]> = [
    ['timezone', input.timezone, 60],
    ['address', input.address, 200],
    ['city', input.city, 80],
    // Room for a full name ("New Brunswick"): stateCode below turns it into the code.
    ['state', input.state, 40],
    ['postal_code', input.postalCode, 10],
    ['conference_url', input.conferenceUrl, 500],
    ['conference_phone', input.conferencePhone, 60],
    ['notes', input.notes, 300],
  ];
  for (const [key, value, max] of optional) {
    const v = str(value, max);
    if (v !== undefined) (meeting as unknown as Record<string, string>)[key] = key === 'state' ? stateOf(v) : v;
  }
  if (!meeting.name) throw new LocalMeetingError('a name is needed', 'name');
  if (!meeting.program) throw new LocalMeetingError('a program is needed', 'program');
  if ((meeting.day as number[]).length === 0) throw new LocalMeetingError('pick at least one day', 'days');
  // Said in the form's words: the importer would call this "an online meeting with no link or dial-in in the feed".
  if (!meeting.address && !meeting.postal_code && !meeting.conference_url && !meeting.conference_phone)
    throw new LocalMeetingError(
      'say where it meets: a street address with its ZIP code or town and state, or an online link or a dial-in',
      'address',
    );
  if (meeting.address || meeting.postal_code)
    meeting.attendance_option = meeting.conference_url ? 'hybrid' : 'in_person';
  else meeting.attendance_option = 'online';
  const report = await checkSource(LOCAL_MEETINGS_SOURCE, {
    bundledDir,
    body: JSON.stringify({ meetings: [meeting] }),
    programsText,
  });
  if (report.error) throw new LocalMeetingError(report.error.replace(`${LOCAL_MEETINGS_SOURCE}: `, ''));
  const rejected = report.rejected[0];
  if (rejected) throw new LocalMeetingError(rejected.reason);
  return meeting;
}

/** The meetings of directory/local.yaml: the list the console starts from before its first save. */
export function bundledLocalMeetings(bundledDir: string): LocalMeeting[] {
  const file = join(bundledDir, 'local.yaml');
  if (!existsSync(file)) return [];
  try {
    const parsed = parseYaml(readFileSync(file, 'utf8')) as { meetings?: unknown };
    return Array.isArray(parsed?.meetings) ? (parsed.meetings as LocalMeeting[]) : [];
  } catch {
    return [];
  }
}
