import type { EmbedConfig } from './embed-config-schema.ts';
import { embedConfigGuard } from './widget-schemas.ts';

export type EmbedResult = { ok: true; config: EmbedConfig } | { ok: false; message: string };

function scriptOrigin(script: HTMLScriptElement | null): string | undefined {
  try {
    return script?.src ? new URL(script.src).origin : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the embed config; on failure the message names the bad field so the site owner can fix it. */
export function readEmbedConfig(script: HTMLScriptElement | null, globalConfig: unknown): EmbedResult {
  const fromGlobal = typeof globalConfig === 'object' && globalConfig !== null ? globalConfig : {};
  const data = script?.dataset ?? {};
  const raw: Record<string, unknown> = {
    host: scriptOrigin(script),
    ...fromGlobal,
    ...(data.site === undefined ? {} : { site: data.site }),
    ...(data.host === undefined ? {} : { host: data.host }),
    ...(data.lang === undefined ? {} : { lang: data.lang }),
    ...(data.linkStyle === undefined ? {} : { linkStyle: data.linkStyle }),
  };
  return parseEmbedConfig(raw);
}

export function parseEmbedConfig(raw: unknown): EmbedResult {
  const parsed = embedConfigGuard(raw);
  if (parsed.ok) return { ok: true, config: parsed.value };
  const field = parsed.path || 'config';
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[field] : raw;
  const shown = value === undefined ? 'missing' : JSON.stringify(value);
  // Attribute names are kebab-case: linkStyle is set with data-link-style.
  const attribute = field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return {
    ok: false,
    message: `embed config field "${field}" is invalid (${shown}). Set data-${attribute} or window.quietlineConfig.${field}; nothing was rendered.`,
  };
}
