import type { CreateOptOut } from '../../shared/api/opt-outs.ts';
import type { OutboxStore } from './outbox.ts';

/** What one delivery attempt found: recorded (or already recorded), refused for good, or worth retrying. */
export type Delivery = 'sent' | 'rejected' | 'retry';

export interface SenderOptions {
  outbox: OutboxStore;
  post: (item: CreateOptOut) => Promise<Delivery>;
  onPendingChange?: (pending: number) => void;
  setTimer?: (fn: () => void, ms: number) => unknown;
  baseDelayMs?: number;
  maxDelayMs?: number;
}

export interface Sender {
  send(item: CreateOptOut): Promise<Delivery>;
  flush(): Promise<void>;
  attempts(): number;
}

/** Stores first, then posts; keeps retrying with exponential backoff until the host answers. */
export function createSender(options: SenderOptions): Sender {
  const { outbox, post } = options;
  const setTimer = options.setTimer ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
  const base = options.baseDelayMs ?? 1000;
  const max = options.maxDelayMs ?? 60_000;
  let failures = 0;
  let running: Promise<void> | undefined;
  let timerSet = false;
  let rerun = false;

  const schedule = (): void => {
    if (timerSet) return;
    timerSet = true;
    const delay = Math.min(max, base * 2 ** Math.min(failures - 1, 16));
    setTimer(() => {
      timerSet = false;
      void flush();
    }, delay);
  };

  const drain = async (): Promise<void> => {
    const items = await outbox.list();
    for (const item of items) {
      const result = await post(item).catch((): Delivery => 'retry');
      if (result === 'retry') {
        failures++;
        schedule();
        break;
      }
      failures = 0;
      await outbox.remove(item.idempotencyKey);
    }
    options.onPendingChange?.((await outbox.list()).length);
  };

  // One drain at a time; a request made during a drain triggers one more pass afterwards.
  const flush = async (): Promise<void> => {
    if (running) {
      rerun = true;
      return running;
    }
    running = (async () => {
      do {
        rerun = false;
        await drain();
      } while (rerun && failures === 0);
    })().finally(() => {
      running = undefined;
    });
    return running;
  };

  return {
    async send(item) {
      await outbox.put(item);
      options.onPendingChange?.((await outbox.list()).length);
      await flush();
      const left = await outbox.list();
      return left.some((i) => i.idempotencyKey === item.idempotencyKey) ? 'retry' : 'sent';
    },
    flush,
    attempts: () => failures,
  };
}
