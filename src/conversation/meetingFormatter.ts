import { formatMeetingLines, formatProgramList } from '../directory/formatMeetings';
import type { MeetingPage, MeetMode, Program, ReplyLabels } from '../directory/types';

/**
 * How programs and meetings become the text lines of a reply. The engine takes any formatter of
 * this shape (tests may pass their own); the default is the directory's, so the conversation
 * never depends on how a meeting line is laid out.
 */
export interface MeetingFormatter {
  /** Up to a page of meeting lines, one per line, never longer than `maxChars` in all. */
  formatMeetingLines(page: MeetingPage, options: { labels: ReplyLabels; maxChars: number; now: Date; modes?: MeetMode[] }): string;
  /** The programs that fit, with where to find them online or by phone, within `maxChars`. */
  formatProgramList(programs: Program[], lang: string, maxChars: number): string;
}

/** The directory's own formatter (src/directory/formatMeetings.ts): plain GSM-7, within budget. */
export const directoryMeetingFormatter: MeetingFormatter = {
  formatMeetingLines: (page, options) => formatMeetingLines(page, options),
  formatProgramList: (programs, lang, maxChars) => formatProgramList(programs, lang, maxChars),
};
