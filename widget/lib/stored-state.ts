import * as z from 'zod/mini';
import { OptOutDecision, OptOutSource } from '../../shared/api/opt-outs.ts';

export const Choice = z.object({
  decision: OptOutDecision,
  source: OptOutSource,
  at: z.iso.datetime({ offset: true }),
});
export type Choice = z.infer<typeof Choice>;

const Id = z.string().check(z.regex(/^[A-Za-z0-9_-]{8,100}$/));

/** Version 1 of what the widget keeps in localStorage; bump `v` and add a migration on any change. */
export const StoredStateV1 = z.object({
  v: z.literal(1),
  browserId: Id,
  saleSharing: z.optional(Choice),
  sensitive: z.optional(Choice),
  /** When this browser's GPC opt-out was recorded, so a reload does not record it again. */
  gpcRecordedAt: z.optional(z.iso.datetime({ offset: true })),
  /** The most recent opt-out of sale/sharing: starts the 12-month quiet period (Civ. Code 1798.135). */
  lastOptOutAt: z.optional(z.iso.datetime({ offset: true })),
});
export type StoredState = z.infer<typeof StoredStateV1>;
