import {
  formatMeetingDetails,
  formatMeetingPage,
  formatOnlineOptions,
  formatProgramList,
  type DetailOptions,
  type FormattedMeetings,
  type ProgramListOptions,
} from '../directory/formatMeetings';
import type { DistanceUnit } from '../directory/distanceUnit';
import type { Meeting, MeetingPage, MeetMode, Program, ReplyLabels } from '../directory/types';

/**
 * How programs and meetings become the text lines of a reply. The engine takes any formatter of
 * this shape (tests may pass their own); the default is the directory's, so the conversation
 * never depends on how a meeting line is laid out.
 */
export interface MeetingFormatter {
  /**
   * Up to a page of meeting lines, one per line, never longer than `maxChars` in all, and how
   * many of the page's meetings they show (always the first `shown`: MORE goes on from there).
   */
  formatMeetingPage(
    page: MeetingPage,
    options: {
      labels: ReplyLabels;
      maxChars: number;
      now: Date;
      modes?: MeetMode[];
      zone?: string;
      unit?: DistanceUnit;
    },
  ): FormattedMeetings;
  /** The programs that fit, with where to find them online or by phone, within `maxChars`; every program named. */
  formatProgramList(programs: Program[], lang: string, maxChars: number, options?: ProgramListOptions): string;
  /** Each program's online link and phone line within `maxChars`, named in `lang`: the answer when none is listed. */
  formatOnlineOptions(programs: Program[], maxChars: number, lang?: string): string;
  /** Everything about one meeting a person needs to get there or join, within `options.maxChars`. */
  formatMeetingDetails(meeting: Meeting, options: DetailOptions): string;
}

/** The directory's own formatter (src/directory/formatMeetings.ts): plain GSM-7, within budget. */
export const directoryMeetingFormatter: MeetingFormatter = {
  formatMeetingPage: (page, options) => formatMeetingPage(page, options),
  formatProgramList: (programs, lang, maxChars, options) => formatProgramList(programs, lang, maxChars, options),
  formatOnlineOptions: (programs, maxChars, lang) => formatOnlineOptions(programs, maxChars, { lang }),
  formatMeetingDetails: (meeting, options) => formatMeetingDetails(meeting, options),
};
