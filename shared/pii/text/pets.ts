import { isAsciiLower } from './chars.ts';
import { lookup, wordTable } from './word-filter.ts';
import { phraseEndsAt } from './words.ts';

/**
 * Pets' names: a pet noun or breed before the name ("my dog Murphy", "a German shepherd named Rocky"), a
 * pet's field ("Pet 2: Kofi"), "his name is" near a pet noun, or a species in brackets after it.
 */

/** Animals people name. */
const PETS = [
  'dog',
  'cat',
  'puppy',
  'kitten',
  'pup',
  'pet',
  'horse',
  'parrot',
  'bird',
  'rabbit',
  'bunny',
  'hamster',
  'ferret',
  'turtle',
  'tortoise',
  // Spanish and Portuguese: "mi perrita luna", "meu gato Miguel", "la mascota".
  'perro',
  'perra',
  'perrito',
  'perrita',
  'gato',
  'gata',
  'gatito',
  'gatita',
  'mascota',
  'cachorro',
  // French: "mon chien Gérard", "ma chatte Mimi" ("chat" is also a web chat's).
  'chien',
  'chienne',
  'chatte',
  'chaton',
  // German: "unsere beiden Hunde Günther und Herbert", "Kater Helmut".
  'hund',
  'hunde',
  'katze',
  'kater',
];
/** Breeds said for the animal ("hes a golden retriever", "a German shepherd named Rocky"). */
const BREEDS = [
  'retriever',
  'terrier',
  'shepherd',
  'poodle',
  'lab',
  'labrador',
  'boxer',
  'dane',
  'spaniel',
  'beagle',
  'bulldog',
  'collie',
  'husky',
  'dachshund',
  'schnauzer',
  'chihuahua',
  'doodle',
  'pitbull',
  'pug',
  'corgi',
  'rottweiler',
  'mastiff',
  'greyhound',
  'tabby',
  'calico',
  'cocker',
  'dackel',
];
/** Breeds that are also words for people ("my shepherd", "her boxer", "the lab"): they name a pet only when naming it. */
const PERSON_LIKE_BREEDS: ReadonlySet<string> = new Set([
  'shepherd',
  'boxer',
  'lab',
  'dane',
  'doodle',
  'pug',
]);
const PET = 1;
const BREED = 2;
const PET_NOUNS = wordTable([
  [PETS, PET],
  [BREEDS, BREED],
]);
const NAMING = ['named', 'called'];
const NAMING_WORDS = wordTable([[NAMING, 1]]);
const lastLetterBit = (c: number): number => (c >= 97 && c <= 122 ? 1 << (c - 97) : 0);
/** Last letters of the pet nouns, breeds and naming words. */
const PET_LAST_LETTERS = [...PETS, ...BREEDS, ...NAMING].reduce(
  (bits, w) => bits | lastLetterBit(w.charCodeAt(w.length - 1)),
  0,
);
const POSSESSIVES = wordTable([
  [
    [
      'my',
      'our',
      'his',
      'her',
      'their',
      'your',
      'the',
      'mi',
      'su',
      'meu',
      'minha',
      'la',
      'el',
      'mon',
      'ma',
      'notre',
      'son',
      'sa',
    ],
    1,
  ],
]);

/** The word ending right before `end` (lower-cased text), as [start, end), or null. */
function wordBefore(lower: string, end: number): readonly [number, number] | null {
  let begin = end;
  while (begin > 0 && end - begin < 10 && isAsciiLower(lower.charCodeAt(begin - 1))) begin--;
  return begin < end && (begin === 0 || !isAsciiLower(lower.charCodeAt(begin - 1))) ? [begin, end] : null;
}

/**
 * "my dog Murphy", "our cat, Luna", "my other dog Rosie", "a cat named Sergeant", "small dog (Gigi)": whether a
 * pet noun, owned, naming or bracketing the name, stands right before `start`.
 */
export function petNounBefore(lower: string, start: number): boolean {
  // "2 dogs (Rufus, Tilly)": a later name of a bracketed list opened right after a pet noun.
  if (lower.charCodeAt(start - 1) === 32 && lower.charCodeAt(start - 2) === 44) {
    const reach = lower.slice(Math.max(0, start - LIST_REACH), start);
    const open = reach.lastIndexOf('(');
    if (open >= 0 && !/[)\n]/.test(reach.slice(open)))
      return petNounBefore(lower, start - reach.length + open + 1);
  }
  let end = start - 1;
  // 'small dog (Gigi)', 'dog "Bruno"': a bracket or a quote around the name.
  const q = lower.charCodeAt(end);
  const bracket = q === 40 || q === 34 || q === 0x201c;
  if (bracket) end--;
  if (lower.charCodeAt(end) !== 32) return false;
  // Each pet noun (and "named", "called") ends in one of a few letters: most words are ruled out here.
  let last = end - 1 - (lower.charCodeAt(end - 1) === 44 ? 1 : 0);
  if (bracket && lower.charCodeAt(last) === 115) last--;
  if ((PET_LAST_LETTERS & lastLetterBit(lower.charCodeAt(last))) === 0) return false;
  if (lower.charCodeAt(end - 1) === 44) end--;
  let noun = wordBefore(lower, end);
  let named = false;
  // "our cat named Luna".
  if (
    noun !== null &&
    lookup(NAMING_WORDS, lower, noun[0], noun[1]) !== 0 &&
    lower.charCodeAt(noun[0] - 1) === 32
  ) {
    noun = wordBefore(lower, noun[0] - 1);
    named = true;
  }
  // "2 dogs (Rufus, Tilly)": a plural pet noun brackets or names its animals as the singular does.
  const plural = noun !== null && lower.charCodeAt(noun[1] - 1) === 115 && (named || bracket);
  const kind = noun === null ? 0 : lookup(PET_NOUNS, lower, noun[0], plural ? noun[1] - 1 : noun[1]);
  if (noun === null || kind === 0) return false;
  // A pet noun or a breed that names or brackets the word needs no owner: "a dog named Max", "small dog
  // (Gigi)", "a German shepherd named Rocky"; "my shepherd" may be a pastor.
  if (named || bracket) return true;
  // "her beagle Gary": an owned breed names its animal as a pet noun does, unless people are called so too.
  if (kind !== PET && PERSON_LIKE_BREEDS.has(lower.slice(noun[0], noun[1]))) return false;
  if (lower.charCodeAt(noun[0] - 1) !== 32) return false;
  let owner = wordBefore(lower, noun[0] - 1);
  // "a dog, Bruno", "the cat Luna": an article owns a pet as a possessive does.
  if (owner0IsArticle(lower, noun[0])) return true;
  // "my other dog", "her old cat": one word may stand between the owner and the pet.
  if (
    owner !== null &&
    lookup(POSSESSIVES, lower, owner[0], owner[1]) === 0 &&
    lower.charCodeAt(owner[0] - 1) === 32
  )
    owner = wordBefore(lower, owner[0] - 1);
  return owner !== null && lookup(POSSESSIVES, lower, owner[0], owner[1]) !== 0;
}

/** Whether "a", "an" or "the" stands before the noun starting at `nounStart`, or one word before it ("a small dog"). */
function owner0IsArticle(lower: string, nounStart: number): boolean {
  let w = wordBefore(lower, nounStart - 1);
  if (w !== null && !isArticle(lower, w) && lower.charCodeAt(w[0] - 1) === 32)
    w = wordBefore(lower, w[0] - 1);
  return w !== null && isArticle(lower, w);
}

function isArticle(lower: string, w: readonly [number, number]): boolean {
  const n = w[1] - w[0];
  return (
    (n === 1 && lower.charCodeAt(w[0]) === 97) ||
    (n === 2 && lower.startsWith('an', w[0])) ||
    (n === 3 && lower.startsWith('the', w[0]))
  );
}

/** How far back the bracket of a list of pets' names may open. */
const LIST_REACH = 40;

/** "Pet 2: Kofi", "Pet name: Biscuit": a pet's field label, a number or "name" after it, then a colon. */
const PET_FIELD = /(?:^|[^a-z])(?:pets?|animal)(?: ?#?\d{1,2}|[ _]name)?: ?$/;
/** 'pet="Sophie"', 'pet_name=Biscuit': a log's pet field. */
const PET_KEY = /(?:^|[^a-z])pet(?:_name)?="?$/;
/** "the dog is ", "the cat's name is ": a pet named outright, right before the name. */
const PET_IS = new RegExp(`(?:^|[^a-z])(?:${PETS.join('|')})(?:'s name| name)? is $`);
/** Pet nouns as a regex, for the few findings that follow "name is". */
const PET_WORD = new RegExp(`(?:^|[^a-z])(?:${[...PETS, ...BREEDS].join('|')})(?:s|'s|’s)?(?![a-z])`);

/** "Horse's name?", "and the dog's name?": whether a pet noun stands in the words right before `at`. */
export const petNamedAt = (lower: string, at: number): boolean =>
  PET_WORD.test(lower.slice(Math.max(0, at - 16), at));
/** "his name is", "its name is": a third party's name, which a pet noun before makes a pet's. */
const THIRD_PARTY_NAME_IS = [
  'his name is ',
  'her name is ',
  "his name's ",
  "her name's ",
  'its name is ',
  'it’s name is ',
  "it's name is ",
];
/** "se llama", "il s'appelle", "ele se chama": a third party named in another language. */
const FOREIGN_NAMED = /(?:se llama|s'appelle|s’appelle|se chama) $/;
/** How far back a pet noun makes "his name is" a pet's name: the clause before, or the turn before. */
const PET_REACH = 80;

/**
 * "Pet 2: Kofi", "the dog is friendly, his name is Bear": whether the name at `start` is given as a pet's,
 * in a pet's field or after "name is" soon after a pet noun.
 */
export function petNamedBefore(lower: string, start: number, end: number): boolean {
  // 'Animal: "Duke"': the field's value may be quoted.
  const value = lower.charCodeAt(start - 1) === 34 ? start - 1 : start;
  const c = lower.charCodeAt(value - 1);
  if (c === 61 && PET_KEY.test(lower.slice(Math.max(0, start - 12), start))) return true;
  if (c === 58 || (c === 32 && lower.charCodeAt(value - 2) === 58))
    return PET_FIELD.test(lower.slice(Math.max(0, value - 16), value));
  if (c !== 32) return false;
  // "mi gata, se llama Catalina", "mon chien, il s'appelle Gérard": named in Spanish, French or Portuguese.
  if (lower.charCodeAt(start - 2) !== 115) {
    const named = FOREIGN_NAMED.exec(lower.slice(Math.max(0, start - 16), start));
    if (named === null) return false;
    const at = start - named[0].length;
    return PET_WORD.test(lower.slice(Math.max(0, at - PET_REACH), at));
  }
  // "the dog is Winston", "the cat's name is Olive": the pet named outright.
  if (PET_IS.test(lower.slice(Math.max(0, start - 24), start))) return true;
  const cue = THIRD_PARTY_NAME_IS.find((c) => phraseEndsAt(lower, c, start));
  if (cue === undefined) return false;
  const at = start - cue.length;
  return PET_WORD.test(lower.slice(Math.max(0, at - PET_REACH), at)) || petWordInSentenceAfter(lower, end);
}

/** How far after a name given by "his name is" its sentence may still say it is a pet. */
const SENTENCE_REACH = 40;

/** "his name's Moose, he's a lab mix.": a pet noun or breed later in the sentence that gives the name. */
function petWordInSentenceAfter(lower: string, end: number): boolean {
  const stop = Math.min(lower.length, end + SENTENCE_REACH);
  let i = end;
  while (i < stop) {
    const c = lower.charCodeAt(i);
    if (c === 46 || c === 10 || c === 63 || c === 33) break;
    i++;
  }
  return PET_WORD.test(lower.slice(end, i));
}

/**
 * Kinds of animal a vet's record gives in brackets after the pet's name ("Oliver (canine, 6 yrs)"), or its age and sex
 * with its neuter status ("Linda (8y FS Lab mix)").
 */
const SPECIES_TAG = new RegExp(
  `^["”]? ?\\((?:k9|canine|feline|fel|equine|avian|dsh|dlh|dmh|${[...PETS, ...BREEDS].join('|')}|\\d{1,2} ?(?:y|yo|yrs?|mo|wks?) (?:[mf][sni]|[mf]\\/[sni]))(?![a-z])`,
);
/**
 * "Patient: Charlie   Canine, Labrador Retriever", '| "Charlie" | K9 |': a vet's species word after a comma, a dash, a
 * column's spaces or its bar;
 * "Gus, orange tabby", "Oliver – 4y MN golden retriever", "Walter, a ten-year-old orange tabby"; 'Patient: "Tucker", 11 y/o M/N', '"Charlie" 7yo M/N': a sex and neuter status ("M/N", "F/S") that only an animal's
 * record gives.
 */
const SPECIES_AFTER = new RegExp(
  `^(?:, | [–-] | {2,}| (?=\\d)| *\\| )(?:(?:[a-z0-9-]+ ){0,4}(?:k9|canine|feline|fel|equine|tabby|calico|${BREEDS.join('|')})(?![a-z])|[^\\n(]{0,12}?(?<![a-z])[mf]\\/[nsi](?![a-z]))`,
);

/**
 * "Patient: Oliver (canine, Cavalier King Charles spaniel)", 'pet "Mister Biggles" (cat, 14 yrs)', "Winston
 * (bulldog, 6)", "Rocky (K9, HBC)": a species or a breed in brackets right after `end`, or a species word
 * after a comma or a column's spaces ("Charlie   Canine").
 */
export const petTagAfter = (lower: string, end: number): boolean => {
  const at = lower.charCodeAt(end) === 34 || lower.charCodeAt(end) === 0x201d ? end + 1 : end;
  if (PET_FACT_AFTER.test(lower.slice(at, at + 24))) return true;
  return lower.charCodeAt(at) === 40 || lower.charCodeAt(at + 1) === 40
    ? SPECIES_TAG.test(lower.slice(end, end + 14))
    : SPECIES_AFTER.test(lower.slice(at, at + 48));
};

/**
 * '"name": "Linda", "species": "canine"': a record's species or breed key beside the name; "is karen male or
 * female", "Gus is neutered", "mister darcy the corgi", "Doris is the terrier": what is asked or told only of an animal.
 */
const PET_FACT_AFTER = new RegExp(
  `^(?: ?, ?"(?:species|breed|animal|animal_type|pet_type)"| (?:male or female|boy or girl|(?:is |was )?(?:spayed|neutered))(?![a-z])| (?:is )?(?:the|a|an|our|my) (?:${[...PETS, ...BREEDS.filter((b) => !PERSON_LIKE_BREEDS.has(b))].join('|')})(?![a-z]))`,
);
