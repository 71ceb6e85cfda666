import type { Finding } from '../finding.ts';
import { finding, pushIvrInputs, pushLastFours, type Recognizer } from '../scan-input.ts';
import { cueGroups, hasBefore, NOT_PERSONAL, nearestGroup } from '../text/context.ts';
import type { DigitChunk } from '../text/digit-chunks.ts';
import { opensAnswerTo } from '../text/next-turn.ts';
import { isOtherNumberColumn } from '../text/record-fields.ts';
import { cellHeaders } from '../text/table-columns.ts';
import { cardPrefixValid, luhnValid } from '../validators/luhn.ts';

// Spanish, Portuguese, French and Polish name a card too: "tarjeta", "cartão", "carte", "karta".
const CARD_WORDS = [
  'card',
  'tarjeta',
  'cartão',
  'carte',
  'karta',
  'karty',
  'visa',
  'mastercard',
  'amex',
  'discover',
  'credit',
  'debit',
  'cc',
  'payment',
];
/**
 * Numbers a phone or SIM carries: an IMEI ends in a Luhn check digit, so every one passes as a card.
 * The nearer cue decides, so "IMEI ... card on file 4111..." stays a card.
 */
const CUES = cueGroups({
  card: CARD_WORDS,
  device: ['imei', 'meid', 'iccid', 'esn', 'sim ', 'esim', 'eid ', 'serial', 'handset', 'device'],
});

/** A question for a device's own number. */
const DEVICE_ASKED = /\b(?:imei|meid|iccid|serial)\b/;
/** "PIN de la tarjeta es", "card PIN:": what follows is the PIN's digits. */
const PIN_BEFORE = /(?<![a-z])pin\b[^\d\n]{0,20}$/;

/** An IBAN's country code and check digits, then a space: "DE44 ". */
const IBAN_HEAD = /(?:^|[^A-Za-z])[A-Za-z]{2}\d{2} $/;

/** Groups as people write card numbers: one block, or fours with a shorter or Amex-style tail. */
function shapeOk(c: DigitChunk): boolean {
  if (c.groups.length === 1) return true;
  const sep = c.seps[0];
  if ((sep !== ' ' && sep !== '-') || c.seps.some((s) => s !== sep)) return false;
  const g = c.groups.join('-');
  return /^(4-)+\d$/.test(`${g}`) || /^4-(4-)*\d+$/.test(g) || g === '4-6-5' || g === '4-6-4';
}

export const creditCard: Recognizer = {
  label: 'CREDIT_CARD',
  needsDigit: true,
  find(input) {
    const { lower, chunks } = input;
    const out: Finding[] = [];
    const headerAt = cellHeaders(input.text);
    for (const c of chunks) {
      const n = c.digits.length;
      if (n < 12 || n > 19 || c.glued || !shapeOk(c)) continue;
      if (!luhnValid(c.digits)) {
        const misread = namedCardMisread(input.text, lower, c, headerAt);
        if (misread > 0) out.push(finding(c.start, c.end, 'CREDIT_CARD', misread, 'credit-card'));
        continue;
      }
      // "21893000391204": fourteen digits opening with 2 or 3 outside Diners' ranges are a library's patron or item
      // barcode (Codabar), which no card network issues.
      if (n === 14 && (c.digits[0] === '2' || c.digits[0] === '3') && !cardPrefixValid(c.digits)) continue;
      // Twelve digits only for Maestro ranges, where such short numbers are issued.
      if (n === 12 && !/^(?:5[06-9]|6)/.test(c.digits)) continue;
      const start = input.text[c.start] === '(' || input.text[c.start] === '+' ? c.start + 1 : c.start;
      // "DE44 5001 0517 5407 3249 31": the groups after an IBAN's country and check digits are its account part.
      if (IBAN_HEAD.test(input.text.slice(Math.max(0, start - 5), start))) continue;
      const cardContext = hasBefore(lower, start, CARD_WORDS, 40);
      // One in ten order or ticket numbers passes Luhn by chance: short ones need a card word, and an
      // order-number cue with no card word rules a candidate out.
      if (n === 12 && !cardContext) continue;
      if (!cardContext && hasBefore(lower, start, NOT_PERSONAL, 25)) continue;
      // "...,ach_trace,..." over "...,064208160004471,...": a cell under another number's column is that number.
      const header = headerAt(start);
      if (
        header !== null &&
        !CARD_COLUMN.test(header) &&
        (isOtherNumberColumn(header) || NOT_CARD_COLUMN.test(header))
      )
        continue;
      // ISO/IEC 7812 gives 89 to telecom: a SIM's ICCID, whatever card word ("SIM card") stands near it.
      if (c.digits.startsWith('89')) continue;
      // ISO/IEC 7812 keeps leading 8 and 9 for telecom, health and national numbering (pet microchips
      // are 15 digits from 9xx): without a card word such a number is no payment card.
      if (!cardContext && (c.digits[0] === '8' || c.digits[0] === '9')) continue;
      // An IMEI passes Luhn by design: a device word nearer than any card word names the number.
      if (nearestGroup(lower, start, CUES, 40) === 'device') continue;
      // "Can I get the IMEI, please?" then "Visitor: 490154203237518": the question names the device's number.
      if (
        opensAnswerTo(lower, start, (l, at, window) =>
          DEVICE_ASKED.test(l.slice(Math.max(0, at - window), at)),
        )
      )
        continue;
      // "El PIN de la tarjeta es ...": a card's PIN, or a gift card's, is no card number.
      if (PIN_BEFORE.test(lower.slice(Math.max(0, start - 30), start))) continue;
      const score = (cardPrefixValid(c.digits) ? 0.9 : 0.55) + (cardContext ? 0.1 : 0);
      out.push(finding(start, c.end, 'CREDIT_CARD', score, 'credit-card'));
    }
    pushLastFours(input, 'CREDIT_CARD', 0.8, 'credit-card', out);
    pushIvrInputs(input, 'CREDIT_CARD', 0.8, 'credit-card', out);
    if (input.digitsAfterMask) {
      brandCodedLastFours(lower, out);
      binMaskedCards(input.text, out);
    }
    return out;
  },
};

/**
 * The words a card's own number follows: "visa 4128 ...", "card number is ...", "Visa. 4716 ...", "my card expired.
 * new one is ...", "card=5291...": a card word, then words without a digit up to "is", a colon, "=", a comma or a full stop.
 */
const NAMED_CARD =
  /(?:card|tarjeta|cartão|carte|karta|karty|visa|mastercard|master card|amex|discover|\bmc)(?:[^\d\n]{0,24}(?: is| es| é| est|'s|’s|:|=|,|\.| one| +acct| +account| number| no| ->))?(?: um| uh)? *$|card(?:_number)?" ?: ?(?:\{\s*"(?:number|pan)" ?: ?)?"$/;
const CARD_COLUMN = /card|^pan$|^cc[ _]/;
/** Beside other numbers' columns, a shipment's tracking, a transfer's and a reference's: no card's. */
const NOT_CARD_COLUMN = /track|trans|ref/;
const OTHER_CARD_COLUMN =
  /gift|loyalty|reward|member|library|sim|insurance|id|fuel|fleet|exp|cvv|cvc|last|holder|type|brand/;
/** Cards whose numbers are the issuer's own accounts, not a payment card's. */
const OTHER_CARD =
  /(?:gift|loyalty|rewards?|member(?:ship)?|library|sim|insurance|id|key|business|report|green|health|medicare|benefits?|ebt|fuel|fleet) card/;
const NAMED_REACH = 30;
const OTHER_CARD_REACH = 300;
/** Right after the number, or asked for on the next turn ("\nagent: and the expiration"). */
const EXPIRY_AFTER =
  /^[),]? ?(?:\n[a-z ]{1,12}: (?:and |ok |okay |y )?(?:the |its |your |la )?)?(?:exp\b|expires|expiration|cvv|cvc|security code|fecha de vencimiento)/;
const EXPIRY_REACH = 44;
const ASKED_CARD =
  /card number|number on the card|(?:visa|mastercard|amex|discover|credit|debit) card|n[úu]mero de (?:la )?tarjeta/;

/**
 * "visa um 4128 4490 0317 7265" with a digit misheard or mistyped: a number in a payment card's brand range and
 * length, named a card right before it, is the caller's card though its check digit fails.
 */
function namedCardMisread(
  text: string,
  lower: string,
  c: DigitChunk,
  headerAt: (start: number) => string | null,
): number {
  if (c.digits.length < 15 || c.digits.length > 16 || !cardPrefixValid(c.digits)) return 0;
  if (text[c.start] === '(') return 0;
  // "...,card_entered,..." over "...,4532118800214476,...": a card column's cell.
  const header = headerAt(c.start);
  if (header !== null && CARD_COLUMN.test(header) && !OTHER_CARD_COLUMN.test(header)) return 0.8;
  const before = lower.slice(Math.max(0, c.start - NAMED_REACH), c.start);
  // Named right before, it outranks an account word nearby ("VISA acct 4716 ..."), as its network names the account.
  if (NAMED_CARD.test(before)) return OTHER_CARD.test(before) ? 0 : 0.8;
  // "4716 2038 5519 0472 exp 11/27 cvv 318": an expiry or a security code right after it is a card's.
  if (EXPIRY_AFTER.test(lower.slice(c.end, c.end + EXPIRY_REACH))) return OTHER_CARD.test(before) ? 0 : 0.7;
  // "can i get the card number" then "sure it's four five three nine ...": the question named it, and no other
  // card came up in the turns before ("my gift card says $0 ..." then "the card number and the PIN").
  const answers =
    opensAnswerTo(lower, c.start, (l, at, window) =>
      ASKED_CARD.test(l.slice(Math.max(0, at - window), at)),
    ) && !OTHER_CARD.test(lower.slice(Math.max(0, c.start - OTHER_CARD_REACH), c.start));
  return answers ? 0.6 : 0;
}

/** "VI-0426", "MC-4444", "AX-0005": a card on file written as its brand's code and its last four digits. */
const BRAND_CODE_LAST_FOUR = /(?<![a-z0-9])(?:vi|mc|ax|amex|di|disc|visa)-(\d{4})(?![\d-])/g;

const ROW_OPENING = /(?:^|\n)\|? ?$/;
const RECORD_BEFORE = /(?:receipt|order|invoice|ticket|ref|case|claim)\.?#? ?$/;
const CELL_CLOSES = /^(?: \||[,|\t])/;

function brandCodedLastFours(lower: string, out: Finding[]): void {
  BRAND_CODE_LAST_FOUR.lastIndex = 0;
  for (let m = BRAND_CODE_LAST_FOUR.exec(lower); m !== null; m = BRAND_CODE_LAST_FOUR.exec(lower)) {
    const end = m.index + m[0].length;
    // "| DI-3301 | 03/11 | ...": opening its row, a code is the record's own number.
    if (
      ROW_OPENING.test(lower.slice(Math.max(0, m.index - 4), m.index)) &&
      CELL_CLOSES.test(lower.slice(end, end + 2))
    )
      continue;
    // "Gave receipt DI-3306", "order MC-4444": a record's number after its kind.
    if (RECORD_BEFORE.test(lower.slice(Math.max(0, m.index - 12), m.index))) continue;
    out.push(finding(end - 4, end, 'CREDIT_CARD', 0.8, 'credit-card', true));
  }
}

/**
 * "5454********0927", "411111XXXXXX1111": a card shown by its issuer's first digits and its last four, the middle
 * masked, as payment pages and IVR logs print it. Global for its lastIndex scan, reset before each use.
 */
const BIN_MASKED = /(?<![\w*])\d{4,6}[*xX\u2022]{4,9}\d{4}(?![\w*])/g;

function binMaskedCards(text: string, out: Finding[]): void {
  BIN_MASKED.lastIndex = 0;
  for (let m = BIN_MASKED.exec(text); m !== null; m = BIN_MASKED.exec(text)) {
    const length = m[0].length;
    if (length >= 13 && length <= 19 && /^[3-6]/.test(m[0]))
      out.push(finding(m.index, m.index + length, 'CREDIT_CARD', 0.8, 'credit-card', true));
  }
}
