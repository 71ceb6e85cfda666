import type { Locale } from '../api/sites.ts';
import { linkMessages as en, type LinkMessages } from './en.ts';
import { linkMessages as es } from './es.ts';
import { linkMessages as ko } from './ko.ts';
import { linkMessages as tl } from './tl.ts';
import { linkMessages as vi } from './vi.ts';
import { linkMessages as zh } from './zh.ts';

/** Link texts per locale; kept apart from the other catalog half so each bundle ships only what it shows. */
export const linkCatalogs: Record<Locale, LinkMessages> = { en, es, zh, vi, tl, ko };
