/** Spoken number vocabulary as speech-to-text writes it. */

/** A lookup table. Maps, not objects: words arrive as fresh slices, which object keys would first intern. */
const table = <V>(entries: Record<string, V>): ReadonlyMap<string, V> => new Map(Object.entries(entries));

export const DIGIT_WORDS: ReadonlyMap<string, string> = table({
  zero: '0',
  oh: '0',
  o: '0',
  owe: '0',
  one: '1',
  two: '2',
  to: '2',
  too: '2',
  three: '3',
  four: '4',
  for: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  niner: '9',
});

/** Homophones ("to", "for", "oh") count as digits only inside a run of real number words. */
export const WEAK_DIGITS: ReadonlySet<string> = new Set(['oh', 'o', 'owe', 'to', 'too', 'for']);

export const TEENS: ReadonlyMap<string, string> = table({
  ten: '10',
  eleven: '11',
  twelve: '12',
  thirteen: '13',
  fourteen: '14',
  fifteen: '15',
  sixteen: '16',
  seventeen: '17',
  eighteen: '18',
  nineteen: '19',
});

export const TENS: ReadonlyMap<string, string> = table({
  twenty: '2',
  thirty: '3',
  forty: '4',
  fourty: '4',
  fifty: '5',
  sixty: '6',
  seventy: '7',
  eighty: '8',
  ninety: '9',
});

export const REPEATERS: ReadonlyMap<string, number> = table({ double: 2, triple: 3, quadruple: 4 });

/** Hesitations dropped from inside a spoken number ("five five five uh oh one two"). */
export const FILLERS: ReadonlySet<string> = new Set([
  'uh',
  'um',
  'umm',
  'uhm',
  'er',
  'erm',
  'ah',
  'hmm',
  'mm',
  'like',
  // French speakers' "euh" inside an IBAN read aloud.
  'euh',
]);

export const ORDINALS: ReadonlyMap<string, string> = table({
  first: '1',
  second: '2',
  third: '3',
  fourth: '4',
  fifth: '5',
  sixth: '6',
  seventh: '7',
  eighth: '8',
  ninth: '9',
  tenth: '10',
  eleventh: '11',
  twelfth: '12',
  thirteenth: '13',
  fourteenth: '14',
  fifteenth: '15',
  sixteenth: '16',
  seventeenth: '17',
  eighteenth: '18',
  nineteenth: '19',
  twentieth: '20',
  thirtieth: '30',
});

/** Spoken email punctuation. */
export const EMAIL_SYMBOLS: ReadonlyMap<string, string> = table({
  dot: '.',
  punto: '.',
  period: '.',
  underscore: '_',
  dash: '-',
  hyphen: '-',
  minus: '-',
});

export const TLDS: ReadonlySet<string> = new Set([
  'com',
  'net',
  'org',
  'edu',
  'gov',
  'io',
  'co',
  'us',
  'uk',
  'ca',
  'de',
  'fr',
  'info',
  'biz',
  'me',
  'test',
  'example',
  'invalid',
  'mil',
  'ai',
  'app',
  'dev',
  'au',
  'in',
  'nl',
  'es',
  'it',
  'ie',
  // Countries callers write home from: "lupita rios at example dot com dot mx".
  'mx',
  'br',
  'ph',
  'ng',
  'pk',
  'jp',
  'cn',
  'nz',
  'za',
  'pl',
  'pt',
  'ch',
  'fi',
  'se',
  'dk',
  'kr',
  'vn',
  'tw',
  'hk',
  'sg',
  'il',
  'tr',
  'gr',
  'ro',
  'ru',
  'ua',
  'ar',
  'cl',
  'pe',
  'eg',
  'ke',
  'gh',
  // "at", "be", "is" and "no" are left out: said after "dot" they are more often words than Austria,
  // Belgium, Iceland and Norway.
]);

/** Words that end a spoken email's local part when reading backwards from "at". */
export const LOCAL_STOP: ReadonlySet<string> = new Set([
  'is',
  "it's",
  'its',
  'my',
  'email',
  'e-mail',
  'mail',
  'address',
  'me',
  'to',
  'and',
  'the',
  'that',
  'was',
  'be',
  'it',
  'use',
  'with',
  'you',
  'your',
  'please',
  'send',
  'at',
  'on',
  'of',
  'yes',
  'yeah',
  'sure',
  'so',
  'ok',
  'okay',
  'um',
  'uh',
  'this',
  'under',
  'try',
  'reach',
  'contact',
  'write',
  'or',
  'also',
  'an',
  // A read-back's lead: "that's j o y ...", "sorry a n g i e ...", "i'm showing k t r a n ...".
  "that's",
  'thats',
  'sorry',
  'showing',
  // "find us online at example.com", "pay online at ...": a web address after "online", not a mailbox.
  'online',
  'us',
  'visit',
  'website',
  // "Pay at pay.northgatehealth.example", "you can pay at ...", "sign up at", "file a report at": a site to go to.
  'pay',
  'can',
  'up',
  'file',
  'report',
  'apply',
  'register',
  'available',
  'located',
  // Spanish: "mi correo es ...".
  'es',
  'mi',
  'correo',
  'y',
  'el',
]);

/**
 * Spanish number words: US call centres hear account and phone numbers read in Spanish all day. Kept apart from
 * the English lists because a Spanish run needs two number words ("dos semanas" is prose, not a value).
 */
export const SPANISH_DIGIT_WORDS: ReadonlyMap<string, string> = table({
  cero: '0',
  uno: '1',
  dos: '2',
  tres: '3',
  cuatro: '4',
  cinco: '5',
  seis: '6',
  siete: '7',
  ocho: '8',
  nueve: '9',
});

/**
 * Portuguese digit words beside the Spanish ones they share ("cinco", "seis", "zero"): Brazilian callers read their
 * numbers as "nove oito um zero". Their "um" (one) is English's filler, read as a digit only in a run of these words.
 */
export const PORTUGUESE_DIGIT_WORDS: ReadonlyMap<string, string> = table({
  dois: '2',
  três: '3',
  quatro: '4',
  sete: '7',
  oito: '8',
  nove: '9',
});
export const PORTUGUESE_ONE = 'um';

/**
 * Russian and Ukrainian digit words: callers read phone and card numbers digit by digit ("пять пять пять ноль
 * один"). Like the Spanish ones, they count only in a run of two. Ukrainian "п'ять" and "дев'ять" hold an
 * apostrophe, listed in both its typed and its typographic form.
 */
export const CYRILLIC_DIGIT_WORDS: ReadonlyMap<string, string> = table({
  ноль: '0',
  нуль: '0',
  один: '1',
  одна: '1',
  два: '2',
  две: '2',
  дві: '2',
  три: '3',
  четыре: '4',
  чотири: '4',
  пять: '5',
  шесть: '6',
  шість: '6',
  семь: '7',
  сім: '7',
  восемь: '8',
  вісім: '8',
  девять: '9',
  "п'ять": '5',
  'п\u2019ять': '5',
  "дев'ять": '9',
  'дев\u2019ять': '9',
});

/**
 * French digit words, as Quebec and Haitian callers read numbers ("quatre un huit cinq cinq cinq"): a run of two, like
 * the Spanish ones. "sept" is left out, being September's short form in English; "un" counts only inside a run.
 */
export const FRENCH_DIGIT_WORDS: ReadonlyMap<string, string> = table({
  zéro: '0',
  un: '1',
  deux: '2',
  trois: '3',
  quatre: '4',
  cinq: '5',
  huit: '8',
  neuf: '9',
});

/**
 * Italian digit words ("emme erre sei tre tre zero"): a run of two, like the Spanish ones; "due" is also English
 * ("due date"), so it counts only inside a run.
 */
export const ITALIAN_DIGIT_WORDS: ReadonlyMap<string, string> = table({
  due: '2',
  tre: '3',
  quattro: '4',
  cinque: '5',
  sei: '6',
  sette: '7',
  otto: '8',
});

/** Somali digit words ("lix kow laba shan shan shan eber kow lix saddex"): a run of two, like the Spanish ones. */
export const SOMALI_DIGIT_WORDS: ReadonlyMap<string, string> = table({
  eber: '0',
  kow: '1',
  laba: '2',
  saddex: '3',
  afar: '4',
  shan: '5',
  lix: '6',
  toddoba: '7',
  toddobo: '7',
  siddeed: '8',
  sagaal: '9',
});

/** Polish digit words ("siedem siedem trzy pięć pięć pięć"): a run of two, like the Spanish ones. */
export const POLISH_DIGIT_WORDS: ReadonlyMap<string, string> = table({
  jeden: '1',
  dwa: '2',
  trzy: '3',
  cztery: '4',
  pięć: '5',
  sześć: '6',
  siedem: '7',
  osiem: '8',
  dziewięć: '9',
});

/** Tagalog digit words ("lima lima lima tatlo dalawa siyam"): a run of two, like the Spanish ones. */
export const TAGALOG_DIGIT_WORDS: ReadonlyMap<string, string> = table({
  isa: '1',
  dalawa: '2',
  tatlo: '3',
  apat: '4',
  lima: '5',
  anim: '6',
  pito: '7',
  walo: '8',
  siyam: '9',
});

/** Vietnamese digit words ("chín một sáu năm năm năm không một tám chín"): a run of two, like the Spanish ones. */
export const VIETNAMESE_DIGIT_WORDS: ReadonlyMap<string, string> = table({
  không: '0',
  một: '1',
  hai: '2',
  ba: '3',
  bốn: '4',
  năm: '5',
  sáu: '6',
  bảy: '7',
  tám: '8',
  chín: '9',
});

/**
 * Haitian Creole digit words ("sis en sèt senk senk senk zewo en nèf de"): a run of two, like the Spanish ones; "en" and
 * "de" are Spanish and French words too, so they count only inside a run.
 */
export const CREOLE_DIGIT_WORDS: ReadonlyMap<string, string> = table({
  zewo: '0',
  en: '1',
  de: '2',
  twa: '3',
  kat: '4',
  senk: '5',
  sis: '6',
  sèt: '7',
  uit: '8',
  nèf: '9',
});

/** Arabic digit words, read one by one ("خمسة ثمانية ستة"): a run of two, like the Spanish ones. */
export const ARABIC_DIGIT_WORDS: ReadonlyMap<string, string> = table({
  صفر: '0',
  واحد: '1',
  اثنين: '2',
  اثنان: '2',
  ثلاثة: '3',
  أربعة: '4',
  اربعة: '4',
  خمسة: '5',
  ستة: '6',
  سبعة: '7',
  ثمانية: '8',
  تسعة: '9',
});

/** Whole two-digit Spanish numbers, read like English teens: "doce" is 12, "veintisiete" is 27. */
export const SPANISH_TEENS: ReadonlyMap<string, string> = table({
  diez: '10',
  once: '11',
  doce: '12',
  trece: '13',
  catorce: '14',
  quince: '15',
  dieciseis: '16',
  dieciséis: '16',
  diecisiete: '17',
  dieciocho: '18',
  diecinueve: '19',
  veintiuno: '21',
  veintidos: '22',
  veintidós: '22',
  veintitres: '23',
  veintitrés: '23',
  veinticuatro: '24',
  veinticinco: '25',
  veintiseis: '26',
  veintiséis: '26',
  veintisiete: '27',
  veintiocho: '28',
  veintinueve: '29',
});

/** Spanish tens; "setenta y dos" joins its digit with "y". */
export const SPANISH_TENS: ReadonlyMap<string, string> = table({
  veinte: '2',
  treinta: '3',
  cuarenta: '4',
  cincuenta: '5',
  sesenta: '6',
  setenta: '7',
  ochenta: '8',
  noventa: '9',
});

/**
 * Spanish hundreds, each with its own digit ("cuatrocientos doce" is 412), and "mil" (a thousand): house numbers and
 * years are said with them ("tres mil cuatrocientos doce west camelback", "mil novecientos cincuenta y dos").
 */
export const SPANISH_HUNDREDS: ReadonlyMap<string, string> = table({
  cien: '1',
  ciento: '1',
  doscientos: '2',
  trescientos: '3',
  cuatrocientos: '4',
  quinientos: '5',
  seiscientos: '6',
  setecientos: '7',
  ochocientos: '8',
  novecientos: '9',
});
export const SPANISH_THOUSAND = 'mil';

/** "once" is also English ("once a month"), "un" French's "a", "due" English: like "to" and "for", they count only inside a run. */
export const SPANISH_WEAK: ReadonlySet<string> = new Set(['once', 'un', 'due', 'en', 'de']);

/** The "and" of "setenta y dos", read only between a Spanish tens word and a digit word. */
export const SPANISH_TENS_JOINER = 'y';

/** The "and" of "two thousand and one" and "one hundred and five", read only after "hundred" or "thousand". */
export const ENGLISH_SCALE_JOINER = 'and';

/** Spanish hesitations ("cinco, este, cuatro"). */
export const SPANISH_FILLERS: ReadonlySet<string> = new Set(['este', 'eh']);

/** Every word that can be part of a spoken number. */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...DIGIT_WORDS.keys(),
  ...TEENS.keys(),
  ...TENS.keys(),
  ...REPEATERS.keys(),
  'hundred',
  'thousand',
]);

/** Webmail providers callers name without their ".com" ("jsmith at gmail"). */
export const WEBMAIL: ReadonlySet<string> = new Set([
  'gmail',
  'yahoo',
  'hotmail',
  'outlook',
  'aol',
  'icloud',
  'comcast',
  'verizon',
  'protonmail',
]);
