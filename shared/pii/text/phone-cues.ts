import { cueGroups, NOT_PERSONAL } from './context.ts';

/** Words that name a phone number near it ("call me at", "cell", "ANI"), as typed and as speech-to-text writes them. */
export const PHONE_WORDS: readonly string[] = [
  'phone',
  // Tagalog "pakitawagan po ako sa ..." (please call me at), "telepono".
  'tawagan',
  'pakitawagan',
  'tumawag',
  'telepono',
  // Record fields abbreviate it: "Ph: (480) 555-0155", "ph. 555-0199".
  'ph:',
  'ph.',
  'ph #',
  // Every form of "call" but "caller", the speaker label of call transcripts.
  'call ',
  'call,',
  'call.',
  'call-',
  'call:',
  'callback',
  'calling',
  'called',
  'voicemail',
  'sms',
  'cb#',
  'cb #',
  // Answering services and clinics write "CB" for the number to call back ("CB 937-555-0157").
  'cb ',
  'cb:',
  'cell',
  'mobile',
  'tel',
  'fax',
  'desk',
  'office',
  'reach',
  'text',
  'number',
  'contact',
  'dial',
  'messages to',
  'answering at',
  'whatsapp',
  'landline',
  // Call logs name the caller's number by its switch field: "ANI 7374028819", "Caller ID: (602) 555-0193".
  'ani',
  'caller id',
  'home',
  'work',
  'ring',
  'no.',
  'no:',
  // Spanish-speaking callers: "mi número es", "mi teléfono", "mi celular".
  'número',
  'numero',
  'teléfono',
  'telefono',
  // Polish "nr dzwoniącego" (the caller's number).
  'dzwoniącego',
  'celular',
  // "regrésenme la llamada al ...", "llámeme al ...": a call asked for at a number.
  'llamada al',
  'llamar al',
  'llámeme',
  'llameme',
  'márqueme',
];
/** The nearest cue wins: "order number 12345678" is an order, "call me at ... order" is a phone. */
const CUE_GROUPS_WORDS = {
  phone: [
    ...PHONE_WORDS.filter((w) => w !== 'number' && w !== 'no.' && w !== 'no:'),
    'my number',
    'his number',
    'her number',
    'phone number',
    'cell number',
    'reach me',
    // A carrier's record names a subscriber's number its line ("Line: (267) 555-0178").
    'line:',
    'line #',
    'line number',
    // "Store line 737-555-0190": a business's own line is a phone all the same.
    'store line',
    'main line',
    'direct line',
    // "our claims line at 1-833-555-0142", "the billing line is ...": a line named by its desk is still a phone.
    'line at',
    'line is',
    'hotline',
    'helpline',
    // Tagalog "tumawag po sa 1-800-..." (call at): "po" is a courtesy there, not a purchase order.
    'po sa',
  ],
  // Words naming a person, whose contact may follow: "called the cardholder at ...", not a card's number.
  // Roles are people too: "Todd Ekstrom, RN Case Manager, 605-555-0131" gives no case's number.
  holder: [
    'cardholder',
    'card holder',
    'account holder',
    'policyholder',
    'policy holder',
    'case manager',
    'case worker',
    'caseworker',
    'claims adjuster',
    // An application's references are people to call: "Reference 1: Armando Ruiz, 760-555-0188".
    'reference 1',
    'reference 2',
    'reference 3',
    'personal reference',
  ],
  other: [
    ...NOT_PERSONAL,
    'account',
    'acct',
    'checking',
    'savings',
    'routing',
    // A provider's National Provider Identifier is ten digits too ("npi is one six five four ...").
    'npi',
    // Spanish "el reporte número ...", "el número de envío es ...": a report's and a parcel's numbers.
    'reporte',
    'reporte número',
    'reporte numero',
    'de envío',
    'de envio',
    // A prescriber's NPI and DEA numbers said letter by letter: "the prescriber n p i".
    'n p i',
    'd e a',
    // A parcel's tracking number read out in Spanish: "el número de rastreo es siete siete ..."; a pet's microchip.
    'rastreo',
    // A business's own numbers read out in Spanish: "número de cliente 40019932", "número de reserva dos cuatro ...".
    'de cuenta',
    'cuenta',
    'de cliente',
    'de reserva',
    'de reservación',
    'de pedido',
    'de orden',
    'de caso',
    'de confirmación',
    'de póliza',
    'de préstamo',
    'de prestamo',
    'préstamo',
    // A loan's number in an IVR's prompt ("enter_loan_number") and in Chinese ("貸款編號").
    'loan_number',
    '貸款',
    '贷款',
    'de reclamo',
    'de ruta',
    'chip',
    // A pharmacy's prescription number, keyed or looked up ("prompt rx_number -> dtmf 6044187").
    'rx_',
    'rx #',
    'rx:',
    // A call recording's id in a transcript's header ("rec 00-4480-1177").
    'rec ',
    'recording id',
    'social',
    'security number',
    'ssn',
    'card',
    // "el número de la tarjeta es nueve ocho ...": a card's number read out in Spanish.
    'tarjeta',
    'license',
    'licence',
    // A licence's field ("dl_number: 2104718856", "DL #"): Nevada's and others' are ten digits, as phones are.
    'dl_',
    'dl number',
    'dl #',
    'dl#',
    'passport',
    'member',
    // Staff numbers a workplace gives ("employee number 22-60418", "badge 4471902"); "Employee Support at ..." is
    // a line to call.
    'employee number',
    'employee no',
    'employee id',
    'employee #',
    'employee:',
    'badge',
    // A court's juror and participant numbers ("juror_id").
    'juror',
    'participant',
    // Loyalty and frequent-flyer numbers ("Cascadia Club no. 448 190 2275", "Meridian Miles # MM 220 ..."), and a
    // health plan's member number in Spanish ("número de miembro").
    'miles',
    'mileage',
    'frequent flyer',
    'club no',
    'rewards',
    'loyalty',
    'de miembro',
    // "el de medicaid el número es ocho ocho cero ...": a health plan's member number.
    'medicaid',
    'medicare',
    // A case file's application ("número de solicitud"); a loan's, an order's or a policy's number in Chinese.
    'de solicitud',
    '贷款',
    '订单',
    '保单',
    '账号',
    '会员',
    'born',
    'birth',
    'dob',
    'd.o.b',
  ],
} as const;
export const CUE_GROUPS = cueGroups(CUE_GROUPS_WORDS);
export const AFTER_WORDS: readonly string[] = ['office', 'fax', 'mobile', 'cell', 'home', 'work', 'desk'];
