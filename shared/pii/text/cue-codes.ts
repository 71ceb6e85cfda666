import { codeAt, isAsciiAlnum, isAsciiLetter, isDigit } from './chars.ts';
import { answerStart, nextLineWithin } from './next-turn.ts';

/** An ID-like token ("D1234567", "2270-66-1551") read after a cue word such as "passport". */
export interface CueCode {
  readonly start: number;
  readonly end: number;
  readonly code: string;
}

/**
 * For each cue occurrence, the first token within `reach` characters after it that contains a digit:
 * letters, digits and inner dashes or single spaces between digit groups. Work per cue is bounded.
 */
const NEXT_LINE_REACH = 30;
/**
 * An answer may open with other words or fields first ("hold on, it's on the paper... okay P412883071194",
 * "Marisela Quintanilla, Q534-218-83-671-0"): further into the answer a code still counts, unless a word
 * before it in the answer names another kind of number ("my phone number is ...").
 */
const ANSWER_REACH = 60;
const QUESTION_TAIL = 60;
/** How long a bracketed aside after a cue may be. */
const ASIDE = 48;
const ISO_DATE = /^(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
/** "[2024-10-22 08:02 CET]": a date and the hour after it, joined by the space between, open a message's stamp. */
const STAMP_OPENING = /^(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]) \d\d$/;
/**
 * How many letters (0, 1 or 2 for more) stand right before a hyphen right before `at`: "GRP-24-1102" is a record's
 * code, "H-620-418-902-140" a Maryland licence; a letter after a digit ("7Q4K-2290") opens neither.
 */
function lettersBeforeHyphen(text: string, at: number): number {
  if (text.charCodeAt(at - 1) !== 45 || !isAsciiLetter(codeAt(text, at - 2))) return 0;
  if (isAsciiLetter(codeAt(text, at - 3))) return 2;
  return isAsciiAlnum(codeAt(text, at - 3)) ? 0 : 1;
}
const OTHER_NUMBER = /phone|cell|call|number|zip|account|card|order|social|ssn|policy|claim/;

export function codesAfterCues(text: string, lower: string, cues: readonly string[], reach = 40): CueCode[] {
  const out: CueCode[] = [];
  const seen = new Set<number>();
  for (const cue of cues) {
    let from = 0;
    for (;;) {
      const at = lower.indexOf(cue, from);
      if (at < 0) break;
      from = at + cue.length;
      // "Driver's License (required for check payments): TX 41837205": a bracketed aside after the cue is skipped.
      if (text.charCodeAt(from) === 32 && text.charCodeAt(from + 1) === 40) {
        const close = text.indexOf(')', from + 2);
        // "passport (A07731285)": a bracket holding digits holds the value itself.
        if (close > 0 && close - from <= ASIDE && !/[\n\d]/.test(text.slice(from, close))) from = close + 1;
      }
      // A question in one turn is answered at the start of the next ("passport number, please?" then
      // "B: ok it's 561204883"): a line break within reach extends the reach into the next line.
      const line = nextLineWithin(lower, from, reach);
      const nextLine = line >= 0 ? line + NEXT_LINE_REACH : 0;
      const near = Math.max(from + reach, nextLine);
      // A question may ask for more after the cue ("license number and date of birth for each driver.").
      const answerLine = line >= 0 ? line : nextLineWithin(lower, from, QUESTION_TAIL);
      const answer = answerLine >= 0 ? answerStart(lower, answerLine) : text.length;
      const limit = Math.min(text.length, answerLine >= 0 ? Math.max(near, answer + ANSWER_REACH) : near);
      let i = from;
      while (i < limit) {
        if (!isAsciiAlnum(text.charCodeAt(i)) || isAsciiAlnum(codeAt(text, i - 1))) {
          i++;
          continue;
        }
        let j = i;
        let digits = 0;
        while (j < text.length && j - i < 24) {
          const c = text.charCodeAt(j);
          if (isAsciiAlnum(c)) {
            if (isDigit(c)) digits++;
            j++;
          } else if ((c === 45 || c === 32) && isDigit(codeAt(text, j - 1)) && isDigit(codeAt(text, j + 1)))
            j++;
          else break;
        }
        if (digits >= 4 && i >= near && (i < answer || OTHER_NUMBER.test(lower.slice(answer, i)))) break;
        if (digits >= 4) {
          // "expires 2025-01-15", "GRP-24-1102", "RF-2024-118404": a date, or the digits of a lettered record code,
          // are what the cue's sentence goes on to, not its value.
          const prefix = lettersBeforeHyphen(text, i);
          if (ISO_DATE.test(text.slice(i, j)) || STAMP_OPENING.test(text.slice(i, j)) || prefix === 2) break;
          // "H-620-418-902-140": Maryland's licence opens with a letter and a hyphen ("V-2201", a short record's, does not).
          const start = prefix === 1 && digits >= 8 ? i - 2 : i;
          // The first code after a cue is its value, even when another cue already reported it.
          if (!seen.has(start)) out.push({ start, end: j, code: text.slice(start, j) });
          seen.add(start);
          break;
        }
        i = j + 1;
      }
    }
  }
  return out;
}
