/**
 * Whether going costs anything, asks the texter to talk, or what a first meeting is like, asked in the texter's own
 * words: "does it cost anything?? we dont have much money rn", "do i gotta pay for that", "do i gotta say anything at
 * these", "what do i even say when i get there", "what should i expect", "cuanto cobran", "tengo que decir algo en la
 * junta". The flow's `first_meeting` keyword answers its own list of whole texts ("is it free", "do i have to talk");
 * said with more words, or other words, the twenty-ninth and thirtieth sessions' probes got "OK, take care" or
 * "Sorry". The understanding's `first_meeting` intent, which this reader adds, gets the same answer beside whatever
 * else the text told.
 */

/** Words without which none of the questions can be asked: one cheap test before the patterns. */
const GATE =
  /\b(?:cost|costs|pay|paying|free|charge|fee|fees|afford|dues|price|how much|precio|cobro|talk|say|speak|share|listen|introduce|expect|happens|cuesta|cuestan|cobran|cobra|pagar|gratis|costo|cuota|hablar|decir|digo|compartir|escuchar|presentarme|esperar|pasa)\b/;

/**
 * Treatment, care and medicine, whose cost the flow's `treatment` and `medication_about` answer: a meeting's being
 * free says nothing of what rehab or a doctor charges.
 */
const CARE =
  /\b(?:rehab|detox|treatment|inpatient|outpatient|iop|clinic|doctor|therapy|therapist|counseling|counselor|counselling|suboxone|methadone|narcan|naloxone|vivitrol|naltrexone|medication|meds|insurance|medicaid|medicare|tratamiento|clinica|doctor|medico|terapia|seguro)\b/;

/** The cost asked: "does it cost", "how much is it", "do i gotta pay", "is there a fee", "are they free". */
const COST = [
  /\b(?:does|do|will|would|is|are|r|how much|what|whats)\b(?: \w+){0,3} (?:cost|costs)\b/,
  /\b(?:cost|costs) (?:anything|money|much|a lot|something)\b/,
  // Not "he is facing charges": only a charge asked of the meetings.
  /\b(?:do|does|will|would) (?:they|you|u|yall|you guys|it|meetings|groups|these|those) charge\b|\bis there a charge\b/,
  /\b(?:have|has|need|needs|got) to pay\b|\b(?:gotta|hafta|gonna have to) pay\b|\bdo (?:i|you|we) pay\b|\bpay (?:anything|money|to go|to get in|to join)\b/,
  /\b(?:is|are|r) (?:it|they|these|those|this|that|meetings|the meetings|groups|the groups|them) (?:really |actually |all |totally |completely )?free\b/,
  /\b(?:a|any|the) (?:fee|fees|dues)\b/,
  /\b(?:cant|can i|could i|can we|we cant) afford (?:it|this|that|them|to go|meetings|a meeting)\b/,
  /\b(?:cuesta|cuestan|cobran|se paga|hay que pagar|tengo que pagar|tenemos que pagar|tiene costo|tienen costo|hay cuota|es gratis|son gratis)\b/,
  // Probe 35: the cost asked inside another sentence ("first i want to know if its free", "need to know if it costs
  // anything before i go", "quiero saber si tiene algun costo"). Not "if they are free tonight", "if hes free to come"
  // (a time or a person, not a price).
  /\b(?:if|whether) (?:its|it is|it|they|theyre|they are|this|this is|thats|that is|these|those|these are|those are|(?:the )?(?:meetings|groups)(?: are)?)(?: (?:really|actually|all|totally|completely|still|gonna|going to|will|would))?(?: be)? (?:free|cost|costs|charge|charges)\b(?! (?:to|time|tonight|today|tomorrow|now|at|on|after|before|this|next)\b)/,
  // "its free right?", "they're free?", "free?" alone: the price checked.
  /\b(?:its|it is|theyre|they are|thats|this is|these are|(?:the )?meetings are)(?: really| actually| all| totally| completely| still)? free(?:\s*\?| (?:right|correct|rite|rt|yes|yeah|ya|yea)\b(?! now\b)|\s*$)/,
  /^\s*(?:so |and |but |ok |wait )?(?:free|gratis)(?: right| rite| correct| verdad| no)?\s*\?/,
  /^\s*(?:so |and |but |ok |wait )?how much\s*\??\s*$/,
  // "is there a cost", "whats the price", "any fee?". Not "at any cost", "the price of his drinking".
  /\b(?:is there|theres|there is|is there gonna be) (?:a |any |some )?(?:cost|price|charge|fee)\b|\bwhat(?:s| is) the (?:cost|price)\b(?! of (?:his|her|their|my|our)\b)|(?<!\bat )\bany (?:cost|costs|fee|fees|charge|price)(?:\s*\?|\s*$| (?:involved|at all|to (?:go|join|attend)))/,
  /\b(?:tiene|tienen|hay) (?:algun |un |algo de )?(?:costo|precio|cobro|cuota)\b|\bcual es el (?:costo|precio)\b|\bsi (?:es|son) gratis\b/,
  // The thirtieth session's probe, M4: "how much r the meetings? money is tight". Not "how much r you drinking", nor
  // "how much does it take to be an alcoholic", "how much do they drink": "it" or "they" only as the whole question.
  /\bhow much (?:r|are|is|do|does) (?:(?:the |these |those |your |ur )?(?:meetings?|mtgs?|groups?|sessions?)\b(?! \w+ing\b)|(?:they|them|it|that|this)(?: cost| charge)?(?: to (?:go|join|attend)| for (?:a |the )?(?:meeting|meetings|group|groups))?\s*(?:$|[?.!,]))/,
];

/**
 * Talking asked of the texter at a meeting: "do i gotta say anything", "will i have to talk", "what do i even say when
 * i get there", "can i just listen". Not "what do i say to him", "how do i talk to my son about his drinking" (a
 * family's question of what to tell someone), nor "i need to talk to someone" (a person asked for).
 */
const TALK = [
  /\b(?:do|does|will|would|must) (?:i|you|we|everyone|everybody|people) (?:have to|need to|gotta|got to|hafta|must|be made to|be expected to) (?:talk|speak|share|say|introduce|get up|stand up)\b(?! to\b)(?! with\b)/,
  /\b(?:will|do|would) they (?:make|force|expect|want) (?:me|you|us) (?:to )?(?:talk|speak|share|say)\b/,
  // What to say there, said of the meeting: not "what do i say when he comes home drunk".
  /\bwhat (?:do|would|should|will|am|can) i (?:even |supposed to |gonna |going to |have to |need to )?(?:say|share)(?: when i (?:get|go|walk|show)| (?:at|in) (?:the |a |my |an |these |those )?(?:meeting|meetings|mtg|mtgs|group|groups|first|these|those|there)| there| first time)\b/,
  /\b(?:can|could) i (?:just|only) (?:listen|sit|sit there|sit in)\b/,
  /\b(?:tengo|hay) que (?:hablar|decir algo|compartir|presentarme)\b(?! con\b)/,
  /\bque (?:digo|tengo que decir|voy a decir|se dice) (?:en|cuando|alla|ahi|al llegar)\b/,
  /\b(?:puedo|se puede) (?:solo|nomas|nada mas) escuchar\b/,
  // Not talking, asked leave for (the thirtieth session's probe, M9: "i dont wanna share my story is that ok" got
  // "OK, take care", its "dont" read as a no). Not "i dont want to talk to him" nor "i dont want to talk" alone.
  /\bi (?:dont|do not|dont really|would rather not|wont|will not|rather not) (?:wanna |want to |wana |have to |need to )?(?:talk|speak|share|say anything|say nothing|introduce myself)\b(?! to\b)(?! with\b)[^.?!]{0,30}\b(?:is that|is it|thats|that|would that be|will that be|is this) (?:ok|okay|alright|all right|fine|cool|allowed)\b/,
  /\b(?:is it|is that|would it be|will it be|its) (?:ok|okay|alright|all right|fine|cool|allowed) (?:if i|to) (?:dont|do not|not|just not|never|only|just) (?:wanna |want to )?(?:talk|speak|share|say anything|listen)\b/,
  /\bno quiero (?:hablar|compartir|decir nada|presentarme)\b(?! con\b)[^.?!]{0,30}\b(?:esta bien|se puede|hay problema|puedo)\b/,
];

/**
 * What a first meeting is like, asked in other words than the flow's list (the thirtieth session's probe, M5: "first
 * time ever going to aa, what should i expect" was answered nothing; "what happens at the first one" at a list showed
 * meeting 1). Not "what should i expect from detox", "what happens if he relapses".
 */
const EXPECT = [
  /\bwhat (?:should|do|can|will|would) (?:i|we) (?:expect|be expecting)\b(?! (?:from|of|with|when) (?:detox|rehab|treatment|him|her|them|withdrawal|the doctor)\b)/,
  /\bwhat to expect\b(?! (?:from|of|with|when|in) (?:detox|rehab|treatment|him|her|them|withdrawal|the doctor)\b)/,
  /\bwhat (?:happens|goes on|do they do|do you do|is it like) (?:at|in) (?:the |a |my |an |these |those |ur |your )?(?:first|1st|meeting|meetings|mtg|mtgs|group|groups|one of these|one of those|these|those)\b/,
  /\bque (?:pasa|hacen|se hace|debo esperar|puedo esperar|espero) (?:en|a) (?:la |una |las |mi )?(?:primera|junta|juntas|reunion|reuniones)\b/,
];

/**
 * Whether the text asks if going costs anything, whether one must talk there, or what to expect (see above). `plain`
 * is the text in lower case with accents folded (plainLower). Rehab's or a doctor's cost is not a meeting's.
 */
export function asksCostOrTalking(plain: string): boolean {
  const text = plain.replace(/['’]/g, '');
  if (!GATE.test(text)) return false;
  if (TALK.some((re) => re.test(text)) || EXPECT.some((re) => re.test(text))) return true;
  return !CARE.test(text) && COST.some((re) => re.test(text));
}
