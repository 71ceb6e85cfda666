import type { CreateOptOut } from '../../shared/api/opt-outs.ts';
import { createOptOutGuard } from './widget-schemas.ts';

/** Opt-outs waiting for the host; each keeps its idempotency key so a resend is recorded once. */
export interface OutboxStore {
  put(item: CreateOptOut): Promise<void>;
  list(): Promise<CreateOptOut[]>;
  remove(idempotencyKey: string): Promise<void>;
}

const DB_NAME = 'quietline';
const STORE = 'outbox';

/** Drops anything that no longer validates (storage is a trust boundary). */
function valid(items: unknown[]): CreateOptOut[] {
  const out: CreateOptOut[] = [];
  for (const item of items) {
    const parsed = createOptOutGuard(item);
    if (parsed.ok) out.push(parsed.value);
  }
  return out.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
}

const request = <T>(r: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

/** Raw IndexedDB (three calls) rather than a wrapper library: the loader's 10 KB budget has no room for one. */
export function indexedDbOutbox(): OutboxStore {
  const open = indexedDB.open(DB_NAME, 1);
  open.onupgradeneeded = () => open.result.createObjectStore(STORE, { keyPath: 'idempotencyKey' });
  const db = request(open);
  const store = async (mode: IDBTransactionMode) => (await db).transaction(STORE, mode).objectStore(STORE);
  return {
    async put(item) {
      await request((await store('readwrite')).put(item));
    },
    async list() {
      return valid(await request((await store('readonly')).getAll()));
    },
    async remove(key) {
      await request((await store('readwrite')).delete(key));
    },
  };
}

/** For browsers without IndexedDB (some private modes): same contract on localStorage. */
export function localStorageOutbox(storageKey = 'quietline:outbox'): OutboxStore {
  const read = (): CreateOptOut[] => {
    try {
      const parsed: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '[]');
      return Array.isArray(parsed) ? valid(parsed) : [];
    } catch {
      return [];
    }
  };
  const write = (items: CreateOptOut[]): void => {
    try {
      localStorage.setItem(storageKey, JSON.stringify(items));
    } catch {
      // Nothing more we can do; the in-page send still runs.
    }
  };
  return {
    async put(item) {
      write([...read().filter((i) => i.idempotencyKey !== item.idempotencyKey), item]);
    },
    async list() {
      return read();
    },
    async remove(key) {
      write(read().filter((i) => i.idempotencyKey !== key));
    },
  };
}

/** IndexedDB when it opens, else localStorage; decided once, lazily, so pages that never opt out pay nothing. */
export function defaultOutbox(): OutboxStore {
  let chosen: Promise<OutboxStore> | undefined;
  const pick = (): Promise<OutboxStore> => {
    chosen ??= (async () => {
      try {
        if (typeof indexedDB === 'undefined') throw new Error('no IndexedDB');
        const store = indexedDbOutbox();
        await store.list();
        return store;
      } catch {
        return localStorageOutbox();
      }
    })();
    return chosen;
  };
  return {
    put: async (item) => (await pick()).put(item),
    list: async () => (await pick()).list(),
    remove: async (key) => (await pick()).remove(key),
  };
}
