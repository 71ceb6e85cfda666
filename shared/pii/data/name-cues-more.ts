/**
 * Name cues of call-log headers, of approvals, and of Tagalog, German, Polish, Italian, Hmong, Vietnamese, French and
 * Portuguese speech, listed apart from the English ones.
 */

/**
 * A call log's header fields naming who took the call ("Agent: Tamsin", Vietnamese "NV: Đặng Thu Hà"): weak, as the same words label turns
 * ("Agent: May I have your name?") and name software ("User agent: Mozilla/5.0").
 */
export const HANDLER_FIELDS: readonly string[] = ['agent:', 'rep:', 'csr:', 'operator:', 'nv:'];

/** Tagalog's "I am" and "this is" before a name, with and without the polite "po". */
export const TAGALOG_CUES: readonly string[] = [
  'ako si',
  'ako po si',
  'ito si',
  'ito po si',
  'pangalan ko ay',
  'pangalan ko po ay',
];

/** German and Polish ways of giving one's name: "mein Name ist", "hier spricht Wolfgang", "nazywam się Agnieszka". */
export const GERMAN_AND_POLISH_CUES: readonly string[] = [
  'mein name ist',
  'hier spricht',
  'ich heiße',
  'nazywam się',
  'mam na imię',
];

/** "per supv G. Whitley", "mgr T. Okafor", "reviewer P. Lindgren": who approved or reviewed something (weak cues). */
export const APPROVER_CUES: readonly string[] = ['supv', 'supv.', 'mgr', 'mgr.', 'reviewer'];

/**
 * Before a capitalised name: Italian "mi chiamo", "il mio nome è", titles ("signora", "dott."); Polish "z tej strony"
 * (this is), "pan", "pani"; Vietnamese "em là", "tôi là"; Hmong "kuv yog" (I am), "tus tub" (son); French "Bonjour, ici".
 */
export const WORLD_STRONG_CUES: readonly string[] = [
  'mi chiamo',
  'il mio nome è',
  'signora',
  'signor',
  'signore',
  'dott.',
  'dottor',
  'dottoressa',
  'z tej strony',
  'pan',
  'pani',
  'em là',
  'tôi là',
  'kuv yog',
  'tus tub',
  'tus ntxhais',
  'bonjour, ici',
  'bonjour ici',
];

/**
 * Before a lower-case given name: Hmong "kuv yog kalia"; Portuguese "fala a inês" (Inês speaking); Italian "buongiorno
 * sono chiara", "parla marco" ("sono" alone is as often "they are"); "signora lombardi" is read as a surname's cue.
 */
export const WORLD_LOWER_FIRST_NAME_CUES: readonly string[] = [
  // Polish "dzień dobry mówi paweł" (Paweł speaking).
  'mówi',
  'kuv yog',
  'tus tub',
  'tus ntxhais',
  'fala a',
  'fala o',
  'buongiorno sono',
  'buonasera sono',
  'salve sono',
  'ciao sono',
  'pronto sono',
  'parla',
];

/**
 * Naming any word after them: Italian "mi chiamo", "il mio nome è"; Spanish "le atiende marisela" (you are served by);
 * romanised Khmer "knhom chhmuoh sok chanthou" (my name is); Persian in Latin letters "esmam" (my name is).
 */
export const WORLD_NAMED_CUES: readonly string[] = [
  'mi chiamo',
  'il mio nome è',
  'le atiende',
  'knhom chhmuoh',
  'esmam',
  'esme man',
  // Armenian in Latin letters: "im anuns anush hakobyan e", "anuny siranush".
  'im anuns',
  'anuny',
];

/** Before a lower-case surname: Persian in Latin letters "khanoom sadeghi" (Mrs), "agha-ye karimi" (Mr). */
export const WORLD_LOWER_SURNAME_CUES: readonly string[] = [
  'khanoom',
  'khanom',
  'agha-ye',
  'aghaye',
  'agha ye',
];

/**
 * Greetings said right before the name of the one greeted ("Hi Maria", "thank you Joe"); Vietnamese greets with a
 * kinship pronoun before the name ("Chào chị Lan", "chào anh Minh").
 */
export const GREETINGS: readonly string[] = [
  'hi',
  'hello',
  'hey',
  'thanks',
  'thank you',
  'chào anh',
  'chào chị',
  'chào em',
  'chào cô',
  'chào chú',
  'chào bác',
  'chào ông',
  'chào bà',
];
