import type { Speaker } from '../../shared/api/records.ts';
import { agentNames, type FakePerson, routingNumbers } from './fake-values.ts';
import type { Random } from './random.ts';
import { speakDate, speakDigits, speakEmail, speakHouseNumber, speakTwoDigits } from './spoken.ts';

export interface Line {
  speaker: Speaker;
  text: string;
}

const agent = (text: string): Line => ({ speaker: 'agent', text });
const customer = (text: string): Line => ({ speaker: 'customer', text });

// Speech-to-text style: lower case, few commas, numbers often written out as words.
function greeting(random: Random, business: string): Line {
  return agent(
    `thank you for calling ${business.toLowerCase()} this is ${random.pick(agentNames)} how can I help you today`,
  );
}

function appointment(person: FakePerson, random: Random, business: string): Line[] {
  const year = random.int(1950, 2004);
  const hour = random.int(8, 11);
  return [
    greeting(random, business),
    customer(`hi yes my name is ${person.first} ${person.last} I'd like to book an appointment`),
    agent('sure can I get your date of birth please'),
    customer(`it's ${speakDate(random.int(1, 12), random.int(1, 28), year)}`),
    agent('and the best number to reach you'),
    customer(`it's ${speakDigits(person.phoneDigits, random)}`),
    agent(`great I have you down for next tuesday at ${hour} thirty the visit is ninety five dollars`),
    customer('perfect thanks'),
  ];
}

function billing(person: FakePerson, random: Random, business: string): Line[] {
  const order = String(random.int(10_000_000, 99_999_999));
  return [
    greeting(random, business),
    customer(`hi this is ${person.first} I have a question about order number ${order}`),
    agent('I can help with that which card did you pay with'),
    customer(
      `the visa card ending in ${speakDigits(String(random.int(1000, 9999)), random, { fillers: false })}`,
    ),
    agent(
      `I see a charge of $${random.int(20, 400)}.${random.int(10, 99)} on the fourteenth is that the one`,
    ),
    customer(`yes and you can email the receipt to ${speakEmail(person.email)}`),
    agent('done anything else I can help with'),
    customer('no that was it'),
  ];
}

function addressChange(person: FakePerson, random: Random, business: string): Line[] {
  const house = Number(person.street.split(' ')[0]);
  const streetName = person.street.split(' ').slice(1).join(' ').toLowerCase();
  const unit = `${speakTwoDigits(random.int(1, 9))} ${random.pick(['a', 'b', 'c'])}`;
  return [
    greeting(random, business),
    customer(
      `hi I moved and need to update my address the name on the account is ${person.first} ${person.last}`,
    ),
    agent('no problem what is the new address'),
    customer(`${speakHouseNumber(house)} ${streetName} apartment ${unit} ${person.city.toLowerCase()}`),
    agent('and the zip code'),
    customer(speakDigits(person.zip, random, { fillers: false })),
    agent('got it it will take about three to five business days to update'),
  ];
}

function bankDetails(person: FakePerson, random: Random, business: string): Line[] {
  const account = String(random.int(10_000_000, 999_999_999));
  return [
    greeting(random, business),
    customer(`hey it's ${person.first} ${person.last} I want to set up autopay`),
    agent('okay I will need the routing number and the account number'),
    customer(`the routing number is ${random.pick(routingNumbers)}`),
    customer(`and the account number is ${speakDigits(account, random, { fillers: false })}`),
    agent(`thanks your confirmation code is ${random.pick(['QX', 'ZK', 'MB'])}${random.int(1000, 9999)}`),
  ];
}

function spelledEmail(person: FakePerson, random: Random, business: string): Line[] {
  const initial = person.first.charAt(0).toLowerCase();
  return [
    greeting(random, business),
    customer(`hi this is ${person.first} ${person.last} I never got the quote you promised`),
    agent('sorry about that what email should I send it to'),
    customer(
      `it's ${initial} ${person.last.toLowerCase()} at ${person.email.split('@')[1]?.replace('.', ' dot ')}`,
    ),
    agent(`is that ${initial} as in ${random.pick(['john', 'mary', 'david', 'jane'])}`),
    customer(`yes and my cell is ${speakDigits(person.phoneDigits.slice(3), random)} if you need it`),
    agent('I will send it over within the hour ticket number 48213 for reference'),
  ];
}

function voicemail(person: FakePerson, random: Random): Line[] {
  return [
    customer(
      `hi this message is for the office this is ${person.first} ${person.last} calling about my invoice ` +
        `please call me back at ${speakDigits(person.phoneDigits, random)} I'm available after 3 pm thanks`,
    ),
  ];
}

export function callScript(person: FakePerson, random: Random, business: string): Line[] {
  const scripts = [appointment, billing, addressChange, bankDetails, spelledEmail] as const;
  if (random.chance(0.12)) return voicemail(person, random);
  return random.pick(scripts)(person, random, business);
}
