import { MEETING_NOUNS } from '../text/meetingWords';

/**
 * A texter on a medicine for recovery asking whether meetings will have them: "can i go to NA if im on suboxone?",
 * "is it ok to go to AA on methadone", "will they judge me for taking bupe", "puedo ir a NA si tomo metadona?". Many
 * fear being turned away; the line answers with MARA's own line (groups that welcome methadone, buprenorphine and
 * naltrexone), then goes on with what the text told. Read only when the text names a medicine taken, which most
 * texts do not.
 */

/** Words of being let in, or judged: what the texter fears about the rooms. */
const WELCOME_WORDS = new Set([
  'go',
  'attend',
  'join',
  'come',
  'allowed',
  'allow',
  'allows',
  'ok',
  'okay',
  'alright',
  'welcome',
  'welcomed',
  'accept',
  'accepted',
  'accepts',
  'let',
  'judge',
  'judged',
  'judging',
  'kick',
  'kicked',
  'frown',
  'frowned',
  'count',
  'counts',
  'clean',
  'ir',
  'asistir',
  'entrar',
  'aceptan',
  'acepten',
  'permiten',
  'dejan',
  'juzgar',
  'juzgan',
  'juzguen',
  'bienvenido',
  'bienvenida',
]);
/** Words of being judged or turned away, which ask even without a question mark: "worried they'll judge me". */
const FEAR_WORDS = new Set(['judge', 'judged', 'judging', 'kick', 'kicked', 'frown', 'frowned', 'juzgar', 'juzgan']);
/** Words a question starts with: "can i", "is it ok", "will they", "puedo", "me dejan". */
const QUESTION_LEADS = new Set([
  'can',
  'could',
  'is',
  'are',
  'will',
  'would',
  'do',
  'does',
  'am',
  'should',
  'may',
  'puedo',
  'puede',
  'pueden',
  'me',
  'esta',
  'aceptan',
  'dejan',
  'hay',
]);
/** Who is in the rooms, besides a program's name or a meeting: "will they judge me", "are people ok with it". */
const ROOM_PEOPLE = new Set(['they', 'people', 'members', 'theyll', 'ellos', 'gente', 'miembros']);

/** Words of going somewhere, said with no place when meetings were just listed: "is it ok to go if im on methadone". */
const GOING = new Set(['go', 'attend', 'come', 'join', 'allowed', 'ir', 'asistir', 'entrar', 'venir']);

/**
 * "is it ok to go if im on methadone", "puedo ir si tomo suboxone": going said with no meeting named, which only
 * means the meetings (the twenty-fourth session's probe: asked at a list, the list came again and no answer). Not
 * "go on methadone", "ir a la clinica": starting a medicine, or another place.
 */
function goesWithoutSayingWhere(words: readonly string[]): boolean {
  return words.some((x, i) => GOING.has(x) && !['on', 'onto', 'to', 'a', 'al', 'back'].includes(words[i + 1] ?? ''));
}

/**
 * Whether the text asks if meetings welcome someone on a medicine for recovery (see above). `words`: its words as
 * written (a typo's correction may take "juzgar" for "jugar"); `medicineTaken`: it names a medicine the texter
 * takes; `programNamed`: it names a program (AA, NA...).
 */
export function asksIfMedicationWelcome(
  text: string,
  words: readonly string[],
  medicineTaken: boolean,
  programNamed: boolean,
): boolean {
  if (!medicineTaken) return false;
  const rooms =
    programNamed || words.some((x) => MEETING_NOUNS.has(x) || ROOM_PEOPLE.has(x)) || goesWithoutSayingWhere(words);
  if (!rooms) return false;
  const said = words.join(' ');
  const scorned = SCORNED.test(said);
  if (!scorned && !words.some((x) => WELCOME_WORDS.has(x))) return false;
  return (
    scorned ||
    /[?¿]/.test(text) ||
    QUESTION_LEADS.has(words[0] ?? '') ||
    words.some((x) => FEAR_WORDS.has(x)) ||
    DOUBTED.test(said)
  );
}

/**
 * Scorn feared in other words than judging: "will they look down on me for being on methadone", "think less of me",
 * "treat me different", "me van a ver mal" (the thirtieth session's probe, M10: the list came again, unanswered).
 */
const SCORNED =
  /\b(?:look|looks|looking) down on (?:me|us|people)\b|\bthink less of (?:me|us)\b|\btreat (?:me|us|you) (?:different|differently|bad|badly|like)\b|\b(?:me|nos) (?:van a ver|ven|miran|veran) mal\b|\bme (?:menosprecian|desprecian)\b/;

/**
 * A doubt said instead of a question: "idk if they'll let me in", "not sure they accept it", "no se si me dejan
 * entrar" (the twenty-eighth session's second probe: "im on methadone and want NA but idk if they'll let me in" got no
 * answer).
 */
const DOUBTED =
  /\b(?:idk|dunno|wonder|wondering|worried|scared|afraid|nervous|unsure|not sure|dont know if|no se si|me preocupa|miedo)\b/;
