import type { Finding } from '../finding.ts';
import { finding, type Recognizer } from '../scan-input.ts';
import { answeredNames, roleLabelNames } from '../text/answered-names.ts';
import {
  ownNameCueBefore,
  partnerBefore,
  possessiveAfterOwnNameCue,
  possessiveFirmAfter,
  workplaceAfter,
} from '../text/business-context.ts';
import { withoutFirmMentions } from '../text/business-mentions.ts';
import { possessiveAt } from '../text/chars.ts';
import { arabicNames } from '../text/arabic-names.ts';
import { ForeignLines, honorificBefore } from '../text/foreign-lines.ts';
import { cyrillicNames } from '../text/cyrillic-names.ts';
import { devanagariNames } from '../text/devanagari-names.ts';
import { persianNames } from '../text/persian-names.ts';
import { armenianNames } from '../text/armenian-names.ts';
import { cueScriptNames } from '../text/cue-script-names.ts';
import { thaiNames } from '../text/thai-names.ts';
import { punjabiNames } from '../text/punjabi-names.ts';
import { ethiopicNames } from '../text/ethiopic-names.ts';
import {
  namesFirmAfter,
  namesFirmRightAfter,
  orgAmong,
  orgInRunAfter,
  orgSoonAfter,
} from '../text/firm-words.ts';
import { gdsNames, mayHoldGds } from '../text/gds-records.ts';
import { hanNames } from '../text/han-names.ts';
import { hangulNames } from '../text/hangul-names.ts';
import { japaneseNames } from '../text/japanese-names.ts';
import { inHeaderRow } from '../text/last-four-columns.ts';
import { laterMentions } from '../text/later-mentions.ts';
import { letterHintNames } from '../text/letter-hint-names.ts';
import { lowerCaseNames } from '../text/lower-case-names.ts';
import { lowerLaterMentions } from '../text/lower-later-mentions.ts';
import { namesListedBetween } from '../text/listed-names.ts';
import {
  givenNameBeforeSurname,
  greetedAlone,
  monthNamedSpeaker,
  placeNamedPerson,
} from '../text/name-admission.ts';
import { cueBefore } from '../text/name-cue.ts';
import { relationBefore } from '../text/name-relations.ts';
import { scoreName, signsWith } from '../text/name-score.ts';
import { titleBefore } from '../text/name-surroundings.ts';
import {
  atLineStart,
  labelCueBefore,
  selfNamedAfter,
  sentenceGoesOn,
  speakerTailAt,
} from '../text/name-tails.ts';
import { isNameGap, type NameToken, nameTokens } from '../text/name-tokens.ts';
import { withoutNamedThings } from '../text/named-things.ts';
import { nicknamedSurnames } from '../text/nicknames.ts';
import { namesNoPerson } from '../text/not-a-person.ts';
import {
  callerIdAfterNumber,
  isPersonNameKey,
  isThingColumn,
  thingFieldBefore,
  thingNameFieldBefore,
} from '../text/record-fields.ts';
import { repeatedSpeakerLabels } from '../text/speaker-labels.ts';
import { lowerSpelledConfirmations, spelledConfirmations } from '../text/spelled-confirmations.ts';
import { surnameFirstNames } from '../text/surname-first.ts';
import { opensCell, TableColumns } from '../text/table-columns.ts';
import { vietnameseNames } from '../text/vietnamese-names.ts';
import {
  COMMON,
  FIRST,
  firstNameOnly,
  NOT_NAME,
  PARTICLE,
  PLACE,
  PLACE_PREFIX,
  SURNAME,
} from '../text/word-flags.ts';

const MAX_WORDS = 4;
/**
 * Letters of the scripts the other readers know, from Greek to Khmer, kana and kanji, and Hangul. Vietnamese letters
 * (Latin Extended Additional) fall in the range too, so such texts are only read the long way.
 */
const OTHER_SCRIPT = /[\u0370-\u1fff\u3000-\u9fff\uac00-\ud7af]/;
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
    const foreign = new ForeignLines(lower);
    // The cue before a word; "...|caller_name|..." over "...|OYELOWO TEMITOPE|...": a cell under a name
    // column holds a name, as strongly as "my name is" says so.
    const headerAt = (start: number): string | null => {
      if (!opensCell(text, start)) return null;
      tables ??= new TableColumns(text);
      return tables.headerAt(start);
    };
    const nameCueAt = (start: number): 'strong' | 'weak' | null => {
      const cue = cueBefore(lower, start);
      if (cue === 'strong' || callerIdAfterNumber(text, start)) return 'strong';
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
      // "Hi Pat!", "Hi Fatuma,": a word-name, or a word no list knows, greeted alone addresses a person.
      const greeted =
        t.title &&
        ((on(t, FIRST) && !firstNameOnly(t.flags)) || t.flags === 0) &&
        greetedAlone(text, lower, t);
      if (
        (!isCap(t) && !leadingInitial && !cuedCaps) ||
        (on(t, NOT_NAME) &&
          !greeted &&
          !placeNamedPerson(t, text, lower) &&
          !monthNamedSpeaker(t, text, lower) &&
          // "...,Customer Name,..." over "...,WASHINGTON DENISE,...": a name column's cell names a person.
          !(on(t, FIRST | SURNAME) && isPersonNameKey(headerAt(t.start) ?? '')) &&
          !givenNameBeforeSurname(toks, i, text, lower))
      ) {
        i++;
        continue;
      }
      // "Ruth's Chris", "Hank's Seamless Gutters": words right after a possessive name what is owned, not who.
      const owner = toks[i - 1];
      if (owner !== undefined && t.start === owner.end + 3 && ownerAt(owner, text)) {
        i++;
        continue;
      }
      // "Son Ernie works nights": a family noun opening the sentence is the given name's cue, not its first
      // word ("Son Nguyen", before a surname, is a name).
      if (
        next?.title === true &&
        on(next, FIRST) &&
        !on(next, SURNAME) &&
        isNameGap(text, next) &&
        relationBefore(text, next.start)
      ) {
        i++;
        continue;
      }
      // "Mrs. Brown", "Dear Mr. Young": after a title a surname that is also a word is the surname.
      const titled = on(t, SURNAME) && titleBefore(lower, t.start);
      // A lone capitalised ordinary word ("The", "What") can never become a name: skip the scoring.
      if (
        on(t, COMMON) &&
        !on(t, FIRST) &&
        !titled &&
        !(next && isNameGap(text, next) && (isCap(next) || next.initial || on(next, PARTICLE)))
      ) {
        i++;
        continue;
      }
      let j = i + 1;
      // "Assistant District Attorney Alisha Brennan": ordinary words opening a run are trimmed later, so they do not
      // use up the words a name may have.
      const titleWord = (n: NameToken): boolean => on(n, COMMON) && !on(n, FIRST | SURNAME) && !n.initial;
      let opening = titleWord(t);
      let words = opening ? 0 : 1;
      while (j < toks.length && words < MAX_WORDS) {
        const n = toks[j] as NameToken;
        if (!isNameGap(text, n) || on(n, NOT_NAME)) break;
        // "Johnny Rivera's Taco Shop": a name ends at its possessive; what follows is the thing owned.
        if (ownerAt(toks[j - 1] as NameToken, text)) break;
        // A dot joins words only after an initial ("Faina D. Yefremova"); otherwise it ends the sentence.
        if (text.charCodeAt(n.gapStart) === 46 && !(toks[j - 1] as NameToken).initial) break;
        const after = toks[j + 1];
        if (on(n, PARTICLE) && !n.title) {
          // A particle joins only a word its name goes on with: "Will do. Thanks" ends at the dot.
          if (!after?.title || !isNameGap(text, after) || text.charCodeAt(after.gapStart) === 46) break;
          // "soy Lucía de Seguros Pacífico": a particle before a firm's trade word says where she works.
          if (orgInRunAfter(toks, j, text, 5)) break;
        } else if (!isCap(n) && !n.initial) {
          // Asked only here, where it matters: most runs in capitals have no unlisted word after their first.
          if (n.allCaps && capsMayJoin && !cuedCaps) cuedCaps = nameCueAt(t.start) === 'strong';
          if (!(n.allCaps && cuedCaps)) break;
        }
        if (opening && !titleWord(n)) opening = false;
        if (!n.initial && !on(n, PARTICLE) && !opening) words++;
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
      // "Hope L.:", "Tech: Devontae W.": a last initial's dot closes the name.
      const runEnd = withInitialDot(text, lastTok);
      const speaker = atLineStart(text, t.start) && speakerTailAt(text, runEnd);
      const selfNamed = selfNamedAfter(text, runEnd);
      trim(toks, i, j, cue === 'strong' || speaker || selfNamed, titled, text);
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
          (fullName(toks, from, to)
            ? namesFirmRightAfter(text, lower, lastTok.end)
            : namesFirmAfter(text, lower, lastTok.end)) ||
          possessiveFirmAfter(text, lower, (toks[from] as NameToken).end) ||
          // "Bautista & Reyes Trading": the partner after the ampersand, then the trade the trim left out.
          (to < j && partnerBefore(text, (toks[from] as NameToken).start)) ||
          possessiveFirmAfter(text, lower, (toks[to - 1] as NameToken).end));
      // "...,store,status" over "...,Raleigh,new": a cell under a column of places or things holds none.
      // "company: Iyer & Chen Property Management": so does a field whose key names a thing.
      const keptStart = (toks[from] as NameToken | undefined)?.start ?? t.start;
      // "slip,dock,loa_ft,tenant_name": a table's header row names columns, not people.
      const thingCell =
        // "...,vessel_name,..." over "...,Lady Margaret,...": a thing's column outranks a title in its cell.
        isThingColumn(headerAt(keptStart)) ||
        (cue !== 'strong' && thingFieldBefore(lower, keptStart)) ||
        thingNameFieldBefore(lower, keptStart) ||
        (opensCell(text, keptStart) && inHeaderRow(lower, keptStart));
      // "Anh vui lòng cho số...", "Keine Verletzten": on a foreign line (Vietnamese, German, Creole, Italian, Hmong,
      // Turkish) a lone word needs a cue, and on a German or Turkish one so does a run opening with no given name
      // ("Rückerstattung Anzahlung": German capitalises its nouns). Asked last, of a run that would be reported: most score too low.
      const foreignAlone = (): boolean =>
        cue !== 'strong' &&
        !speaker &&
        !honorificBefore(lower, keptStart) &&
        // "Out 11:02 (Fabienne, MA): Wi, ...": a name in a turn's bracket is its speaker's.
        text.charCodeAt(keptStart - 1) !== 40 &&
        (to - from === 1
          ? foreign.at(keptStart)
          : !on(toks[from] as NameToken, FIRST) && foreign.strictAt(keptStart));
      if (to > from && !placeHead && !business && !thingCell) {
        const first = toks[from] as NameToken;
        const last = toks[to - 1] as NameToken;
        const end = withInitialDot(text, last);
        const score = scoreName(
          toks,
          from,
          to,
          first === t ? cue : cueBefore(lower, first.start),
          lower,
          text,
          end,
        );
        if (
          score >= 0.5 &&
          !namesNoPerson(toks, from, to, first === t ? cue : undefined, text, lower) &&
          !foreignAlone()
        )
          out.push(finding(first.start, end, 'PERSON', Math.min(0.95, score), 'person'));
      }
      i = Math.max(j, i + 1);
    }
    lowerCaseNames(text, lower, out);
    surnameFirstNames(toks, text, out);
    if (mayHoldGds(text))
      for (const g of gdsNames(text)) out.push(finding(g.start, g.end, 'PERSON', 0.95, 'person/gds'));
    answeredNames(text, lower, out);
    roleLabelNames(text, lower, out);
    repeatedSpeakerLabels(toks, text, lower, out);
    spelledConfirmations(text, lower, toks, out);
    lowerSpelledConfirmations(text, lower, out);
    letterHintNames(text, lower, out);
    lowerLaterMentions(text, lower, out);
    namesListedBetween(text, out);
    nicknamedSurnames(text, lower, out);
    // Each script's reader looks for its own letters; a text with none past Latin's (most texts) skips them all at once.
    const otherScript = OTHER_SCRIPT.test(text);
    if (otherScript) {
      hangulNames(text, out);
      hanNames(text, out);
      cyrillicNames(text, lower, out);
      arabicNames(text, out);
      persianNames(text, out);
      armenianNames(text, out);
      cueScriptNames(text, out);
      thaiNames(text, out);
      devanagariNames(text, out);
    }
    punjabiNames(text, lower, out);
    if (otherScript) {
      ethiopicNames(text, out);
      japaneseNames(text, out);
    }
    vietnameseNames(text, lower, out);
    // Firms go first, so no word of a firm's name is taken for a name's later mention.
    const people = withoutFirmMentions(out, toks, text, lower);
    // A loop, not spread arguments: a long text can hold more findings than the call stack takes arguments.
    for (const f of laterMentions(toks, people, text, lower)) people.push(f);
    const named = withoutNamedThings(people, toks, text, lower);
    return lower.includes('as in ') ? named.filter((f) => !isSpellingAid(lower, f.start)) : named;
  },
};

/** "Ruth's", "Johnny Rivera's": a possessive after a word that may name someone ("It's", "Name's" are contractions). */
const ownerAt = (t: NameToken, text: string): boolean =>
  possessiveAt(text, t.end) && text.charCodeAt(t.end + 2) === 32 && !on(t, COMMON | NOT_NAME);

/** Whether the tokens from `from` to `last` are joined by hyphens into one word ("Tran-Whitaker"). */
function hyphenJoined(toks: readonly NameToken[], from: number, last: number, text: string): boolean {
  for (let k = from + 1; k <= last; k++) {
    const t = toks[k] as NameToken;
    if (t.start - t.gapStart !== 1 || text.charCodeAt(t.gapStart) !== 45) return false;
  }
  return true;
}

/** Where a run ending at `last` ends: after the dot of a last initial ("Hope L."). */
const withInitialDot = (text: string, last: NameToken): number =>
  last.initial && text.charCodeAt(last.end) === 46 ? last.end + 1 : last.end;

/** A given name and at least one more word: a person's full name, not one partner of a firm's list. */
const fullName = (toks: readonly NameToken[], from: number, to: number): boolean =>
  to - from >= 2 && on(toks[from] as NameToken, FIRST) && !on(toks[from] as NameToken, COMMON);

/** "j as in juliet": the word after a spelling aid stands for a letter, not a person. */
const isSpellingAid = (lower: string, start: number): boolean =>
  start >= 6 && lower.startsWith('as in ', start - 6);

/** The range of tokens `trim` keeps, `[from, to)`: one object reused, so trimming allocates nothing. */
const kept = { from: 0, to: 0 };

/**
 * Drops ordinary capitalised words at either end of `toks[i, j)` ("Have", "Thanks") unless they open a
 * full name; the rest is left in `kept`.
 */
function trim(
  toks: readonly NameToken[],
  i: number,
  j: number,
  cued: boolean,
  titled: boolean,
  text: string,
): void {
  kept.from = i;
  kept.to = j;
  const head = toks[i] as NameToken;
  // "this is Mark.": a strong cue makes a first name that is also a word a name; a title, a surname ("Mr. Young").
  if ((cued && on(head, FIRST)) || titled) return;
  let a = i;
  let b = j - 1;
  while (a <= b) {
    const t = toks[a] as NameToken;
    const next = a + 1 < j ? (toks[a + 1] as NameToken) : undefined;
    // "Grace A. Whitlock": a middle initial ("A" is also a word) goes on with the name.
    const opensName =
      on(t, FIRST) &&
      next?.title &&
      (on(next, SURNAME) || !on(next, COMMON) || (next.initial && a + 2 <= b && !on(t, NOT_NAME)));
    // "T. Mills", "J. Tran-Whitaker": an initial stays before a surname that ends the name.
    const signs =
      t.initial &&
      next !== undefined &&
      signsWith(next) &&
      (a + 1 === b || hyphenJoined(toks, a + 1, b, text));
    if (signs) break;
    if ((on(t, COMMON) && !opensName) || t.initial || on(t, PARTICLE)) a++;
    else break;
  }
  while (b > a) {
    const t = toks[b] as NameToken;
    // "Alexis P.", "Devontae W.": a given name and the initial of the surname, with its dot.
    if (t.initial && b === a + 1 && on(toks[a] as NameToken, FIRST) && text.charCodeAt(t.end) === 46) break;
    // "Caller Name" over "WILLIAMS JOY": after a strong cue a given name closing the run is the person's.
    if (cued && on(t, FIRST) && !t.initial) break;
    if ((on(t, COMMON) && !on(t, SURNAME)) || on(t, PARTICLE) || t.initial) b--;
    else break;
  }
  kept.from = a;
  kept.to = Math.max(a, b + 1);
}
