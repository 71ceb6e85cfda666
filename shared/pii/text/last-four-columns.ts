import type { PiiLabel } from '../finding.ts';
import { cueGroups, nearestGroup } from './context.ts';
import type { DigitChunk } from './digit-chunks.ts';
import { isHeaderRow, opensCell, TableColumns } from './table-columns.ts';

/** "acct_last4", "pay_last4", "card last 4", "SSN L4": a column of the last digits of something. */
const LAST_FOUR_HEADER = /last[ _-]?(?:4|four)|(?<![a-z0-9])l4(?![a-z0-9])|ssn_?4(?![0-9])/;

/** "card", "Card/Acct", "card_on_file": a column of cards, whose four-digit cells can only be their last fours. */
const CARD_HEADER = /card/;
/** "acct_masked", "dd_account", "bank": a column of accounts, whose masked cells show their last digits. */
const MASKED_HEADER = /acct|account|bank|mask|dda?(?:$|_)/;
const MIN_MASK = 2;

/** Where the mask ("****", "xxxx", "••••") right before `start` opens, or `start` when none of two or more does. */
function maskStart(lower: string, start: number): number {
  let i = start;
  while (i > 0 && start - i < 16) {
    const c = lower.charCodeAt(i - 1);
    // "****6604", "xx6604", "•••6604" and "...6604" (dots or an ellipsis).
    if (c !== 42 && c !== 120 && c !== 0x2022 && c !== 46 && c !== 0x2026) break;
    i--;
  }
  return start - i >= MIN_MASK ? i : start;
}

/** What the row says it paid with ("...,DEBIT-CARD,5528"), or failing that what the header names ("card_last4"). */
const KINDS = cueGroups({
  // "MC" is Mastercard only as a cell of its own: "MC 5530 RF" is a Michigan boat's registration.
  CREDIT_CARD: [
    'card',
    'visa',
    'mastercard',
    'mc,',
    'mc|',
    'mc\t',
    'amex',
    'discover',
    'disc',
    'jcb',
    'debit',
    'credit',
    'cc',
  ],
  // A taxpayer's "tin_last4": an SSN's or an ITIN's last digits.
  SSN: ['ssn', 'social', 'tin'],
  BANK_ACCOUNT: ['acct', 'account', 'ach', 'eft', 'checking', 'savings', 'bank', 'dda', 'ira'],
  PHONE: ['phone', 'cell', 'mobile'],
  DRIVERS_LICENSE: ['dl', 'license', 'licence'],
  PASSPORT: ['passport'],
  // A medical or loyalty card's number is the program's ("...,medical,6093" under "mmp_card_last4").
  OTHER: [
    'check',
    'cash',
    'loan',
    'order',
    'policy',
    'claim',
    'invoice',
    'tracking',
    'medical',
    'loyalty',
    'mmp',
  ],
});

/** Whether the line holding `at` is a table's header row, its cells all field names. */
export function inHeaderRow(lower: string, at: number): boolean {
  // Read within a row's longest reach only: a long line of cues would otherwise be read once per cue.
  let start = at;
  while (start > 0 && at - start < MAX_HEADER && lower.charCodeAt(start - 1) !== 10) start--;
  if (start > 0 && lower.charCodeAt(start - 1) !== 10) return false;
  let end = at;
  while (end < lower.length && end - start < MAX_HEADER && lower.charCodeAt(end) !== 10) end++;
  if (end < lower.length && lower.charCodeAt(end) !== 10) return false;
  return isHeaderRow(lower, start, end);
}
/** The longest line read as a header row, as tables are read. */
const MAX_HEADER = 400;

/**
 * "pay_method,acct_last4" over "...,ACH,5512": the cells under a last-four column, each of the kind the row's
 * payment method names before it (a debit card's under "acct_last4" too), else of the kind its header names; a
 * row paid by check has no such value.
 */
export function columnLastFours(
  lower: string,
  chunks: readonly DigitChunk[],
  out: { start: number; end: number; label: PiiLabel }[],
): void {
  let tables: TableColumns | null = null;
  for (const c of chunks) {
    const n = c.digits.length;
    if (n < 2 || n > 6 || c.glued || c.groups.length !== 1) continue;
    // "...|****6604|SAV" under "acct_masked": a mask before the digits opens the cell.
    const cell = maskStart(lower, c.start);
    if (!opensCell(lower, cell)) continue;
    tables ??= new TableColumns(lower);
    const header = tables.headerAt(cell);
    if (
      header === null ||
      !(
        LAST_FOUR_HEADER.test(header) ||
        (n === 4 && CARD_HEADER.test(header)) ||
        (n === 4 && cell < c.start && MASKED_HEADER.test(header))
      )
    )
      continue;
    const lineStart = lower.lastIndexOf('\n', c.start - 1) + 1;
    const label =
      nearestGroup(lower, c.start, KINDS, c.start - lineStart) ??
      nearestGroup(header, header.length, KINDS, header.length);
    if (label !== null && label !== 'OTHER') out.push({ start: c.start, end: c.end, label });
  }
}
