/**
 * Which side of the US-Canada border a meeting is on, read from what every meeting already has: its
 * state or province code, else its time zone. Meetings carry no country, and a straight line from
 * Geneva, NY to Picton, ON crosses Lake Ontario and a border: near on a map, hours and a passport away.
 */

/** A side as the search keeps it per word of the meeting table: unknown (no code or zone tells). */
export const SIDE_UNKNOWN = 0;
/** The United States' side (a state code, or a US time zone). */
export const SIDE_US = 1;
/** Canada's side (a province or territory code, or a Canadian time zone). */
export const SIDE_CA = 2;

/** Canada's province and territory codes. */
export const CA_PROVINCES: ReadonlySet<string> = new Set([
  'AB',
  'BC',
  'MB',
  'NB',
  'NL',
  'NS',
  'ON',
  'PE',
  'QC',
  'SK',
  'YT',
  'NT',
  'NU',
]);

/** The US states, DC and the territories a feed may give as a meeting's region. */
const US_REGIONS: ReadonlySet<string> = new Set(
  (
    'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK ' +
    'OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP'
  ).split(' '),
);

/** IANA zones of Canada (current names and old links still seen in feeds); `Canada/...` ones too. */
const CA_ZONES: ReadonlySet<string> = new Set(
  (
    'Toronto Montreal Nipigon Thunder_Bay Rainy_River Atikokan Winnipeg Regina Swift_Current Edmonton Vancouver ' +
    'Halifax Glace_Bay Moncton Goose_Bay St_Johns Whitehorse Dawson Dawson_Creek Fort_Nelson Creston Cambridge_Bay ' +
    'Yellowknife Inuvik Iqaluit Pangnirtung Rankin_Inlet Resolute Blanc-Sablon Coral_Harbour'
  )
    .split(' ')
    .map((z) => `America/${z}`),
);

/** IANA zones of the US: the main ones, and every zone under America/Indiana, Kentucky, North_Dakota; `US/...` too. */
const US_ZONES: ReadonlySet<string> = new Set(
  (
    'America/New_York America/Chicago America/Denver America/Los_Angeles America/Phoenix America/Anchorage ' +
    'America/Juneau America/Sitka America/Nome America/Yakutat America/Metlakatla America/Adak America/Boise ' +
    'America/Detroit America/Menominee America/Puerto_Rico America/St_Thomas Pacific/Honolulu Pacific/Guam'
  ).split(' '),
);

/**
 * The side of one word of a meeting: a state or province code ("NY", "ON"), or an IANA zone
 * ("America/Toronto"); SIDE_UNKNOWN for anything else (a zone both countries share names none).
 */
export function sideOfWord(word: string): number {
  if (word.length === 2) return CA_PROVINCES.has(word) ? SIDE_CA : US_REGIONS.has(word) ? SIDE_US : SIDE_UNKNOWN;
  if (CA_ZONES.has(word) || word.startsWith('Canada/')) return SIDE_CA;
  if (US_ZONES.has(word) || word.startsWith('US/') || /^America\/(Indiana|Kentucky|North_Dakota)\//.test(word)) {
    return SIDE_US;
  }
  return SIDE_UNKNOWN;
}

/** The side of a texter's place. */
export function sideOfCountry(country: 'US' | 'CA' | undefined): number {
  return country === 'CA' ? SIDE_CA : country === 'US' ? SIDE_US : SIDE_UNKNOWN;
}
