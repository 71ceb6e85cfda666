import {
  APPROVER_CUES,
  GREETINGS,
  GERMAN_AND_POLISH_CUES,
  HANDLER_FIELDS,
  TAGALOG_CUES,
  WORLD_LOWER_FIRST_NAME_CUES,
  WORLD_NAMED_CUES,
  WORLD_LOWER_SURNAME_CUES,
  WORLD_STRONG_CUES,
} from './name-cues-more.ts';

export { GREETINGS };

/** Courtesy titles, written with and without their dot. */
const TITLES: readonly string[] = ['mr', 'mrs', 'ms', 'miss', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.'];

/** Ranks and offices said before a surname ("officer daniels", "pastor okafor"). */
const RANKS: readonly string[] = [
  'mister',
  'officer',
  'detective',
  'sergeant',
  'sgt',
  'deputy',
  'pastor',
  'professor',
  'judge',
  'coach',
  'captain',
  'nurse',
  // A law office's and a claims desk's: "Attorney Halvorsen", "attorney halvorsen said".
  'attorney',
  // "Assistant Public Defender Alisha Grant".
  'defender',
  // Written short, with and without their dot ("Sgt. Alvarez", "Ofc. Brannigan", "Rev. Okafor").
  'sgt.',
  'ofc',
  'ofc.',
  'det.',
  'lt.',
  'cmdr.',
  'cpl.',
  'capt.',
  'prof.',
  'rev.',
  'fr.',
  // A court's magistrate: "Mag. Ferreira"; French courtesy titles: "Mme Gagnon", "M. Roy".
  'mag.',
  'magistrate',
  'mme',
  'mme.',
  'mlle',
  // Clergy and a Spanish-speaking office's lawyers: "Reverend Odom", "la licenciada Okafor". ("Father" and "padre"
  // are kin as often: "Father verbalized understanding".)
  'reverend',
  'rabbi',
  'deacon',
  'licenciada',
  'licenciado',
  // Polish: "podpis doktora Feldmana". ("Pani" is also the polite "you": "jak się pani nazywa".)
  'doktor',
  'doktora',
];

/**
 * Labels of record fields and speaker turns that hold a person in a role ("Member: Faith Okoro",
 * "Patient: ..."). As speaker labels they also open what the person says ("Member: Will do", "Rep:
 * Expiration?"), so they only support a name the lists know.
 */
export const ROLE_LABELS: readonly string[] = [
  'member',
  'patient',
  // Spanish and Portuguese turns and records: "Cliente: Gleice Ferreira dos Santos", "Paciente: ...".
  'cliente',
  'paciente',
  'caregiver',
  'guest',
  'client',
  'insured',
  'cardholder',
  'applicant',
  'co-applicant',
  'borrower',
  'co-borrower',
  'tenant',
  'spouse',
  'owner',
  'subscriber',
  'policyholder',
  'beneficiary',
  'guardian',
  'student',
  'employee',
  'resident',
  'homeowner',
  'staff',
  'technician',
  'advisor',
  'salesperson',
  'rep',
  'csr',
  // Libraries' and museums' members: "Patron: ...", "Patron OK with that."
  'patron',
  // Marketplaces' parties: "Seller: S-4519920", "Seller says she moved".
  'seller',
  'buyer',
  // "Mbr states she confirmed ...": a member, as notes shorten it.
  'mbr',
  // "Provider: Rapid Wheels LLC": a care or transport provider.
  'provider',
  // Rental counters' and ride apps' parties: "Renter declined our LDW", "Rider says driver made comments".
  'renter',
  'rider',
  // Field staff a claim's or a dispatch's record names: "Inspector: Ray Castellano", "Interpreter: Hoa".
  'inspector',
  'adjuster',
  'interpreter',
  'dispatcher',
  'driver',
];

/** Record fields that name who referred, took or handled something ("Referred by: Joy Pemberton"). */
const PERSON_FIELDS: readonly string[] = [
  'referred by:',
  'assigned to:',
  'emergency contact:',
  'authorized person:',
  'authorized user:',
  'callback by:',
  'handled by:',
  'taken by:',
  'closed by:',
  'completed by:',
  'requested by:',
  'submitted by:',
  'approved by:',
  'reviewed by:',
  'prepared by:',
];

/** "it's Bronwyn", "this is Dana": cues said in a sentence before a speaker's own name. */
export const OWN_NAME_SENTENCE_CUES: readonly string[] = ['this is', "it's", 'it’s', 'it is'];

/** Every cue with which a speaker gives their own name, as written and as speech-to-text writes it. */
export const OWN_NAME_CUES: readonly string[] = [
  ...OWN_NAME_SENTENCE_CUES,
  'its',
  "i'm",
  'im',
  'i am',
  'my name is',
  "name's",
  'soy',
];

/** Words right before a name that say a person is being named (lower-cased, compared on word ends). */
export const STRONG_CUES: readonly string[] = [
  ...ROLE_LABELS.map((label) => `${label}:`),
  ...PERSON_FIELDS,
  'my name is',
  'name is',
  "name's",
  'names is',
  'name:',
  'name -',
  'surname is',
  'surname:',
  'this is',
  // "hi is this delroy campbell": the agent asks for the person by name.
  'is this',
  "i'm",
  'i am',
  'it is',
  "it's",
  'speaking with',
  "you're chatting with",
  'chatting with',
  'go by',
  'goes by',
  // "You're connected with Bongani", "transferring you to Priscila": a call handed to a person by name.
  'connected with',
  'connecting you with',
  'transferring you to',
  'speak with',
  'speak to',
  'spoke with',
  'spoke to',
  'talking to',
  'talk to',
  'ask for',
  'asked for',
  ...TITLES,
  'dear',
  'caller id:',
  'cid:',
  'cnam:',
  'cnam',
  'mi nombre es',
  'me llamo',
  // French and Haitian Creole: "je m'appelle Guerline Saint-Fleur", "mwen se Marie-Ange"; Spanish "la Dra. Cho".
  "je m'appelle",
  'je m’appelle',
  'mwen se',
  'mwen rele',
  'li rele',
  // Portuguese: "meu nome é", "me chamo".
  'meu nome é',
  'me chamo',
  ...WORLD_STRONG_CUES,
  ...HANDLER_FIELDS,
  // Tagalog: "ako po si Jun", "ito po si Aling Nena", "ang pangalan ko ay Rowena"; "si" marks a person's name.
  ...TAGALOG_CUES,
  'si',
  // German: "Frau Lea Brückner", "Herr Abendroth", "mein Name ist", "hier spricht"; Polish "nazywam się";
  // Creole "mesye" (Mr); French "madame", "monsieur".
  'herr',
  'frau',
  'madame',
  'monsieur',
  ...GERMAN_AND_POLISH_CUES,
  'mesye',
  'dra.',
  'dra',
  'doctora',
  ...RANKS,
  'prof',
  'prof.',
  'atty',
  'atty.',
  'doctor',
  'from:',
  ...GREETINGS,
  'bye',
  'user:',
  'customer:',
  'called',
  'named',
  ...APPROVER_CUES,
  'name on the account',
  'under the name',
  'account holder',
  'caller',
  'signed',
  'regards',
  'sincerely',
  'contact person',
  // Spanish courtesy titles ("Sra. Fuentes", "Srta. Ibarra"), and the maiden name after "née".
  'sr.',
  'sra',
  'sra.',
  'srta',
  'srta.',
  'señor',
  'señora',
  'señorita',
  // "Obrigado, dona Gleice", "doña Lupe".
  'doña',
  'dona',
  'née',
  'nee',
  'agent',
  // An answering service's operator, in its logs ("-> op A. Fenwick", "Taken by opr 2231"); a CSR's name.
  'op',
  'opr',
  'csr',
  'attn',
  'attention',
  'by',
  'said',
  'says',
  'with',
  'to',
  'and',
];

/** Cues that only support a name the lists already suggest ("to", "with" and "and" are everywhere). */
export const WEAK_CUES: readonly string[] = [
  ...HANDLER_FIELDS,
  // Tagalog's "si" before a name, and Spanish "si" ("if") before a capital: weak.
  'si',
  ...ROLE_LABELS.map((label) => `${label}:`),
  'by',
  'said',
  'says',
  'with',
  'to',
  'and',
  "it's",
  'it is',
  ...GREETINGS,
  'bye',
  'dear',
  'caller',
  'called',
  'named',
  'signed',
  ...APPROVER_CUES,
  // Italian "Buongiorno, sono Chiara".
  'sono',
  'agent',
  'op',
  'opr',
  'csr',
];

/** Cues before a lower-case first name, as speech-to-text writes them ("my name is maria", "calling for robert"). */
export const LOWER_FIRST_NAME_CUES: readonly string[] = [
  'calling for',
  'message for',
  'looking for',
  'ask for',
  'asking for',
  'speak to',
  'speak with',
  'talk to',
  'transfer you to',
  ...GREETINGS,
  "it's",
  'its',
  'im',
  'this is',
  "i'm",
  'i am',
  'speaking with',
  'spoke with',
  'spoke to',
  // A call log's header names who took the call: "| 11m30s | agent marisol ybarra-kent |".
  'agent',
  'rep',
  // Vietnamese: "em là vy", "tôi là hùng", "tên là lan".
  'em là',
  'tôi là',
  'tên là',
  // Tagalog's own cues name any word after them (LOWER_NAMED_CUES).
  ...GERMAN_AND_POLISH_CUES,
  // Tagalog and English courtesy: "salamat po ma'am corazon".
  "ma'am",
  // Haitian Creole: "mwen rele jeanine", "li rele fabiola", "mesye jean baptiste".
  'mwen rele',
  'li rele',
  'mwen se',
  'mesye',
  // Spanish: "habla efraín", "don efraín", "doña lupe" ("le atiende" is a naming cue).
  'habla',
  'don',
  'doña',
  // Portuguese "dona Gleice", an agent's "aqui é a camila".
  'dona',
  'aqui é a',
  'aqui é o',
  'aqui é',
  ...WORLD_LOWER_FIRST_NAME_CUES,
];

/** Cues that say outright a name comes next: any word that is no ordinary word is taken as one. */
export const LOWER_NAMED_CUES: readonly string[] = [
  'my name is',
  // "katarzyna but i go by kasia": the name a person uses.
  'go by',
  'goes by',
  "my name's",
  'name is',
  "name's",
  'mi nombre es',
  'me llamo',
  "je m'appelle",
  'meu nome é',
  'me chamo',
  ...WORLD_NAMED_CUES,
  'pangalan ko ay',
  'pangalan ko po ay',
  'pangalan ko po',
  // Somali "magacaygu waa xaliimo" (my name is), "magaciisu waa" (his name is).
  'magacaygu waa',
  'magaciisu waa',
  'magaceedu waa',
  // Tagalog's "si" is said only before a person's name: "ito po si rodel", "nanay ko si erlinda" (my mother Erlinda).
  'ako si',
  'ako po si',
  'ito si',
  'ito po si',
  'ko si',
  'ko po si',
];

/** Cues before a lower-case surname ("dr patel", "last name is okafor"). */
export const LOWER_SURNAME_CUES: readonly string[] = [
  ...TITLES,
  ...WORLD_LOWER_SURNAME_CUES,
  ...RANKS,
  'doctor',
  'last name is',
  'surname is',
  'family name is',
  // Said titles and a name's part named outright: "no problem missus byrne", "family name yamamoto".
  'mister',
  'missus',
  'family name',
  'last name:',
  // Italian "perfetto signor esposito", "signora lombardi".
  'signor',
  'signora',
  'signore',
  // German "herr osterkamp", French "merci madame dufresne".
  'herr',
  'madame',
  'monsieur',
  // Spanish: "señor fonseca", "sra. mejía", "la doctora cho".
  'señor',
  'señora',
  'sr',
  'sra',
  'doctora',
  'dra',
];
