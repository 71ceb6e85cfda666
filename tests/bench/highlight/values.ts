import type { Random } from '../../../host/seed/random.ts';

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const AREA_CODES = ['415', '212', '312', '617', '206', '303', '512', '404', '305', '702', '213', '646'];
const FIRST = [
  'Maria',
  'James',
  'Priya',
  'Chen',
  'Olivia',
  'Diego',
  'Fatima',
  'Noah',
  'Aisha',
  'Liam',
  'Sofia',
  'Ethan',
];
const LAST = [
  'Gonzalez',
  'Smith',
  'Patel',
  'Wang',
  'Johnson',
  'Rossi',
  'Khan',
  'Nguyen',
  'Okafor',
  'Miller',
  'Garcia',
  'Brown',
];
const DOMAINS = ['example.com', 'mail.example.org', 'example.net'];
const STREETS = ['Market Street', 'Oak Avenue', 'Pine Road', 'Mission Street', 'Elm Drive', 'Lake Boulevard'];

const digits = (random: Random, n: number): string =>
  Array.from({ length: n }, () => random.int(0, 9)).join('');

export function spokenDigits(value: string): string {
  return [...value.replace(/\D/g, '')].map((d) => DIGIT_WORDS[Number(d)]).join(' ');
}

export function person(random: Random): string {
  return `${random.pick(FIRST)} ${random.pick(LAST)}`;
}

/** Ten digits with a real area code and an exchange that cannot start with 0 or 1. */
export function phoneDigits(random: Random): string {
  return `${random.pick(AREA_CODES)}${random.int(2, 9)}${digits(random, 2)}${digits(random, 4)}`;
}

export function formatPhone(d: string, style: number): string {
  const [a, b, c] = [d.slice(0, 3), d.slice(3, 6), d.slice(6)];
  return [`(${a}) ${b}-${c}`, `${a}-${b}-${c}`, `${a}.${b}.${c}`][style % 3] ?? d;
}

export function email(random: Random, name: string): { typed: string; spoken: string } {
  const [first = 'x', last = 'y'] = name.toLowerCase().split(' ');
  const domain = random.pick(DOMAINS);
  return {
    typed: `${first}.${last}@${domain}`,
    spoken: `${first} dot ${last} at ${domain.replaceAll('.', ' dot ')}`,
  };
}

export function ssn(random: Random): string {
  return `${random.int(100, 665)}-${random.int(10, 99)}-${random.int(1000, 9999)}`;
}

/** A 16-digit number passing the Luhn check, grouped in fours. */
export function card(random: Random): string {
  const body = `4${digits(random, 14)}`;
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  const full = body + String((10 - (sum % 10)) % 10);
  return full.match(/\d{4}/g)?.join(' ') ?? full;
}

export function dob(random: Random): string {
  return `${String(random.int(1, 12)).padStart(2, '0')}/${String(random.int(1, 28)).padStart(2, '0')}/${random.int(1940, 2004)}`;
}

export function address(random: Random): { street: string; zip: string } {
  return { street: `${random.int(10, 9999)} ${random.pick(STREETS)}`, zip: String(random.int(10000, 99950)) };
}

export function ip(random: Random): string {
  return `${random.int(11, 223)}.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(1, 254)}`;
}

/** Values that look numeric but are not personal: an agent must not see them flagged. */
export function orderNumber(random: Random): string {
  return `${digits(random, 4)}-${digits(random, 4)}-${digits(random, 4)}`;
}

export function price(random: Random): string {
  return `$${random.int(1, 9)},${digits(random, 3)}.${digits(random, 2)}`;
}
