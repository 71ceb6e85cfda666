import type { Finding } from '../finding.ts';
import { finding } from '../scan-input.ts';
import { isAsciiLetter, isDigit, isLetter } from './chars.ts';
import { isPlaceName } from './cities.ts';
import { answerStart, nextLineWithin } from './next-turn.ts';
import { petNamedAt } from './pets.ts';
import { COMMON, FIRST, firstNameOnly, flagsAt, NOT_NAME } from './word-flags.ts';

const wordLength = (words: string): number => (words.includes(' ') ? words.indexOf(' ') : words.length);

/**
 * A question for a name: "what's your name?", "mother's maiden name?", "first and last name, please", and as
 * speech-to-text writes it, unpunctuated at a line's end ("can i get your name").
 */
const NAME_QUESTION =
  /names?(?: (?:please|again))?[ \t]{0,3}\?|name,? please|(?:your|her|his) (?:full |first |last )?name(?=[ \t]{0,3}\n)|nombre(?: completo)?,? por favor|(?:su|tu) nombre(?: completo)?(?=[ \t]{0,3}[?\n])/g;
/**
 * What an answer may say before the name it gives, beyond the fillers and "it's" the turn's opening already skips:
 * "this is", "my name is", "me llamo", "soy".
 */
const ANSWER_LEAD = /^(?:(?:this is|my name is|i'm|im|me llamo|soy|es) )?/;
/^(?:(?:yeah|yes|sure|okay|ok|sí|si),? )?(?:(?:it's|its|it is|this is|my name is|i'm|im|me llamo|soy|es) )?(?:(?:uh|um|er|eh),? )?/;
const MAX_WORDS = 3;
const MAX_WORD = 20;

/**
 * Names given as the answer to a question for one, on the next line of a transcript ("maiden name?" then
 * "CALLER: Kaminski", "first and last name?" then "Wendy, Castellanos") or after it ("last name? Magnusson"). Up to three words of letters (a comma may part them), none an
 * ordinary word, and nothing else on the answer's line but closing punctuation. Adds them to `out` (a new
 * list by default) and returns it.
 */
export function answeredNames(text: string, lower: string, out: Finding[] = []): Finding[] {
  if (!lower.includes('name') && !lower.includes('nombre')) return out;
  NAME_QUESTION.lastIndex = 0;
  for (let m = NAME_QUESTION.exec(lower); m !== null; m = NAME_QUESTION.exec(lower)) {
    // "Horse's name?" then "Juniper.": a pet's name is asked for.
    if (petNamedAt(lower, m.index)) continue;
    const asked = m.index + m[0].length;
    // On the next line ("maiden name?" / "CALLER: Kaminski") or right after it ("last name? Magnusson").
    const line = nextLineWithin(lower, asked, 4);
    const start = line >= 0 ? answerStart(text, line) : lower.charCodeAt(asked) === 32 ? asked + 1 : -1;
    if (start < 0) continue;
    const lead = ANSWER_LEAD.exec(lower.slice(start, start + 32))?.[0].length ?? 0;
    const end = nameWordsEnd(text, lower, start + lead);
    if (end > start + lead) out.push(finding(start + lead, end, 'PERSON', 0.7, 'person'));
  }
  return out;
}

/**
 * End of up to three name words from `start` when they are the whole answer, or a full name closed by a stop
 * before the answer goes on ("Will Tanaka. My first visit is Friday."), else `start`. A first name that is
 * also a word ("Will", "Grant") counts alone only as the whole answer, else before a word that is none.
 */
function nameWordsEnd(text: string, lower: string, start: number): number {
  let i = start;
  let end = start;
  let words = 0;
  let wordName = false;
  for (; words < MAX_WORDS; ) {
    const wordStart = i;
    while (
      i < text.length &&
      i - wordStart <= MAX_WORD &&
      (isAsciiLetter(text.charCodeAt(i)) ||
        (text.charCodeAt(i) >= 192 && isLetter(text.charCodeAt(i))) ||
        text.charCodeAt(i) === 39 ||
        text.charCodeAt(i) === 45)
    )
      i++;
    if (i - wordStart < 2) break;
    const flags = flagsAt(lower, wordStart, i);
    const ordinary = (flags & (COMMON | NOT_NAME)) !== 0;
    // "Will Tanaka": the given name may be a word when it opens the answer and a name word follows.
    if (ordinary && !(words === 0 && (flags & (FIRST | NOT_NAME)) === FIRST)) break;
    if (words === 0) wordName = ordinary;
    words++;
    end = i;
    const c = text.charCodeAt(i);
    if (c === 44 && text.charCodeAt(i + 1) === 32) i += 2;
    else if (c === 32) i += 1;
    else break;
  }
  if (words === 0) return start;
  // The answer is the name alone: the line ends after it (a full stop or comma may close it). Then a given
  // name that is also a word stands alone too ("What's your first name?" / "Summer").
  let j = end;
  while (
    j < text.length &&
    (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 44 || text.charCodeAt(j) === 32)
  )
    j++;
  if (j >= text.length || text.charCodeAt(j) === 10 || text.charCodeAt(j) === 13) return end;
  if (wordName && words < 2) return start;
  // "Lopez-Herrera. Jessica Lopez-Herrera.": a full name, or a word no list holds as an ordinary one.
  return (words >= 2 || !wordName) && text.charCodeAt(end) === 46 && text.charCodeAt(end + 1) === 32
    ? end
    : start;
}

/**
 * The name in a role label that opens a transcript line: "Agent Bri:", "[chat] Agent Luis:", "Rep (Tom):",
 * "Support - Dana:", "Agent [Rosalba]:". Bounded pieces, one way to match each.
 */
const ROLE_LABEL =
  /(?:[Aa]gent|AGENT|[Rr]ep|REP|CSR|[Aa]dvisor|[Oo]perator|[Dd]ispatcher|[Tt]ech|[Ss]upport|[Ss]pecialist) ?(?:- |[([])?([A-Z][a-z'-]{1,20}(?: [A-Z][a-z'-]{1,20}| [A-Z]\.)?)[)\]]?:/y;
/** A line's opening before its role word: nothing, a bracketed tag ("[chat] ") or a clock ("14:21 ", "03/21 11:05 "). */
const LINE_OPENING = /\n(?:\[[^\]\n]{1,24}\] ?|(?:\d\d\/\d\d )?\d{1,2}:\d\d(?::\d\d)? )?$/;
const TEXT_OPENING = /^(?:\[[^\]\n]{1,24}\] ?|(?:\d\d\/\d\d )?\d{1,2}:\d\d(?::\d\d)? )?$/;
/** Whether a role word may start with this letter ("Agent", "rep", "CSR", "Operator", ...), in either case. */
const mayOpenRole = (c: number): boolean => {
  const l = c | 32;
  return l === 97 || l === 99 || l === 100 || l === 111 || l === 114 || l === 115 || l === 116;
};

/**
 * A label can only open a line, so the pattern is tried only there and after a line's "[tag]": no
 * label holds a line break, a "]" or a leading space, so no match elsewhere could run over those
 * places, and trying them alone finds what a search through the whole text would.
 */
const CLOCK_OPENING = /^(?:\d\d\/\d\d )?\d{1,2}:\d\d(?::\d\d)? /;

export function roleLabelNames(text: string, lower: string, out: Finding[] = []): Finding[] {
  // Every label ends with a colon.
  if (!text.includes(':')) return out;
  for (let line = 0; line < text.length; ) {
    let next = text.indexOf('\n', line);
    if (next < 0) next = text.length;
    roleLabelAt(text, lower, line, out);
    // "14:21 Agent (Liezel):", "03/21 11:05 Agent [Rosalba]:": a clock opens the line before its label.
    if (isDigit(text.charCodeAt(line))) {
      const clock = CLOCK_OPENING.exec(text.slice(line, line + 18));
      if (clock !== null) roleLabelAt(text, lower, line + clock[0].length, out);
    }
    if (text.charCodeAt(line) === 91) {
      const close = text.indexOf(']', line + 1);
      if (close > 0 && close < next) {
        roleLabelAt(text, lower, close + 1, out);
        if (text.charCodeAt(close + 1) === 32) roleLabelAt(text, lower, close + 2, out);
      }
    }
    line = next + 1;
  }
  return out;
}

/**
 * "Negotiator (Farid):", "Agent note (Lindiwe):": a speaker label whose role comes first and whose name
 * follows in parentheses. Bounded pieces, one way to match each.
 */
const PARENTHESISED_NAME_LABEL =
  /[A-Z][A-Za-z]{1,20}(?: [A-Za-z]{1,20}){0,2} \(([A-Z][a-z'’-]{1,20}(?: [A-Z][a-z'’-]{1,20})?)\):/y;
/** Endings of ordinary nouns that name a team or a topic ("Billing", "Escalation"), not a person. */
const NOUN_ENDING = /(?:ing|tion|sion|ment|ness|ship|ance|ence|ics|ogy|ist)$/;

/** How far into a line a role label's parenthesis may open. */
const MAX_ROLE = 44;

const ROLE_SHORT_FORMS = new Set([
  'sup',
  'supv',
  'mgr',
  'tl',
  'qa',
  'rn',
  'lpn',
  'np',
  'csr',
  'tech',
  'rep',
  'adj',
  'agt',
  'dir',
]);

/** A given name that is no ordinary word: "Colm", not "Case". */
const isGivenName = (flags: number): boolean => (flags & (FIRST | COMMON)) === FIRST;

function parenthesisedNameAt(text: string, lower: string, at: number, out: Finding[]): void {
  const c = text.charCodeAt(at);
  if (!(c >= 65 && c <= 90)) return;
  // Letters and spaces up to the parenthesis: most lines ("Agent: ...") are ruled out at their first colon.
  let i = at + 1;
  const stop = Math.min(text.length, at + MAX_ROLE);
  while (i < stop) {
    const d = text.charCodeAt(i) | 32;
    if (!((d >= 97 && d <= 122) || d === 32)) break;
    i++;
  }
  if (text.charCodeAt(i) !== 40) return;
  PARENTHESISED_NAME_LABEL.lastIndex = at;
  const m = PARENTHESISED_NAME_LABEL.exec(text);
  if (m === null) return;
  const name = m[1] as string;
  // "Kwame Mensah (Sup):", "Dana Ortiz (Mgr):": a role's short form after the speaker's own name; "Current
  // passport (Somalia):", the country that issued it.
  if (ROLE_SHORT_FORMS.has(name.toLowerCase()) || isPlaceName(name.toLowerCase())) return;
  const start = m.index + m[0].length - name.length - 2;
  // "Lorena (Dispatch):", "Hope (Adoptions):", "Andre (North Star):": a first name before the parenthesis,
  // even one that is also a word, makes the words inside it the speaker's role or firm, unless they open
  // with a word that is only a given name. "Colm Rafferty (Cityline):": so does a given name and a surname.
  const roleEnd = start - 2;
  const space = text.lastIndexOf(' ', roleEnd - 1);
  const firstEnd = space < at ? roleEnd : space;
  const fullName =
    space >= at && text.lastIndexOf(' ', space - 1) < at && isGivenName(flagsAt(lower, at, firstEnd));
  if (
    text.charCodeAt(roleEnd) === 32 &&
    (space < at || fullName) &&
    (flagsAt(lower, at, firstEnd) & FIRST) !== 0 &&
    !firstNameOnly(flagsAt(lower, start, start + wordLength(name)))
  )
    return;
  let wordStart = start;
  for (const word of name.split(' ')) {
    const flags = flagsAt(lower, wordStart, wordStart + word.length);
    const listed = (flags & (FIRST | NOT_NAME)) === FIRST;
    if (!listed && ((flags & (COMMON | NOT_NAME)) !== 0 || NOUN_ENDING.test(word))) return;
    wordStart += word.length + 1;
  }
  out.push(finding(start, start + name.length, 'PERSON', 0.75, 'person'));
}

function roleLabelAt(text: string, lower: string, at: number, out: Finding[]): void {
  if (at < text.length) parenthesisedNameAt(text, lower, at, out);
  if (at >= text.length || !mayOpenRole(text.charCodeAt(at))) return;
  ROLE_LABEL.lastIndex = at;
  const m = ROLE_LABEL.exec(text);
  if (m === null) return;
  const before = text.slice(Math.max(0, m.index - 27), m.index);
  if (!LINE_OPENING.test(before) && !(m.index <= 27 && TEXT_OPENING.test(before))) return;
  const name = m[1] as string;
  const start = m.index + m[0].lastIndexOf(name);
  // "Agent Notes:", "Support Team:": an ordinary word there names a section, not a person.
  const firstWord = name.indexOf(' ') < 0 ? name.length : name.indexOf(' ');
  const flags = flagsAt(lower, start, start + firstWord);
  const word = name.slice(0, firstWord);
  if ((flags & FIRST) !== 0 || ((flags & (COMMON | NOT_NAME)) === 0 && !NOUN_ENDING.test(word)))
    out.push(finding(start, start + name.length, 'PERSON', 0.75, 'person'));
}
