import { asksHowToJoin, meetingQuestionIn, meetingTraitIn } from '../../src/understand/meetingQuestion';

describe('a question about the meeting whose details were just shown', () => {
  it.each([
    'is it open?',
    'is it closed',
    'Is this one open to the public?',
    'is that meeting closed?',
    "it's open right?",
    'open or closed?',
    'what kind of meeting is it',
    'can anyone go',
    'can anybody attend?',
    'can my wife come to it',
    'could my husband come with me',
    'can i bring my girlfriend',
    'do i have to be an alcoholic',
    'are family allowed?',
    'is it for everyone',
    'es abierta',
    'esta cerrada?',
    'la reunion es abierta?',
    'abierta o cerrada',
    'puede ir mi esposa?',
    'puedo llevar a mi novio',
    'cualquiera puede ir?',
    'es para todos?',
    'is it open to all',
    'can all my family come',
  ])('"%s" asks whether it is open or closed', (text) => {
    expect(meetingQuestionIn(text)).toBe('kind');
  });

  it.each([
    'what time',
    'what time does it start',
    "what time's it start",
    'when is it?',
    'whens that',
    'is it tonight',
    'is it today?',
    'is that tomorrow',
    'is it on saturday',
    'is it open tonight?',
    'does it meet every week',
    'what day is it on',
    'time?',
    'a que hora es',
    'a q hora empieza',
    'cuando es?',
    'is it at 8?',
    'es hoy?',
    'es esta noche',
    'que dia es',
  ])('"%s" asks when it meets', (text) => {
    expect(meetingQuestionIn(text)).toBe('when');
  });

  it.each([
    'where is it',
    "where's it at?",
    'whats the address',
    'address again?',
    'how do i get there',
    'directions please',
    'what street is it on',
    'how do i join',
    'link?',
    'donde es',
    'donde queda?',
    'cual es la direccion',
    'como llego',
    'me mandas la ubicacion',
  ])('"%s" asks where it meets or how to join', (text) => {
    expect(meetingQuestionIn(text)).toBe('where');
  });

  it.each([
    // Other meetings: a search, or another meeting of the list.
    'is there one tonight',
    'are there any open ones?',
    'any open meetings',
    'open',
    'OPEN',
    'open?',
    'tonight?',
    'what about tomorrow',
    'is there an open one',
    'show me one that is open',
    'where is the 2nd one',
    'what time is the next one',
    'where are the closest meetings',
    'change location',
    'hay una hoy?',
    'otra abierta',
    'hay alguna abierta?',
    'y la siguiente?',
    // Asked of the end of a meeting, or of children: other keywords answer those.
    'what time does it end',
    'a que hora termina',
    'can i bring my kids',
    'puedo llevar a mis hijos',
    // What open or closed means in general: the open_closed keyword's answer.
    'whats a closed meeting',
    'que es una junta cerrada',
    // A meeting of the list by its number.
    'address for #3?',
    'is 2 open',
    // Answers of other kinds.
    '1',
    'more',
    'NEW',
    'thanks',
    'ok',
    'other groups',
    'something closer',
  ])('"%s" asks nothing of it', (text) => {
    expect(meetingQuestionIn(text)).toBeUndefined();
  });
});

describe('a question of the phone number', () => {
  it.each([
    'whats the phone number',
    "what's their phone number?",
    'can i call them',
    'do they have a contact number',
    'cual es su telefono',
    'numero de telefono?',
  ])('"%s" asks its phone number', (text) => {
    expect(meetingQuestionIn(text)).toBe('phone');
  });

  it.each(['any phone meetings', 'whats the number for 2', 'the number 3', 'phone meetings instead'])(
    '"%s" is no question of this meeting\'s number',
    (text) => {
      expect(meetingQuestionIn(text)).not.toBe('phone');
    },
  );
});

// The twenty-fourth session's probe, C1: "link please" got Sorry, and "whats the zoom link" got the address alone.
describe('asking for the link of the meeting shown', () => {
  it.each([
    'link please',
    'send me the link',
    'can i get the link',
    'zoom link?',
    'the zoom info',
    'me mandas el enlace',
  ])('"%s" asks where (how to join) it is', (text) => {
    expect(meetingQuestionIn(text)).toBe('where');
  });

  it.each(['whats the zoom link', 'how do i join online', 'how do i log in', 'como me uno por zoom', 'el enlace?'])(
    '"%s" asks how to join it, not how to get there',
    (text) => {
      expect(asksHowToJoin(text)).toBe(true);
    },
  );

  it.each(['where is it', 'address?', 'how do i get there', 'donde es'])('"%s" asks the way to its room', (text) => {
    expect(asksHowToJoin(text)).toBe(false);
  });

  it('leaves links to other meetings to the search', () => {
    expect(meetingQuestionIn('send me links to online meetings')).toBeUndefined();
  });
});

// The twenty-fourth session's probe, C4: "is it women only" listed women's meetings; "is it in english" got Sorry.
describe('whom a meeting is for, or its language', () => {
  it.each([
    'is it women only',
    'is that a mens meeting',
    'is this one just for women?',
    'is it mixed',
    'es solo para mujeres?',
    'es de hombres',
  ])('"%s" asks whom it is for', (text) => {
    expect(meetingTraitIn(text)).toBe('who');
  });

  it.each(['is it in english', 'do they speak spanish', 'is it held in french?', 'es en espanol?', 'hablan ingles?'])(
    '"%s" asks its language',
    (text) => {
      expect(meetingTraitIn(text)).toBe('language');
    },
  );

  it.each(['women only', 'any womens meetings', 'spanish?', 'is it open', 'my wife wants to come'])(
    '"%s" asks neither',
    (text) => {
      expect(meetingTraitIn(text)).toBeUndefined();
    },
  );
});

// The twenty-eighth session: "is it wheelchair accessible" after a meeting's details searched the whole list again.
describe('whether a wheelchair can get in', () => {
  it.each([
    'is it wheelchair accessible',
    'is it accessible?',
    'is that place handicap accessible',
    'is the building wheelchair friendly',
    'is there wheelchair access',
    'does it have a ramp',
    'any stairs?',
    'can i get in with a wheelchair',
    'can my mom go in a wheelchair',
    'es accesible?',
    'hay acceso para silla de ruedas',
    'tiene rampa',
    'se puede entrar con silla de ruedas',
  ])('"%s" asks about access', (text) => {
    expect(meetingTraitIn(text)).toBe('access');
  });

  it.each([
    'wheelchair',
    'any wheelchair accessible meetings',
    'is it accessible by bus',
    'hay acceso a internet',
    'my husband is disabled',
    'im in a wheelchair',
    'is it open',
  ])('"%s" does not ask it of the meeting', (text) => {
    expect(meetingTraitIn(text)).toBeUndefined();
  });
});

/** The thirty-first session's probe, L8: a trait asked of a meeting pointed at on the list, not of "it". */
describe('a trait asked of a meeting pointed at', () => {
  it.each([
    ['is the first one wheelchair accessible', 'access'],
    ['is number 3 women only', 'who'],
    ['is the 2nd one in spanish', 'language'],
    ['is 2 wheelchair accessible', 'access'],
  ])('"%s" asks %s', (text, trait) => {
    expect(meetingTraitIn(text)).toBe(trait);
  });
});
