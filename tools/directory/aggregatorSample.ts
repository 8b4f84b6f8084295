import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The root server ids the sample gives its two "servers" (the aggregator tags each meeting with one). */
export const FINGER_LAKES_SERVER = '12';
export const SECOND_SERVER = '47';

/**
 * The BMLT aggregator's NDJSON export, made from the bundled Finger Lakes feed: one
 * GetSearchResults meeting a line (every value a string, as the servers send them), each with its
 * `root_server_id`, and each server's GetFormats entries as lines of their own. Besides the 53
 * real meetings, a second root server lists one of them again (a twin to merge), and four lines
 * carry what real exports do: a virtual meeting whose "link" is not one, a temporarily closed
 * meeting with no link, an unpublished meeting, and a line cut short. Deterministic.
 */
export function aggregatorSampleLines(feedsDir: string): string[] {
  const feed = JSON.parse(readFileSync(join(feedsDir, 'na-finger-lakes-ny.bmlt.json'), 'utf8')) as {
    meetings: Array<Record<string, string>>;
  };
  const formats = JSON.parse(readFileSync(join(feedsDir, 'na-formats.bmlt.json'), 'utf8')) as Array<
    Record<string, string>
  >;
  const lines: string[] = [];
  for (const f of formats) lines.push(JSON.stringify({ ...f, root_server_id: FINGER_LAKES_SERVER }));
  // The second server writes "Women" as its own code: the same letters may mean different things per server.
  lines.push(JSON.stringify({ key_string: 'WO', name_string: 'Women', root_server_id: SECOND_SERVER }));
  for (const m of feed.meetings)
    lines.push(JSON.stringify({ ...m, root_server_id: FINGER_LAKES_SERVER, published: '1' }));
  const base = feed.meetings[0];
  const row = (id: string, extra: Record<string, string>) =>
    JSON.stringify({ ...base, id_bigint: id, root_server_id: SECOND_SERVER, published: '1', ...extra });
  lines.push(row('9001', { meeting_name: `${base.meeting_name} Group`, formats: 'WO' }));
  lines.push(
    row('9002', {
      meeting_name: 'Virtual Recovery',
      venue_type: '2',
      virtual_meeting_link: 'Zoom ID 845 1234 5678',
      location_street: '',
      location_text: '',
    }),
  );
  lines.push(
    row('9003', {
      meeting_name: 'Closed For Now',
      formats: 'TC',
      location_street: '',
      location_text: '',
      latitude: '0',
      longitude: '0',
    }),
  );
  lines.push(row('9004', { meeting_name: 'Draft Meeting', published: '0' }));
  lines.push('{"id_bigint": "9005", "meeting_name": "Cut sho');
  return lines;
}

/** The sample as `.ndjson.gz` bytes. */
export function aggregatorSampleGz(feedsDir: string): Buffer {
  return gzipSync(`${aggregatorSampleLines(feedsDir).join('\n')}\n`, { level: 9 });
}
