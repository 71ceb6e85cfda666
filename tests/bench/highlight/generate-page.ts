import { type Random, createRandom as seeded } from '../../../host/seed/random.ts';
import * as v from './values.ts';

/** A value the page holds, as it appears in the page's text, and how it is written. */
export type Truth = { recordId: string; label: string; value: string; form: 'typed' | 'split' | 'spoken' };
export type Negative = { recordId: string; value: string };
export type GeneratedPage = { html: string; truth: Truth[]; negatives: Negative[]; textLength: number };

const FILLER = [
  'thanks for calling how can I help you today',
  'let me pull up your account one moment please',
  'I understand that can be frustrating',
  'is there anything else I can help you with',
  'I just wanted to check on the delivery window for next week',
  'the technician said it should be resolved by Friday afternoon',
  'we can schedule that appointment for you right away',
  'I appreciate your patience while I look into this',
];

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Speech-to-text output: one span per word, so a value with spaces is split across elements. */
const words = (text: string): string =>
  text
    .split(' ')
    .map((w) => `<span class="w">${esc(w)}</span>`)
    .join(' ');

class RecordBuilder {
  readonly truth: Truth[] = [];
  readonly negatives: Negative[] = [];
  constructor(
    readonly id: string,
    readonly random: Random,
  ) {}
  add(label: string, value: string, form: Truth['form']): string {
    this.truth.push({ recordId: this.id, label, value, form });
    return value;
  }
  negative(value: string): string {
    this.negatives.push({ recordId: this.id, value });
    return value;
  }
}

function header(b: RecordBuilder, name: string, phone: string, mail: string): string {
  const split = b.random.chance(0.5);
  const phoneHtml = split
    ? `<span class="phone">${esc(phone.slice(0, -4))}</span><span>${phone.slice(-4)}</span>`
    : `<span class="phone">${esc(phone)}</span>`;
  b.add('PHONE', phone, split ? 'split' : 'typed');
  b.add('PERSON', name, 'typed');
  b.add('EMAIL', mail, 'typed');
  const order = b.negative(b.random.pick([v.orderNumber(b.random)]));
  const price = b.negative(v.price(b.random));
  return `<header><h3 class="contact">${esc(name)}</h3><p class="meta"><span class="k">Phone</span> ${phoneHtml} · <span>${esc(mail)}</span> · Order #<span>${order}</span> · <span>${esc(price)}</span></p></header>`;
}

function turn(speaker: string, text: string): string {
  return `<p class="turn"><span class="speaker">${speaker}:</span> ${words(text)}</p>`;
}

function callBody(
  b: RecordBuilder,
  name: string,
  phoneDigits: string,
  mail: { typed: string; spoken: string },
): string {
  const r = b.random;
  const turns = [turn('Agent', r.pick(FILLER))];
  const phone = v.formatPhone(phoneDigits, 0);
  const templates: Array<() => string> = [
    () => `my number is ${b.add('PHONE', v.spokenDigits(phoneDigits), 'spoken')}`,
    () => `you can email me at ${b.add('EMAIL', mail.spoken, 'spoken')}`,
    () => `call me back at ${b.add('PHONE', phone, 'split')} after five`,
    () => `my social is ${b.add('SSN', v.ssn(r), 'typed')} if you need it`,
    () => `the card on file is ${b.add('CREDIT_CARD', v.card(r), 'split')}`,
    () => `I was born on ${b.add('DOB', v.dob(r), 'typed')} by the way`,
    () => `my email is ${b.add('EMAIL', mail.typed, 'typed')} thanks`,
    () => `my zip code is ${b.add('ZIP', v.address(r).zip, 'typed')}`,
    () => `your order number is ${b.negative(v.orderNumber(r))} and the total is ${b.negative(v.price(r))}`,
  ];
  for (let i = 0; i < 4; i++) {
    turns.push(turn('Customer', `${r.pick(FILLER)} ${r.pick(templates)()}`));
    turns.push(turn('Agent', `${r.pick(FILLER)} ${r.pick(FILLER)}`));
  }
  void name;
  return `<section class="transcript">${turns.join('')}</section>`;
}

function messagesBody(b: RecordBuilder, phoneDigits: string, mail: { typed: string }): string {
  const r = b.random;
  const messages = [
    `Hi, this is about my appointment. ${r.pick(FILLER)}.`,
    `Sure, text me at ${b.add('PHONE', v.formatPhone(phoneDigits, 1), 'typed')} or write to ${b.add('EMAIL', mail.typed, 'typed')}.`,
    `My IP shows as ${b.add('IP_ADDRESS', v.ip(r), 'typed')} on the router page.`,
    `Receipt ${b.negative(v.orderNumber(r))}, paid ${b.negative(v.price(r))}. ${r.pick(FILLER)}.`,
  ];
  return `<ul class="messages">${messages.map((m) => `<li class="msg"><span class="who">Customer</span> ${esc(m)}</li>`).join('')}</ul>`;
}

function formBody(b: RecordBuilder, name: string, phoneDigits: string, mail: { typed: string }): string {
  const r = b.random;
  const where = v.address(r);
  const fields: Array<[string, string]> = [
    ['Name', b.add('PERSON', name, 'typed')],
    ['Email', b.add('EMAIL', mail.typed, 'typed')],
    ['Phone', b.add('PHONE', v.formatPhone(phoneDigits, 2), 'typed')],
    ['Street', where.street],
    ['ZIP', b.add('ZIP', where.zip, 'typed')],
    ['Date of birth', b.add('DOB', v.dob(r), 'typed')],
    ['Message', `${r.pick(FILLER)}. ${r.pick(FILLER)}.`],
  ];
  return `<dl class="fields">${fields.map(([k, val]) => `<dt>${k}</dt><dd>${esc(val)}</dd>`).join('')}</dl>`;
}

export function buildRecord(
  index: number,
  random: Random,
): { html: string; truth: Truth[]; negatives: Negative[] } {
  const id = `rec_bench${String(index).padStart(6, '0')}`;
  const b = new RecordBuilder(id, random);
  const name = v.person(random);
  const digits = v.phoneDigits(random);
  const mail = v.email(random, name);
  const roll = random.int(0, 9);
  const kind = roll < 6 ? 'call' : roll < 9 ? 'sms' : 'form';
  const head = header(b, name, v.formatPhone(digits, random.int(0, 2)), mail.typed);
  const body =
    kind === 'call'
      ? callBody(b, name, digits, mail)
      : kind === 'sms'
        ? messagesBody(b, digits, mail)
        : formBody(b, name, digits, mail);
  const html = `<article class="record" data-record-id="${id}" data-record-kind="${kind}">${head}${body}</article>\n`;
  return { html, truth: b.truth, negatives: b.negatives };
}

/** The page's own script: a live clock (a DOM change every tick) and a way to append a record. */
const PAGE_SCRIPT = `
window.benchTick = (n) => { document.getElementById('clock').textContent = 'Updated ' + n; };
window.benchAppend = (html) => {
  const list = document.getElementById('records');
  const t = document.createElement('template');
  t.innerHTML = html;
  const record = t.content.firstElementChild;
  list.insertBefore(record, list.firstElementChild);
  return record.dataset.recordId;
};`;

export function generatePage(records: number, seed = 20261130): GeneratedPage {
  const random = seeded(seed);
  const parts: string[] = [];
  const truth: Truth[] = [];
  const negatives: Negative[] = [];
  for (let i = 0; i < records; i++) {
    const record = buildRecord(i, random);
    parts.push(record.html);
    truth.push(...record.truth);
    negatives.push(...record.negatives);
  }
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Call log (${records} records)</title>
<style>body{font:14px/1.5 system-ui,sans-serif;margin:0 16px}.record{border-bottom:1px solid #ddd;padding:8px 0}.contact{margin:0;font-size:15px}.turn{margin:2px 0}.speaker{font-weight:600}</style>
</head><body><nav>Call log · <span id="clock">Updated 0</span></nav><main id="records">
${parts.join('')}</main><script>${PAGE_SCRIPT}</script></body></html>`;
  const textLength = html.replace(/<[^>]+>/g, '').length;
  return { html, truth, negatives, textLength };
}
