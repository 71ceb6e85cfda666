import type { Speaker } from '../../shared/api/records.ts';
import { documentationIps, type FakePerson, formatPhone, testCards, testIbans } from './fake-values.ts';
import type { Random } from './random.ts';

export interface MessageLine {
  sender: Speaker;
  text: string;
}

const from =
  (sender: Speaker) =>
  (text: string): MessageLine => ({ sender, text });
const agent = from('agent');
const customer = from('customer');

export function smsThread(person: FakePerson, random: Random, business: string): MessageLine[] {
  const threads: MessageLine[][] = [
    [
      agent(`${business}: Your appointment is confirmed for Oct 14 at 2:30 PM. Reply C to confirm.`),
      customer('C'),
      customer(
        `Also this is ${person.first} ${person.last}, can you text my other number ${formatPhone(person.phoneDigits)}?`,
      ),
    ],
    [
      customer(`Hi, it's ${person.first}. My email is ${person.email} for the estimate`),
      agent(
        `Thanks ${person.first}! Estimate #${random.int(1000, 9999)} is $${random.int(90, 900)}.00, valid 30 days.`,
      ),
    ],
    [
      customer(
        `Where should I mail the check? My address is ${person.street}, ${person.city}, ${person.state} ${person.zip}`,
      ),
      agent('Please mail it to our office. Tracking number 1Z999AA10123456784 is your return label.'),
    ],
    [
      customer(`card is ${random.pick(testCards)} exp 04/29`),
      agent('Please never send card numbers by text. We will call you to take payment securely.'),
    ],
  ];
  return random.pick(threads);
}

export function chatTranscript(person: FakePerson, random: Random): MessageLine[] {
  const chats: MessageLine[][] = [
    [
      agent('Hi there! How can I help today?'),
      customer(`Hi, I'm ${person.first} ${person.last}. I can't log in to the portal (version 4.2.1).`),
      agent('Sorry about that. What email is on the account?'),
      customer(person.email),
      agent(`I see a login attempt from ${random.pick(documentationIps)}. Was that you?`),
      customer('yes that was me'),
    ],
    [
      agent('Welcome! Ask us anything.'),
      customer(`I want to pay the invoice by bank transfer, is my IBAN ${random.pick(testIbans)} ok?`),
      agent('Yes, that works. Case number 55120 has the details.'),
    ],
    [
      customer(
        `Hello, my name is ${person.first}. My phone is ${formatPhone(person.phoneDigits)}, call me please`,
      ),
      agent('Will do. May I ask what it is about?'),
      customer('A quote for the kitchen, budget around $4,500'),
    ],
  ];
  return random.pick(chats);
}
