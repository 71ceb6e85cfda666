/**
 * Field labels, roles written short and greetings that read like names at the start of a line or in a capitalised
 * run, listed beside not-names.ts: an e-mail's subject line in Portuguese and Spanish ("Assunto:", "Asunto:"), roles
 * ("Used Car Mgr", "Cmdr. Vasquez-Hale"), a dental claim's "COB:" (coordination of benefits) and "Fee:" fields, an
 * estate's "Deceased" fields, German "Guten Morgen".
 */
export const FIELD_LABEL_WORDS: readonly string[] = [
  'assunto',
  'asunto',
  'mgr',
  'supv',
  'cmdr',
  'cob',
  'fee',
  'deceased',
  'morgen',
];
