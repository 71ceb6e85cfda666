/**
 * Ordinary words of Portuguese, Polish, Tagalog, Russian, Spanish, Haitian Creole, German and Italian that a capital opens in
 * call logs ("Szanowni Państwo,", "Jakie dokumenty...", "Biuro Parafialne", "Nasa Batangas po siya", "marcada pra
 * quinta"), some of which the name lists hold as given names or surnames elsewhere.
 */
export const FOREIGN_WORDS: readonly string[] = [
  // An e-mail's "Assunto:" (subject); Spanish "Durante esos días".
  'assunto',
  'durante',
  // Portuguese weekdays and a phone line: "pra quinta às quatro", "Linha Agendamento".
  'segunda',
  'terça',
  'quarta',
  'quinta',
  'sexta',
  'linha',
  // Polish: a letter's "Dear Sir or Madam", questions, courtesies and offices.
  'szanowni',
  'szanowny',
  'szanowna',
  'państwo',
  'jakie',
  'jaki',
  'jaka',
  'dzień',
  'dobry',
  'proszę',
  'dziękuję',
  'biuro',
  'parafialne',
  'parafii',
  // Tagalog: "nasa", "kaya" (able), "kay nanay" (to mother), "tatay" (father).
  'nasa',
  'kaya',
  'kay',
  'nanay',
  'tatay',
  // Russian speaker labels: "[15:13] Оператор: Спасибо."
  'оператор',
  'клиент',
  'клиентка',
  'агент',
  'пациент',
  // Russian verbs that open a note's sentence before a name: "Звонил Виктор Сергеевич Лысенко", "Звонила Анна".
  'звонил',
  'звонила',
  'позвонил',
  'позвонила',
  'сказал',
  'сказала',
  'передал',
  'передала',
  'просил',
  'просила',
  'приходил',
  'приходила',
  'здравствуйте',
  'спасибо',
  // Spanish words the lists hold as names elsewhere: "darme de alta", "un gran danés", "señor necesitamos".
  'alta',
  'gran',
  'necesitamos',
  // An office's name: "Chat web — Cuentas Estudiantiles".
  'cuentas',
  'estudiantiles',
  // Spanish "estaba mal" (wrong); Portuguese "Meu nome é", "Meu Pagamento > Depósito Direto" (a portal's menu).
  'mal',
  'meu',
  'minha',
  'pagamento',
  'depósito',
  'direto',
  // Spanish words the lists hold as names: "más caro" (dearer), "campamento de verano" (summer camp), "mi bebé".
  'bebé',
  'caro',
  'cara',
  'verano',
  'invierno',
  // "un último cobro": "last", a given name without its accent.
  'último',
  'última',
  // "ya vino el técnico", "el dos de abril".
  'vino',
  'abril',
  // Haitian Creole courtesies and nouns a capital opens: "Bòn nwit!", "Medikaman Jean-Claude".
  'bòn',
  'bonswa',
  'bonjou',
  'mèsi',
  'medikaman',
  // German: articles, and nouns a claim or a rental note capitalises ("Ein Schaden", "Richtung München", "Vertrag").
  'ein',
  'eine',
  'einen',
  'kein',
  'keine',
  'richtung',
  'vertrag',
  'flughafen',
  'polizei',
  'schaden',
  'verletzten',
  // "Guten Morgen", "Für Rückfragen", "Zwei Mitglieder", "Für Ihre Unterlagen", "Unsere Kundennummer".
  'guten',
  'für',
  'zwei',
  'ihre',
  'unsere',
  'meine',
  'zur',
  // Italian: a floor ("Terzo piano"), the country ("Stati Uniti"), a firm's trade ("Traslochi Internazionali").
  'terzo',
  'piano',
  'stati',
  'uniti',
  'traslochi',
  'internazionali',
];
