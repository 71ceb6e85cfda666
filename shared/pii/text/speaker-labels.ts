import type { Finding } from '../finding.ts';
import { finding } from '../scan-input.ts';
import { isAsciiLower, isAsciiUpper } from './chars.ts';
import { cueBefore } from './name-cue.ts';
import { atLineStart, speakerTailAt } from './name-tails.ts';
import type { NameToken } from './name-tokens.ts';
import {
  BRAND,
  COMMON,
  FIRST,
  firstNameOnly,
  flagsAt,
  NOT_NAME,
  ORG,
  PLACE,
  PLACE_PREFIX,
  SURNAME,
} from './word-flags.ts';

const MIN_TURNS = 2;
const MIN_LETTERS = 3;
const MAX_LETTERS = 20;
/** Words that say a label is a role, a team or a topic, not who speaks. */
const NOT_A_SPEAKER = COMMON | NOT_NAME | BRAND | ORG | PLACE | PLACE_PREFIX;
/** A lower-case label is a name already found elsewhere, so only words no one is named rule it out. */
const NOT_A_LOWER_SPEAKER = NOT_NAME | BRAND | ORG | PLACE;

/**
 * "Farida: Sorry to hear that!", "Yaw: sat works": a capitalised word that opens two or more lines as the
 * speaker's label names the person taking those turns when a name list knows it as a name, or the text
 * names it elsewhere after a cue ("connected with Farida", "Hi Yaw!"). Roles and teams label turns as
 * often ("Debtor:", "Billing:", "Agente:") and no list knows all of them, but no one greets them by
 * name; a word that labels a single line may be a field ("Reference:"), so one turn is not enough.
 * Adds the labels to `out`, except where a finding already starts there.
 */
export function repeatedSpeakerLabels(
  toks: readonly NameToken[],
  text: string,
  lower: string,
  out: Finding[],
): void {
  // Every label ends with a colon.
  if (!text.includes(':')) return;
  let turns: Map<string, number[]> | undefined;
  for (let line = 0; line < text.length; ) {
    let next = text.indexOf('\n', line);
    if (next < 0) next = text.length;
    const at = afterClock(text, line);
    const end = labelWordEnd(text, at);
    if (end > at) {
      const word = lower.slice(at, end);
      turns ??= new Map();
      const starts = turns.get(word);
      if (starts === undefined) turns.set(word, [at]);
      else starts.push(at);
    }
    line = next + 1;
  }
  if (turns === undefined) return;
  const labels = new Map<string, number[]>();
  for (const [word, starts] of turns) {
    const first = starts[0] as number;
    const flags = flagsAt(lower, first, first + word.length);
    // "Hope D.:" over several turns: a given name that is also a word labels a speaker too, when the text
    // names someone by it after a cue ("My name's Hope"), as it is asked below.
    const wordName = (flags & FIRST) !== 0 && (flags & (NOT_A_SPEAKER & ~COMMON)) === 0;
    if (
      starts.length >= MIN_TURNS &&
      isAsciiUpper(text.charCodeAt(first)) &&
      ((flags & NOT_A_SPEAKER) === 0 || wordName)
    )
      labels.set(word, starts);
  }
  // "grace: ... this is grace": speech-to-text writes labels in lower case, where word-names abound ("grace",
  // "will"); such a label names its speaker only when the text has already been found to name them, or
  // when the word is a given name and nothing else.
  let foundWords: Set<string> | undefined;
  for (const [word, starts] of turns) {
    const first = starts[0] as number;
    if (starts.length < MIN_TURNS || !isAsciiLower(text.charCodeAt(first))) continue;
    foundWords ??= new Set(out.map((f) => lower.slice(f.start, f.end)));
    const flags = flagsAt(lower, first, first + word.length);
    // "maricel: ..." over several turns: a word that is only a given name needs no other mention.
    if ((foundWords.has(word) && (flags & NOT_A_LOWER_SPEAKER) === 0) || firstNameOnly(flags)) {
      foundWords.add(word);
      labels.set(word, starts);
    }
  }
  if (labels.size === 0) return;
  const named = namedElsewhere(toks, text, lower, labels);
  // A set, not a search of `out` per label: a long transcript holds thousands of both.
  const taken = new Set(out.map((f) => f.start));
  for (const [word, starts] of labels) {
    const first = starts[0] as number;
    const flags = flagsAt(lower, first, first + word.length);
    const listed = (flags & (FIRST | SURNAME)) !== 0 && (flags & COMMON) === 0;
    if (
      !listed &&
      !named.has(word) &&
      !foundWords?.has(word) &&
      !ROLE_TAIL.test(text.slice(first + word.length, first + word.length + 16))
    )
      continue;
    for (const start of starts) {
      if (!taken.has(start))
        out.push(finding(start, initialEnd(text, start + word.length), 'PERSON', 0.7, 'person'));
    }
  }
}

/** "[00:00:14] ", "09:12:31 ": a transcript's clock before the speaker's label. Sticky, bounded. */
const CLOCK = /\[?\d{1,2}:\d{2}(?::\d{2})?(?:\.\d{1,3})?(?: ?[AaPp][Mm])?\]? /y;

/** Where the line at `line` goes on after a clock that opens it, or `line`. */
function afterClock(text: string, line: number): number {
  CLOCK.lastIndex = line;
  return CLOCK.test(text) ? CLOCK.lastIndex : line;
}

/**
 * "Lindqvist (agent):", "Narek (Specialist):", "Tom (Moves Team):": a label that gives its speaker's job is a person's
 * name, listed or not; a bot's label ("Ava (Virtual Agent):") is not.
 */
const ROLE_TAIL =
  /^ ?\((?!virtual |automated )(?:[A-Za-z]+ )?(?:agent|rep|csr|caller|customer|supervisor|tech|technician|nurse|driver|officer|dispatcher|advisor|specialist|recruiter|manager|team|coordinator|representative|associate|advocate|counselor|counsellor|adjuster|navigator)\):/i;

/** End of a title-case or lower-case word opening the line at `at` that a speaker's tail follows, or `at`. */
function labelWordEnd(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (!isAsciiUpper(c) && !isAsciiLower(c)) return at;
  let i = at + 1;
  while (i < text.length && i - at <= MAX_LETTERS && isAsciiLower(text.charCodeAt(i))) i++;
  if (i - at < MIN_LETTERS || i - at > MAX_LETTERS) return at;
  return speakerTailAt(text, initialEnd(text, i)) ? i : at;
}

/** "Hope D.:": where a surname's initial after the label's word ends, or `end` when none follows. */
function initialEnd(text: string, end: number): number {
  return text.charCodeAt(end) === 32 &&
    isAsciiUpper(text.charCodeAt(end + 1)) &&
    text.charCodeAt(end + 2) === 46
    ? end + 3
    : end;
}

/** The label words the text names outside their labels, after a cue ("with Farida", "Hi Yaw!"). */
function namedElsewhere(
  toks: readonly NameToken[],
  text: string,
  lower: string,
  labels: ReadonlyMap<string, readonly number[]>,
): Set<string> {
  const named = new Set<string>();
  let lengths = 0;
  for (const word of labels.keys()) lengths |= 1 << Math.min(word.length, 30);
  for (const t of toks) {
    if (!t.title || (lengths & (1 << Math.min(t.end - t.start, 30))) === 0) continue;
    if (atLineStart(text, t.start) && speakerTailAt(text, t.end)) continue;
    const word = lower.slice(t.start, t.end);
    if (labels.has(word) && cueBefore(lower, t.start) !== null) named.add(word);
  }
  return named;
}
