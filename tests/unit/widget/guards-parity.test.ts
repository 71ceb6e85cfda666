import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { CreateOptOut } from '../../../shared/api/opt-outs.ts';
import { SiteConfig } from '../../../shared/api/sites.ts';
import { EmbedConfig } from '../../../widget/lib/embed-config-schema.ts';
import type { Guard } from '../../../widget/lib/guards.ts';
import { StoredStateV1 } from '../../../widget/lib/stored-state.ts';
import {
  createOptOutGuard,
  embedConfigGuard,
  siteConfigGuard,
  storedStateGuard,
} from '../../../widget/lib/widget-schemas.ts';

const RUNS = 2000;
const SEED = 4242;

// Values near the edges of each rule, so both accepting and rejecting paths are exercised.
const mostly = <T>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: valid, weight: 12 }, { arbitrary: invalid, weight: 1 });
const idLike = mostly(
  fc.stringMatching(/^[A-Za-z0-9_-]{8,24}$/),
  fc.stringMatching(/^[A-Za-z0-9_ .-]{0,12}$/),
);
const keyLike = mostly(
  fc.constantFrom('demo', 'acme-co', 'ok-1'),
  fc.constantFrom('a', 'Demo', '-x', '', 'a b'),
);
const locale = mostly(fc.constantFrom('en', 'es', 'zh', 'vi', 'tl', 'ko'), fc.constantFrom('fr', '', 'EN'));
const dateTime = fc.oneof(
  {
    arbitrary: fc
      .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString()),
    weight: 6,
  },
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  fc.constantFrom(
    '2026-02-29T10:00:00Z',
    '2028-02-29T10:00:00Z',
    '2026-04-31T10:00:00Z',
    '2026-11-30T19:00:00+05:30',
    '2026-11-30T19:00Z',
    '2026-11-30T19:00:00.123456-08:00',
    '2026-11-30T24:00:00Z',
    '2026-11-30 19:00:00Z',
    '2026-11-30T19:00:00+0530',
  ),
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
/** Sometimes replaces one field with junk, sometimes drops it. */
const mutate = (arb: fc.Arbitrary<Record<string, unknown>>) =>
  fc.tuple(arb, fc.nat(20), fc.anything({ maxDepth: 1 }), fc.boolean()).map(([value, i, junk, drop]) => {
    const keys = Object.keys(value);
    const key = keys[i % Math.max(1, keys.length)];
    if (key === undefined || i > 12) return value;
    const copy = { ...value };
    if (drop) delete copy[key];
    else copy[key] = junk;
    return copy;
  });
const defined = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

function agree<T>(name: string, guard: Guard<T>, schema: z.ZodMiniType, arb: fc.Arbitrary<unknown>): void {
  it(`${name}: the loader guard accepts exactly what the zod schema accepts`, () => {
    let accepted = 0;
    fc.assert(
      fc.property(arb, (value) => {
        const zod = schema.safeParse(value);
        const ours = guard(value);
        expect(ours.ok).toBe(zod.success);
        if (ours.ok && zod.success) {
          accepted++;
          expect(ours.value).toEqual(zod.data);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // Both sides of the boundary were really tested.
    expect(accepted).toBeGreaterThan(RUNS / 10);
    expect(accepted).toBeLessThan(RUNS);
  });
}

describe('loader guards match the shared zod schemas', () => {
  agree(
    'SiteConfig',
    siteConfigGuard,
    SiteConfig,
    mutate(
      fc
        .record({
          key: keyLike,
          name: fc.string({ maxLength: 30 }),
          linkStyle: mostly(fc.constantFrom('do-not-sell', 'privacy-choices'), fc.constant('other')),
          usesSensitivePi: fc.boolean(),
          knownMinorAudience: fc.boolean(),
          privacyPolicyUrl: fc.string({ maxLength: 20 }),
          languages: fc.array(locale, { maxLength: 3 }),
          defaultLanguage: locale,
          texts: maybe(
            fc.dictionary(locale, fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }))),
          ),
        })
        .map(defined),
    ),
  );

  agree(
    'CreateOptOut',
    createOptOutGuard,
    CreateOptOut,
    mutate(
      fc
        .record({
          siteKey: keyLike,
          idempotencyKey: idLike,
          browserId: idLike,
          source: mostly(fc.constantFrom('link', 'gpc', 'gpc-header', 'api'), fc.constant('banner')),
          decision: fc.constantFrom('opt-out', 'opt-in'),
          scopes: mostly<string[]>(
            fc.array(fc.constantFrom('sale-sharing', 'sensitive-limit'), { minLength: 1, maxLength: 2 }),
            fc.constantFrom<string[]>([], ['x']),
          ),
          gpc: fc.boolean(),
          gppString: maybe(fc.string({ maxLength: 10 })),
          occurredAt: dateTime,
          pageUrl: maybe(fc.string({ maxLength: 10 })),
        })
        .map(defined),
    ),
  );

  const choice = fc.record({
    decision: fc.constantFrom('opt-out', 'opt-in'),
    source: fc.constantFrom('link', 'gpc', 'api'),
    at: dateTime,
  });
  agree(
    'StoredState v1',
    storedStateGuard,
    StoredStateV1,
    mutate(
      fc
        .record({
          v: mostly(fc.constant(1), fc.constant(2)),
          browserId: idLike,
          saleSharing: maybe(choice),
          sensitive: maybe(choice),
          gpcRecordedAt: maybe(dateTime),
          lastOptOutAt: maybe(dateTime),
        })
        .map(defined),
    ),
  );

  agree(
    'EmbedConfig',
    embedConfigGuard,
    EmbedConfig,
    mutate(
      fc
        .record({
          site: keyLike,
          host: fc.constantFrom(
            'https://privacy.example',
            'http://127.0.0.1:8790',
            'ftp://x.example',
            'not a url',
            'https://',
          ),
          lang: maybe(locale),
          linkStyle: maybe(mostly(fc.constantFrom('do-not-sell', 'privacy-choices'), fc.constant('other'))),
        })
        .map(defined),
    ),
  );
});
