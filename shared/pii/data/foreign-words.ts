/**
 * Ordinary words of Portuguese, Polish, Tagalog and German that a capital opens in call logs ("Szanowni Państwo,", "Jakie
 * dokumenty...", "Biuro Parafialne", "Nasa Batangas po siya", "marcada pra quinta"), some of which the name lists
 * hold as given names or surnames elsewhere.
 */
export const FOREIGN_WORDS: readonly string[] = [
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
  // Tagalog.
  'nasa',
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
];
