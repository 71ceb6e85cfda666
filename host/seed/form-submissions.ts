import type { FormField } from '../../shared/api/records.ts';
import { type FakePerson, fakeSsn, formatPhone } from './fake-values.ts';
import type { Random } from './random.ts';

export interface Submission {
  formName: string;
  pageUrl: string;
  fields: FormField[];
}

const field = (name: string, label: string, value: string): FormField => ({ name, label, value });

export function formSubmission(person: FakePerson, random: Random): Submission {
  const contact = [
    field('name', 'Full name', `${person.first} ${person.last}`),
    field('email', 'Email', person.email),
    field('phone', 'Phone', formatPhone(person.phoneDigits)),
  ];
  if (random.chance(0.3)) {
    const dob = `${String(random.int(1, 12)).padStart(2, '0')}/${String(random.int(1, 28)).padStart(2, '0')}/${random.int(1950, 2004)}`;
    return {
      formName: 'New patient intake',
      pageUrl: 'https://demo.example/intake',
      fields: [
        ...contact,
        field('dob', 'Date of birth', dob),
        field('address', 'Home address', `${person.street}, ${person.city}, ${person.state} ${person.zip}`),
        field('ssn', 'Social Security number', fakeSsn(random)),
        field('notes', 'Anything else?', `Prefer appointments after 4 pm. Copay was $${random.int(10, 60)}.`),
      ],
    };
  }
  return {
    formName: 'Contact us',
    pageUrl: 'https://demo.example/contact',
    fields: [
      ...contact,
      field(
        'message',
        'Message',
        random.pick([
          `Please call me back about order 4471-${random.int(100, 999)}, it arrived damaged.`,
          `I'd like a quote for ${random.int(2, 6)} windows. Best time is 10:30 am.`,
          'Do you offer weekend appointments? Mark the form as urgent please.',
        ]),
      ),
    ],
  };
}
