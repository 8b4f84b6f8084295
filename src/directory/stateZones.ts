/**
 * The time zone most people in each US state and territory, and each Canadian province, live in, by its postal
 * code: Twilio's `FromState` names the state or province a number was issued in, and the line gives online and phone
 * meeting times in that zone until the texter names a place. A state that spans two zones takes the one of most of
 * its people (Texas is Central, El Paso Mountain; Florida Eastern, its panhandle Central): the times always carry
 * their zone's name ("7pm CST"), so a texter elsewhere still reads them right, only less conveniently. A number
 * ported to another state keeps its first state.
 */
const STATE_ZONES: Readonly<Record<string, string>> = {
  AL: 'America/Chicago',
  AK: 'America/Anchorage',
  AZ: 'America/Phoenix',
  AR: 'America/Chicago',
  CA: 'America/Los_Angeles',
  CO: 'America/Denver',
  CT: 'America/New_York',
  DE: 'America/New_York',
  DC: 'America/New_York',
  FL: 'America/New_York',
  GA: 'America/New_York',
  HI: 'Pacific/Honolulu',
  ID: 'America/Boise',
  IL: 'America/Chicago',
  IN: 'America/Indiana/Indianapolis',
  IA: 'America/Chicago',
  KS: 'America/Chicago',
  KY: 'America/New_York',
  LA: 'America/Chicago',
  ME: 'America/New_York',
  MD: 'America/New_York',
  MA: 'America/New_York',
  MI: 'America/Detroit',
  MN: 'America/Chicago',
  MS: 'America/Chicago',
  MO: 'America/Chicago',
  MT: 'America/Denver',
  NE: 'America/Chicago',
  NV: 'America/Los_Angeles',
  NH: 'America/New_York',
  NJ: 'America/New_York',
  NM: 'America/Denver',
  NY: 'America/New_York',
  NC: 'America/New_York',
  ND: 'America/Chicago',
  OH: 'America/New_York',
  OK: 'America/Chicago',
  OR: 'America/Los_Angeles',
  PA: 'America/New_York',
  RI: 'America/New_York',
  SC: 'America/New_York',
  SD: 'America/Chicago',
  TN: 'America/Chicago',
  TX: 'America/Chicago',
  UT: 'America/Denver',
  VT: 'America/New_York',
  VA: 'America/New_York',
  WA: 'America/Los_Angeles',
  WV: 'America/New_York',
  WI: 'America/Chicago',
  WY: 'America/Denver',
  PR: 'America/Puerto_Rico',
  VI: 'America/St_Thomas',
  GU: 'Pacific/Guam',
  MP: 'Pacific/Saipan',
  AS: 'Pacific/Pago_Pago',
  // Canada's provinces and territories: Twilio gives a Canadian number's province the same way ("ON"), and the
  // directory holds Canadian groups (Quinte's AA), so "belleville" from an Ontario number is Belleville, ON, and its
  // times come in Eastern time, as a Texan's "hereford" is Hereford, TX. No code is both a state and a province.
  AB: 'America/Edmonton',
  BC: 'America/Vancouver',
  MB: 'America/Winnipeg',
  NB: 'America/Moncton',
  NL: 'America/St_Johns',
  NS: 'America/Halifax',
  NT: 'America/Yellowknife',
  NU: 'America/Iqaluit',
  ON: 'America/Toronto',
  PE: 'America/Halifax',
  QC: 'America/Toronto',
  SK: 'America/Regina',
  YT: 'America/Whitehorse',
};

/**
 * The state or province a number was issued in (Twilio's `FromState`, "tx", "TX" or "ON") as its code, "TX", or
 * undefined for anything else: a number from abroad, a missing or forged value.
 */
export function homeStateOf(state: string | undefined): string | undefined {
  if (!state) return undefined;
  const code = state.trim().toUpperCase();
  return Object.prototype.hasOwnProperty.call(STATE_ZONES, code) ? code : undefined;
}

/** The zone of the state a number was issued in (see homeStateOf), or undefined for anything else. */
export function homeZoneOf(state: string | undefined): string | undefined {
  const code = homeStateOf(state);
  return code === undefined ? undefined : STATE_ZONES[code];
}
