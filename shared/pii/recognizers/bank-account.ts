import type { Finding } from '../finding.ts';
import { finding, pushIvrInputs, pushLastFours, type Recognizer } from '../scan-input.ts';
import { BANKING } from '../text/banking-words.ts';
import { cueGroups, NOT_PERSONAL, nearestCue, nearestGroup, nearestNamedNumber } from '../text/context.ts';
import { afterCodeHyphen, isDateOrTime } from '../text/digit-chunks.ts';
import { isAccountColumn, isBankColumn, isRoutingColumn } from '../text/record-fields.ts';
import { isServiceAccountCall } from '../text/service-accounts.ts';
import { opensCell, TableColumns } from '../text/table-columns.ts';

const GROUPS_WORDS = {
  // "DDA 3004417829": a bank's demand-deposit (checking) account.
  // "CLABE 072260009871143205": the 18-digit account number of Mexico's interbank transfers.
  // Spanish: "cuenta 0087412265 (cheques)".
  account: [
    'account',
    'acct',
    'a/c',
    'checking',
    'savings',
    'bank',
    'dda',
    'clabe',
    'cuenta',
    'conta corrente',
    // Korean "계좌번호", Russian "счёт", Polish "konto" and "rachunek", Creole "kont".
    '계좌',
    'счёт',
    'счет',
    'konto',
    'konta',
    'rachun',
    // Haitian Creole "nimewo kont"; Vietnamese "số tài khoản".
    'nimewo kont',
    'tài khoản',
    // French "Numéro de compte : 0412788".
    'numéro de compte',
    'numero de compte',
  ],
  other: [
    ...NOT_PERSONAL,
    'card',
    'routing',
    'phone',
    'ani',
    'social',
    'ssn',
    'zip',
    'license',
    'passport',
    'member',
    // A utility's meter number ("acct # on file, meter 1009384421").
    'meter',
    // A one-time passcode ("Your code is 281 907").
    'code',
    // A file's batch of transfers ("bank=MARLOWE PIERCE BANK NA|batch=20250221-02").
    'batch',
  ],
} as const;
const GROUPS = cueGroups(GROUPS_WORDS);

/** Each account word contains one of these. */
const ACCOUNT_HINT =
  /acc|acct|a\/c|checking|savings|bank|dda|clabe|cuenta|conta corrente|계좌|сч[её]т|kont[oa]?|rachun|tài khoản/;
/**
 * An account a clinic or a utility keeps for its patient or customer ("Pt acct 20-44817", "the account
 * number at the top of the statement"): its number files the bill, it draws on no bank.
 */
const BILLING_ACCOUNT =
  /(?:patient|pt\.?|utility|store)[ _](?:account|acct)|(?:account|acct)(?: number| #| no\.?)? (?:on|at the top of|from) (?:the|your) (?:statement|bill|invoice)/;
/** A lender's own account ("Crescent Auto Finance ... your account number?", "my loan account"). */
const LENDER = /\b(?:loan|mortgage|finance|financing|lease)\b/;
/** A lender names itself in its greeting, a line or two before it asks for the account number. */
const LENDER_REACH = 160;

/** The account is one a lender keeps for the loan, not a bank account, unless banking words are near. */
function isLenderAccount(lower: string, at: number): boolean {
  const window = lower.slice(Math.max(0, at - LENDER_REACH), at);
  return LENDER.test(window) && !BANKING.test(window);
}

const NAMED_REACH = 60;
const RIGHT_BEFORE = 8;
const OWN_RECORD_BEFORE = /(?:^|[^a-z])(?:file|case|ticket|claim|ref)[ #:.]{1,3}$/;
const CUE_REACH = 45;

/**
 * "...,routing,account" over "...,063100277,8801743392": a cell under an account column of a table with a
 * routing column, or under a bank account's column, is a bank account ('bank'); under another account column
 * ("store,account,balance") it is a store's or a utility's ('other'); under one of cards or accounts, perhaps either
 * ('either'); under any other header, no account ('none');
 * null outside tables.
 */
function accountColumn(tables: TableColumns, start: number): 'bank' | 'either' | 'other' | 'none' | null {
  const header = tables.headerAt(start);
  if (header === null) return null;
  // "trace_no,family_acct,...,account_no" over "021000020000101,30418,...": a cell under another column's header
  // holds what that header names, whatever account word stands in the row above.
  if (!isAccountColumn(header)) return 'none';
  if (header.includes('card')) return 'either';
  // "acct_no,...,bank_last4,routing": where another column names the bank's account, this one is the business's own.
  if (isBankColumn(header)) return 'bank';
  return tables.hasColumn(start, isRoutingColumn) && !tables.hasColumn(start, namesBankAccount)
    ? 'bank'
    : 'other';
}

/** "bank_last4", "bank_acct", "checking_no": a column of the bank's account itself, not of the bank's name. */
const namesBankAccount = (header: string): boolean =>
  isBankColumn(header) && /acct|account|last|no|num|#/.test(header) && !header.includes('name');

const CELL_END = /[,|\t]/;
const atLineStart = (text: string, at: number): boolean => at === 0 || text.charCodeAt(at - 1) === 10;

/** Bank account numbers have no checksum: the nearest cue before the digits decides. */
export const bankAccount: Recognizer = {
  label: 'BANK_ACCOUNT',
  needsDigit: true,
  find(input) {
    const { lower, chunks, text } = input;
    const out: Finding[] = [];
    // Asked once, and only when a chunk could be an account number: most texts with digits have none.
    let cued: boolean | undefined;
    let tables: TableColumns | null = null;
    for (const c of chunks) {
      const n = c.digits.length;
      if (n < 6 || n > 18 || c.glued || text[c.start] === '(' || text[c.start] === '+') continue;
      if (c.seps.some((s) => s !== '-' && s !== ' ') || isDateOrTime(text, c)) continue;
      // "SOL-CA-0092281": the digits close a lettered code a business filed the customer under.
      if (afterCodeHyphen(text, c.start)) continue;
      cued ??= ACCOUNT_HINT.test(lower) && !isServiceAccountCall(lower);
      if (!cued) break;
      // A row's first cell opens its line ("021000020000101,30418,..."), after no delimiter.
      if (opensCell(text, c.start) || (atLineStart(text, c.start) && CELL_END.test(text[c.end] ?? ''))) {
        tables ??= new TableColumns(text);
        const column = accountColumn(tables, c.start);
        // A column's header says what its cells hold more surely than any word near them ("phone" elsewhere).
        // A column of cards or accounts ("card_or_acct") holds either: a card's or a phone's own reading, surer, wins.
        if (column === 'bank' || column === 'either')
          out.push(finding(c.start, c.end, 'BANK_ACCOUNT', column === 'bank' ? 0.96 : 0.7, 'bank-account'));
        if (column !== null) continue;
      }
      // Either reading below says "account" only for an account word in its window, the wider one included:
      // one cheap look there spares both for the many phone numbers and codes with none.
      if (!ACCOUNT_HINT.test(lower.slice(Math.max(0, c.start - NAMED_REACH), c.start))) continue;
      const kind =
        nearestNamedNumber(lower, c.start, GROUPS, NAMED_REACH) ??
        nearestGroup(lower, c.start, GROUPS, CUE_REACH);
      if (kind !== 'account') continue;
      // "acct # on file, meter 1009384421": the word right before a number names it, whatever was named before.
      const right = nearestCue(lower, c.start, GROUPS, RIGHT_BEFORE);
      if (right !== null && right.key === 'other' && c.start - right.end <= 3) continue;
      // "OBI: File 24-0319": so does a business's own file or case word.
      if (OWN_RECORD_BEFORE.test(lower.slice(Math.max(0, c.start - 10), c.start))) continue;
      const window = lower.slice(Math.max(0, c.start - NAMED_REACH), c.start);
      if (BILLING_ACCOUNT.test(window) && !window.includes('bank')) continue;
      // "Acct 22-0198", "Acct 30118-4462 | STOP SERVICE": dashed groups file a utility's, a store's or a
      // lender's own customer; a bank prints its account numbers whole (read aloud in spaced groups), so a dashed
      // one needs a banking word near.
      if (c.groups.length >= 2 && c.seps.includes('-') && !BANKING.test(window)) continue;
      if (isLenderAccount(lower, c.start)) continue;
      out.push(finding(c.start, c.end, 'BANK_ACCOUNT', 0.75, 'bank-account'));
    }
    pushLastFours(input, 'BANK_ACCOUNT', 0.75, 'bank-account', out);
    pushIvrInputs(input, 'BANK_ACCOUNT', 0.75, 'bank-account', out);
    return out;
  },
};
