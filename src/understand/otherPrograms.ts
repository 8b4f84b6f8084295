import { typoBudget, osaDistance } from '../text/editDistance';
import { plainLower, wordsOfPlain } from '../text/textWords';

/**
 * Fellowships and programs the line does not list ("cocaine anonymous", "celebrate recovery", "SLAA",
 * "comedores compulsivos anonimos"), named by a texter as theirs or as the one they look for. The line cannot
 * find their meetings; what it can do is say so and go on with what the text implies (CA: drugs, ACA: someone
 * close who drinks). Whether the catalogue lists one after all is the engine's to check (programNotListed.ts):
 * a program staff add to directory/programs.yaml stops being "not listed" with no edit here.
 *
 * Why a module and not the flow's `understand:` words: these names are no answer to any question, only a
 * reason to say one line, and the lexicon's words are also what the typo corrector corrects towards, for
 * every text ("refuge", "dharma", "ring" would become targets). Here they are tried only on texts with one
 * of their trigger words, and never change how an ordinary text is read. What the texter hears is the flow's
 * `program_not_listed` text, which staff edit.
 */

/** A program named that the understanding does not know as a catalogue program. */
export interface OtherProgram {
  /** The fellowship's short id (`ca`, `oa`), when it is one of OTHER_FELLOWSHIPS; none for "<x> anonymous". */
  id?: string;
  /** Its names, as plain words with "anonymous" for any spelling of "anonymous": what the catalogue is checked for. */
  names: readonly string[];
}

/** What one fellowship's name implies about the texter's situation, when the text says nothing of it. */
interface Implies {
  concern?: 'alcohol' | 'drugs';
  /** Another behavior than gambling (the flow's `behavior` values): the menu's "Gambling or another behavior". */
  behavior?: string;
  audience?: 'family';
}

/** One fellowship: its id, its names in the languages texters use ("anonymous": any spelling), what it implies. */
interface Fellowship extends Implies {
  id: string;
  names: readonly string[];
}

/** The word of a name that stands for any spelling of "anonymous", "anon" or "anonimos". */
export const ANON = 'anonymous';

/**
 * The fellowships texters name that the catalogue does not hold (as of this writing). Drug fellowships say drugs;
 * the ones for eating, sex and love, or debt say another behavior, as the flow's concern menu has it
 * ("Gambling or another behavior"); ACA and Families Anonymous say someone close. CoDA, Dual Recovery Anonymous,
 * Celebrate Recovery, Refuge Recovery, Recovery Dharma, LifeRing, Women for Sobriety and SOS imply nothing
 * (codependency is a way of relating, not a behavior the catalogue's programs for behaviors serve; the others
 * take any addiction): the concern stays open and is asked.
 */
const OTHER_FELLOWSHIPS: readonly Fellowship[] = [
  {
    id: 'ca',
    concern: 'drugs',
    names: ['cocaine anonymous', 'coke anonymous', 'cocainomanos anonymous', 'cocaina anonymous'],
  },
  { id: 'cma', concern: 'drugs', names: ['crystal meth anonymous', 'crystal anonymous', 'meth anonymous', 'cma'] },
  { id: 'ha', concern: 'drugs', names: ['heroin anonymous', 'heroina anonymous', 'heroinomanos anonymous'] },
  {
    id: 'ma',
    concern: 'drugs',
    names: ['marijuana anonymous', 'marihuana anonymous', 'weed anonymous', 'marihuaneros anonymous'],
  },
  { id: 'pa', concern: 'drugs', names: ['pills anonymous', 'pill anonymous', 'pastillas anonymous'] },
  {
    id: 'oa',
    behavior: 'food',
    names: [
      'overeaters anonymous',
      'over eaters anonymous',
      'food addicts anonymous',
      'food addicts in recovery anonymous',
      'comedores compulsivos anonymous',
      'comedores anonymous',
    ],
  },
  {
    id: 'saa',
    behavior: 'sex',
    names: [
      'sex addicts anonymous',
      'sexaholics anonymous',
      'sexual compulsives anonymous',
      'saa',
      'adictos al sexo anonymous',
    ],
  },
  {
    id: 'slaa',
    behavior: 'sex',
    names: ['sex and love addicts anonymous', 'love addicts anonymous', 'slaa', 'adictos al sexo y al amor anonymous'],
  },
  { id: 'da', behavior: 'other', names: ['debtors anonymous', 'deudores anonymous'] },
  {
    id: 'aca',
    concern: 'alcohol',
    audience: 'family',
    names: [
      'adult children of alcoholics',
      'adult children of alcoholic',
      'adult children anonymous',
      'acoa',
      'aca meeting',
      'aca meetings',
      'aca group',
      'hijos adultos de alcoholicos',
    ],
  },
  { id: 'famanon', audience: 'family', names: ['families anonymous', 'familias anonymous'] },
  {
    id: 'coda',
    names: [
      'codependents anonymous',
      'codependent anonymous',
      'co dependents anonymous',
      'coda',
      'codependientes anonymous',
    ],
  },
  { id: 'dra', names: ['dual recovery anonymous', 'dual diagnosis anonymous', 'recuperacion dual anonymous'] },
  {
    id: 'celebrate',
    names: [
      'celebrate recovery',
      'celebremos la recuperacion',
      'celebremos recuperacion',
      'celebrando la recuperacion',
    ],
  },
  { id: 'refuge', names: ['refuge recovery'] },
  { id: 'dharma', names: ['recovery dharma', 'dharma recovery'] },
  { id: 'lifering', names: ['lifering', 'life ring', 'lifering secular recovery'] },
  { id: 'wfs', names: ['women for sobriety', 'woman for sobriety', 'mujeres por la sobriedad'] },
  { id: 'sos', names: ['secular organizations for sobriety', 'secular organization for sobriety'] },
  { id: 'mm', concern: 'alcohol', names: ['moderation management'] },
];

/**
 * Pieces of words at least one of the names above holds, typos allowed around them ("anonymus", "annonymous",
 * "anonimos", "recovry"): a text without any is not looked at further. Most texts have none, so the reading
 * costs them one test of one pattern.
 */
const TRIGGERS =
  /anon|nonym|nimo|recov|recup|dharma|refug|lifer|life ring|sobri|slaa|\bsaa\b|\bcma\b|coda|codep|acoa|\baca\b|adult|moderat|celebr/;

/** Any spelling of "anonymous", "anon", "anonimos", "anonimas" a thumb makes ("anonymus", "annonymous"). */
const ANON_WORD = /^(?:an+on+[aeiouy]?m[aeiou]{0,3}s?|anon|anoymous|anonymou)$/;

/**
 * Words before "anonymous" that make it a plain adjective, not a fellowship's name: "stay anonymous", "is it
 * anonymous", "the meetings are anonymous", "todo es anonimo", "quiero ser anonima".
 */
const NOT_A_NAME = new Set([
  ...['is', 'it', 'its', 'this', 'that', 'be', 'been', 'being', 'am', 'im', 'are', 'was', 'were', 'stay'],
  ...['staying', 'remain', 'remaining', 'kept', 'keep', 'keeps', 'still', 'totally', 'completely', 'fully'],
  ...['really', 'truly', 'actually', 'very', 'so', 'pretty', 'all', 'everything', 'everyone', 'and', 'or', 'of'],
  ...['they', 'them', 'me', 'you', 'we', 'us', 'the', 'a', 'an', 'meeting', 'meetings', 'group', 'groups'],
  ...['mtg', 'mtgs', 'call', 'calls', 'confidential', 'private', 'free', 'go', 'to', 'anything', 'stays'],
  ...['es', 'son', 'ser', 'sea', 'sean', 'soy', 'estar', 'quedar', 'quedarme', 'mantener', 'mantenerme', 'seguir'],
  ...['todo', 'todos', 'muy', 'totalmente', 'completamente', 'y', 'o', 'de', 'el', 'la', 'los', 'las', 'un', 'una'],
  ...['reunion', 'reuniones', 'junta', 'juntas', 'grupo', 'grupos', 'confidencial', 'gratis', 'privado', 'privada'],
]);

/** A name as plain words. */
function nameWords(name: string): string[] {
  return wordsOfPlain(plainLower(name));
}

/** Each fellowship's names as words, made once. */
const FELLOWSHIP_WORDS = OTHER_FELLOWSHIPS.map((f) => {
  const names = f.names.map(nameWords);
  return { fellowship: f, names, program: { id: f.id, names: names.map((n) => n.join(' ')) } };
});

/** Whether a word as texted is a spelling of "anonymous" or one of its Spanish forms. */
export function isAnonWord(word: string): boolean {
  return ANON_WORD.test(word);
}

/**
 * A program's name as the catalogue is checked with: plain words, any spelling of "anonymous" as "anonymous"
 * ("Jugadores Anonimos" is "jugadores anonymous"), so a name staff write and one a texter wrote compare equal.
 */
export function programNameKey(name: string): string {
  return nameWords(name)
    .map((word) => (isAnonWord(word) ? ANON : word))
    .join(' ');
}

/** Whether a word as texted is the name's word, allowing the typos a word of its length may carry. */
function sameWord(said: string, listed: string): boolean {
  if (listed === ANON) return isAnonWord(said);
  if (said === listed) return true;
  const budget = typoBudget(listed.length);
  return budget > 0 && said.length >= listed.length - budget && osaDistance(said, listed, budget) <= budget;
}

/** Whether the name's words are said from `at` on. */
function saidAt(words: readonly string[], at: number, name: readonly string[]): boolean {
  if (at + name.length > words.length) return false;
  for (let k = 0; k < name.length; k++) if (!sameWord(words[at + k], name[k])) return false;
  return true;
}

/** Where in a text a program is named, and which one. */
export interface OtherProgramMention extends Implies {
  program: OtherProgram;
  start: number;
  end: number;
}

/** The known fellowships named in `words`, longest name first where two start at one word. */
function knownMentions(words: readonly string[]): OtherProgramMention[] {
  const found: OtherProgramMention[] = [];
  for (let at = 0; at < words.length; at++) {
    let best: OtherProgramMention | undefined;
    for (const { fellowship, names, program } of FELLOWSHIP_WORDS) {
      for (const name of names) {
        if ((best && best.end - best.start >= name.length) || !saidAt(words, at, name)) continue;
        const { concern, behavior, audience } = fellowship;
        best = { program, start: at, end: at + name.length, concern, behavior, audience };
      }
    }
    if (best) {
      found.push(best);
      at = best.end - 1;
    }
  }
  return found;
}

/**
 * "<something> anonymous" the list above does not know ("neuroticos anonimos", "nicotine anonymous"): its names
 * are the word before with "anonymous", and the two before, for the catalogue to be checked for. Nothing is
 * implied; what the words say ("drogadictos": drugs) the reading hears itself.
 */
function otherAnonymous(words: readonly string[], at: number): OtherProgramMention | undefined {
  const before = words[at - 1];
  if (before === undefined || NOT_A_NAME.has(before) || !/^[a-z\u00e0-\u00ff]{2,}$/.test(before)) return undefined;
  const names = [`${before} ${ANON}`];
  if (at >= 2 && !NOT_A_NAME.has(words[at - 2])) names.push(`${words[at - 2]} ${before} ${ANON}`);
  return { program: { names }, start: at - 1, end: at + 1 };
}

/**
 * Whether "<something> anonymous" is one of the flow's own program names misspelt ("alcholics anonymus" is AA,
 * which the reading may have missed): `listed` are those names as words. A listed program is never "not listed".
 */
function isListedMisspelt(words: readonly string[], mention: OtherProgramMention, listed: ListedNames): boolean {
  const said = words.slice(mention.start, mention.end);
  return listed.some((name) => name.length === said.length && said.every((word, k) => sameWord(word, name[k])));
}

/** The flow's own program names, as words ("alcoholics anonymous", "jugadores anonimos"). */
export type ListedNames = ReadonlyArray<readonly string[]>;

/**
 * The programs a text names that are not among `taken` (the spans the flow's own program words heard, as
 * [start, end) of the same words; asked for only when the text holds a trigger word) nor a misspelling of one of
 * the flow's program names (`listed`): known fellowships, and any "<something> anonymous". `plain` is the text
 * plainLower'd, `words` its words as texted.
 */
export function otherProgramsNamed(
  plain: string,
  words: readonly string[],
  taken: () => ReadonlyArray<{ start: number; end: number }>,
  listed: () => ListedNames,
): OtherProgramMention[] {
  if (!TRIGGERS.test(plain)) return [];
  const spans = taken();
  const free = (start: number, end: number) => !spans.some((t) => t.start < end && start < t.end);
  const found = knownMentions(words).filter((m) => free(m.start, m.end));
  for (let at = 0; at < words.length; at++) {
    if (!isAnonWord(words[at]) || found.some((m) => m.start <= at && at < m.end)) continue;
    const mention = otherAnonymous(words, at);
    if (mention && free(mention.start, mention.end) && !isListedMisspelt(words, mention, listed())) found.push(mention);
  }
  return found;
}

/**
 * The plain names among phrases written for the flow's `programs` slot (no "|" choices, no "..." gaps), as
 * words, with any spelling of "anonymous" as "anonymous": what a misspelt "<something> anonymous" is held to.
 */
export function listedNames(written: readonly string[]): ListedNames {
  return written
    .map((phrase) => phrase.replace(/^=/, ''))
    .filter((phrase) => !/[|]|\.\.\./.test(phrase))
    .map((phrase) => programNameKey(phrase).split(' '))
    .filter((name) => name.length > 1 && name[name.length - 1] === ANON);
}
