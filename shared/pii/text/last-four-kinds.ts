import { cueGroups } from './context.ts';

/**
 * The words that say what kind of number a last four belongs to ("card ending 4242", "acct ending 0417"): the
 * nearest before the digits decides.
 */
export const KINDS_WORDS = {
  CREDIT_CARD: [
    'card',
    'visa',
    'mastercard',
    'master card',
    'amex',
    'american express',
    'discover',
    'debit',
    'credit',
    // Agents' shorthand: "GTD CC x0017", "cc ending 4242".
    'cc ',
    'cc#',
    // Greek "κάρτα"; Amharic "የካርዱ" (of the card); a form's key: "cc_last4=3318"; Creole "kat" (card).
    'κάρτα',
    'የካርዱ',
    'cc_',
    'kat ',
    'mc ',
    // "I have a payment on file ending in 5100": what a customer pays a bill with on file is a card.
    'payment on file',
    'payment method',
    // Wages loaded to a prepaid card: "paycard ending 7731".
    'paycard',
    'tarjeta',
    'crédito',
    'débito',
    'carte',
    // Portuguese and Polish: "cartão terminado em 8830", "karty kończącej się na 9034"; a JSON card's "pan_last4".
    'cartão',
    'cartao',
    'karty',
    // Polish "stara karta kończy się na 0667"; Ukrainian written in Latin letters, "kartka, shcho zakinchuietsia na 3183".
    'karta',
    'kartka',
    'kartku',
    'kartky',
    'kreditkarte',
    // German "die hinterlegte Karte mit Endung 2254"; Italian "la carta ... termina con 4471".
    'karte',
    'carta',
    // Turkish "kredi kartımla ... son dört hanesi 5518", its suffixes joined on.
    // Chinese "信用卡 ... 卡号尾号 5529", Ukrainian "картку ... (закінчується на 3317)".
    '信用卡',
    '卡号',
    'картк',
    'карта',
    'картой',
    'kredi kartı',
    'kredi kartım',
    'kartımla',
    'kartımın',
    'kartınızın',
    // Card products named without the word "card": "Capital One Quicksilver ...7731", "Citi Double Cash".
    'quicksilver',
    'synchrony',
    'double cash',
    'redcard',
    'freedom',
    'sapphire',
    // Chinese, Japanese and Korean: "信用卡尾号 6630", "クレジットカード（下4桁 6021）", "카드 끝 4자리".
    '信用卡',
    'カード',
    '카드',
    'pan_',
    // Russian: "карта •••• 4471", "списан с карты, последние цифры 6014".
    'карта',
    'карты',
    'карте',
    'картой',
    // Vietnamese "thẻ ghi nợ đuôi 7715" (debit card ending 7715); Arabic "البطاقة" (the card).
    'thẻ',
    // Somali "kaarkaygu wuxuu ku dhammaadaa 8062" (my card ends in 8062).
    'kaarkaygu',
    'kaarkayga',
    'kaarka',
    'البطاقة',
  ],
  // Chinese "社会安全号码后四位", "社會安全".
  // Vietnamese "bốn số cuối an sinh xã hội" (last four of social security).
  SSN: ['social', 'ssn', 'security number', '社会安全', '社會安全', 'an sinh xã hội'],
  // "last 4 of CDL (3318)", "passport ending 5120", "TN DL ending 4471".
  DRIVERS_LICENSE: ['cdl', 'license', 'licence', "driver's", 'dl ', 'dl#'],
  PASSPORT: ['passport'],
  // "ACH $649.90 RTN 321144166 x1052": a debit's account follows its routing number.
  // "new one is chase ending 0875": a bank named before the cue pays from an account there.
  BANK_ACCOUNT: [
    'account',
    'acct',
    'checking',
    'savings',
    'rtn',
    'ach',
    'dda',
    'bank ',
    'bank_',
    'chase ',
    'wells fargo',
    'credit union',
    // "cuenta terminada en 6630"; "your traditional IRA ending 7731", "ira_last4".
    'cuenta',
    // Portuguese "conta corrente terminada em 7712"; Chinese "账户尾号 2290".
    'conta',
    '账户',
    '帳戶',
    // Japanese "口座番号下4桁 6604", "口座（末尾3307）"; Korean "계좌"; Russian "счёт заканчивается на ...".
    '口座',
    '계좌',
    // Creole "kont" (account).
    'kont ',
    // French "compte (Desjardins, se terminant par 0931)".
    'compte',
    'счёт',
    'счет',
    // Polish "rachunek kończący się na 4471", "konto"; Ukrainian "рахунок".
    'rachunek',
    'rachunku',
    'konto',
    'рахунок',
    'рахунку',
    'ira',
  ],
  // "we'll text the number ending 0288": what is texted is a phone.
  // "last 4 of ph 0162", "sms link sent to number ending 0127".
  PHONE: [
    'phone',
    'cell',
    'mobile',
    'number you called',
    'callback',
    'best number',
    'good number',
    'text ',
    'ph ',
    'ph#',
    'ph:',
    'sms',
    // "we'll call the number ending 3307", "le vamos a llamar al número terminado en ...".
    'call the number',
    'call you at',
    'llamar',
    'teléfono',
    'telefono',
    'celular',
    // A carrier's "your line ending in 6624".
    'line ending',
    'line that ends',
  ],
  // "loan ending 9283", "policy ending 0417": numbers a business files its own accounts under.
  OTHER: [
    // A library card's barcode: "the barcode ending in 4472", "library card ending 6603".
    'barcode',
    'library',
    'loan',
    'mortgage',
    'policy',
    'order',
    'claim',
    'invoice',
    'tracking',
    'rx ',
    'ticket',
    'work order',
  ],
} as const satisfies Record<string, readonly string[]>;
export const KINDS = cueGroups(KINDS_WORDS);
