import type { Finding } from '../finding.ts';
import { finding, type Recognizer } from '../scan-input.ts';
import { possessiveAt } from '../text/chars.ts';
import { answeredNames, roleLabelNames } from '../text/answered-names.ts';
import {
  ownNameCueBefore,
  possessiveAfterOwnNameCue,
  possessiveFirmAfter,
  workplaceAfter,
} from '../text/business-context.ts';
import { withoutFirmMentions } from '../text/business-mentions.ts';
import { namesFirmAfter, orgAmong, orgSoonAfter } from '../text/firm-words.ts';
import { laterMentions } from '../text/later-mentions.ts';
import { isBrandPair, namesNoPerson } from '../text/not-a-person.ts';
import { lowerCaseNames } from '../text/lower-case-names.ts';
import { lowerLaterMentions } from '../text/lower-later-mentions.ts';
import { cueBefore } from '../text/name-cue.ts';
import { isPersonNameKey, isThingColumn, thingFieldBefore } from '../text/record-fields.ts';
import {
  atLineStart,
  labelCueBefore,
  notPersonAfter,
  selfNamedAfter,
  sentenceGoesOn,
  speakerTailAt,
} from '../text/name-tails.ts';
import { relationBefore } from '../text/name-relations.ts';
import { isNameGap, type NameToken, nameTokens } from '../text/name-tokens.ts';
import { withoutNamedThings } from '../text/named-things.ts';
import { repeatedSpeakerLabels } from '../text/speaker-labels.ts';
import { opensCell, TableColumns } from '../text/table-columns.ts';
import {
  givenNameBeforeSurname,
  greetedAlone,
  isFilledInFirstName,
  placeNamedPerson,
} from '../text/name-admission.ts';
import {
  botAfter,
  bracketedTag,
  fieldValueAt,
  firmAnswering,
  joinsCapitalAfter,
  LONE_PLACE_BEFORE,
  opensSentence,
  ownedBefore,
  PLACE_WORD_BEFORE,
  stateCodeAfter,
  titledWithThe,
  valueEndsAt,
} from '../text/name-surroundings.ts';
import { lowerSpelledConfirmations, spelledConfirmations } from '../text/spelled-confirmations.ts';
import {
  BRAND,
  COMMON,
  FIRST,
  firstNameOnly,
  NOT_NAME,
  ORG,
  PARTICLE,
  PLACE,
  PLACE_PREFIX,
  SURNAME,
} from '../text/word-flags.ts';

const MAX_WORDS = 4;
const MODEL_YEAR_BEFORE = /(?:19|20)\d\d $/;
/** Whether a token is on the lists marked by `bits` (any of them). */
const on = (t: NameToken, bits: number): boolean => (t.flags & bits) !== 0;
const isCap = (t: NameToken): boolean => t.title || (t.allCaps && on(t, FIRST | SURNAME));

/**
 * Person names: runs of capitalised words scored by first-name and surname lists, ordinary-word
 * lists and the cue before them ("my name is", "Mr.", speaker labels). Every capitalised word is not a name.
 */
export const person: Recognizer = {
  label: 'PERSON',
  find({ text, lower }) {
    const toks = nameTokens(text, lower);
    const out: Finding[] = [];
    let tables: TableColumns | null = null;
    // The cue before a word; "...|caller_name|..." over "...|OYELOWO TEMITOPE|...": a cell under a name
    // column holds a name, as strongly as "my name is" says so.
    const headerAt = (start: number): string | null => {
      if (!opensCell(text, start)) return null;
      tables ??= new TableColumns(text);
      return tables.headerAt(start);
    };
    const nameCueAt = (start: number): 'strong' | 'weak' | null => {
      const cue = cueBefore(lower, start);
      if (cue === 'strong') return cue;
      const header = headerAt(start);
      return header !== null && isPersonNameKey(header) ? 'strong' : cue;
    };
    let i = 0;
    while (i < toks.length) {
      const t = toks[i] as NameToken;
      const next = toks[i + 1];
      // "J. Alvarez", "T. Mills": a first initial opens a name when its dot and a capitalised word follow.
      const leadingInitial =
        t.initial && text.charCodeAt(t.end) === 46 && next?.title === true && isNameGap(text, next);
      // "Surname is AL-FARSI": after a strong cue, capitals the lists do not know are a name too.
      const capsMayJoin = t.allCaps && !on(t, NOT_NAME);
      let cuedCaps = capsMayJoin && !isCap(t) && nameCueAt(t.start) === 'strong';
      const greeted = t.title && on(t, FIRST) && !firstNameOnly(t.flags) && greetedAlone(text, lower, t);
      if (
        (!isCap(t) && !leadingInitial && !cuedCaps) ||
        (on(t, NOT_NAME) &&
          !greeted &&
          !placeNamedPerson(t, text, lower) &&
          !givenNameBeforeSurname(toks, i, text, lower))
      ) {
        i++;
        continue;
      }
      // A lone capitalised ordinary word ("The", "What") can never become a name: skip the scoring.
      if (
        on(t, COMMON) &&
        !on(t, FIRST) &&
        !(next && isNameGap(text, next) && (isCap(next) || next.initial || on(next, PARTICLE)))
      ) {
        i++;
        continue;
      }
      let j = i + 1;
      let words = 1;
      while (j < toks.length && words < MAX_WORDS) {
        const n = toks[j] as NameToken;
        if (!isNameGap(text, n) || on(n, NOT_NAME)) break;
        // A dot joins words only after an initial ("Faina D. Yefremova"); otherwise it ends the sentence.
        if (text.charCodeAt(n.gapStart) === 46 && !(toks[j - 1] as NameToken).initial) break;
        const after = toks[j + 1];
        if (on(n, PARTICLE) && !n.title) {
          // A particle joins only a word its name goes on with: "Will do. Thanks" ends at the dot.
          if (!after?.title || !isNameGap(text, after) || text.charCodeAt(after.gapStart) === 46) break;
        } else if (!isCap(n) && !n.initial) {
          // Asked only here, where it matters: most runs in capitals have no unlisted word after their first.
          if (n.allCaps && capsMayJoin && !cuedCaps) cuedCaps = nameCueAt(t.start) === 'strong';
          if (!(n.allCaps && cuedCaps)) break;
        }
        if (!n.initial && !on(n, PARTICLE)) words++;
        j++;
      }
      const lastTok = toks[j - 1] as NameToken;
      // "it's Bronwyn at Fairway ...": a speaker naming their workplace has just named themselves.
      let cue = nameCueAt(t.start);
      if (cue !== 'strong' && (relationBefore(text, t.start) || (greeted && j === i + 1))) cue = 'strong';
      else if (cue === 'weak' && workplaceAfter(text, lastTok.end) && ownNameCueBefore(lower, t.start))
        cue = 'strong';
      // "Customer: Hope it doesn't rain": one word after a speaker label that goes on into a sentence
      // opens what is said; the label names its speaker only when a name stands alone or in full.
      else if (
        cue === 'strong' &&
        j === i + 1 &&
        labelCueBefore(lower, t.start) &&
        sentenceGoesOn(text, t.end)
      )
        cue = 'weak';
      else if (cue === 'strong' && possessiveAfterOwnNameCue(text, lower, t.start, lastTok.end)) cue = 'weak';
      const speaker = atLineStart(text, t.start) && speakerTailAt(text, lastTok.end);
      const selfNamed = selfNamedAfter(text, lastTok.end);
      trim(toks, i, j, cue === 'strong' || speaker || selfNamed);
      const from = kept.from;
      const to = kept.to;
      // "New York", "Fort Myers": a place's first word dropped as an ordinary word leaves a place.
      // "Calle Orion Sur": so does a street type that opens a street's name.
      const placeHead = from > i && on(toks[from - 1] as NameToken, PLACE_PREFIX | PLACE);
      // "Cedar Creek Animal Hospital", "Hartwell Moving & Storage": a business noun after the kept words,
      // though trimmed away as an ordinary word, names a business.
      // Capitals joined after a strong cue run on past the name ("I'M VICTOR CHEN WITH APEX REALTY"): there
      // the words after the name are no part of it.
      const business =
        to > from &&
        !cuedCaps &&
        // "Hotel Marisol", "Salon Lucia": a business noun right before the kept words names the business.
        (orgAmong(toks, from > i ? from - 1 : from, from) ||
          orgAmong(toks, to, j) ||
          orgSoonAfter(toks, j, text) ||
          namesFirmAfter(text, lower, lastTok.end) ||
          possessiveFirmAfter(text, lower, (toks[from] as NameToken).end) ||
          possessiveFirmAfter(text, lower, (toks[to - 1] as NameToken).end));
      // "...,store,status" over "...,Raleigh,new": a cell under a column of places or things holds none.
      // "company: Iyer & Chen Property Management": so does a field whose key names a thing.
      const keptStart = (toks[from] as NameToken | undefined)?.start ?? t.start;
      const thingCell =
        cue !== 'strong' && (isThingColumn(headerAt(keptStart)) || thingFieldBefore(lower, keptStart));
      if (to > from && !placeHead && !business && !thingCell) {
        const first = toks[from] as NameToken;
        const last = toks[to - 1] as NameToken;
        const score = scoreName(
          toks,
          from,
          to,
          first === t ? cue : cueBefore(lower, first.start),
          lower,
          text,
          last.end,
        );
        if (score >= 0.5 && !namesNoPerson(toks, from, to, first === t ? cue : undefined, text, lower))
          out.push(finding(first.start, last.end, 'PERSON', Math.min(0.95, score), 'person'));
      }
      i = Math.max(j, i + 1);
    }
    lowerCaseNames(text, lower, out);
    answeredNames(text, lower, out);
    roleLabelNames(text, lower, out);
    repeatedSpeakerLabels(toks, text, lower, out);
    spelledConfirmations(text, lower, toks, out);
    lowerSpelledConfirmations(text, lower, out);
    lowerLaterMentions(text, lower, out);
    // Firms go first, so no word of a firm's name is taken for a name's later mention.
    const people = withoutFirmMentions(out, toks, text, lower);
    // A loop, not spread arguments: a long text can hold more findings than the call stack takes arguments.
    for (const f of laterMentions(toks, people, text, lower)) people.push(f);
    const named = withoutNamedThings(people, toks, text, lower);
    return lower.includes('as in ') ? named.filter((f) => !isSpellingAid(lower, f.start)) : named;
  },
};

/** "j as in juliet": the word after a spelling aid stands for a letter, not a person. */
const isSpellingAid = (lower: string, start: number): boolean =>
  start >= 6 && lower.startsWith('as in ', start - 6);

/** A word an initial signs with ("T. Mills", "J. Achterberg"): a surname, or a word no list knows. */
const signsWith = (t: NameToken): boolean => on(t, SURNAME) || !on(t, COMMON | FIRST | NOT_NAME);

/** The range of tokens `trim` keeps, `[from, to)`: one object reused, so trimming allocates nothing. */
const kept = { from: 0, to: 0 };

/**
 * Drops ordinary capitalised words at either end of `toks[i, j)` ("Have", "Thanks") unless they open a
 * full name; the rest is left in `kept`.
 */
function trim(toks: readonly NameToken[], i: number, j: number, cued: boolean): void {
  kept.from = i;
  kept.to = j;
  const head = toks[i] as NameToken;
  // "this is Mark.": a strong cue makes a first name that is also a word a name.
  if (cued && on(head, FIRST)) return;
  let a = i;
  let b = j - 1;
  while (a <= b) {
    const t = toks[a] as NameToken;
    const next = a + 1 < j ? (toks[a + 1] as NameToken) : undefined;
    const opensName = on(t, FIRST) && next?.title && (on(next, SURNAME) || !on(next, COMMON));
    // "T. Mills": an initial stays before a surname that ends the name.
    const signs = t.initial && next !== undefined && a + 1 === b && signsWith(next);
    if (signs) break;
    if ((on(t, COMMON) && !opensName) || t.initial || on(t, PARTICLE)) a++;
    else break;
  }
  while (b > a) {
    const t = toks[b] as NameToken;
    if ((on(t, COMMON) && !on(t, SURNAME)) || on(t, PARTICLE) || t.initial) b--;
    else break;
  }
  kept.from = a;
  kept.to = Math.max(a, b + 1);
}

/** The score of the name `toks[from, to)`. */
function scoreName(
  toks: readonly NameToken[],
  from: number,
  to: number,
  cue: 'strong' | 'weak' | null,
  lower: string,
  text: string,
  end: number,
): number {
  // The words are the tokens that are no initial and no particle; one pass gathers what is asked of them.
  let words = 0;
  let first: NameToken | undefined;
  let second: NameToken | undefined;
  let last: NameToken | undefined;
  let shortUnknown = false;
  let org = false;
  let lowerParticle = false;
  let initial = false;
  let allCaps = false;
  for (let k = from; k < to; k++) {
    const t = toks[k] as NameToken;
    if (on(t, ORG)) org = true;
    if (t.initial) initial = true;
    if (t.allCaps) allCaps = true;
    if (on(t, PARTICLE) && !t.title) lowerParticle = true;
    if (t.initial || on(t, PARTICLE)) continue;
    words++;
    if (first === undefined) first = t;
    else if (second === undefined) second = t;
    last = t;
    // Two-letter words are names only when a list knows them ("Al", "Bo"); unknown ones are codes or noise.
    if (t.end - t.start < 3 && !on(t, FIRST) && !on(t, SURNAME)) shortUnknown = true;
  }
  if (!first || !last) return 0;
  if (org) return 0;
  // "Fontana CA", "Round Rock, TX": a state's code after the words makes them a town.
  // Caller-name fields show a town in capitals for a caller with no name on file ("HARTFORD CT").
  if ((cue !== 'strong' || allCaps) && stateCodeAfter(text, end)) return 0;
  // "Jolene (Hendricks):", "Andre (North Star):": a speaker's bracketed tag names where they work; "Ramirez and Kline, this is
  // Lorena": a pair of names answering the phone is the firm.
  if (
    bracketedTag(text, lower, first.start, end) ||
    (words === 1 && (firmAnswering(text, first.start, end) || titledWithThe(text, first.start)))
  )
    return 0;
  // "born in Savannah", "on Addison": one word after these is a place or a street, not a person ("on Dana's
  // plan" is a person's).
  if (
    words === 1 &&
    cue !== 'strong' &&
    LONE_PLACE_BEFORE.test(lower.slice(Math.max(0, first.start - 6), first.start)) &&
    !possessiveAt(text, end)
  )
    return 0;
  // "a 2016 Lincoln MKZ": a word right after a model year is a make.
  if (MODEL_YEAR_BEFORE.test(text.slice(Math.max(0, first.start - 5), first.start))) return 0;
  // "your Mosquito Shield treatment": words no list names a person by, owned, are a product or a plan.
  if (
    words >= 2 &&
    !on(first, FIRST | SURNAME) &&
    cue !== 'strong' &&
    ownedBefore(lower, (toks[from] as NameToken).start)
  )
    return 0;
  // "I'm Max, the virtual assistant": a chat's bot.
  if (botAfter(lower, end)) return 0;
  // Place names: a street word at either end, a place prefix first, or "X de Y" without a given name.
  if (on(last, PLACE) || on(first, PLACE) || (words > 1 && on(first, PLACE_PREFIX))) return 0;
  if (cue !== 'strong' && lowerParticle && !on(first, FIRST)) return 0;
  if (second !== undefined ? isBrandPair(lower, first, second, text) : on(first, BRAND) && cue !== 'strong')
    return 0;
  // "Jeep Cherokee", "Toyota Camry": a brand no one is named opens a product's name.
  if (second !== undefined && on(first, BRAND) && !on(first, FIRST | SURNAME)) return 0;
  const firstKnown = on(first, FIRST);
  if (shortUnknown) return 0;
  const opening = (toks[from] as NameToken).start;
  const firstCommon = on(first, COMMON);
  let s = firstKnown && !firstCommon ? 0.5 : firstKnown ? 0.15 : firstCommon ? 0 : 0.1;
  if (words >= 2) {
    const lastCommon = on(last, COMMON);
    s += on(last, SURNAME) ? 0.3 : lastCommon ? -0.1 : 0.2;
    // "manager Rich Andersen", "roommate Sunny Kaur": mid-sentence, a first name that is also a word before
    // a surname that is none is a name; opening a sentence the word may be a verb ("Will Mendoza call?").
    // A field's value that ends there ("Contact: Summer Nakagawa", "Agent: Hope Adebayo |") is no sentence.
    const fieldValue = fieldValueAt(text, opening) && valueEndsAt(text, end);
    if (
      firstKnown &&
      firstCommon &&
      on(last, SURNAME) &&
      !lastCommon &&
      (!opensSentence(text, opening) || fieldValue)
    )
      s += 0.1;
    // "with Pat Donnelly", "attorney Grace Whitfield": as with an unknown first word, a capitalised word no
    // list knows after it names the person; opening a sentence the first word may still be a verb.
    else if (
      firstKnown &&
      firstCommon &&
      words === 2 &&
      last.title &&
      (last.flags & (FIRST | SURNAME | COMMON | NOT_NAME | BRAND)) === 0 &&
      (!opensSentence(text, opening) || fieldValue) &&
      !PLACE_WORD_BEFORE.test(lower.slice(Math.max(0, opening - 7), opening)) &&
      !joinsCapitalAfter(text, end)
    )
      s += 0.15;
    if (!firstKnown && !firstCommon && !lastCommon) s += 0.25;
  } else if (on(first, SURNAME) && !firstCommon) {
    // A known surname alone mid-sentence ("says Murphy") is a name; at a sentence start it may be anything.
    s += opensSentence(text, opening) ? 0.1 : 0.4;
    // "Patient: Okafor", "Borrower: Ruiz |": a role's field holding a surname alone names its person.
    if (cue === 'weak' && fieldValueAt(text, opening) && valueEndsAt(text, end)) s += 0.2;
  }
  // An initial before a surname ("T. Mills") is how people sign, even when the surname is also a word.
  // A word no list knows needs a cue as well ("by J. Achterberg"): "vitamin D. Xarelto" is no signature.
  // A field, a cell or a speaker's label holding the initial and the word alone is a signature too
  // ("...,taken_by" over "...,B. Lindqvist", "10:12 K. Lindqvist (ext 4471):", "Update 10/03 (T. Greenberg):").
  if (
    (toks[from] as NameToken).initial &&
    words === 1 &&
    (on(first, SURNAME) ||
      ((cue !== null ||
        fieldValueAt(text, opening) ||
        (opensCell(text, opening) && valueEndsAt(text, end)) ||
        speakerTailAt(text, end) ||
        (text.charCodeAt(opening - 1) === 40 && text.startsWith('):', end))) &&
        signsWith(first)))
  )
    s += 0.3;
  if (selfNamedAfter(text, end)) s += 0.45;
  if (cue === 'strong') s += 0.45;
  else if (cue === 'weak') s += 0.1;
  if (initial) s += 0.1;
  // "Mayo-Walters" with no given name is how firms are named; people give a first name too.
  if (words === 2 && last.start - last.gapStart === 1 && text.charCodeAt(last.gapStart) === 45 && !firstKnown)
    s -= 0.3;
  // Capitals read as shouting or a heading, but a mixed-case line that fills in a first name in
  // capitals ("Hi MARGARET, your Rx is ready") is a template naming its reader.
  if (allCaps && cue !== 'strong' && !(words === 1 && isFilledInFirstName(toks, to, text, lower, first)))
    s -= 0.2;
  if (notPersonAfter(lower, end)) s -= 0.7;
  // A speaker label at the start of a line: "Maria: I can help", "Maria (support): ...".
  if (speakerTailAt(text, end) && atLineStart(text, first.start)) s += firstKnown ? 0.35 : 0.1;
  return s;
}
