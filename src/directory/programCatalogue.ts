import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { CatalogueError } from './errors';
import type { MeetingFocus, Program, ProgramId, Situation } from './types';

const AUDIENCES = ['self', 'family'] as const;
const CONCERNS = ['alcohol', 'drugs', 'gambling', 'unsure'] as const;

const idSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'use lowercase letters, digits and _ only, starting with a letter (e.g. smart_family)');

const typeCodeSchema = z.union([z.string().min(1), z.object({ tag: z.string().min(1), program: idSchema }).strict()]);

const programSchema = z
  .object({
    id: idSchema,
    // One name for every language ("AA"), or one per language where the fellowship has its own
    // ("Gamblers Anonymous" / "Jugadores Anonimos"), with `en` as the fallback.
    name: z.union([
      z.string().min(1, 'give the short name a texter knows, e.g. AA'),
      z
        .record(z.string(), z.string().min(1))
        .refine((n) => typeof n.en === 'string', { message: 'needs at least an `en:` name' }),
    ]),
    description: z
      .record(z.string(), z.string().min(1))
      .refine((d) => typeof d.en === 'string', { message: 'needs at least an `en:` line' }),
    for: z
      .object({
        audience: z.array(z.enum(AUDIENCES)).min(1),
        concerns: z.array(z.enum(CONCERNS)).min(1),
        medication_friendly: z.boolean().default(true),
        medication_assisted: z.boolean().default(false),
        teens: z.boolean().default(false),
        named_for: z.enum(['alcohol', 'drugs', 'gambling']).optional(),
      })
      .strict(),
    finder_url: z.string().url('must be a full web address starting with https://').optional(),
    online_url: z.string().url('must be a full web address starting with https://').optional(),
    phone: z.string().min(3).optional(),
    note: z.record(z.string(), z.string().min(1)).optional(),
    feed_prefixes: z.array(z.string().min(1)).default([]),
    type_codes: z.record(z.string(), typeCodeSchema).default({}),
  })
  .strict();

const oneOrMany = <T extends z.ZodTypeAny>(s: T) => z.union([s, z.array(s).min(1)]);

const ruleSchema = z
  .object({
    when: z
      .object({
        audience: oneOrMany(z.enum(AUDIENCES)).optional(),
        concern: oneOrMany(z.enum(CONCERNS)).optional(),
        medication: z.boolean().optional(),
        teen: z.boolean().optional(),
        behavior: z.boolean().optional(),
      })
      .strict(),
    programs: z.array(idSchema).min(1, 'list at least one program id'),
  })
  .strict();

const focusSchema = z
  .object({
    tag: z.string().min(1),
    relations: z.array(z.string().min(1)).min(1, 'list at least one family word, e.g. [son, daughter]'),
  })
  .strict();

const catalogueSchema = z
  .object({
    programs: z.array(programSchema).min(1),
    rules: z.array(ruleSchema).min(1),
    meeting_focus: z.array(focusSchema).default([]),
  })
  .strict();

type ProgramEntry = z.infer<typeof programSchema>;
type RuleEntry = z.infer<typeof ruleSchema>;

/** What a feed's type code means for one program: a tag, and optionally a different program to file it under. */
export interface TypeCodeMeaning {
  tag: string;
  program?: ProgramId;
}

/** A match rule after loading: every field undefined means "any". */
export interface MatchRule {
  audience?: Set<string>;
  concern?: Set<string>;
  medication?: boolean;
  teen?: boolean;
  /** Another behavior than gambling named (video games, porn...), read with concern gambling. */
  behavior?: boolean;
  programs: ProgramId[];
}

/**
 * A checked catalogue as plain data (what its constructor takes): it crosses threads by structured
 * clone, so the directory worker's catalogue reaches the main thread without parsing the YAML again.
 */
export interface CatalogueData {
  programs: Program[];
  rules: MatchRule[];
  typeCodes: Record<ProgramId, Record<string, TypeCodeMeaning>>;
  feedPrefixes: Record<ProgramId, string[]>;
  /** The kinds of meeting meant for some family members only (`meeting_focus`). */
  focus?: MeetingFocus[];
}

/**
 * The staff catalogue from directory/programs.yaml: the programs, the rules that turn a texter's
 * situation into programs (data, evaluated here), and each program's feed prefixes and type codes.
 */
export class ProgramCatalogue {
  private readonly byId = new Map<ProgramId, Program>();
  private readonly typeCodes = new Map<ProgramId, Map<string, TypeCodeMeaning>>();
  private readonly prefixes: Array<{ prefix: string; program: ProgramId }> = [];
  private readonly bySituation = new Map<string, Program[]>();

  constructor(
    readonly programs: Program[],
    private readonly rules: MatchRule[],
    private readonly typeCodeRecords: Record<ProgramId, Record<string, TypeCodeMeaning>> = {},
    private readonly feedPrefixes: Record<ProgramId, string[]> = {},
    /** The kinds of meeting meant for some family members only (`meeting_focus`), relation words in lowercase. */
    readonly focus: readonly MeetingFocus[] = [],
  ) {
    for (const p of programs) this.byId.set(p.id, p);
    for (const [id, codes] of Object.entries(typeCodeRecords)) {
      const m = new Map<string, TypeCodeMeaning>();
      // Codes are matched case-insensitively: feeds send "o" as often as "O".
      for (const [code, meaning] of Object.entries(codes)) m.set(code.toUpperCase(), meaning);
      this.typeCodes.set(id, m);
    }
    for (const [id, list] of Object.entries(feedPrefixes)) {
      for (const prefix of list) this.prefixes.push({ prefix: prefix.toLowerCase(), program: id });
    }
    // Longest prefix first, so `smart-family-` wins over `smart-`.
    this.prefixes.sort((a, b) => b.prefix.length - a.prefix.length);
  }

  /** A catalogue from the data another one gave (`data`), e.g. the directory worker's, already checked. */
  static fromData(data: CatalogueData): ProgramCatalogue {
    return new ProgramCatalogue(data.programs, data.rules, data.typeCodes, data.feedPrefixes, data.focus);
  }

  /** This catalogue as plain data, for `fromData` in another thread. */
  get data(): CatalogueData {
    return {
      programs: this.programs,
      rules: this.rules,
      typeCodes: this.typeCodeRecords,
      feedPrefixes: this.feedPrefixes,
      focus: [...this.focus],
    };
  }

  /** A program by id. */
  program(id: ProgramId): Program | undefined {
    return this.byId.get(id);
  }

  /**
   * The programs that fit a situation, in the order to offer them: first those made for the
   * situation (Alateen for a teen, MARA for someone on medication), then the order of the rules
   * (every matching rule's programs, in order, without repeats).
   * There are only a few dozen situations, so each answer is worked out once and the same frozen
   * list is returned after that (which also lets the reply formatter keep its lines per list).
   */
  programsFor(situation: Situation): Program[] {
    const key = `${situation.audience}|${situation.concern}|${Boolean(situation.medication)}|${Boolean(situation.teen)}|${Boolean(situation.behavior)}`;
    let fitting = this.bySituation.get(key);
    if (!fitting) {
      fitting = Object.freeze(madeForFirst(this.matchRules(situation), situation)) as Program[];
      this.bySituation.set(key, fitting);
    }
    return fitting;
  }

  private matchRules(situation: Situation): Program[] {
    const ids: ProgramId[] = [];
    for (const rule of this.rules) {
      if (rule.audience && !rule.audience.has(situation.audience)) continue;
      if (rule.concern && !rule.concern.has(situation.concern)) continue;
      if (rule.medication !== undefined && rule.medication !== Boolean(situation.medication)) continue;
      if (rule.teen !== undefined && rule.teen !== Boolean(situation.teen)) continue;
      if (rule.behavior !== undefined && rule.behavior !== Boolean(situation.behavior)) continue;
      for (const id of rule.programs) if (!ids.includes(id)) ids.push(id);
    }
    return ids.map((id) => this.byId.get(id)).filter((p): p is Program => p !== undefined);
  }

  /** What a type code means in a program's feeds, or undefined when the program does not define it. */
  typeCode(program: ProgramId, code: string): TypeCodeMeaning | undefined {
    return this.typeCodes.get(program)?.get(code.toUpperCase());
  }

  /** The program a feed file belongs to, from its file name prefix (`aa-amarillo.json` -> aa). */
  programForFileName(fileName: string): ProgramId | undefined {
    const name = fileName.toLowerCase();
    for (const { prefix, program } of this.prefixes) {
      if (name.startsWith(prefix + '-') || name.startsWith(prefix + '.') || name.startsWith(prefix + '_'))
        return program;
    }
    return undefined;
  }

  /** True when `id` is in the catalogue. */
  has(id: ProgramId): boolean {
    return this.byId.has(id);
  }
}

/** The programs made for the situation (teens, medication-assisted recovery) moved to the front, order kept. */
function madeForFirst(programs: Program[], situation: Situation): Program[] {
  const forTeen = (p: Program) => situation.teen === true && p.for?.teens === true;
  const forMedication = (p: Program) => situation.medication === true && p.for?.medicationAssisted === true;
  const madeFor = (p: Program) => forTeen(p) || forMedication(p);
  return [...programs.filter(madeFor), ...programs.filter((p) => !madeFor(p))];
}

/** Reads and checks directory/programs.yaml; throws CatalogueError naming the file, line and fix. */
export function loadProgramCatalogue(file: string): ProgramCatalogue {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new CatalogueError(file, [`cannot read the file (${(err as Error).message})`]);
  }
  return parseProgramCatalogue(text, file);
}

/** Parses and checks the catalogue's YAML text; `file` names it in errors. */
export function parseProgramCatalogue(text: string, file = 'programs.yaml'): ProgramCatalogue {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    throw new CatalogueError(
      file,
      doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return `line ${pos.line}: ${e.message.split('\n')[0]} (check the indentation and the colons)`;
      }),
    );
  }
  const where = (path: PropertyKey[]): string => {
    const node = doc.getIn(path as Array<string | number>, true) as { range?: [number, number, number] } | undefined;
    const at = node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    const name = path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
      .join('')
      .replace(/^\./, '');
    return `${at ? `line ${at}, ` : ''}${name || 'top level'}`;
  };
  const parsed = catalogueSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    throw new CatalogueError(
      file,
      parsed.error.issues.map((i) => `${where(i.path)}: ${i.message}`),
    );
  }
  const data = parsed.data;
  const problems = [
    ...referenceProblems(data.programs, data.rules, where),
    ...focusProblems(data.programs, data.meeting_focus, where),
  ];
  if (problems.length) throw new CatalogueError(file, problems);
  const catalogue = buildCatalogue(data.programs, data.rules, data.meeting_focus);
  const uncovered = uncoveredSituations(catalogue);
  if (uncovered.length) throw new CatalogueError(file, uncovered);
  return catalogue;
}

/** Ids used twice, and type codes or rules naming a program that does not exist; `where` places each. */
function referenceProblems(
  programs: ProgramEntry[],
  rules: RuleEntry[],
  where: (path: PropertyKey[]) => string,
): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  programs.forEach((p, i) => {
    if (ids.has(p.id)) problems.push(`${where(['programs', i, 'id'])}: the id "${p.id}" is used twice`);
    ids.add(p.id);
  });
  programs.forEach((p, i) => {
    for (const [code, meaning] of Object.entries(p.type_codes)) {
      if (typeof meaning !== 'string' && !ids.has(meaning.program)) {
        problems.push(`${where(['programs', i, 'type_codes', code])}: no program with id "${meaning.program}"`);
      }
    }
  });
  rules.forEach((r, i) =>
    r.programs.forEach((id, j) => {
      if (!ids.has(id))
        problems.push(
          `${where(['rules', i, 'programs', j])}: no program with id "${id}" (known: ${[...ids].join(', ')})`,
        );
    }),
  );
  return problems;
}

/** Meeting focus tags no program's type codes give a meeting: such an entry would never order any meeting. */
function focusProblems(
  programs: ProgramEntry[],
  focus: Array<z.infer<typeof focusSchema>>,
  where: (path: PropertyKey[]) => string,
): string[] {
  const tags = new Set(
    programs.flatMap((p) => Object.values(p.type_codes).map((m) => (typeof m === 'string' ? m : m.tag))),
  );
  return focus.flatMap((f, i) =>
    tags.has(f.tag) ? [] : [`${where(['meeting_focus', i, 'tag'])}: no program's type_codes give the tag "${f.tag}"`],
  );
}

/** Every texter must leave with at least one program: the situations that would not, said for staff. */
function uncoveredSituations(catalogue: ProgramCatalogue): string[] {
  const problems: string[] = [];
  for (const audience of AUDIENCES) {
    for (const concern of CONCERNS) {
      // Another behavior is only ever read with gambling (the menu's "Gambling or another behavior").
      for (const behavior of concern === 'gambling' ? [false, true] : [false]) {
        for (const medication of [false, true]) {
          for (const teen of [false, true]) {
            if (catalogue.programsFor({ audience, concern, medication, teen, behavior }).length === 0) {
              problems.push(
                `rules: a texter with audience ${audience}, concern ${concern}${behavior ? ', behavior' : ''}${medication ? ', medication' : ''}${teen ? ', teen' : ''} gets no program; add a rule for them`,
              );
            }
          }
        }
      }
    }
  }
  return problems;
}

function buildCatalogue(
  entries: ProgramEntry[],
  ruleEntries: RuleEntry[],
  focusEntries: Array<z.infer<typeof focusSchema>> = [],
): ProgramCatalogue {
  const programs: Program[] = entries.map((p) => ({
    id: p.id,
    name: typeof p.name === 'string' ? p.name : p.name.en,
    ...(typeof p.name === 'string' ? {} : { names: p.name }),
    description: p.description,
    finderUrl: p.finder_url,
    onlineUrl: p.online_url,
    phone: p.phone,
    ...(p.note ? { note: p.note } : {}),
    for: {
      audience: p.for.audience,
      concerns: p.for.concerns,
      medicationFriendly: p.for.medication_friendly,
      medicationAssisted: p.for.medication_assisted,
      teens: p.for.teens,
      ...(p.for.named_for ? { namedFor: p.for.named_for } : {}),
    },
  }));
  const toSet = (v: string | string[] | undefined) =>
    v === undefined ? undefined : new Set(Array.isArray(v) ? v : [v]);
  const rules: MatchRule[] = ruleEntries.map((r) => ({
    audience: toSet(r.when.audience),
    concern: toSet(r.when.concern),
    medication: r.when.medication,
    teen: r.when.teen,
    behavior: r.when.behavior,
    programs: r.programs,
  }));
  const typeCodes: Record<string, Record<string, TypeCodeMeaning>> = {};
  const prefixes: Record<string, string[]> = {};
  for (const p of entries) {
    typeCodes[p.id] = Object.fromEntries(
      Object.entries(p.type_codes).map(([code, m]) => [
        code,
        typeof m === 'string' ? { tag: m } : { tag: m.tag, program: m.program },
      ]),
    );
    prefixes[p.id] = p.feed_prefixes;
  }
  const focus = focusEntries.map((f) => ({ tag: f.tag, relations: f.relations.map((r) => r.toLowerCase()) }));
  return new ProgramCatalogue(programs, rules, typeCodes, prefixes, focus);
}
