import { z } from 'zod';

/**
 * The shape of a flow file in `flows/*.yaml`, as staff write it. flows/README.md explains it in
 * plain words; this file is the single source of truth for what is allowed. Checking goes further
 * than shape (gotos that lead nowhere, dead ends, message length...): see flowChecker.ts.
 *
 * A text in a flow is either one string (used for every language) or a map of language code to
 * string. Texts may hold placeholders such as `{{program}}`, filled from the conversation's
 * variables or from what a named action set.
 */

/** A text per language, or one text for all. */
export const textSchema = z.union([z.string(), z.record(z.string(), z.string())]);
export type FlowText = z.infer<typeof textSchema>;

/** Words or phrases per language, or one list for all languages. */
export const wordsSchema = z.union([z.array(z.string()), z.record(z.string(), z.array(z.string()))]);
export type FlowWords = z.infer<typeof wordsSchema>;

/** Values a route or node stores in the conversation's variables, e.g. `{ audience: self }`. */
export const setSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));

/**
 * One way an answer can go. A route matches when ANY of its tests match: `number` (the answer is
 * that number, "2" or "2."), `words` (the answer is, or contains as whole words, one of these words or
 * phrases, allowing a small typo in longer words), `yes` / `no` (the flow's yes/no words), `pattern`
 * (a regular expression, case-insensitive), `location` (the answer names a place the directory
 * knows; `location: ambiguous` instead matches a town name found in several states, so the flow
 * can ask which one: `{{town}}` and `{{states}}` are set, and the next `location` answer may be
 * just the state; `location: state` matches a state named alone, "texas", setting `{{state_name}}`,
 * and the next `location` answer is looked up in it first), `any` (always: the catch-all written as
 * a route). Then it may `set` variables, run an action (`do`), `say` something, and `goto` a node.
 */
export const routeSchema = z
  .object({
    number: z.union([z.number().int(), z.array(z.number().int())]).optional(),
    words: wordsSchema.optional(),
    yes: z.literal(true).optional(),
    no: z.literal(true).optional(),
    pattern: z.string().optional(),
    location: z.union([z.literal(true), z.literal('ambiguous'), z.literal('state')]).optional(),
    any: z.literal(true).optional(),
    /** The understanding step filled one of these slots from the text (e.g. `[when, part, wants, mode]`). */
    understood: z.array(z.string()).optional(),
    /** The understanding step found this intent in the text (e.g. `thanks`, `details`). */
    intent: z.string().optional(),
    set: setSchema.optional(),
    do: z.string().optional(),
    say: textSchema.optional(),
    goto: z.string(),
  })
  .strict();
export type FlowRoute = z.infer<typeof routeSchema>;

/**
 * What happens when no route matches: say `say` and ask again, at most `retries` times (1 to 5);
 * after that, go to `then`.
 */
export const otherSchema = z
  .object({
    say: textSchema,
    retries: z.number().int().min(0).max(5),
    then: z.string(),
  })
  .strict();
export type FlowOther = z.infer<typeof otherSchema>;

/**
 * A step of the conversation. On arrival it runs `do` (a named action from the registry in
 * src/engine/actionRegistry.ts), applies `set`, then says `say`. Then exactly one of:
 * `ask` + `routes` + `other` (wait for the texter's answer), `goto` (move on at once), or
 * `end: true` (the conversation is over; the next text starts again).
 */
export const nodeSchema = z
  .object({
    do: z.string().optional(),
    set: setSchema.optional(),
    say: textSchema.optional(),
    ask: textSchema.optional(),
    /**
     * What the question means, said before it again when the texter asks ("what do you mean?", "what do you mean
     * by medication", "que es eso"): a question of a word people may not know is explained, not only repeated.
     */
    explain: textSchema.optional(),
    routes: z.array(routeSchema).optional(),
    other: otherSchema.optional(),
    goto: z.string().optional(),
    end: z.literal(true).optional(),
    /**
     * Optional branches taken on arrival, after `do`/`set`/`say`, when variables have values:
     * `{ if: {var: value, ...}, goto }` (every listed variable must match; the first branch wins).
     */
    when: z.array(z.object({ if: setSchema, goto: z.string() }).strict()).optional(),
  })
  .strict();
export type FlowNode = z.infer<typeof nodeSchema>;

/**
 * Whether a node takes what the results are answered with: any text (`any`) or a refinement the understanding read
 * (`understood`). The results, a meeting's details and their follow-ups are such nodes.
 */
export function takesRefinements(node: FlowNode | undefined): boolean {
  return node?.routes?.some((r) => r.any || r.understood) ?? false;
}

/**
 * A question of the results that shows nothing new of its own (it asks and runs no `do`): where a meeting's
 * details may be the last thing shown, so an answer about that meeting is followed by this question again.
 */
export function isResultsQuestion(node: FlowNode | undefined): boolean {
  return node?.ask !== undefined && node.do === undefined && takesRefinements(node);
}

/** A word that works at any point of the conversation (besides the carrier STOP/START words). */
export const keywordSchema = z
  .object({
    /** The whole message is one of these (any case, punctuation and spaces ignored). */
    words: wordsSchema.optional(),
    /** The message contains one of these anywhere (used for crisis words). */
    contains: wordsSchema.optional(),
    say: textSchema.optional(),
    /**
     * Values kept when the keyword is taken, as a route's `set`: "another day" leaves today out of the next search
     * (`when: not_today`), so a time said next without a day ("after 5") is not today's again.
     */
    set: setSchema.optional(),
    goto: z.string().optional(),
  })
  .strict();
export type FlowKeyword = z.infer<typeof keywordSchema>;

/** The few words a meeting line needs (see ReplyLabels in src/directory/types.ts). */
export const labelsSchema = z
  .object({
    days: z.array(z.string()).length(7),
    online: z.string(),
    phone: z.string(),
    miles: z.string(),
    /** After a distance said in kilometres, to a texter whose place is in Canada: "km". */
    km: z.string().optional(),
    /** The help line under meetings when none fits (`{{helpline}}`): `us` (SAMHSA's), `ca` for a place in Canada. */
    helpline: z.object({ us: z.string(), ca: z.string() }).strict().optional(),
    /** The word before the last of a list: "1, 2 or 3". */
    or: z.string().optional(),
    /** What replying a meeting's number gets: `in_person` (directions) and `remote` (how to join). */
    pick: z.object({ in_person: z.string(), remote: z.string() }).strict().optional(),
    /** Before the day of a meeting a week away, the same weekday as today: "next" Wed. */
    next: z.string().optional(),
    /** A meeting at 00:00, said with the evening before ("Sat midnight"), and one at 12:00 ("Sun noon"). */
    midnight: z.string().optional(),
    noon: z.string().optional(),
    /** Under meetings held in English, in a flow language that is not: `all` of them, or `some` (`{{items}}`). */
    english: z.object({ all: z.string(), some: z.string(), asked: z.string().optional() }).strict().optional(),
    /** Under meetings held in Spanish, in a flow language that is not: `all` of them, or `some` (`{{items}}`). */
    spanish: z.object({ all: z.string(), some: z.string() }).strict().optional(),
    /** Before the programs' own meeting finders, near no meeting on our lists: "Local meetings:". */
    finders: z.string().optional(),
    /**
     * Whom the groups found are for, in `{{whom}}`: `you` ("for you"), or, when the person the help is about wants
     * help themselves, `them` ("for your {{relation}} and you"; `them_many` for several) or `them_unnamed`.
     */
    whom: z
      .object({ you: z.string(), them: z.string(), them_many: z.string().optional(), them_unnamed: z.string() })
      .strict()
      .optional(),
    /** Headings of a meeting's details, and type tags in words. */
    details: z
      .object({
        map: z.string(),
        notes: z.string(),
        types: z.string(),
        tags: z.record(z.string(), z.string()).optional(),
      })
      .strict()
      .optional(),
    /** How to name what a search was narrowed to, by value: tonight, saturday, morning, women, spanish... */
    filters: z.record(z.string(), z.string()).optional(),
    /** How a dial-in is spelled out ("ID", "passcode") and a link only sent by e-mail ("link by email"). */
    dial: z.object({ id: z.string(), passcode: z.string(), email: z.string() }).strict().optional(),
  })
  .strict();

/**
 * The `understand:` section: the words the understanding step (src/understand/) looks for in any
 * message, per slot, value and language, where staff edit them. The checker adds what shape alone
 * cannot say (known slots and values, a word under two values of one slot, a carrier keyword).
 */
export const understandSchema = z
  .object({
    /** Real words never "corrected" into a listed word ("closer" is not "closed"). */
    known_words: wordsSchema.optional(),
    /** Words that turn the next words around: "not me", "no meds". */
    negation: wordsSchema.optional(),
    /** Words by which texters speak of themselves: "i", "im", "yo", "tengo". */
    self_words: wordsSchema.optional(),
    /** Words by which texters speak of someone else: "he", "she", "ella". */
    other_words: wordsSchema.optional(),
    /** slot -> value -> words, e.g. `concern: { alcohol: { en: [drinks], es: [bebe] } }`. */
    slots: z.record(z.string(), z.record(z.string(), wordsSchema)),
    /**
     * How the line says back what it understood ("Got it: for your husband, about alcohol, near
     * Amarillo, TX."): `intro`, then one text per `slot.value` (`concern.alcohol`), `place`, `programs`.
     */
    summary: z.record(z.string(), textSchema).optional(),
  })
  .strict();
export type UnderstandSection = z.infer<typeof understandSchema>;

/**
 * Who runs the line, for the texts carriers audit and for the way to a person: `program` (the
 * name the HELP and STOP replies give), `support` (a toll-free number or website for help with
 * the service), and optionally `own_line` (a line of the operator's own where a person answers,
 * with its hours). Keyword texts use them as `{{program}}`, `{{support}}` and `{{own_line}}`.
 */
export const lineSchema = z
  .object({
    program: z.string().min(1),
    support: z.string().min(1),
    own_line: textSchema.optional(),
  })
  .strict();
export type FlowLine = z.infer<typeof lineSchema>;

/** A whole flow file. */
export const flowSchema = z
  .object({
    /** Shown to staff in tools; the flow's id is its file name. */
    name: z.string(),
    /** Language codes every text must have, the first being the default, e.g. [en, es]. */
    languages: z.array(z.string().regex(/^[a-z]{2}$/)).min(1),
    /** The node a new conversation starts at. */
    start: z.string(),
    /** Words in a first message that start the conversation in another language. */
    start_language: z.record(z.string(), z.array(z.string())).optional(),
    /** Words that switch language at any point, per language code. */
    switch_language: z.record(z.string(), z.array(z.string())).optional(),
    /** The yes and no words of each language, for routes with `yes: true` / `no: true`. */
    yes_words: wordsSchema.optional(),
    no_words: wordsSchema.optional(),
    /** Who runs the line: program name, support contact, and the operator's own line to a person. */
    line: lineSchema.optional(),
    /**
     * Words that work anywhere; KNOWN_KEYWORDS below lists the names the line gives a meaning to,
     * and flows/README.md explains each one.
     */
    keywords: z.record(z.string(), keywordSchema),
    /** Meeting-line words per language. */
    labels: z.record(z.string(), labelsSchema).optional(),
    nodes: z.record(z.string(), nodeSchema),
    /** What the line understands in any message (src/understand/). */
    understand: understandSchema.optional(),
  })
  .strict();
export type FlowFile = z.infer<typeof flowSchema>;

/**
 * The answers to a question about the meeting whose details were just shown (src/engine/shownMeeting.ts), each a
 * `say` with the meeting's own `{{meeting}}`, `{{starts}}`, `{{day}}` or `{{where}}`: `shown_open`, `shown_closed`
 * (with `shown_closed_alcohol`, `_drugs`, `_gambling` and `_family` for the programs of one concern, when the flow
 * has them), `shown_kind_unknown` (the listing says neither), `shown_time` and `shown_time_soon` (today, tonight or
 * tomorrow: `{{day}}`), `shown_place`; and `listed_where`, a question of where ("address?", "where is it") while
 * several meetings are listed and none is named: which one, before the question at hand again.
 */
export const SHOWN_MEETING_KEYWORDS = [
  'shown_open',
  'shown_closed',
  'shown_closed_alcohol',
  'shown_closed_drugs',
  'shown_closed_gambling',
  'shown_closed_family',
  'shown_kind_unknown',
  'shown_time',
  'shown_time_soon',
  'shown_place',
  // "whats the zoom link" of a meeting held only in person: it has none.
  'shown_no_link',
  // "whats the zoom link" of a meeting held online too: its link and dial-in.
  'shown_join',
  // "is it women only", "is it in english": whom the meeting meant is for, or its language, from its listing.
  'shown_for_women',
  'shown_for_men',
  'shown_for_anyone',
  'listed_who',
  'shown_language',
  'shown_language_unnamed',
  'listed_language',
  // "is it wheelchair accessible" of the meeting meant: marked so in its listing, or not marked.
  'shown_access',
  'shown_access_unknown',
  'listed_where',
  // "what time", "a que hora" while several meetings are listed: each line says its day and time.
  'listed_times',
  // "what time is it in arizona for these": the page's times in the zone of the state named (listedTimes.ts).
  'listed_times_in',
  // "how do i join", "what number do i dial" at a list of online or phone meetings, none meant (shownMeeting.ts).
  'listed_dial',
  'listed_join',
  // Remarks at a list that are no search (src/engine/listRemarks.ts): answered, the list kept.
  'listed_numbers',
  'listed_remind',
  'listed_ride',
  // "i take the bus", "i walk": how the texter gets about, acknowledged (listRemarks.ts).
  'listed_transit',
  'listed_distance',
  'listed_upset',
  'listed_light',
  'listed_glad',
  'listed_wrong',
] as const;

/**
 * Keyword names the engine gives a meaning to. `crisis` (extra danger words staff add, and the
 * reply's common part), `crisis_overdose` and `crisis_suicide` (the first words for each danger,
 * and extra words for it), `crisis_overdose_self` (the overdose's first words when it is the texter's own),
 * `crisis_violence` (the hotline said after the common part when someone is hurting the texter, and extra words for
 * it), `crisis_withdrawal` (the first words for dangerous
 * withdrawal, and extra words for it), `crisis_driving` (the first words for someone about to drive drunk or high,
 * and extra words for it), `crisis_child` (Childhelp, said after the common part when a parent hurts the texter or
 * the texter is under 18, and extra words for it), `crisis_assault` (RAINN, said after the common part for a sexual
 * assault, and extra words for it), `crisis_alone` (Never Use Alone and naloxone, said after the
 * common part for someone using alone or high and scared, and extra words for it), `crisis_poison` (Poison Control,
 * said after the common part when a child swallowed or got into drink, pills or drugs, and extra words for it),
 * `crisis_pet` (the vet and the ASPCA's animal poison line, the first words when a pet ate pills or drugs, and extra
 * words for it), `check_in` (the kind text
 * after a crisis while questions wait), `resume` (words that go on with the questions), `person` (requests for a
 * person, and the honest reply), `person_opted_out` (that reply for someone who opted out), `help`, `restart`,
 * `erase`, `opt_out` (plain-language opt-outs),
 * `stopped` and `started` (the line's own STOP and START confirmations), `rate_limited` (the one
 * notice when someone texts too fast), `unavailable` (the "having trouble" reply), `flow_changed` (the apology
 * when an edit removed someone's step), `voice` (what a phone call to the number hears), `thanks`
 * (the kind goodbye to "ok thanks" after a conversation ended), and the SIDE_KEYWORDS below. The CANADA_KEYWORDS
 * (`crisis_child_ca`...) are said in place of theirs to a texter known to be in Canada.
 */
export const KNOWN_KEYWORDS = [
  'crisis',
  'crisis_overdose',
  'crisis_overdose_self',
  'crisis_suicide',
  'crisis_violence',
  'crisis_withdrawal',
  'crisis_driving',
  'crisis_child',
  'crisis_assault',
  'crisis_alone',
  'crisis_poison',
  'crisis_pet',
  // In Canada, in place of the part without `_ca` (CANADA_KEYWORDS): no US-only line said there.
  'crisis_ca',
  'crisis_suicide_ca',
  'crisis_violence_ca',
  'crisis_child_ca',
  'crisis_assault_ca',
  'crisis_alone_ca',
  'crisis_poison_ca',
  'crisis_group',
  'crisis_family',
  'check_in',
  'check_in_ca',
  'resume',
  'person',
  'person_ca',
  'person_opted_out',
  'help',
  'restart',
  'erase',
  'opt_out',
  'stopped',
  'started',
  'rate_limited',
  'unavailable',
  'flow_changed',
  'voice',
  'thanks',
  'bye',
  'companion',
  'program_about',
  'program_not_listed',
  'grief',
  'sponsor',
  'relapsed',
  'craving',
  'struggling',
  'overdosed',
  'medication_welcome',
  'loved_ones_doubts',
  'kids_nearby',
  // A reaction ("damn", "what do i do now") after a search found nothing: what is possible now
  // (src/engine/nothingFoundReaction.ts).
  'after_nothing_found',
  // "what time", "a que hora" after such a page of links: the sites list each meeting's time (nothingFoundReaction.ts).
  'links_times',
  // MORE, or a meeting's number, after such a page: there are no more, and it numbers none (nothingFoundReaction.ts).
  'links_more',
  'links_numbers',
  ...SHOWN_MEETING_KEYWORDS,
] as const;

/**
 * The suffix of a keyword said in place of another to a texter known to be in Canada (their place, else their
 * number's province): `crisis_child_ca` for `crisis_child`, with the Canadian lines staff are sure of, since the US
 * ones (SAMHSA, Childhelp, the partners' hotline, RAINN, Poison Control, Never Use Alone) do not answer there.
 */
export const CANADA_SUFFIX = '_ca';

/** The known keywords said in place of another in Canada (`<name>_ca`), each with only a `say`. */
export const CANADA_KEYWORDS: readonly string[] = KNOWN_KEYWORDS.filter((name) => name.endsWith(CANADA_SUFFIX));

/**
 * Known keywords the machine answers as it does staff's own (their `say`, then their `goto` or the question
 * at hand again), which the engine also sends on what a text says (src/engine/sideQuestions.ts): `bye` (a
 * whole text of its words, and a goodbye inside a short text that tells nothing else: "ok thanks bye") and
 * `companion` (the answer to "can I bring my wife?" once the conversation knows whom the help is for) and
 * `program_about` (the answer to "what is al-anon?": its `say` with `{{about}}`, the program's own line) and
 * `program_not_listed` (said when a text names a program the catalogue does not list: "celebrate recovery",
 * "i go to cocaine anonymous"; src/engine/programNotListed.ts) and `grief` (a word of sympathy when a text tells of
 * someone lost to drinking or drugs: the understanding's `grief` intent) and `sponsor` (where a sponsor is found,
 * when a text asks for one: the `sponsor` intent), `relapsed` (welcome back, to a slip told: the `relapsed` intent)
 * and `craving` (what helps in the next hour, to an urge told: the `craving` intent) and `struggling` (a kind word and
 * 988, to a hard time told: the `struggling` intent) and `overdosed` (after the texter's own recent overdose: a doctor,
 * naloxone, 911 if unwell now: the `overdosed` intent) and `medication_welcome` (yes, meetings have people on
 * medication, to "can i go to NA if im on suboxone?": the `medication_welcome` intent) and `loved_ones_doubts` (Al-Anon
 * and Nar-Anon are for anyone troubled by another's use, to "what if im not sure hes an alcoholic": the
 * `loved_ones_doubts` intent) and `kids_nearby` (a child beside the texter at a meeting, to "can my baby be on my lap
 * during the zoom": the `kids_nearby` intent), and the
 * SHOWN_MEETING_KEYWORDS (questions about the meeting whose details were just shown: src/engine/shownMeeting.ts).
 */
export const SIDE_KEYWORDS: readonly string[] = [
  'bye',
  'companion',
  'program_about',
  'program_not_listed',
  'grief',
  'sponsor',
  'relapsed',
  'craving',
  'struggling',
  'overdosed',
  'medication_welcome',
  'loved_ones_doubts',
  'kids_nearby',
  ...SHOWN_MEETING_KEYWORDS,
];
