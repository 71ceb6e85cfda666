import * as z from 'zod/mini';
import { PiiLabel } from '../../../shared/pii/finding.ts';

/** Version 1: one host, a boolean mask switch. Kept so stored data from it can be migrated. */
export const SettingsV1 = z.object({
  version: z.literal(1),
  hostUrl: z.nullable(z.string()),
  token: z.nullable(z.string()),
  patterns: z.array(z.string()),
  labels: z.array(PiiLabel),
  mask: z.boolean(),
});
export type SettingsV1 = z.infer<typeof SettingsV1>;

export const HostProfile = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  hostUrl: z.string(),
  /** Lives only in extension local storage: never sync storage, never logged. */
  token: z.string(),
});
export type HostProfile = z.infer<typeof HostProfile>;

export const MaskingMode = z.enum(['off', 'screen-share']);
export type MaskingMode = z.infer<typeof MaskingMode>;

/** Version 2: several host profiles, a masking mode and sites switched off from the popup. */
export const SettingsV2 = z.object({
  version: z.literal(2),
  profiles: z.array(HostProfile),
  activeProfileId: z.nullable(z.string()),
  patterns: z.array(z.string()),
  labels: z.array(PiiLabel),
  masking: MaskingMode,
  disabledOrigins: z.array(z.string()),
});
export type SettingsV2 = z.infer<typeof SettingsV2>;

export const CURRENT_VERSION = 2;
export type Settings = SettingsV2;
export const Settings = SettingsV2;
