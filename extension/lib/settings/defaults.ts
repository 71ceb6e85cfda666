import { LABELS } from '../labels.ts';
import type { Settings } from './schema.ts';

/** The test build overlays loopback pages out of the box, since a test cannot click a permission prompt. */
const E2E_PATTERNS = ['http://127.0.0.1/*'];

export function defaultSettings(mode: string = import.meta.env.MODE): Settings {
  return {
    version: 2,
    profiles: [],
    activeProfileId: null,
    patterns: mode === 'e2e' ? [...E2E_PATTERNS] : [],
    labels: [...LABELS],
    masking: 'off',
    disabledOrigins: [],
  };
}
