import type { StoredState } from './stored-state.ts';
import { storedStateGuard } from './widget-schemas.ts';

/** Parses any stored version into the current one; unknown or corrupt data yields undefined (start fresh). */
export function migrateStoredState(raw: unknown): StoredState | undefined {
  // Only version 1 exists so far; a later version adds a step here that upgrades the previous shape.
  const v1 = storedStateGuard(raw);
  return v1.ok ? v1.value : undefined;
}
