import { describe, expect, it } from 'vitest';
import type { CreateOptOut } from '../../../shared/api/opt-outs.ts';
import type { OutboxStore } from '../../../widget/lib/outbox.ts';
import { createSender, type Delivery } from '../../../widget/lib/sender.ts';

function memoryOutbox(): OutboxStore & { items: Map<string, CreateOptOut> } {
  const items = new Map<string, CreateOptOut>();
  return {
    items,
    put: async (item) => void items.set(item.idempotencyKey, item),
    list: async () => [...items.values()],
    remove: async (key) => void items.delete(key),
  };
}

const item = (key: string): CreateOptOut => ({
  siteKey: 'demo',
  idempotencyKey: key,
  browserId: 'browser-0001',
  source: 'link',
  decision: 'opt-out',
  scopes: ['sale-sharing'],
  gpc: false,
  occurredAt: '2026-11-30T19:00:00.000Z',
});

/** A host that is down for the first `downFor` attempts and records each key once. */
function fakeHost(downFor: number) {
  const recorded = new Map<string, number>();
  let attempts = 0;
  const post = async (i: CreateOptOut): Promise<Delivery> => {
    attempts++;
    if (attempts <= downFor) return 'retry';
    recorded.set(i.idempotencyKey, (recorded.get(i.idempotencyKey) ?? 0) + 1);
    return 'sent';
  };
  return { post, recorded, attempts: () => attempts };
}

describe('offline queue sender', () => {
  it('keeps an opt-out while the host is down and retries with growing delays until it is recorded once', async () => {
    const outbox = memoryOutbox();
    const host = fakeHost(3);
    const delays: number[] = [];
    const timers: (() => void)[] = [];
    const pending: number[] = [];
    const sender = createSender({
      outbox,
      post: host.post,
      setTimer: (fn, ms) => {
        delays.push(ms);
        timers.push(fn);
      },
      onPendingChange: (n) => pending.push(n),
    });
    expect(await sender.send(item('key-00000001'))).toBe('retry');
    expect(outbox.items.size).toBe(1);
    while (timers.length > 0) {
      await timers.shift()?.();
      await new Promise((r) => setTimeout(r, 0));
    }
    expect(delays).toEqual([1000, 2000, 4000]);
    expect(host.recorded.get('key-00000001')).toBe(1);
    expect(outbox.items.size).toBe(0);
    expect(pending.at(-1)).toBe(0);
  });

  it('caps the backoff delay', async () => {
    const host = fakeHost(30);
    const delays: number[] = [];
    const timers: (() => void)[] = [];
    const sender = createSender({
      outbox: memoryOutbox(),
      post: host.post,
      maxDelayMs: 60_000,
      setTimer: (fn, ms) => {
        delays.push(ms);
        timers.push(fn);
      },
    });
    await sender.send(item('key-00000002'));
    for (let i = 0; i < 12; i++) {
      await timers.shift()?.();
      await new Promise((r) => setTimeout(r, 0));
    }
    expect(Math.max(...delays)).toBe(60_000);
  });

  it('drops a request the host refuses for good instead of retrying it forever', async () => {
    const outbox = memoryOutbox();
    const sender = createSender({ outbox, post: async () => 'rejected', setTimer: () => undefined });
    expect(await sender.send(item('key-00000003'))).toBe('sent');
    expect(outbox.items.size).toBe(0);
  });

  it('two flushes at once send each key once', async () => {
    const outbox = memoryOutbox();
    const host = fakeHost(0);
    const sender = createSender({ outbox, post: host.post, setTimer: () => undefined });
    await outbox.put(item('key-00000004'));
    await outbox.put(item('key-00000005'));
    await Promise.all([sender.flush(), sender.flush(), sender.flush()]);
    expect([...host.recorded.values()]).toEqual([1, 1]);
  });
});
