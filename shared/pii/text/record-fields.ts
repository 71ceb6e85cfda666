import { isAsciiLower, isDigit } from './chars.ts';

/**
 * The keys of records' fields and the headers of exported tables: which name a person's name ("first",
 * "last_name", "guestName", "Caller Name") and which a place, a firm or a thing ("city", "store", "companyName").
 */

/** Keys whose value is a person's name, whole or as their end ("applicant_first", "name_last"). */
const NAME_KEYS: readonly string[] = ['first', 'last', 'surname', 'given', 'family', 'middle', 'cnam'];
/** The keys' endings, alone and with "name" ("given_name", "given_names"): built once, asked for every cell. */
const NAME_KEY_ENDS: readonly string[] = NAME_KEYS.flatMap((part) => [part, `${part}name`]);

/** Whole keys whose value names who took or handled a call ("Answered By", "taken_by", "agent") or holds the account. */
const HANDLER_KEYS: ReadonlySet<string> = new Set([
  'agent',
  'rep',
  'csr',
  'answeredby',
  'takenby',
  'handledby',
  'assignedto',
  'enteredby',
  'createdby',
  'verifiedby',
  'submittedby',
  'requestedby',
  'completedby',
  'preparedby',
  'reportedby',
  'approvedby',
  'signedby',
  'confirmedby',
  'reviewedby',
  // Who was sent or checked the work: "tech", "assigned_tech", "adjuster".
  'tech',
  'technician',
  'assignedtech',
  'installer',
  'inspector',
  'adjuster',
  'dispatcher',
  // A tow log's or a transport log's "driver" column.
  'driver',
  // Who holds or owes on an account ("account_holder", "borrower"): a person's name, as on the account.
  'accountholder',
  'holder',
  'cardholder',
  'policyholder',
  'borrower',
  'coborrower',
  'cosigner',
  'guarantor',
  // Who a record is about, as a JSON key or a column: "customer": "Della Thorsen", "passenger".
  'customer',
  'passenger',
  'patron',
  'applicant',
  'tenant',
  // A travel booking's passenger: "lead_pax=\"OKONKWO, CHIDINMA\"".
  'pax',
  'leadpax',
  // Who treats: a surgery board's "surgeon" column, a referral's "physician".
  'surgeon',
  'physician',
  'provider',
  'dentist',
  'therapist',
  // Who represents or handles a case: a law office's "attorney" column, a claim's "adjuster".
  'attorney',
  'adjuster',
  'caseworker',
  // Who a service is for: a booking's "guest", a card's "name_on_file" ("client" is as often a browser or a firm).
  'homeowner',
  'resident',
  'guest',
  'nameonfile',
  'nameoncard',
  'nameonaccount',
]);

/** Fields that hold places, firms and things: a key "<field>name" names one, and so does a column "<field>". */
const THING_FIELDS: readonly string[] = [
  // A residence hall's column: "hall", "building"; a chat bot's "bot_name".
  'hall',
  'bot',
  'user',
  'company',
  'business',
  'employer',
  'street',
  'city',
  'town',
  'state',
  'county',
  'country',
  'location',
  'store',
  'branch',
  'site',
  'file',
  'domain',
  'device',
  'product',
  'item',
  'brand',
  'org',
  'pet',
  'plan',
  'event',
  'venue',
  'campaign',
  'source',
  'channel',
  'interest',
  'status',
  'category',
  'type',
  'tag',
  'vehicle',
  'make',
  'model',
  'code',
  'bank',
  'policy',
  'insurer',
  'pharmacy',
  'hospital',
  'facility',
  'lender',
  'place',
  'birthplace',
  'team',
  'lot',
  'vessel',
  'boat',
  // An animal's own fields: "dog_name", "breed".
  'dog',
  'dogs',
  'cat',
  'cats',
  'animal',
  'animals',
  'pets',
  'breed',
  // "club", "clinic", "office": which of a business's sites a row belongs to, often named after its town.
  'club',
  'clinic',
  'office',
  'region',
  'property',
  'building',
  'department',
  'queue',
  // A medicine's own column: "drug", "medication", "rx".
  'drug',
  'medication',
  // A vaccine's own columns: "vaccines", "shot".
  'school',
  'vaccine',
  'vaccines',
  'shot',
  'shots',
  'med',
  'meds',
  'rx',
];
const THING_FIELD_SET: ReadonlySet<string> = new Set(THING_FIELDS);
const MAX_KEY = 32;

/** Whether a field's key or a column's header ("last_name", "Caller Name", "applicant_first") names a person's name. */
export function isPersonNameKey(field: string): boolean {
  // "Patient (Last, First)", "Caller Name (CNAM)": the header, or the note in its brackets, names a person's name.
  const open = field.indexOf('(');
  if (open > 0) return isPersonNameKey(field.slice(0, open)) || isPersonNameKey(field.slice(open + 1, -1));
  // "given_names", "first_names": a column of a person's several names.
  // "recipient_name_shown", "payee_name_displayed": the name as a screen showed it is still a name.
  const key = field
    .toLowerCase()
    .replace(/[_ ,-]/g, '')
    .replace(/names$/, 'name')
    .replace(/name(?:shown|displayed|ascii|raw|full|onfile)$/, 'name');
  for (const part of NAME_KEY_ENDS) if (key.endsWith(part)) return true;
  if (HANDLER_KEYS.has(key) || ROLE_KEY_END.test(key)) return true;
  // "name_on_acct", "name_on_card": the name an account or a card is held in.
  if (key.startsWith('nameon')) return true;
  if (!key.endsWith('name')) return false;
  const owner = key.slice(0, -4);
  // "auth_user_name": an authorised user on an account is a person; a "user_name" is a login.
  if (AUTHORISED_USER.test(owner)) return true;
  return !THING_FIELDS.some((thing) => owner.endsWith(thing));
}

const AUTHORISED_USER = /(?:auth|authorized|authorised|additional|secondary)user$/;
/** "consult_atty", "assigned_tech", "director_signoff": a key ending on a role names who fills it. */
const ROLE_KEY_END =
  /(?:atty|attorney|tech|technician|adjuster|reviewer|nurse|physician|counselor|caseworker|signoff)$/;

/** "place_of_birth", "county_of_death", "state_of_issue": what the place or thing is of. */
const OF_EVENT = /[ _]of[ _](?:birth|death|residence|issue|issuance)$/;
const DONE_SUFFIX = /_(?:given|used|ordered|requested|received|sold)$/;

/** Whether a column's header ("city", "store", "lead source") says its cells name places, firms or things. */
export function isThingColumn(header: string | null): boolean {
  if (header === null) return false;
  // "Place of birth", "county_of_death": the thing is the word before what it is of; "vessel_name": before "name".
  // "vaccines_given", "items_ordered": a column's participle after the thing says what was done with it.
  const h = header.replace(OF_EVENT, '').replace(NAME_SUFFIX, '').replace(DONE_SUFFIX, '');
  const last = h.slice(Math.max(h.lastIndexOf(' '), h.lastIndexOf('_')) + 1);
  return THING_FIELD_SET.has(last);
}

/**
 * "callback_number", "cb_no", "Cell", "home_phone", "dialed", a call-tracking export's "caller_id" and "from_number", a
 * carrier's "msisdn", "mdn" and "ctn": a column of phone numbers.
 */
export const isPhoneColumn = (header: string): boolean =>
  /phone|cell|mobile|callback|^cb[ _]|^tel|fax|contact[ _]?(?:no|num)|dialed|^ani$|msisdn|^(?:mdn|ctn|tn)$|^(?:caller|from|to)[ _-]?(?:id$|num|no$|#)|^caller$/.test(
    header,
  );

/**
 * "ach_trace", "loan_no", "order_id", "juror_id": a column of a transfer's, an order's, a loan's or a record's own
 * numbers, which pass Luhn one time in ten and are as long as phone numbers. (A call-tracking export's
 * "tracking_number" holds the number dialled: a phone.)
 */
export const isOtherNumberColumn = (header: string): boolean =>
  /trace|order|ticket|conf|serial|imei|iccid|invoice|claim|case|batch|txn|loan|policy|vin|juror|(?:^|_)id$|_no$/.test(
    header,
  );

/** "routing", "aba", "rtn", "dest_rtn": a column of routing numbers. */
export const isRoutingColumn = (header: string): boolean => /rout|^aba|(?:^|[ _-])rtn$|transit/.test(header);

/**
 * "account_number", "acct", "dd_account", "dest_acct", "card_or_acct", "checking", a wire's "debit_acct" and
 * "bene_acct/iban": a column of bank accounts, in a table that also has a routing column or when the header says bank
 * (a store's or utility's "account" column files a bill, it draws on no bank).
 */
export const isAccountColumn = (header: string): boolean =>
  /^(?:(?:bank|ach|eft|dd|dfi|direct[ _-]?deposit|card[ _]or|dest|destination|payee|deposit|debit|bene|beneficiary|orig|originator|remitter|cp|counterparty)[ _-]?)?(?:account|acct)(?:[ _-]?(?:number|no|num|#))?(?:\/iban)?$|checking|savings|^dda/.test(
    header,
  );
export const isBankColumn = (header: string): boolean => /bank|checking|savings|^dda/.test(header);

/** "street", "address", "addr1", "street_address", "svc_address", "previous_address": a column of street addresses. */
export const isStreetColumn = (header: string): boolean =>
  /^(?:street|addr|address|mailing|home[ _-]?address|residence)|^[a-z]{2,12}[ _-]?(?:street|addr(?:ess)?\d?)$/.test(
    header,
  ) && !/email|ip|web|url|mac/.test(header);

/** How far back a field's key may start before its value. */
const MAX_FIELD_KEY = 24;

/** The key of the field whose value starts at `start` (`key: value`, `"key": "value"`), lower-cased, or null. */
const THIRD_WORD_LINK = /^(?:of|on|at) $/;

function fieldKeyBefore(lower: string, start: number): string | null {
  let i = start - 1;
  if (lower.charCodeAt(i) === 61) return formKeyBefore(lower, i);
  const quoted = lower.charCodeAt(i) === 34;
  if (quoted) i--;
  if (lower.charCodeAt(i) === 32) i--;
  if (lower.charCodeAt(i) !== 58) return null;
  if (quoted && lower.charCodeAt(i - 1) === 34) i--;
  const end = i;
  // Two words at most: "Bank Name", "Long-Term Care Policy" ends in "care policy"; three around an "of", "on" or
  // "at": "Place of birth", "Tenant on site".
  let spaces = 0;
  while (i > 0 && end - i < MAX_FIELD_KEY) {
    const c = lower.charCodeAt(i - 1);
    if (c === 32 && ++spaces > 1 && !(spaces === 2 && THIRD_WORD_LINK.test(lower.slice(i, i + 3)))) break;
    if (!isAsciiLower(c) && c !== 95 && c !== 32) break;
    i--;
  }
  // "Driver on file: Carl Jenkins": what is on file is the driver.
  const key = lower.slice(i, end).trim().replace(ON_FILE, '');
  return key === '' ? null : key;
}

/** "...&city=Everett", "?employer=Reyes+Bakery": the key of a form's or a log's "key=value" before the "=" at `equals`. */
function formKeyBefore(lower: string, equals: number): string | null {
  let i = equals;
  while (i > 0 && equals - i < MAX_FIELD_KEY && isKeyChar(lower.charCodeAt(i - 1))) i--;
  if (i === equals || (i > 0 && !FORM_KEY_OPENS.has(lower.charCodeAt(i - 1)))) return null;
  // "borrower_on_file=Lucinda Tso": what is on file is the borrower. "auth_user=Piotr Brzezinski": a log's user is
  // the person signed in, not a login name.
  const key = lower.slice(i, equals).replace(FORM_ON_FILE, '');
  return key.endsWith('user') ? null : key;
}
const FORM_ON_FILE = /_on_file$/;
/** What a form's key follows: "&", "?", a space, a tab, a line break or a bar. */
const FORM_KEY_OPENS: ReadonlySet<number> = new Set([38, 63, 32, 9, 10, 124]);

/** "company: Iyer & Chen", "Employer - Store: Reyes Bakery", `"city": "Atlanta"`: the field's key names a thing. */
export function thingFieldBefore(lower: string, start: number): boolean {
  const key = fieldKeyBefore(lower, start);
  return key !== null && isThingColumn(key) && !PERSON_IN_KEY.test(key);
}

/** "Authorized occupant on site:", "contact at store:": a key naming a person, whatever place it ends on. */
const PERSON_IN_KEY = /(?:occupant|contact|person|tenant|resident|owner|caller|customer|rep) (?:on|at) /;

/**
 * "Bank Name: Truist", "company_name": the name of a thing, which a bare "name:" cue would take for a person's.
 */
export function thingNameFieldBefore(lower: string, start: number): boolean {
  const key = fieldKeyBefore(lower, start);
  return (
    key !== null &&
    NAME_SUFFIX.test(key) &&
    isThingColumn(key.replace(NAME_SUFFIX, '')) &&
    !AUTHORISED_USER.test(key.replace(NAME_SUFFIX, '').replace(/[_ ]/g, ''))
  );
}

const NAME_SUFFIX = /[ _]name$/;
const ON_FILE = /(?:^| )on file$/;

/**
 * `"first_name":"Grace"`, `"name": "Joy Castellanos"`: whether the JSON key before the value's opening quote
 * at `quote` names a person. Reads at most a key's length back.
 */
export function jsonNameKeyBefore(lower: string, quote: number): boolean {
  let i = quote - 1;
  while (i >= 0 && quote - i < 4 && lower.charCodeAt(i) === 32) i--;
  if (lower.charCodeAt(i) !== 58) return false;
  i--;
  while (i >= 0 && quote - i < 6 && lower.charCodeAt(i) === 32) i--;
  if (lower.charCodeAt(i) !== 34) return false;
  const keyEnd = i;
  i--;
  while (i >= 0 && keyEnd - i <= MAX_KEY && lower.charCodeAt(i) !== 34) i--;
  if (lower.charCodeAt(i) !== 34) return false;
  return isPersonNameKey(lower.slice(i + 1, keyEnd));
}

const isKeyChar = (c: number): boolean => isAsciiLower(c) || isDigit(c) || c === 95 || c === 45;

/** The key of a `key: value` or `key=value` field whose ":" or "=" is at `mark`, when it names a person's name. */
export function fieldNameKeyBefore(lower: string, mark: number): boolean {
  let i = mark - 1;
  while (i >= 0 && mark - i <= MAX_KEY && isKeyChar(lower.charCodeAt(i))) i--;
  // Keys run together ("applicant_first", "name_first"); before a colon a key of plain words is read by the name
  // cues, before "=" ("name=ANIL PRAKASH") only a log's field can stand.
  const key = lower.slice(i + 1, mark);
  return (lower.charCodeAt(mark) === 61 || key.includes('_') || key.includes('-')) && isPersonNameKey(key);
}

/** A whole phone number, then the two or more spaces a fixed-width report parts its columns with. */
const NUMBER_COLUMN_BEFORE = /(?:\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4} {2,}$/;
/** Two words or more in capitals, one space apart: "GUTIERREZ ANA", "COLEMAN BETTY J". */
const CAPITALS_PAIR = /^[A-Z][A-Z'-]+ [A-Z]/;

/**
 * "09:02  (602) 555-0191  GUTIERREZ ANA     Google Ads": a report's caller-ID column in capitals, right after the
 * caller's number, names the line's subscriber.
 */
export function callerIdAfterNumber(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 32 || text.charCodeAt(start - 2) !== 32) return false;
  if (!CAPITALS_PAIR.test(text.slice(start, start + 24))) return false;
  return NUMBER_COLUMN_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}
