/**
 * What each known keyword must have for the engine to act on it, and what it is for, in words staff read: the flow
 * checker's messages and the console's names of the texts. No imports, so the console's pages can carry it.
 */

/** What a known keyword needs: its words (`match`), its text (`say`), and what it is for (`what`). */
export interface KeywordNeeds {
  match: boolean;
  say: boolean;
  what: string;
}

/** The known keywords' needs (the shown meeting's keywords are added by the checker, which knows their names). */
export const KEYWORD_NEEDS: Readonly<Record<string, KeywordNeeds>> = {
  crisis: { match: false, say: true, what: 'the crisis reply (`say`)' },
  crisis_overdose: { match: false, say: true, what: 'the first words for an overdose (`say`)' },
  crisis_overdose_self: {
    match: false,
    say: true,
    what: "the first words for the texter's own overdose, no longer than `crisis_overdose`'s (`say`)",
  },
  crisis_suicide: { match: false, say: true, what: 'the first words for thoughts of suicide (`say`)' },
  crisis_violence: { match: false, say: true, what: 'the words after the crisis reply for someone being hurt (`say`)' },
  crisis_withdrawal: {
    match: false,
    say: true,
    what: 'the first words for dangerous withdrawal: seizures, DTs, seeing things (`say`)',
  },
  crisis_driving: { match: false, say: true, what: 'the first words for someone about to drive drunk or high (`say`)' },
  crisis_child: {
    match: false,
    say: true,
    what: 'the words after the crisis reply for a child hurt by a parent or adult: Childhelp (`say`)',
  },
  crisis_assault: {
    match: false,
    say: true,
    what: 'the words after the crisis reply for a sexual assault: RAINN (`say`)',
  },
  crisis_alone: {
    match: false,
    say: true,
    what: 'the words after the crisis reply for someone using alone or high and scared: Never Use Alone (`say`)',
  },
  crisis_poison: {
    match: false,
    say: true,
    what: 'the words after the crisis reply for a child who swallowed or got into something: Poison Control (`say`)',
  },
  crisis_pet: {
    match: false,
    say: true,
    what: 'the first words for a pet that ate pills or drugs: the vet and the ASPCA poison line (`say`)',
  },
  crisis_group: {
    match: false,
    say: true,
    what: 'the line after the crisis reply when the same text asked for a group: how to go on, no question (`say`)',
  },
  crisis_family: {
    match: false,
    say: true,
    what: "the line after the suicide reply to a family member's despair: groups for family and friends (`say`)",
  },
  check_in: { match: false, say: true, what: 'the check-in after a crisis (`say`)' },
  resume: { match: true, say: false, what: 'the words that go on with the questions (`words` or `contains`)' },
  person: { match: false, say: true, what: 'the honest reply to a request for a person (`say`)' },
  person_opted_out: {
    match: false,
    say: true,
    what: 'the reply to a request for a person from someone who opted out: how to come back with START (`say`)',
  },
  stopped: { match: false, say: true, what: "the line's own STOP confirmation (`say`)" },
  started: { match: false, say: true, what: "the line's own START confirmation (`say`)" },
  rate_limited: { match: false, say: true, what: 'the notice for someone texting too fast (`say`)' },
  voice: { match: false, say: true, what: 'what a phone call hears (`say`)' },
  help: { match: true, say: true, what: 'its words (`words`) and the help text (`say`)' },
  restart: { match: true, say: false, what: 'its words (`words`)' },
  erase: { match: true, say: true, what: 'its words (`words`) and what to say once erased (`say`)' },
  opt_out: { match: true, say: false, what: 'its words (`words`)' },
  unavailable: { match: false, say: true, what: 'the reply when stored state cannot be read (`say`)' },
  flow_changed: { match: false, say: true, what: "the short apology when an edit removed someone's step (`say`)" },
  thanks: { match: false, say: true, what: 'the kind goodbye to "ok thanks" after a conversation ended (`say`)' },
  bye: { match: true, say: false, what: 'its words (`words`)' },
  companion: { match: false, say: true, what: 'the answer to "can I bring my wife?" (`say`)' },
  program_about: { match: false, say: true, what: 'the answer to "what is al-anon?" (`say`, with `{{about}}`)' },
  grief: {
    match: false,
    say: true,
    what: 'a word of sympathy for someone lost to drinking or drugs, heard by the `grief` intent (`say`)',
  },
  sponsor: {
    match: false,
    say: true,
    what: 'where a sponsor is found, for a text that asks for one, heard by the `sponsor` intent (`say`)',
  },
  relapsed: {
    match: false,
    say: true,
    what: 'welcome back after a slip, for a text that tells of one, heard by the `relapsed` intent (`say`)',
  },
  craving: {
    match: false,
    say: true,
    what: 'what helps in the next hour, for a text that tells of an urge, heard by the `craving` intent (`say`)',
  },
  struggling: {
    match: false,
    say: true,
    what: 'a kind word and a person to reach, for a text that tells of a hard time, heard by the `struggling` intent (`say`)',
  },
  overdosed: {
    match: false,
    say: true,
    what: "a doctor, naloxone and 911 if unwell, after the texter's own recent overdose: the `overdosed` intent (`say`)",
  },
  medication_welcome: {
    match: false,
    say: true,
    what: 'yes to "can i go to NA if im on suboxone?", heard by the `medication_welcome` intent (`say`)',
  },
  loved_ones_doubts: {
    match: false,
    say: true,
    what: 'Al-Anon and Nar-Anon are for anyone troubled by another\'s use, to "what if im not sure hes an alcoholic", heard by the `loved_ones_doubts` intent (`say`)',
  },
  kids_nearby: {
    match: false,
    say: true,
    what: 'what to tell a texter who asks if a child may be beside them at a meeting, "can my baby be on my lap during the zoom", heard by the `kids_nearby` intent (`say`)',
  },
  program_not_listed: {
    match: false,
    say: true,
    what: 'what to say when a texter names a program the line does not list, like "celebrate recovery" (`say`)',
  },
  after_nothing_found: {
    match: false,
    say: true,
    what: 'what to say to a reaction like "what do i do now" after a search found nothing (`say`)',
  },
  links_times: {
    match: false,
    say: true,
    what: 'what to say to "what time" after a page of links, which lists no meeting\'s time (`say`)',
  },
  links_more: {
    match: false,
    say: true,
    what: 'what to say to MORE after a page of links, when there are no more meetings to list (`say`)',
  },
  links_numbers: {
    match: false,
    say: true,
    what: 'what to say to a meeting\'s number ("1") after a page of links, which numbers none (`say`)',
  },
};

/**
 * What a known keyword's text is for, as a title: "The line after the crisis reply when the same text asked for a
 * group: how to go on, no question". Undefined for one unknown or named only by its words ("its words and ...").
 */
export function keywordPurpose(name: string): string | undefined {
  const what = Object.hasOwn(KEYWORD_NEEDS, name) ? KEYWORD_NEEDS[name].what : undefined;
  if (!what || what.startsWith('its words')) return undefined;
  // The closing "(`say`)" names the field for the checker's messages; a name in backticks is quoted as staff see it.
  const plain = what
    .replace(/\s*\(`[^)]*\)$/, '')
    .replace(/`([^`]*)`/g, (_, id: string) => `“${id.replace(/_/g, ' ')}”`);
  return plain.charAt(0).toUpperCase() + plain.slice(1);
}
