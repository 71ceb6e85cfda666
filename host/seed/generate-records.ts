import type { CallLogRecord, Message, TranscriptTurn } from '../../shared/api/records.ts';
import { callScript, type Line } from './call-scripts.ts';
import { businesses, fakePerson, formatPhone } from './fake-values.ts';
import { formSubmission } from './form-submissions.ts';
import { chatTranscript, type MessageLine, smsThread } from './message-scripts.ts';
import { createRandom, type Random } from './random.ts';

export interface GenerateOptions {
  count: number;
  seed: number;
  /** Records are spread over the 120 days before this instant. */
  until?: Date;
}

const DEFAULT_UNTIL = new Date('2026-11-01T17:00:00Z');
const TRACKING_NUMBER = '+18005550123';

function recordId(index: number, random: Random): string {
  return `rec_${index.toString(36).padStart(4, '0')}${Math.floor(random.next() * 36 ** 6)
    .toString(36)
    .padStart(6, '0')}`;
}

function toTurns(lines: Line[], random: Random): TranscriptTurn[] {
  let clock = 0;
  return lines.map((line) => {
    const startMs = clock;
    clock += 600 + line.text.split(' ').length * random.int(280, 420);
    return { speaker: line.speaker, startMs, endMs: clock, text: line.text };
  });
}

function toMessages(lines: MessageLine[], start: Date, random: Random): Message[] {
  let at = start.getTime();
  return lines.map((line) => {
    at += random.int(20, 900) * 1000;
    return { sender: line.sender, sentAt: new Date(at).toISOString(), text: line.text };
  });
}

/** Deterministic demo call log: the same options give the same records on every machine. */
export function generateDemoRecords(options: GenerateOptions): CallLogRecord[] {
  const random = createRandom(options.seed);
  const until = (options.until ?? DEFAULT_UNTIL).getTime();
  const records: CallLogRecord[] = [];
  for (let index = 0; index < options.count; index++) {
    const person = fakePerson(random);
    const occurredAt = new Date(until - random.int(0, 120 * 24 * 3600) * 1000);
    const base = {
      id: recordId(index, random),
      occurredAt: occurredAt.toISOString(),
      direction: random.chance(0.8) ? ('inbound' as const) : ('outbound' as const),
      redactedAt: null,
    };
    const business = random.pick(businesses);
    const roll = random.next();
    if (roll < 0.4) {
      const transcript = toTurns(callScript(person, random, business), random);
      records.push({
        ...base,
        kind: 'call',
        contact: { name: `${person.first} ${person.last}`, phone: formatPhone(person.phoneDigits) },
        durationSeconds: Math.ceil((transcript.at(-1)?.endMs ?? 0) / 1000),
        trackingNumber: TRACKING_NUMBER,
        transcript,
      });
    } else if (roll < 0.65) {
      records.push({
        ...base,
        kind: 'sms',
        contact: { phone: formatPhone(person.phoneDigits) },
        trackingNumber: TRACKING_NUMBER,
        messages: toMessages(smsThread(person, random, business), occurredAt, random),
      });
    } else if (roll < 0.8) {
      records.push({
        ...base,
        kind: 'chat',
        contact: { name: person.first },
        pageUrl: 'https://demo.example/',
        messages: toMessages(chatTranscript(person, random), occurredAt, random),
      });
    } else {
      const form = formSubmission(person, random);
      records.push({
        ...base,
        kind: 'form',
        direction: 'inbound',
        contact: {
          name: `${person.first} ${person.last}`,
          email: person.email,
          phone: formatPhone(person.phoneDigits),
        },
        ...form,
      });
    }
  }
  return records.sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
}
