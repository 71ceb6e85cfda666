import { DIALOG_KEY } from '../lib/dialog-contract.ts';
import { dialogModule } from './dialog-module.tsx';

// Script-tag build: the loader injected this file and reads the module from the symbol key.
(globalThis as unknown as Record<symbol, unknown>)[DIALOG_KEY] = dialogModule;
