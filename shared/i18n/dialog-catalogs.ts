import type { Locale } from '../api/sites.ts';
import { type DialogMessages, dialogMessages as en } from './en.ts';
import { dialogMessages as es } from './es.ts';
import { dialogMessages as ko } from './ko.ts';
import { dialogMessages as tl } from './tl.ts';
import { dialogMessages as vi } from './vi.ts';
import { dialogMessages as zh } from './zh.ts';

/** Dialog texts per locale; kept apart from the other catalog half so each bundle ships only what it shows. */
export const dialogCatalogs: Record<Locale, DialogMessages> = { en, es, zh, vi, tl, ko };
