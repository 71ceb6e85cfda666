import type { Random } from './random.ts';

// Every value here is fictitious or reserved for documentation and testing:
// 555-01xx telephone numbers, example.* domains, test card numbers, documentation IP ranges.
export const firstNames = [
  'Jane',
  'John',
  'Maria',
  'David',
  'Aisha',
  'Carlos',
  'Linh',
  'Emily',
  'Michael',
  'Sofia',
  'Kevin',
  'Priya',
  'Luis',
  'Grace',
  'Daniel',
  'Mei',
  'Robert',
  'Fatima',
  'Thomas',
  'Olivia',
  'Andre',
  'Hannah',
] as const;
export const lastNames = [
  'Doe',
  'Rivera',
  'Nguyen',
  'Patel',
  'Johnson',
  'Garcia',
  'Kim',
  'Okafor',
  'Santos',
  'Chen',
  'Miller',
  'Lopez',
  'Walker',
  'Hughes',
  'Tran',
  'Reyes',
  'Cohen',
  'Brooks',
  'Park',
  'Alvarez',
] as const;
export const agentNames = ['Sam', 'Alex', 'Jordan', 'Taylor', 'Morgan'] as const;
export const streets = [
  'Main Street',
  'Oak Avenue',
  'Maple Drive',
  'Cedar Lane',
  'Elm Street',
  'Pine Road',
] as const;
export const cities = [
  { city: 'Sacramento', state: 'CA', zip: '95814' },
  { city: 'Fresno', state: 'CA', zip: '93721' },
  { city: 'San Diego', state: 'CA', zip: '92101' },
  { city: 'Oakland', state: 'CA', zip: '94612' },
  { city: 'Pasadena', state: 'CA', zip: '91101' },
] as const;
export const testCards = [
  '4111 1111 1111 1111',
  '5555 5555 5555 4444',
  '4242 4242 4242 4242',
  '3782 822463 10005',
];
export const testIbans = ['GB82 WEST 1234 5698 7654 32', 'DE89 3704 0044 0532 0130 00'];
export const routingNumbers = ['011000015', '021000021', '122105155'];
export const documentationIps = ['192.0.2.44', '198.51.100.23', '203.0.113.9', '2001:db8::8a2e:370:7334'];
export const emailDomains = ['example.com', 'example.org', 'example.net'] as const;
export const businesses = [
  'Sunrise Dental',
  'Bayside Plumbing',
  'Golden State Auto Care',
  'Harbor Law Group',
];

export interface FakePerson {
  first: string;
  last: string;
  phoneDigits: string;
  email: string;
  street: string;
  city: string;
  state: string;
  zip: string;
}

export function fakePerson(random: Random): FakePerson {
  const first = random.pick(firstNames);
  const last = random.pick(lastNames);
  const area = random.pick(['213', '310', '415', '619', '916', '209']);
  const phoneDigits = `${area}5550${random.int(100, 199)}`;
  const place = random.pick(cities);
  const separator = random.pick(['.', '_', '']);
  return {
    first,
    last,
    phoneDigits,
    email: `${first.toLowerCase()}${separator}${last.toLowerCase()}@${random.pick(emailDomains)}`,
    street: `${random.int(10, 9899)} ${random.pick(streets)}`,
    ...place,
  };
}

export function formatPhone(digits: string): string {
  return `(${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`;
}

/** Structurally valid but randomly made SSN-format values for the demo; never a real person's. */
export function fakeSsn(random: Random): string {
  const area = random.int(100, 599);
  return `${area}-${String(random.int(10, 99))}-${String(random.int(1000, 9999))}`;
}
