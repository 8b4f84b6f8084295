import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { detectCrisis, type CrisisKind } from '../../src/text/crisisDetector';
import { osaDistance, withinOneEdit } from '../../src/text/editDistance';

interface CorpusLine {
  lang: string;
  text: string;
  kinds?: CrisisKind[];
}

function corpus(name: string): CorpusLine[] {
  return parse(readFileSync(join(__dirname, '../../flows/safety', name), 'utf8')) as CorpusLine[];
}

const crisis = corpus('crisis.yaml');
const noAlarm = corpus('no-alarm.yaml');

describe('crisis corpus (flows/safety/crisis.yaml)', () => {
  it('holds at least 40 phrasings in English and Spanish, each labelled', () => {
    expect(crisis.length).toBeGreaterThanOrEqual(40);
    expect(new Set(crisis.map((line) => line.lang))).toEqual(new Set(['en', 'es']));
    for (const line of crisis) expect(line.kinds?.length).toBeGreaterThan(0);
  });

  it.each(crisis.map((line) => [line.text, line.kinds] as const))('finds %j as %j', (text, kinds) => {
    expect(detectCrisis(text)?.kinds.slice().sort()).toEqual([...(kinds ?? [])].sort());
  });
});

describe('no-alarm corpus (flows/safety/no-alarm.yaml)', () => {
  it('holds at least 20 phrasings', () => {
    expect(noAlarm.length).toBeGreaterThanOrEqual(20);
  });

  it.each(noAlarm.map((line) => [line.text] as const))('raises no alarm on %j', (text) => {
    expect(detectCrisis(text)).toBeUndefined();
  });
});

/** A session's corpus file: both sides as one map (flows/safety/twenty-first.yaml and those after it). */
const sessionCorpus = (name: string) =>
  parse(readFileSync(join(__dirname, '../../flows/safety', name), 'utf8')) as {
    crisis: CorpusLine[];
    'no-alarm': CorpusLine[];
  };
const twentyFirst = sessionCorpus('twenty-first.yaml');

describe.each([
  'twenty-second.yaml',
  'twenty-second-probe.yaml',
  'twenty-third.yaml',
  'twenty-fourth.yaml',
  'twenty-fifth.yaml',
  'twenty-sixth.yaml',
  'twenty-seventh.yaml',
  'poison.yaml',
  'twenty-ninth.yaml',
  'thirty-first.yaml',
  'thirty-second.yaml',
  'thirty-third.yaml',
  'thirty-fifth.yaml',
  'thirty-ninth.yaml',
  'fortieth.yaml',
  'forty-fifth.yaml',
])('a later session corpus (flows/safety/%s)', (name) => {
  const corpus = sessionCorpus(name);
  it.each(corpus.crisis.map((line) => [line.text, line.kinds] as const))('finds %j as %j', (text, kinds) => {
    expect(detectCrisis(text)?.kinds.slice().sort()).toEqual([...(kinds ?? [])].sort());
  });

  it.each(corpus['no-alarm'].map((line) => [line.text] as const))('raises no alarm on %j', (text) => {
    expect(detectCrisis(text)).toBeUndefined();
  });
});

describe("the twenty-first session's probe (flows/safety/twenty-first.yaml)", () => {
  it('holds phrasings in English and Spanish on both sides, each crisis line labelled', () => {
    expect(new Set(twentyFirst.crisis.map((line) => line.lang))).toEqual(new Set(['en', 'es']));
    expect(new Set(twentyFirst['no-alarm'].map((line) => line.lang))).toEqual(new Set(['en', 'es']));
    for (const line of twentyFirst.crisis) expect(line.kinds?.length).toBeGreaterThan(0);
  });

  it.each(twentyFirst.crisis.map((line) => [line.text, line.kinds] as const))('finds %j as %j', (text, kinds) => {
    expect(detectCrisis(text)?.kinds.slice().sort()).toEqual([...(kinds ?? [])].sort());
  });

  it.each(twentyFirst['no-alarm'].map((line) => [line.text] as const))('raises no alarm on %j', (text) => {
    expect(detectCrisis(text)).toBeUndefined();
  });

  it('reads someone else at the wheel as danger (911), never as the texter about to drive', () => {
    for (const text of [
      'my wife just drove off drunk',
      'hes driving drunk right now',
      'mi esposo se fue manejando borracho',
    ]) {
      expect(detectCrisis(text)?.kinds).toEqual(['danger']);
    }
    expect(detectCrisis('im driving drunk right now')?.kinds).toEqual(['driving']);
    expect(detectCrisis('me fui manejando borracho')?.kinds).toEqual(['driving']);
  });

  it('gives Childhelp when the texter is one of the children left, and 911 alone when a grown-up tells of them', () => {
    expect(detectCrisis('my mom is drunk and left me and my little brother alone with no food')?.kinds).toEqual([
      'child',
    ]);
    expect(detectCrisis('my husband is drunk and left the kids home alone')?.kinds).toEqual(['danger']);
    expect(detectCrisis('im 15 and my dad is high and left the kids home alone')?.kinds).toEqual(['child']);
    // A left child told as over is history.
    expect(detectCrisis('my mom left me and my brother alone for days when i was a kid, she drank')).toBeUndefined();
  });
});

describe('detectCrisis', () => {
  it('reads whole words only: odd, Tod and odds are not OD', () => {
    expect(detectCrisis('odd')).toBeUndefined();
    expect(detectCrisis('Tod')).toBeUndefined();
    expect(detectCrisis('OD')).toEqual({ kinds: ['overdose'] });
  });

  it('allows one typo only in words of five letters or more', () => {
    expect(detectCrisis('suicdie')?.kinds).toEqual(['suicide']);
    expect(detectCrisis('kms')?.kinds).toEqual(['suicide']);
    expect(detectCrisis('kmz')).toBeUndefined();
  });

  it('adds the words staff list in the flow, and keeps the core list', () => {
    const extra = { suicide: ['walk into the lake'], overdose: ['Sleeping Forever'] };
    expect(detectCrisis('i might walk into the lake', extra)?.kinds).toEqual(['suicide']);
    expect(detectCrisis('he is sleeping forever', extra)?.kinds).toEqual(['overdose']);
    expect(detectCrisis('i want to kill myself', { suicide: [] })?.kinds).toEqual(['suicide']);
    expect(detectCrisis('i might walk into the lake')).toBeUndefined();
  });

  it('reads someone hurting the texter, said with who does it, and not a ride, a game or an idiom', () => {
    for (const text of [
      'my husband beats me when he drinks',
      'my boyfriend gets drunk and hits me',
      'my brother hit me again',
      'my girlfriend always slaps me',
      'my roommate always beats me',
      'he beats me again and again',
      'he beats me in front of the kids',
      'hes going to beat me to death',
      'mi novio me pega',
    ]) {
      expect(detectCrisis(text)?.kinds).toEqual(['violence']);
    }
    for (const text of [
      'he hits me up for a ride',
      'my brother beats me at chess',
      'my dad always beats me at basketball',
      'beats me',
      'this song hits me hard',
      'my mom kicked me out',
      'my husband heats me up soup',
      'se me pega la gripe',
    ]) {
      expect(detectCrisis(text)).toBeUndefined();
    }
  });

  it('reads a child hurt at home as child: a parent or step-parent hurting the texter, or a texter under 18', () => {
    for (const text of [
      'my dad hit me again',
      'my dad always beats me',
      'im 15 and my dad hits me when hes drunk',
      'my mom beats me when shes high',
      'mi papa me pega cuando toma',
      'im 14 and my uncle hits me',
      'tengo 14 anos y mi tio me pega',
      '15yo my stepdad beats me',
      'im a minor and my mom hits me',
      'my moms boyfriend hits me',
      'my dad broke my nose',
      'my stepdad comes into my room at night',
    ]) {
      expect(detectCrisis(text)?.kinds).toEqual(['child']);
    }
    // A partner stays the Domestic Violence Hotline's at any age, and so does a parent hurting someone else.
    for (const text of [
      'my husband hits me',
      'im 16 and my bf hits me',
      'my dad is beating my mom',
      'mi papa le pega a mi mama cuando toma',
      'im 15 minutes away and my husband hits me',
      'my uncle hits me',
      // Someone else named nearer the blow than the parent is the one who hurts.
      'i told my mom that he hits me',
    ]) {
      expect(detectCrisis(text)?.kinds).toEqual(['violence']);
    }
    // An idiom or a game is no alarm, whoever says it.
    expect(detectCrisis('im 15 and my mom is going to kill me when she finds out')).toBeUndefined();
    expect(detectCrisis('im 14 and my dad always beats me at chess')).toBeUndefined();
  });

  it('reads a sexual assault as assault (RAINN), a parent or under 18 as child, and the past or slang as none', () => {
    for (const text of [
      'i was raped while drunk',
      'he raped me',
      'someone raped me last night',
      'i was sexually assaulted at a party',
      'my husband raped me',
      'my date raped me',
      'he forced himself on me',
      'he made me have sex',
      'he tried to rape me',
      'me violaron',
      'fui violada',
      'me abusaron sexualmente',
    ]) {
      expect(detectCrisis(text)?.kinds).toEqual(['assault']);
    }
    // Childhelp takes a parent's or a texter under 18's calls.
    for (const text of [
      'my stepdad raped me',
      'im 15 and i was raped',
      'mi padrastro me violo',
      'my dad molested me',
    ]) {
      expect(detectCrisis(text)?.kinds).toEqual(['child']);
    }
    // The first words of another danger go with it: 911 and naloxone, or 988.
    expect(detectCrisis('i was roofied and raped')?.kinds).toEqual(['overdose', 'assault']);
    expect(detectCrisis('i was raped and i want to die')?.kinds).toEqual(['suicide', 'assault']);
    // RAINN in place of Never Use Alone, as the hotline is.
    expect(detectCrisis('i was raped and im alone')?.kinds).toEqual(['assault']);
    // Hitting with no sexual assault stays the partners' hotline.
    expect(detectCrisis('my husband beats me')?.kinds).toEqual(['violence']);
    for (const text of [
      "i was raped years ago and it's why i drink",
      'he raped me years ago',
      'i was molested as a kid',
      'me violaron hace anos',
      'fui violada de nina',
      'that test raped me',
      'the guys raped us in fortnite',
      'the rapist got arrested',
      'sexual assault awareness month',
      'im a rape survivor looking for a meeting',
    ]) {
      expect(detectCrisis(text)).toBeUndefined();
    }
    // Words staff add under crisis_assault.
    expect(detectCrisis('he did the unthinkable', { assault: ['did the unthinkable'] })?.kinds).toEqual(['assault']);
  });

  it('reads using alone now, or high and scared now, as alone; feeling wrong after using is an overdose too', () => {
    for (const text of [
      'i just relapsed on fentanyl and im alone',
      'im high rn and scared',
      'im so high and freaking out',
      'about to use by myself',
      'smoking fent alone rn',
      'estoy drogado y tengo miedo',
      'estoy sola y me voy a drogar',
    ]) {
      expect(detectCrisis(text)?.kinds).toEqual(['alone']);
    }
    for (const text of ['i feel weird after using', 'i just used and i feel off', 'me siento raro despues de usar']) {
      expect(detectCrisis(text)?.kinds).toEqual(['overdose', 'alone']);
    }
    // Both when both are said: 911 and naloxone first, then Never Use Alone.
    expect(detectCrisis('i took too much and im alone')?.kinds).toEqual(['overdose', 'alone']);
    // Thoughts of suicide or someone hurting the texter come first, and the reply stays short.
    expect(detectCrisis('im high and alone rn and i want to die')?.kinds).toEqual(['suicide']);
    for (const text of [
      'i used to use alone',
      'back when i got high alone',
      'i drank alone for years',
      'i drink alone at night',
      'i live alone',
      'i feel alone in this',
      'im high and scared to go to a meeting',
      'how to not use alone',
      'voy a usar solo un poco',
      'i always feel weird after using',
      'i feel weird after taking my meds',
    ]) {
      expect(detectCrisis(text)).toBeUndefined();
    }
  });

  it('reads living stopped as a wish as suicide, and a way of living left behind as no alarm', () => {
    for (const text of [
      'i want to stop living',
      "i'm done living",
      'my son wants to stop living',
      'im done living at this point',
      'quiero dejar de vivir',
      'ya no quiero existir',
    ]) {
      expect(detectCrisis(text)?.kinds).toEqual(['suicide']);
    }
    for (const text of [
      'i want to stop drinking',
      'im done living like this',
      'stop living in the past',
      'i want to stop living a lie',
      'quiero dejar de vivir asi',
    ]) {
      expect(detectCrisis(text)).toBeUndefined();
    }
  });

  it('reads drink and downers taken together now as an overdose, said plainly, and not a habit or a question', () => {
    for (const text of [
      'i drank and took my sleeping pills',
      'took my sleeping pills with vodka, feel dizzy',
      'mixed alcohol with my klonopin again',
      'i took 3 benadryl and drank a bottle of wine',
      'me tome las pastillas para dormir con vino',
    ]) {
      expect(detectCrisis(text)?.kinds).toEqual(['overdose']);
    }
    for (const text of [
      'i used to drink and take sleeping pills',
      'is it bad to mix alcohol and klonopin',
      'i took my sleeping pills with water',
      'i took my blood pressure pills and had a beer',
    ]) {
      expect(detectCrisis(text)).toBeUndefined();
    }
  });

  it('reads the shakes with drink stopped or needed, and heavy drinking quit at once, as withdrawal', () => {
    for (const text of [
      'i quit drinking yesterday and my hands wont stop shaking',
      'got the shakes bad, last drink was yesterday',
      'my hands shake every morning till i have a drink',
      "i want to stop drinking but i'm scared i'll die from withdrawals",
      'been drinking a fifth a day and i want to stop cold turkey tomorrow',
      'tomo una botella al dia y voy a dejarlo de golpe',
    ]) {
      expect(detectCrisis(text)?.kinds).toEqual(['withdrawal']);
    }
    for (const text of [
      'i want to quit drinking cold turkey',
      'my doctor said dont quit cold turkey, i drink a fifth a day',
      'i drank a fifth a day and quit cold turkey 3 years ago',
      'i stopped drinking and my hands finally stopped shaking',
      'i got the shakes in the morning',
    ]) {
      expect(detectCrisis(text)).toBeUndefined();
    }
  });

  it('reads voices after uppers and pregnancy with opioids as danger; a body racing on uppers stays an overdose', () => {
    // A psychosis after meth: 911 and 988, not the words for stopping alcohol or pills.
    expect(detectCrisis("i used meth and haven't slept in 5 days and hearing voices")?.kinds).toEqual(['danger']);
    expect(detectCrisis('i keep hearing voices since i stopped drinking')?.kinds).toEqual(['withdrawal']);
    expect(detectCrisis("i'm 8 months pregnant and using heroin")?.kinds).toEqual(['danger']);
    expect(detectCrisis('estoy embarazada y usando heroina')?.kinds).toEqual(['danger']);
    expect(detectCrisis('im pregnant and on methadone')).toBeUndefined();
    // Supplies of uppers often hold fentanyl: 911 first, and naloxone if at hand does no harm.
    expect(detectCrisis('im having chest pains after using meth')?.kinds).toEqual(['overdose']);
    expect(detectCrisis('i think someone drugged my drink')?.kinds).toEqual(['overdose']);
    // One's own overdose lately is the flow's `overdosed` line (a doctor, naloxone, 911 if unwell), not a crisis.
    expect(detectCrisis("i od'd last night but im ok now")).toBeUndefined();
  });

  it('reads digits written for letters inside a word, and leaves numbers and ZIP codes alone', () => {
    expect(detectCrisis('i w4nt to d1e')?.kinds).toEqual(['suicide']);
    expect(detectCrisis('su1c1de')?.kinds).toEqual(['suicide']);
    expect(detectCrisis('gonna k1ll mys3lf')?.kinds).toEqual(['suicide']);
    expect(detectCrisis('79101')).toBeUndefined();
    expect(detectCrisis('meetings at 10am near 01940')).toBeUndefined();
    expect(detectCrisis('i took 2 pills for my headache')).toBeUndefined();
  });

  it('reads past swearing between words, and "2" as "to" only after a verb', () => {
    expect(detectCrisis('i want to fucking die')?.kinds).toEqual(['suicide']);
    expect(detectCrisis('i want to fkn kill myself')?.kinds).toEqual(['suicide']);
    expect(detectCrisis('he freaking hit me')?.kinds).toEqual(['violence']);
    expect(detectCrisis('i want 2 die')?.kinds).toEqual(['suicide']);
    expect(detectCrisis('the meeting is 2 kms away')).toBeUndefined();
  });

  it('reads a despairing phrase only at the end or before a new clause, not before what is given up', () => {
    for (const text of ['i give up', 'i give up, nothing works', 'i cant keep going', 'no quiero seguir']) {
      expect(detectCrisis(text)?.kinds).toEqual(['suicide']);
    }
    for (const text of [
      'i give up alcohol for lent',
      'i cant keep going to bars',
      'no quiero seguir tomando',
      'i want to cut down',
    ]) {
      expect(detectCrisis(text)).toBeUndefined();
    }
  });

  it('counts pills taken at once, not a daily dose or a dose taken as told', () => {
    expect(detectCrisis('i took 30 pills')?.kinds).toEqual(['overdose']);
    expect(detectCrisis('she swallowed like 20 xanax')?.kinds).toEqual(['overdose']);
    expect(detectCrisis('i took all my pills')?.kinds).toEqual(['overdose']);
    expect(detectCrisis('i took 5 pills a day for years')).toBeUndefined();
    expect(detectCrisis('i took all my meds this morning')).toBeUndefined();
  });

  it('reads someone passed out now by who and when is said around it, and history turns the bare form off', () => {
    expect(detectCrisis('my dad is passed out')?.kinds).toEqual(['overdose']);
    expect(detectCrisis('im scared he passed out')?.kinds).toEqual(['overdose']);
    // "is" said as now holds even beside history; the bare form does not.
    expect(detectCrisis('my dad is passed out on the floor like last time')?.kinds).toEqual(['overdose']);
    expect(detectCrisis('my dad passed out on the floor at my graduation years ago')).toBeUndefined();
    // No one named, or the texter, or a near miss.
    expect(detectCrisis('went home and passed out')).toBeUndefined();
    expect(detectCrisis('i just passed out')).toBeUndefined();
    expect(detectCrisis('he almost passed out')).toBeUndefined();
  });

  it('never corrects an everyday word into a newer crisis word, and still corrects misspelt crisis words', () => {
    for (const text of [
      'the meeting was taped',
      'within the noise',
      'there is a meeting tonight',
      'i need to stop vaping',
    ]) {
      expect(detectCrisis(text)).toBeUndefined();
    }
    expect(detectCrisis('i feel sucidal')?.kinds).toEqual(['suicide']);
    expect(detectCrisis('my roommate overdoesd')?.kinds).toEqual(['overdose']);
  });

  // How long a storm takes is the bench's to report (npm run bench), never a timed test on a shared machine.
  it('reads a 1,600-character storm of emoji or of one phrase repeated, alarming on none of them', () => {
    const fill = (unit: string) => unit.repeat(Math.ceil(1600 / unit.length)).slice(0, 1600);
    for (const unit of [
      '😀',
      '🙏🏽',
      '💊',
      'i want ',
      'my mom ',
      'left me ',
      'the pills are ',
      'my kids are with ',
      'i ',
    ]) {
      expect(detectCrisis(fill(unit))).toBeUndefined();
    }
    expect(detectCrisis(`${fill('💊').slice(0, 1500)} i want to die`)?.kinds).toEqual(['suicide']);
  });

  it('answers nothing for empty, emoji-only or very long harmless texts', () => {
    expect(detectCrisis('')).toBeUndefined();
    expect(detectCrisis('🙂🙂🙂')).toBeUndefined();
    expect(detectCrisis('meeting '.repeat(400))).toBeUndefined();
    expect(detectCrisis(`${'😀'.repeat(800)} i want to die`)?.kinds).toEqual(['suicide']);
  });
});

describe('edit distance (optimal string alignment)', () => {
  it('counts a swap of two neighbouring letters as one edit', () => {
    expect(withinOneEdit('alchohol', 'alcohol')).toBe(true);
    expect(withinOneEdit('myslef', 'myself')).toBe(true);
    expect(withinOneEdit('closer', 'closed')).toBe(true);
    expect(withinOneEdit('closer', 'clsoed')).toBe(false);
    expect(osaDistance('ca', 'abc')).toBe(3);
    expect(osaDistance('suicdie', 'suicide')).toBe(1);
    expect(osaDistance('amarilo', 'amarillo')).toBe(1);
    expect(osaDistance('kitten', 'sitting', 1)).toBe(2);
  });
});

describe('a song title that names suicide', () => {
  // Kept out of flows/safety (which flows:check reads against a flow's own crisis words): a flow whose staff add the
  // bare word "suicide" would be warned of it on every check.
  it('raises no alarm', () => {
    expect(detectCrisis('"suicide is painless" is the M*A*S*H theme song, my dad loved it')).toBeUndefined();
  });
});

describe('children a drunk or high adult cannot mind (the fortieth probe)', () => {
  it('gives Childhelp when the texter is one of them, and 911 alone when a grown-up tells of children', () => {
    expect(detectCrisis('my mom is too drunk to take care of my baby sister and im 9')?.kinds).toEqual(['child']);
    expect(detectCrisis('mi mama esta muy borracha y estoy solo con mi hermanito')?.kinds).toEqual(['child']);
    expect(detectCrisis('my little brother is crying and my mom is too drunk to take care of him')?.kinds).toEqual([
      'child',
    ]);
    expect(detectCrisis('the kids are home alone and their dad is wasted')?.kinds).toEqual(['danger']);
    expect(detectCrisis('the kids are crying and my wife is too drunk to take care of them')?.kinds).toEqual([
      'danger',
    ]);
    // "us" or "me" is a child's only with a parent or a sibling named, or an age under 18.
    expect(detectCrisis('my husband is too drunk to take care of me')).toBeUndefined();
    expect(detectCrisis('im 15 and my husband is too drunk to take care of me')?.kinds).toEqual(['child']);
    // Too drunk to mind themselves, now: 911, as the flow's words read it; a habit told is not.
    expect(detectCrisis('my dad is too drunk to take care of himself')?.kinds).toEqual(['danger']);
    expect(detectCrisis('my dad gets drunk every weekend and cant take care of himself')).toBeUndefined();
  });

  it('is quiet for a grown-up at home with them, a carer sober, a past told, or no child minded', () => {
    for (const text of [
      'my wife is too drunk to take care of the kids tonight, so im home',
      'my sister is too high to take care of her kids, i have them tonight',
      'my mom is too sick to watch the kids, any meetings with childcare',
      'i was too drunk to take care of my kids, thats why i got sober',
      'when i was a kid my dad was always drunk',
    ]) {
      expect(detectCrisis(text)).toBeUndefined();
    }
  });
});
