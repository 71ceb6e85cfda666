import type { CountryCode } from 'libphonenumber-js';
import { ID_HINTS } from './data/id-hints.ts';
import type { Finding, PiiLabel } from './finding.ts';
import { alternationOf } from './text/alternation.ts';
import {
  type DigitChunk,
  readDigitChunks,
  SAW_DIGIT,
  SAW_DIGITS_AFTER_LETTERS,
  SAW_DIGITS_AFTER_MASK,
} from './text/digit-chunks.ts';
import { type IvrInput, ivrInputs } from './text/ivr-inputs.ts';
import { type LastFourMention, lastFourMentions } from './text/last-four.ts';

const NO_INPUTS: readonly IvrInput[] = [];

/** One view of the text that every recognizer reads; built once per view, never mutated. */
export interface ScanInput {
  readonly text: string;
  readonly lower: string;
  readonly chunks: readonly DigitChunk[];
  readonly region: CountryCode;
  /** True for the spoken-digit view, where numbers were rebuilt from words. */
  readonly spoken: boolean;
  /** "ending in 4242"-style fragments, read once for the card, SSN, account and phone recognizers. */
  readonly lastFour: readonly LastFourMention[];
  /** Values keyed in on a phone menu, of the kind their IVR log's prompt or result names. */
  readonly ivr: readonly IvrInput[];
  /** Whether any ASCII digit occurs: recognizers whose values always hold one skip texts without. */
  readonly hasDigit: boolean;
  /** Whether a digit run starts right after "x", "X", "*" or "-", as the shown digits of a masked number do. */
  readonly digitsAfterMask: boolean;
  /** Whether two or more digits follow two ASCII letters, as an IBAN's check digits do. */
  readonly digitsAfterLetters: boolean;
  /**
   * False when no word that introduces a birth date, licence or passport number occurs ("born", "dob",
   * "licen", "dl", "permit", "passport"): one scan rules out all three recognizers, each of which asks its own after.
   */
  readonly idCues: boolean;
}

/** The union of the birth, licence and passport recognizers' hints. */
const ID_CUES = new RegExp(alternationOf(ID_HINTS));

export function scanInput(text: string, region: CountryCode, spoken: boolean): ScanInput {
  const lower = lowerSameLength(text);
  const chunks: DigitChunk[] = [];
  const saw = readDigitChunks(text, chunks);
  const masked = (saw & SAW_DIGITS_AFTER_MASK) !== 0;
  const hasDigits = (saw & SAW_DIGIT) !== 0;
  const lastFour = chunks.length > 0 || masked ? lastFourMentions(lower, chunks, masked) : [];
  return {
    text,
    lower,
    chunks,
    region,
    spoken,
    lastFour,
    // Only IVR logs record keyed values: "DTMF 32207", "input=7046".
    ivr: hasDigits && (lower.includes('dtmf') || lower.includes('input')) ? ivrInputs(lower) : NO_INPUTS,
    hasDigit: hasDigits,
    digitsAfterMask: masked,
    digitsAfterLetters: (saw & SAW_DIGITS_AFTER_LETTERS) !== 0,
    // All three need a digit in their values, so texts without one never ask.
    idCues: hasDigits && ID_CUES.test(lower),
  };
}

/** Lower case that keeps every offset: characters whose lower case is longer ("İ") stay as they are. */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    const l = c.toLowerCase();
    out += l.length === 1 ? l : c;
  }
  return out;
}

/** A recognizer finds the values of one label; the file name under recognizers/ is its id. */
export interface Recognizer {
  readonly label: PiiLabel;
  /** True when every value it reports contains a digit, so texts without one never run it. */
  readonly needsDigit?: boolean;
  readonly find: (input: ScanInput) => Finding[];
}

/** Builds a finding, clamping the score and leaving `partial` out unless set. */
export function finding(
  start: number,
  end: number,
  label: PiiLabel,
  score: number,
  source: string,
  partial = false,
): Finding {
  // Two decimals: scores are coarse evidence sums, and 0.9500000000000001 helps nobody.
  const s = Math.round(Math.max(0, Math.min(1, score)) * 100) / 100;
  return partial
    ? { start, end, label, score: s, source, partial: true }
    : { start, end, label, score: s, source };
}

/**
 * The last-four mentions the cues gave this label ("card ending 4242", "last 4 of CDL (3318)"), as partial
 * findings at `score`, appended to `out`.
 */
export function pushLastFours(
  input: ScanInput,
  label: PiiLabel,
  score: number,
  source: string,
  out: Finding[],
): void {
  pushMentions(input.lastFour, label, score, source, true, out);
}

/** The values keyed in for this label on a phone menu, as findings at `score`, appended to `out`. */
export function pushIvrInputs(
  input: ScanInput,
  label: PiiLabel,
  score: number,
  source: string,
  out: Finding[],
): void {
  pushMentions(input.ivr, label, score, `${source}/ivr`, false, out);
}

function pushMentions(
  mentions: readonly { start: number; end: number; label: PiiLabel; partial?: boolean }[],
  label: PiiLabel,
  score: number,
  source: string,
  partial: boolean,
  out: Finding[],
): void {
  for (const m of mentions)
    if (m.label === label) out.push(finding(m.start, m.end, label, score, source, m.partial ?? partial));
}
