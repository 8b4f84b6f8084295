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
 * just the state), `any` (always: the catch-all written as a route). Then it may `set` variables, run
 * an action (`do`), `say` something, and `goto` a node.
 */
export const routeSchema = z
  .object({
    number: z.union([z.number().int(), z.array(z.number().int())]).optional(),
    words: wordsSchema.optional(),
    yes: z.literal(true).optional(),
    no: z.literal(true).optional(),
    pattern: z.string().optional(),
    location: z.union([z.literal(true), z.literal('ambiguous')]).optional(),
    any: z.literal(true).optional(),
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
    routes: z.array(routeSchema).optional(),
    other: otherSchema.optional(),
    goto: z.string().optional(),
    end: z.literal(true).optional(),
    /**
     * Optional branches taken on arrival, after `do`/`set`/`say`, when variables have values:
     * `{ if: {var: value, ...}, goto }` (every listed variable must match; the first branch wins).
     */
    when: z
      .array(z.object({ if: setSchema, goto: z.string() }).strict())
      .optional(),
  })
  .strict();
export type FlowNode = z.infer<typeof nodeSchema>;

/** A word that works at any point of the conversation (besides the carrier STOP/START words). */
export const keywordSchema = z
  .object({
    /** The whole message is one of these (any case, punctuation and spaces ignored). */
    words: wordsSchema.optional(),
    /** The message contains one of these anywhere (used for crisis words). */
    contains: wordsSchema.optional(),
    say: textSchema.optional(),
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
    /** The word before the last of a list: "1, 2 or 3". */
    or: z.string().optional(),
    /** What replying a meeting's number gets: `in_person` (directions) and `remote` (how to join). */
    pick: z.object({ in_person: z.string(), remote: z.string() }).strict().optional(),
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
  })
  .strict();

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
    /**
     * Words that work anywhere. Known names: `crisis` (answered first, then the conversation goes
     * on), `help`, `restart`, `erase` (delete what is stored), `opt_out` (plain-language opt-outs),
     * `unavailable` (the reply when stored state cannot be read), `flow_changed` (a text only: the
     * short apology when someone's step was removed by an edit and they start again).
     */
    keywords: z.record(z.string(), keywordSchema),
    /** Meeting-line words per language. */
    labels: z.record(z.string(), labelsSchema).optional(),
    nodes: z.record(z.string(), nodeSchema),
  })
  .strict();
export type FlowFile = z.infer<typeof flowSchema>;

/** Keyword names the engine gives a meaning to. */
export const KNOWN_KEYWORDS = ['crisis', 'help', 'restart', 'erase', 'opt_out', 'unavailable', 'flow_changed'] as const;
